import { z } from "zod";
import { LANGUAGES } from "../constants.js";
import { CLAIM_SEVERITIES, CLAIM_SOURCE_CHANNELS, CLAIM_STATUSES } from "./claim.js";
import { Id, IsoDateTime } from "./common.js";
import { INQUIRY_CHANNELS, INQUIRY_RESOLUTIONS } from "./inquiry.js";
import { lazySchema } from "./lazy.js";

/**
 * Follow-up reports: the after-action report of one incident and the period report for the committee
 * (nämnd), both measured against the municipality's targets (KRISRUM_TARGETS). Rates are shares 0–1, times are
 * minutes with one decimal unless the name says seconds.
 */
export const TARGET_KEYS = [
  "firstContactRate",
  "firstPublicMinutes",
  "promisesKept",
  "claimsWithinDeadline",
  "publishScore",
] as const;
export const TargetKey = lazySchema(() => z.enum(TARGET_KEYS));
export type TargetKey = z.infer<typeof TargetKey>;

/** Whether a figure meets its target by reaching it (a rate, a score) or by staying under it (a time). */
export const TARGET_DIRECTION: Record<TargetKey, "atLeast" | "atMost"> = {
  firstContactRate: "atLeast",
  firstPublicMinutes: "atMost",
  promisesKept: "atLeast",
  claimsWithinDeadline: "atLeast",
  publishScore: "atLeast",
};

export const Targets = lazySchema(() =>
  z.object({
    /** Share of inquiries answered at first contact (the seed municipality's 68 %). */
    firstContactRate: z.number().min(0).max(1),
    /** Minutes from the start of an incident to its first public bulletin. */
    firstPublicMinutes: z.number().positive(),
    /** Share of next-update promises kept. */
    promisesKept: z.number().min(0).max(1),
    /** Share of corrected claims corrected before their deadline. */
    claimsWithinDeadline: z.number().min(0).max(1),
    /** Mean overall checklist score of the versions published. */
    publishScore: z.number().min(0).max(100),
  }),
);
export type Targets = z.infer<typeof Targets>;

export const DEFAULT_TARGETS: Targets = {
  firstContactRate: 0.68,
  firstPublicMinutes: 60,
  promisesKept: 1,
  claimsWithinDeadline: 0.9,
  publishScore: 80,
};

/** `met` is null when there is nothing to measure yet (no inquiries, no promise due). */
export const TargetResult = lazySchema(() =>
  z.object({
    key: TargetKey,
    target: z.number(),
    actual: z.number().nullable(),
    met: z.boolean().nullable(),
  }),
);
export type TargetResult = z.infer<typeof TargetResult>;

const Count = lazySchema(() => z.number().int().nonnegative());
const Share = lazySchema(() => z.number().min(0).max(1));
const Minutes = lazySchema(() => z.number().nonnegative());
const countsOf = <T extends readonly [string, ...string[]]>(keys: T) => z.record(z.enum(keys), Count);

export const ContactFigures = lazySchema(() =>
  z.object({
    inquiries: Count,
    byChannel: countsOf(INQUIRY_CHANNELS),
    byOutcome: countsOf(INQUIRY_RESOLUTIONS),
    firstContactRate: Share.nullable(),
    medianHandlingSeconds: z.number().nonnegative().nullable(),
    /** Forwarded inquiries per receiving unit. */
    forwardedTo: z.record(z.string(), Count),
    topQuestions: z.array(z.object({ text: z.string(), count: Count, faqEntryId: Id.nullable() })),
    /** Clusters of questions no agent answered from an FAQ entry, most asked first. */
    uncoveredQuestions: z.array(z.object({ text: z.string(), count: Count })),
  }),
);
export type ContactFigures = z.infer<typeof ContactFigures>;

export const PrincipleMeans = lazySchema(() =>
  z.object({
    overall: z.number().nullable(),
    active: z.number().nullable(),
    open: z.number().nullable(),
    factual: z.number().nullable(),
    fast: z.number().nullable(),
    impartial: z.number().nullable(),
    audienceAdapted: z.number().nullable(),
  }),
);
export type PrincipleMeans = z.infer<typeof PrincipleMeans>;

export const PROMISE_STATES = ["kept", "missed", "pending"] as const;
export const TimelinePromise = lazySchema(() =>
  z.object({
    madeAt: IsoDateTime,
    dueAt: IsoDateTime,
    /** The first publication after the promise, if it came by the due time. */
    keptAt: IsoDateTime.nullable(),
    /** The first publication after the due time of a missed promise. */
    lateAt: IsoDateTime.nullable(),
    state: z.enum(PROMISE_STATES),
    /** Minutes past the due time until the next publication (or the report's end); 0 when kept. */
    overdueMinutes: Minutes,
  }),
);
export type TimelinePromise = z.infer<typeof TimelinePromise>;

export const TimelinePublication = lazySchema(() =>
  z.object({
    at: IsoDateTime,
    bulletinId: Id,
    headline: z.string(),
    language: z.enum(LANGUAGES),
    kind: z.enum(["bulletin", "correction"]),
    /** The next update this publication promised, if any. */
    nextUpdateAt: IsoDateTime.nullable(),
  }),
);
export type TimelinePublication = z.infer<typeof TimelinePublication>;

