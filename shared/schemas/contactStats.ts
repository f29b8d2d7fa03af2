import { z } from "zod";
import { Id, IsoDateTime } from "./common.js";
import { InquiryChannel, InquiryResolution } from "./inquiry.js";
import { lazySchema } from "./lazy.js";

/** Trends and follow-up statistics of the contact centre, computed from the inquiry log. */
export const TREND_WINDOWS = ["hour", "day"] as const;
export const TrendWindow = lazySchema(() => z.enum(TREND_WINDOWS));
export type TrendWindow = z.infer<typeof TrendWindow>;

export const TrendsQuery = lazySchema(() =>
  z.object({
    window: TrendWindow.default("hour"),
    incidentId: Id.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(10),
  }),
);
export type TrendsQuery = z.infer<typeof TrendsQuery>;

/** Inquiries that ask the same thing: same FAQ entry used, or similar wording after Swedish analysis. */
export const QuestionCluster = lazySchema(() =>
  z.object({
    key: z.string(),
    /** The FAQ entry's question, else the most frequent wording. */
    label: z.string(),
    count: z.number().int().nonnegative(),
    /** The same cluster in the window before (the hour or day before), to tell what is rising. */
    previousCount: z.number().int().nonnegative(),
    firstContactShare: z.number().min(0).max(1),
    /** The entry most used for it, or the published entry that search finds for it. */
    faqEntryId: Id.nullable(),
    /** "logged": agents answered it with an FAQ entry; "search": an entry exists that matches it; null: none. */
    coveredBy: z.enum(["logged", "search"]).nullable(),
    examples: z.array(z.string()),
  }),
);
export type QuestionCluster = z.infer<typeof QuestionCluster>;

export const ContactTrends = lazySchema(() =>
  z.object({
    window: TrendWindow,
    from: IsoDateTime,
    to: IsoDateTime,
    total: z.number().int().nonnegative(),
    firstContactShare: z.number().min(0).max(1).nullable(),
    /** Most asked first. */
    clusters: z.array(QuestionCluster),
    /** Clusters no FAQ entry covers, most asked first. */
    uncovered: z.array(QuestionCluster),
    /**
     * Of `total`, the inquiries logged on exercises. Trends over every incident keep a drill's calls (the contact
     * centre practises with this page), and say how many there are; the statistics leave them out.
     */
    exerciseInquiries: z.number().int().nonnegative().default(0),
  }),
);
export type ContactTrends = z.infer<typeof ContactTrends>;

/** A day ("2026-03-01": the whole day in Swedish time, `to` includes it) or an exact ISO time (`to` exclusive). */
const StatsDate = lazySchema(() =>
  z.union([z.iso.date(), IsoDateTime], { error: "a date (YYYY-MM-DD) or an ISO 8601 time" }),
);

export const StatsQuery = lazySchema(() =>
  z.object({
    from: StatsDate.optional(),
    to: StatsDate.optional(),
    incidentId: Id.optional(),
  }),
);
export type StatsQuery = z.infer<typeof StatsQuery>;

const Count = lazySchema(() => z.number().int().nonnegative());
export const ChannelCounts = lazySchema(() => z.record(InquiryChannel, Count));
export type ChannelCounts = z.infer<typeof ChannelCounts>;

export const ContactStats = lazySchema(() =>
  z.object({
    from: IsoDateTime,
    to: IsoDateTime,
    incidentId: Id.nullable(),
    total: Count,
    /** One row per clock hour (UTC start) in the range that had inquiries, oldest first. */
    perHour: z.array(z.object({ hour: IsoDateTime, total: Count, channels: ChannelCounts })),
    byChannel: ChannelCounts,
    resolutions: z.record(InquiryResolution, Count),
    firstContactRate: z.number().min(0).max(1).nullable(),
    /** Inquiries answered from an FAQ entry the agent picked among the suggestions of a weak search. */
    fromSuggestion: Count,
    forwardedByUnit: z.array(z.object({ unit: z.string(), count: Count })),
    averageHandlingSeconds: z.number().nonnegative().nullable(),
    medianHandlingSeconds: z.number().nonnegative().nullable(),
    topQuestions: z.array(z.object({ label: z.string(), count: Count, faqEntryId: Id.nullable() })),
    /**
     * Inquiries of the range logged under an exercise, counted in none of the figures above (they are the real calls'),
     * for the console to say so. 0 for one incident's statistics, which are that incident's own, exercise or not.
     */
    exerciseInquiriesLeftOut: Count.default(0),
  }),
);
export type ContactStats = z.infer<typeof ContactStats>;

/** The longest range one statistics request may cover: a year of inquiries is tens of thousands of rows. */
export const STATS_MAX_RANGE_DAYS = 400;
