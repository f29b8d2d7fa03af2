import { z } from "zod";
import { Bulletin, StaleReason } from "./bulletin.js";
import { Id, IsoDateTime, MULTI_LINE, NO_CONTROL_EXCEPT_LINES } from "./common.js";
import { lazySchema } from "./lazy.js";

/** Misinformation desk: a rumour or factual error as seen, and the work to correct it. */
export const CLAIM_LIMITS = {
  textMax: 5_000, // characters
  linkMax: 2_000, // characters
  noteMax: 5_000, // characters
  reasonMax: 2_000, // characters
  factIdsMax: 50,
} as const;

export const CLAIM_SOURCE_CHANNELS = ["social", "press", "radio", "contact_centre", "other"] as const;
export const ClaimSourceChannel = lazySchema(() => z.enum(CLAIM_SOURCE_CHANNELS));
export type ClaimSourceChannel = z.infer<typeof ClaimSourceChannel>;

export const CLAIM_SEVERITIES = ["low", "medium", "high", "critical"] as const;
export const ClaimSeverity = lazySchema(() => z.enum(CLAIM_SEVERITIES));
export type ClaimSeverity = z.infer<typeof ClaimSeverity>;
/** Most severe first: the order the console's tables and charts list severities in, and the report CSV with them. */
export const CLAIM_SEVERITIES_MOST_SEVERE_FIRST = [
  "critical",
  "high",
  "medium",
  "low",
] as const satisfies readonly ClaimSeverity[];

/**
 * Reach is an ordinal estimate, not a count: follower and view numbers seen by a communicator are rarely
 * comparable across channels, and a rough class is what triage needs.
 */
export const CLAIM_REACHES = ["low", "medium", "high"] as const;
export const ClaimReach = lazySchema(() => z.enum(CLAIM_REACHES));
export type ClaimReach = z.infer<typeof ClaimReach>;

export const CLAIM_STATUSES = [
  "new",
  "triaged",
  "assigned",
  "correcting",
  "in_review",
  "corrected",
  "dismissed",
] as const;
export const ClaimStatus = lazySchema(() => z.enum(CLAIM_STATUSES));
export type ClaimStatus = z.infer<typeof ClaimStatus>;
/** Statuses in which a claim still needs work (and can be overdue). */
export const OPEN_CLAIM_STATUSES = [
  "new",
  "triaged",
  "assigned",
  "correcting",
  "in_review",
] as const satisfies readonly ClaimStatus[];

/** Minutes from logging a claim to its due time, per severity (KRISRUM_CLAIM_DEADLINES overrides). */
export const DEFAULT_CLAIM_DEADLINES_MIN: Record<ClaimSeverity, number> = {
  critical: 30,
  high: 60,
  medium: 240,
  low: 1_440,
};
export const ClaimDeadlines = lazySchema(() =>
  z.object({
    critical: z.number().int().positive(),
    high: z.number().int().positive(),
    medium: z.number().int().positive(),
    low: z.number().int().positive(),
  }),
);
export type ClaimDeadlines = z.infer<typeof ClaimDeadlines>;

/** Most callers one report may count (the contact centre's "how many have called?"). */
export const CALLERS_MAX = 10_000;
export const Calls = lazySchema(() => z.number().int().min(1).max(CALLERS_MAX));

/**
 * How far a rumour has spread, judged from the calls about it (reach is an ordinal estimate, not a count). A single
 * caller may be alone in hearing it; a handful means it circulates; ten or more, it is widespread.
 */
export function reachFromCallers(callers: number): ClaimReach {
  if (callers >= 10) return "high";
  if (callers >= 3) return "medium";
  return "low";
}

export const ClaimNote = lazySchema(() =>
  z.object({ id: Id, text: z.string(), authorId: Id, authorName: z.string(), at: IsoDateTime }),
);
export type ClaimNote = z.infer<typeof ClaimNote>;

const Link = lazySchema(() => z.url({ protocol: /^https?$/ }).max(CLAIM_LIMITS.linkMax));
const Reason = lazySchema(() =>
  z.string().trim().min(1).max(CLAIM_LIMITS.reasonMax).regex(MULTI_LINE, NO_CONTROL_EXCEPT_LINES),
);
const FactIds = lazySchema(() => z.array(Id).max(CLAIM_LIMITS.factIdsMax));