export const TimelineClaim = lazySchema(() =>
  z.object({
    id: Id,
    text: z.string(),
    severity: z.enum(CLAIM_SEVERITIES),
    status: z.enum(CLAIM_STATUSES),
    createdAt: IsoDateTime,
    dueAt: IsoDateTime,
    correctedAt: IsoDateTime.nullable(),
    minutesToCorrection: Minutes.nullable(),
    withinDeadline: z.boolean().nullable(),
  }),
);
export type TimelineClaim = z.infer<typeof TimelineClaim>;

export const TimelineBin = lazySchema(() =>
  z.object({
    start: IsoDateTime,
    inquiries: Count,
    byChannel: countsOf(INQUIRY_CHANNELS),
    publications: Count,
    claims: Count,
  }),
);
export type TimelineBin = z.infer<typeof TimelineBin>;

export const CorrectionTimesMinutes = lazySchema(() =>
  z.object({
    corrected: Count,
    medianMinutes: Minutes.nullable(),
    p90Minutes: Minutes.nullable(),
  }),
);

export const IncidentReport = lazySchema(() =>
  z.object({
    municipality: z.string(),
    generatedAt: IsoDateTime,
    incident: z.object({
      id: Id,
      title: z.string(),
      exercise: z.boolean(),
      startedAt: IsoDateTime,
      closedAt: IsoDateTime.nullable(),
    }),
    public: z.object({
      firstPublishedAt: IsoDateTime.nullable(),
      minutesToFirstPublic: Minutes.nullable(),
      /** Bulletins (each language its own) published at least once; `publications` counts every publish. */
      bulletinsPublished: Count,
      publications: Count,
      corrections: Count,
      retractions: Count,
      overrides: z.array(
        z.object({
          bulletinId: Id,
          headline: z.string(),
          reason: z.string(),
          score: z.number().nullable(),
          at: IsoDateTime,
        }),
      ),
      promises: z.object({ made: Count, kept: Count, missed: Count, pending: Count, longestOverdueMinutes: Minutes }),
      languages: z.record(z.string(), Count),
    }),
    checklist: z.object({ publishedVersions: Count, atPublish: PrincipleMeans }),
    claims: z.object({
      total: Count,
      byStatus: countsOf(CLAIM_STATUSES),
      bySourceChannel: countsOf(CLAIM_SOURCE_CHANNELS),
      corrected: Count,
      withinDeadlineShare: Share.nullable(),
      medianMinutesToCorrection: Minutes.nullable(),
      p90MinutesToCorrection: Minutes.nullable(),
      bySeverity: z.record(z.enum(CLAIM_SEVERITIES), CorrectionTimesMinutes),
    }),
    contact: ContactFigures,
    targets: z.array(TargetResult),
    timeline: z.object({
      binMinutes: z.number().int().positive(),
      bins: z.array(TimelineBin),
      decisions: z.array(z.object({ at: IsoDateTime, text: z.string() })),
      publications: z.array(TimelinePublication),
      promises: z.array(TimelinePromise),
      claims: z.array(TimelineClaim),
    }),
  }),
);
export type IncidentReport = z.infer<typeof IncidentReport>;

export const PeriodIncident = lazySchema(() =>
  z.object({
    id: Id,
    title: z.string(),
    exercise: z.boolean(),
    startedAt: IsoDateTime,
    closedAt: IsoDateTime.nullable(),
    minutesToFirstPublic: Minutes.nullable(),
    bulletinsPublished: Count,
    promisesMade: Count,
    promisesMissed: Count,
    claims: Count,
    claimsWithinDeadlineShare: Share.nullable(),
    inquiries: Count,
    firstContactRate: Share.nullable(),
  }),
);
export type PeriodIncident = z.infer<typeof PeriodIncident>;

export const PeriodMonth = lazySchema(() =>
  z.object({
    /** "2026-03", the calendar month in Swedish time. */
    month: z.string().regex(/^\d{4}-\d{2}$/),
    inquiries: Count,
    byChannel: countsOf(INQUIRY_CHANNELS),
    firstContactRate: Share.nullable(),
    medianHandlingSeconds: z.number().nonnegative().nullable(),
  }),
);
export type PeriodMonth = z.infer<typeof PeriodMonth>;

export const PeriodReport = lazySchema(() =>
  z.object({
    municipality: z.string(),
    generatedAt: IsoDateTime,
    from: IsoDateTime,
    to: IsoDateTime,
    contact: ContactFigures,
    months: z.array(PeriodMonth),
    incidents: z.array(PeriodIncident),
    targets: z.array(TargetResult),
  }),
);
export type PeriodReport = z.infer<typeof PeriodReport>;

/**
 * A day ("2026-03-01", the whole day in Swedish time: `to` includes it) or an exact ISO time. `to` is exclusive
 * for an exact time.
 */
export const ReportDate = lazySchema(() =>
  z.union([z.iso.date(), IsoDateTime], { error: "a date (YYYY-MM-DD) or an ISO 8601 time" }),
);
export const PeriodQuery = lazySchema(() => z.object({ from: ReportDate, to: ReportDate }));
export type PeriodQuery = z.infer<typeof PeriodQuery>;

/** The longest period one report may cover (a year and a month: a committee's year with its slack). */
export const REPORT_MAX_RANGE_DAYS = 400;
