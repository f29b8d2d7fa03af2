import type { Incident } from "../../../shared/index.js";
import type { IncidentReport, Targets } from "../../../shared/schemas/report.js";
import type { ClaimRecord } from "../../db/repos/claims.js";
import type { InquiryFacts } from "../../db/repos/inquiries.js";
import type { PublishedVersion } from "../../db/repos/reports.js";
import { checklistMeans, overallScore } from "./checklist.js";
import { claimFigures } from "./claimFigures.js";
import { contactFigures } from "./contactFigures.js";
import type { EventFacts } from "./eventFacts.js";
import { minutesBetween } from "./numbers.js";
import { judgePromises } from "./promises.js";
import { judgeAll } from "./targets.js";
import { binActivity } from "./timeline.js";

export interface IncidentReportInput {
  municipality: string;
  targets: Targets;
  now: Date;
  incident: Incident;
  events: EventFacts;
  /** The decisions of the incident's log. */
  decisions: ReadonlyArray<{ at: string; text: string }>;
  versions: readonly PublishedVersion[];
  claims: readonly ClaimRecord[];
  inquiries: readonly InquiryFacts[];
  faqQuestions: ReadonlyMap<string, string>;
  /** false: leave the question clusters out (the period report's key figures need only the volume). */
  questions?: boolean;
}

const countBy = <T>(items: readonly T[], key: (t: T) => string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return out;
};

/** The after-action report of one incident from its loaded facts. Pure: the same input gives the same report. */
export function buildIncidentReport(input: IncidentReportInput): IncidentReport {
  const { incident, events, now } = input;
  const end = incident.closedAt ?? now.toISOString();
  const pubs = events.publications;
  const firstPublishedAt = pubs[0]?.at ?? null;
  // Each bulletin counts once, whichever versions of it were published; a translation is a bulletin of its own.
  const published = [...new Map(pubs.map((p) => [p.bulletinId, p])).values()];
  const scoreOf = new Map(input.versions.map((v) => [`${v.bulletinId}:${v.version}`, overallScore(v.checklist)]));
  const promises = judgePromises(pubs, end);
  const kept = promises.filter((p) => p.state === "kept").length;
  const missed = promises.filter((p) => p.state === "missed").length;
  const claims = claimFigures(input.claims);
  const contact = contactFigures(input.inquiries, input.faqQuestions, input.questions ?? true);
  const checklist = checklistMeans(input.versions.map((v) => v.checklist));
  const minutesToFirstPublic =
    firstPublishedAt === null ? null : Math.max(0, minutesBetween(incident.startedAt, firstPublishedAt));

  return {
    municipality: input.municipality,
    generatedAt: now.toISOString(),
    incident: {
      id: incident.id,
      title: incident.title,
      exercise: incident.exercise,
      startedAt: incident.startedAt,
      closedAt: incident.closedAt,
    },
    public: {
      firstPublishedAt,
      minutesToFirstPublic,
      bulletinsPublished: published.length,
      publications: pubs.length,
      corrections: published.filter((p) => p.kind === "correction").length,
      retractions: events.retractions.length,
      overrides: pubs
        .filter((p): p is typeof p & { reason: string } => p.reason !== null)
        .map((p) => ({
          bulletinId: p.bulletinId,
          headline: p.headline,
          reason: p.reason,
          score: scoreOf.get(`${p.bulletinId}:${p.version}`) ?? null,
          at: p.at,
        })),
      promises: {
        made: promises.length,
        kept,
        missed,
        pending: promises.length - kept - missed,
        longestOverdueMinutes: Math.max(0, ...promises.map((p) => p.overdueMinutes)),
      },
      languages: countBy(published, (p) => p.language),
    },
    checklist,
    claims: claims.figures,
    contact,
    targets: judgeAll(input.targets, {
      firstContactRate: contact.firstContactRate,
      firstPublicMinutes: minutesToFirstPublic,
      promisesKept: kept + missed === 0 ? null : kept / (kept + missed),
      claimsWithinDeadline: claims.figures.withinDeadlineShare,
      publishScore: checklist.atPublish.overall,
    }),
    timeline: {
      ...binActivity(incident.startedAt, end, {
        inquiries: input.inquiries,
        publications: pubs,
        claims: input.claims.filter((c) => c.mergedInto === null),
      }),
      decisions: [...input.decisions],
      publications: pubs.map(({ at, bulletinId, headline, language, kind, nextUpdateAt }) => ({
        at,
        bulletinId,
        headline,
        language,
        kind,
        nextUpdateAt,
      })),
      promises,
      claims: claims.timeline,
    },
  };
}