export const Claim = lazySchema(() =>
  z.object({
    id: Id,
    incidentId: Id,
    /** The claim as seen, quoted. */
    text: z.string(),
    sourceChannel: ClaimSourceChannel,
    link: z.string().nullable(),
    /** Links of claims merged into this one. */
    otherLinks: z.array(z.string()),
    firstSeenAt: IsoDateTime,
    reach: ClaimReach,
    /**
     * Calls the contact centre has had about it: the callers of the report that raised it plus those of
     * every later caller report that matched it; 0 for a claim no caller has reported.
     */
    calls: z.number().int().nonnegative(),
    severity: ClaimSeverity,
    status: ClaimStatus,
    dismissReason: z.string().nullable(),
    assigneeId: Id.nullable(),
    assigneeName: z.string().nullable(),
    /** createdAt + the severity's deadline; recomputed when severity changes. */
    dueAt: IsoDateTime,
    refutingFactIds: z.array(Id),
    /**
     * Refuting facts that changed or were retracted since the correction was drafted. While any is listed the
     * correction is held (it cannot be approved or published) until someone confirms the facts (`confirm-facts`).
     */
    factFlags: z.array(StaleReason),
    correctionBulletinId: Id.nullable(),
    notes: z.array(ClaimNote),
    /** Set on a claim merged into another (it is then dismissed); the survivor lists it in `mergedFrom`. */
    mergedInto: Id.nullable(),
    mergedFrom: z.array(Id),
    version: z.number().int().positive(),
    createdBy: Id,
    createdByName: z.string(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    correctedAt: IsoDateTime.nullable(),
    /** correctedAt − createdAt. */
    timeToCorrectionMs: z.number().int().nonnegative().nullable(),
  }),
);
export type Claim = z.infer<typeof Claim>;

/** `POST /api/incidents/:id/claims`. Severity may be set at once; triage can change it later. */
export const ClaimCreate = lazySchema(() =>
  z
    .object({
      text: z.string().trim().min(1).max(CLAIM_LIMITS.textMax).regex(MULTI_LINE, NO_CONTROL_EXCEPT_LINES),
      sourceChannel: ClaimSourceChannel,
      link: Link.nullable().default(null),
      firstSeenAt: IsoDateTime.optional(),
      reach: ClaimReach.default("low"),
      severity: ClaimSeverity.default("medium"),
      refutingFactIds: FactIds.default([]),
      /** How many have called about it; only for a caller report (`sourceChannel: "contact_centre"`, default 1). */
      calls: Calls.optional(),
    })
    .refine((v) => v.calls === undefined || v.sourceChannel === "contact_centre", {
      message: "only a caller report (sourceChannel contact_centre) counts calls",
      path: ["calls"],
    }),
);
export type ClaimCreate = z.infer<typeof ClaimCreate>;

/** `PATCH /api/claims/:id`: the description and the refuting facts, not the workflow. */
export const ClaimPatch = lazySchema(() =>
  z
    .object({
      text: z.string().trim().min(1).max(CLAIM_LIMITS.textMax).regex(MULTI_LINE, NO_CONTROL_EXCEPT_LINES),
      sourceChannel: ClaimSourceChannel,
      link: Link.nullable(),
      firstSeenAt: IsoDateTime,
      refutingFactIds: FactIds,
      expectedVersion: z.number().int().positive(),
    })
    .partial()
    .refine((v) => Object.keys(v).some((k) => k !== "expectedVersion"), { message: "at least one field is required" }),
);
export type ClaimPatch = z.infer<typeof ClaimPatch>;

/** `POST /api/claims/:id/triage`: severity and reach; the due time follows the severity. */
export const ClaimTriage = lazySchema(() =>
  z
    .object({ severity: ClaimSeverity, reach: ClaimReach })
    .partial()
    .refine((v) => v.severity !== undefined || v.reach !== undefined, { message: "severity or reach is required" }),
);
export type ClaimTriage = z.infer<typeof ClaimTriage>;

export const ClaimAssign = lazySchema(() => z.object({ assigneeId: Id }));
export type ClaimAssign = z.infer<typeof ClaimAssign>;
export const ClaimDismiss = lazySchema(() => z.object({ reason: Reason }));
export type ClaimDismiss = z.infer<typeof ClaimDismiss>;
export const ClaimNoteCreate = lazySchema(() =>
  z.object({
    text: z.string().trim().min(1).max(CLAIM_LIMITS.noteMax).regex(MULTI_LINE, NO_CONTROL_EXCEPT_LINES),
  }),
);
export type ClaimNoteCreate = z.infer<typeof ClaimNoteCreate>;
export const ClaimMerge = lazySchema(() => z.object({ into: Id }));
export type ClaimMerge = z.infer<typeof ClaimMerge>;
/** `POST /api/claims/:id/correct`: refuting facts may be given here; otherwise the claim's own are cited. */
export const ClaimStartCorrection = lazySchema(() => z.object({ refutingFactIds: FactIds.optional() }));
export type ClaimStartCorrection = z.infer<typeof ClaimStartCorrection>;

/** `POST /api/claims/:id/confirm-facts`: the desk has checked the correction against the changed refuting facts. */
export const ClaimConfirmFacts = lazySchema(() =>
  z.object({ expectedVersion: z.number().int().positive().optional() }),
);
export type ClaimConfirmFacts = z.infer<typeof ClaimConfirmFacts>;

export const SimilarClaim = lazySchema(() => z.object({ claim: Claim, score: z.number().min(0).max(1) }));
export type SimilarClaim = z.infer<typeof SimilarClaim>;

export const ClaimSummary = lazySchema(() =>
  z.object({
    counts: z.record(ClaimStatus, z.number().int().nonnegative()),
    open: z.number().int().nonnegative(),
    overdue: z.number().int().nonnegative(),
    oldestOpen: z
      .object({ id: Id, text: z.string(), createdAt: IsoDateTime, dueAt: IsoDateTime, severity: ClaimSeverity })
      .nullable(),
  }),
);
export type ClaimSummary = z.infer<typeof ClaimSummary>;

export const CorrectionTimes = lazySchema(() =>
  z.object({
    corrected: z.number().int().nonnegative(),
    medianMs: z.number().int().nonnegative().nullable(),
    p90Ms: z.number().int().nonnegative().nullable(),
  }),
);
export type CorrectionTimes = z.infer<typeof CorrectionTimes>;

export const ClaimMetrics = lazySchema(() =>
  z.object({
    /** Claims merged into another are not counted (their survivor is). */
    total: z.number().int().nonnegative(),
    timeToCorrection: z.record(ClaimSeverity, CorrectionTimes),
    /** Of corrected claims, the share corrected by their due time (0–1); null when none is corrected. */
    withinDeadlineShare: z.number().min(0).max(1).nullable(),
    bySourceChannel: z.record(ClaimSourceChannel, z.number().int().nonnegative()),
  }),
);
export type ClaimMetrics = z.infer<typeof ClaimMetrics>;

/**
 * What the contact centre sees of a claim callers have reported: its text, where the desk has got with it
 * and how many called, never the desk's notes or people. `callbacks`: inquiries linked to it that still hold a
 * callback number and wait to be rung back (the numbers themselves only in `ClaimCallbacks`); `calledBack`: those rung
 * back.
 */
export const ContactClaim = lazySchema(() =>
  z.object({
    id: Id,
    incidentId: Id,
    text: z.string(),
    sourceChannel: ClaimSourceChannel,
    status: ClaimStatus,
    reach: ClaimReach,
    calls: z.number().int().nonnegative(),
    callbacks: z.number().int().nonnegative(),
    calledBack: z.number().int().nonnegative(),
    correctionBulletinId: Id.nullable(),
    correctedAt: IsoDateTime.nullable(),
    mergedInto: Id.nullable(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  }),
);
export type ContactClaim = z.infer<typeof ContactClaim>;

export const ContactClaimsQuery = lazySchema(() => z.object({ incidentId: Id.optional() }));
export type ContactClaimsQuery = z.infer<typeof ContactClaimsQuery>;

/** One caller to ring back once the correction is out. */
export const ClaimCallback = lazySchema(() =>
  z.object({
    inquiryId: Id,
    caseNumber: z.string(),
    question: z.string(),
    callbackNumber: z.string(),
    askedAt: IsoDateTime,
    /** Who rang the caller back, and when; null while the caller waits. */
    calledBack: z.object({ at: IsoDateTime, by: z.object({ id: Id, displayName: z.string() }) }).nullable(),
  }),
);
export type ClaimCallback = z.infer<typeof ClaimCallback>;

/**
 * `GET /api/claims/:id/callbacks`: the callback list. Numbers are listed once the correction is published (status
 * `corrected`); before that only how many wait (`waiting`). Numbers the retention purge blanked are gone (`purged`).
 */
export const ClaimCallbacks = lazySchema(() =>
  z.object({
    claim: ContactClaim,
    ready: z.boolean(),
    waiting: z.number().int().nonnegative(),
    purged: z.number().int().nonnegative(),
    callbacks: z.array(ClaimCallback),
  }),
);
export type ClaimCallbacks = z.infer<typeof ClaimCallbacks>;

/** Responses of the claim routes that wrap a list or a pair. */
export const ClaimList = lazySchema(() => z.object({ claims: z.array(Claim) }));
export type ClaimList = z.infer<typeof ClaimList>;
export const SimilarClaimList = lazySchema(() => z.object({ similar: z.array(SimilarClaim) }));
export type SimilarClaimList = z.infer<typeof SimilarClaimList>;
/** POST /api/claims/:id/merge: the claim merged away and the one that survives. */
export const ClaimMergeResult = lazySchema(() => z.object({ merged: Claim, survivor: Claim }));
export type ClaimMergeResult = z.infer<typeof ClaimMergeResult>;
/** GET /api/contact/claims. */
export const ContactClaimList = lazySchema(() => z.object({ claims: z.array(ContactClaim) }));
export type ContactClaimList = z.infer<typeof ContactClaimList>;
/** POST /api/claims/:id/correct: the claim, now correcting, and the correction bulletin drafted for it. */
export const ClaimCorrection = lazySchema(() => z.object({ claim: Claim, bulletin: Bulletin }));
export type ClaimCorrection = z.infer<typeof ClaimCorrection>;
