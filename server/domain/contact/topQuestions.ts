/**
 * The contact centre's most asked questions of the last day that no published FAQ entry covers, for the checklist's
 * OP4 ("the most common questions are answered"). The FAQ index is rebuilt only when the published FAQ changed.
 */
import type { Kysely } from "kysely";
import { analyzeQuery, createFaqIndex, type FaqIndex } from "../../../shared/search/index.js";
import type { FaqEntry, ScoringQuestion } from "../../../shared/index.js";
import { listFaqEntries } from "../../db/repos/faq.js";
import { listInquiryFacts } from "../../db/repos/inquiries.js";
import type { DB } from "../../db/schema.js";
import { buildTrends } from "./trends.js";

const TOP = 5;

export function createTopQuestions() {
  let cached: { stamp: string; index: FaqIndex<FaqEntry> } | null = null;

  return async function topQuestions(db: Kysely<DB>, incidentId: string, now: Date): Promise<ScoringQuestion[]> {
    const items = await listInquiryFacts(db, {
      from: new Date(now.getTime() - 2 * 86_400_000).toISOString(),
      to: now.toISOString(),
      incidentId,
    });
    if (items.length === 0) return [];
    const entries = await listFaqEntries(db, {});
    const published = entries.filter((e) => e.status === "published");
    const stamp = published.map((e) => `${e.id}:${e.version}`).join(",");
    if (cached?.stamp !== stamp) cached = { stamp, index: createFaqIndex(published) };
    const index = cached.index;
    const coverage = (question: string): string | null => {
      const words = analyzeQuery(question).words.length;
      const [top] = index.search(question, { incidentId, limit: 1 });
      return top && words > 0 && top.matchedWords.length >= words ? top.id : null;
    };
    const trends = buildTrends({
      window: "day",
      now,
      items,
      faqQuestions: new Map(entries.map((e) => [e.id, e.question])),
      coverage,
      limit: TOP,
    });
    return trends.uncovered.slice(0, TOP).map((c) => ({ question: c.label.slice(0, 2_000), count: c.count }));
  };
}
