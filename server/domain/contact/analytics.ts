import { createFaqIndex, type FaqIndex } from "../../../shared/search/index.js";
import { analyzeQuery } from "../../../shared/search/index.js";
import {
  STATS_MAX_RANGE_DAYS,
  type ContactStats,
  type ContactTrends,
  type FaqEntry,
  type StatsQuery,
  type TrendsQuery,
} from "../../../shared/index.js";
import { readPeriod } from "../../../shared/period.js";
import { listFaqEntries } from "../../db/repos/faq.js";
import { countExerciseInquiries, listInquiryFacts } from "../../db/repos/inquiries.js";
import { AppError } from "../../errors.js";
import { periodRange } from "../reports/period.js";
import { toIso, type DomainDeps } from "../context.js";
import { buildStats } from "./stats.js";
import { buildTrends, WINDOW_MS } from "./trends.js";

const DAY_MS = 86_400_000;
const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/** A published entry "covers" a question when it matches every content word of it. */
function coverageFrom(index: FaqIndex<FaqEntry>, incidentId: string | undefined) {
  return (question: string): string | null => {
    const words = analyzeQuery(question).words.length;
    const [top] = index.search(question, { incidentId: incidentId ?? null, limit: 1 });
    return top && words > 0 && top.matchedWords.length >= words ? top.id : null;
  };
}

export function createContactAnalytics(deps: DomainDeps) {
  const { db } = deps;
  // The published FAQ's index, rebuilt only when the FAQ changed (a stamp of ids, versions and statuses).
  let cached: { stamp: string; index: FaqIndex<FaqEntry> } | null = null;

  async function faqContext(): Promise<{ questions: Map<string, string>; index: FaqIndex<FaqEntry> }> {
    const entries = await listFaqEntries(db, {});
    const questions = new Map(entries.map((e) => [e.id, e.question]));
    const published = entries.filter((e) => e.status === "published");
    const stamp = published.map((e) => `${e.id}:${e.version}`).join(",");
    if (cached?.stamp !== stamp) cached = { stamp, index: createFaqIndex(published) };
    return { questions, index: cached.index };
  }

  async function trends(query: TrendsQuery, now = new Date()): Promise<ContactTrends> {
    const span = WINDOW_MS[query.window];
    const from = new Date(now.getTime() - 2 * span).toISOString();
    const [items, exerciseInquiries] = await Promise.all([
      listInquiryFacts(db, { from, to: now.toISOString(), incidentId: query.incidentId }),
      // One incident's trends are its own, drill or not; over every incident a drill's calls are counted and said.
      query.incidentId
        ? Promise.resolve(0)
        : countExerciseInquiries(db, { from: new Date(now.getTime() - span).toISOString(), to: now.toISOString() }),
    ]);
    const { questions, index } = await faqContext();
    const trends = buildTrends({
      window: query.window,
      now,
      items,
      faqQuestions: questions,
      coverage: coverageFrom(index, query.incidentId),
      limit: query.limit,
    });
    return { ...trends, exerciseInquiries };
  }

  async function stats(query: StatsQuery, now = new Date()): Promise<ContactStats> {
    let from: string;
    let to: string;
    if ((query.from && isDay(query.from)) || (query.to && isDay(query.to))) {
      // Days as days: a day in Swedish time, `to` included, and the limit counted in calendar days (a 400-day
      // period across the autumn clock change is 400 days and an hour, and is still 400 days), as the reports do.
      // A day alone as `to` is that day; a day alone as `from` runs until now.
      const toArg = query.to ?? now.toISOString();
      const fromArg = query.from ?? (isDay(toArg) ? toArg : new Date(Date.parse(toArg) - DAY_MS).toISOString());
      ({ from, to } = periodRange({ from: fromArg, to: toArg }, STATS_MAX_RANGE_DAYS));
    } else {
      to = query.to ? toIso(query.to) : now.toISOString();
      from = query.from ? toIso(query.from) : new Date(Date.parse(to) - DAY_MS).toISOString();
      const { problem } = readPeriod(from, to, STATS_MAX_RANGE_DAYS);
      if (problem === "reversed_range") throw new AppError("validation", "from: must be before to", 400, "from");
      if (problem === "range_too_long") {
        throw new AppError("validation", `from: at most ${STATS_MAX_RANGE_DAYS} days before to`, 400, "from");
      }
    }
    // The contact centre's figures are its real calls, as the committee's period report counts them: a drill's
    // inquiries left out, and how many said beside them. One incident's figures are its own, drill or not.
    const incidentId = query.incidentId ?? null;
    const [items, exerciseInquiriesLeftOut] = await Promise.all([
      listInquiryFacts(db, { from, to, incidentId: query.incidentId }, { realOnly: true }),
      incidentId === null ? countExerciseInquiries(db, { from, to }) : Promise.resolve(0),
    ]);
    const { questions } = await faqContext();
    return { ...buildStats({ from, to, incidentId }, items, questions), exerciseInquiriesLeftOut };
  }

  return { trends, stats };
}

export type ContactAnalytics = ReturnType<typeof createContactAnalytics>;
