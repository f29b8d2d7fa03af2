import { z } from "zod";
import { LANGUAGES } from "../constants.js";
import {
  ChecklistFinding,
  ChecklistPrinciple,
  ChecklistResult,
  MessageAudience,
  MessageChannel,
  MessageLanguage,
  PrincipleStatus,
  type MessageInput,
  type MessageKind,
} from "./checklist.js";
import { Id, IsoDateTime, MULTI_LINE, NO_CONTROL_EXCEPT_LINES, NO_CONTROL, ONE_LINE } from "./common.js";
import { lazySchema } from "./lazy.js";

export const BULLETIN_LIMITS = {
  headlineMax: 200, // characters
  bodyMax: 20_000, // characters
  instructionMax: 5_000, // characters
  areaDescriptionMax: 500, // characters
  polygonPointsMax: 500,
  factIdsMax: 100,
  reasonMax: 2_000, // characters
  channelTextMax: 20_000, // characters
} as const;

export const BULLETIN_KINDS = ["bulletin", "correction"] as const;
export const BulletinKind = lazySchema(() => z.enum(BULLETIN_KINDS));
export type BulletinKind = z.infer<typeof BulletinKind>;

/**
 * The working version's status. `superseded` only appears on versions (a version replaced by a later one);
 * `retracted` is terminal. docs/api.md "Facts and bulletins" has the transitions table.
 */
export const BULLETIN_STATUSES = ["draft", "in_review", "approved", "published", "superseded", "retracted"] as const;
export const BulletinStatus = lazySchema(() => z.enum(BULLETIN_STATUSES));
export type BulletinStatus = z.infer<typeof BulletinStatus>;

// CAP 1.2 value sets, spelled as in the standard so the export copies them verbatim.
export const CAP_URGENCIES = ["Immediate", "Expected", "Future", "Past", "Unknown"] as const;
export const CapUrgency = lazySchema(() => z.enum(CAP_URGENCIES));
export type CapUrgency = z.infer<typeof CapUrgency>;
export const CAP_SEVERITIES = ["Extreme", "Severe", "Moderate", "Minor", "Unknown"] as const;
export const CapSeverity = lazySchema(() => z.enum(CAP_SEVERITIES));
export type CapSeverity = z.infer<typeof CapSeverity>;
export const CAP_CERTAINTIES = ["Observed", "Likely", "Possible", "Unlikely", "Unknown"] as const;
export const CapCertainty = lazySchema(() => z.enum(CAP_CERTAINTIES));
export type CapCertainty = z.infer<typeof CapCertainty>;
export const CAP_CATEGORIES = [
  "Geo",
  "Met",
  "Safety",
  "Security",
  "Rescue",
  "Fire",
  "Health",
  "Env",
  "Transport",
  "Infra",
  "CBRNE",
  "Other",
] as const;
export const CapCategory = lazySchema(() => z.enum(CAP_CATEGORIES));
export type CapCategory = z.infer<typeof CapCategory>;

export const GeoPoint = lazySchema(() =>
  z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }),
);
export type GeoPoint = z.infer<typeof GeoPoint>;

/**
 * CAP `area` as stored and read back: the shape without today's write limits (see StoredBulletinContent). A
 * description, optionally a point (CAP circle, radius in km) and a polygon (closed on export).
 */
export const StoredBulletinArea = lazySchema(() =>
  z.object({
    description: z.string(),
    point: GeoPoint.extend({ radiusKm: z.number().default(0) })
      .nullable()
      .default(null),
    polygon: z.array(GeoPoint).nullable().default(null),
  }),
);

/** CAP `area` as written: the stored shape with the limits a write must keep. */
export const BulletinArea = lazySchema(() =>
  StoredBulletinArea.extend({
    description: z.string().trim().min(1).max(BULLETIN_LIMITS.areaDescriptionMax).regex(ONE_LINE, NO_CONTROL),
    point: GeoPoint.extend({ radiusKm: z.number().min(0).max(1_000).default(0) })
      .nullable()
      .default(null),
    polygon: z.array(GeoPoint).min(3).max(BULLETIN_LIMITS.polygonPointsMax).nullable().default(null),
  }),
);
export type BulletinArea = z.infer<typeof BulletinArea>;

/**
 * The editable text and CAP fields as stored and read back (a bulletin, its versions, event payloads): the shape and
 * the value sets, but none of today's write limits (lengths, counts, control characters, trimming). A row stored
 * before a limit was tightened, or by an older version, is presented as it is: one such draft once made the whole
 * bulletin list of its incident fail, in the server's response check and in the console's parse. The limits are
 * BulletinContent's, checked where text is written.
 */
export const StoredBulletinContent = lazySchema(() =>
  z.object({
    kind: BulletinKind.default("bulletin"),
    headline: z.string().default(""),
    /** What has happened (CAP description). */
    body: z.string().default(""),
    /** What people should do (CAP instruction). */
    instruction: z.string().default(""),
    audiences: z.array(MessageAudience).default([]),
    channels: z.array(MessageChannel).default(["web"]),
    factIds: z.array(Id).default([]),
    area: StoredBulletinArea.nullable().default(null),
    urgency: CapUrgency.default("Immediate"),
    severity: CapSeverity.default("Moderate"),
    certainty: CapCertainty.default("Observed"),
    categories: z.array(CapCategory).default(["Safety"]),
    expiresAt: IsoDateTime.nullable().default(null),
    /** The promised next update; publishing copies it to the incident's nextUpdateDue. */
    nextUpdateAt: IsoDateTime.nullable().default(null),
  }),
);

/** The editable content as written (create and save): the stored shape with its limits. Empty texts are fine in a draft. */
export const BulletinContent = lazySchema(() =>
  StoredBulletinContent.extend({
    headline: z.string().trim().max(BULLETIN_LIMITS.headlineMax).regex(ONE_LINE, NO_CONTROL).default(""),
    body: z.string().max(BULLETIN_LIMITS.bodyMax).regex(MULTI_LINE, NO_CONTROL_EXCEPT_LINES).default(""),
    instruction: z.string().max(BULLETIN_LIMITS.instructionMax).regex(MULTI_LINE, NO_CONTROL_EXCEPT_LINES).default(""),
    audiences: z.array(MessageAudience).max(20).default([]),
    channels: z.array(MessageChannel).max(20).default(["web"]),
    factIds: z.array(Id).max(BULLETIN_LIMITS.factIdsMax).default([]),
    area: BulletinArea.nullable().default(null),
    categories: z.array(CapCategory).min(1).max(CAP_CATEGORIES.length).default(["Safety"]),
  }),
);
export type BulletinContent = z.infer<typeof BulletinContent>;
export type BulletinContentInput = z.input<typeof BulletinContent>;

/**
 * `POST /api/incidents/:id/bulletins`. `language` and `translationOf` are fixed once created. CAP severity, urgency
 * and categories left out come from the incident (shared/capDefaults.ts), or for a translation from its source.
 */
export const BulletinCreate = lazySchema(() =>
  BulletinContent.extend({
    urgency: CapUrgency.optional(),
    severity: CapSeverity.optional(),
    categories: z.array(CapCategory).min(1).max(CAP_CATEGORIES.length).optional(),
    language: MessageLanguage.default("sv"),
    /** The bulletin this one translates (same incident, another language; one translation per language). */
    translationOf: Id.nullable().default(null),
    /** A claim this correction answers (misinformation desk). */
    claimId: Id.nullable().default(null),
  }),
);
export type BulletinCreate = z.infer<typeof BulletinCreate>;

/** `PUT /api/bulletins/:id`: the whole editable content, as a new version. */
export const BulletinSave = lazySchema(() =>
  BulletinContent.extend({
    expectedVersion: z.number().int().positive(),
    /** A translation brought up to date with this version of its source; clears `translation_source_changed`. */
    translationOfVersion: z.number().int().positive().optional(),
    claimId: Id.nullable().optional(),
  }),
);
export type BulletinSave = z.infer<typeof BulletinSave>;

const Reason = lazySchema(() =>
  z.string().trim().min(1).max(BULLETIN_LIMITS.reasonMax).regex(MULTI_LINE, NO_CONTROL_EXCEPT_LINES),
);

/** submit: optional version guard. */
export const BulletinSubmit = lazySchema(() => z.object({ expectedVersion: z.number().int().positive().optional() }));
export type BulletinSubmit = z.infer<typeof BulletinSubmit>;
/**
 * approve: the lead approves the version they read. `reason` lets a lone duty officer approve a version they wrote
 * themselves where four eyes are required (docs/api.md "Four eyes"); it goes to the incident log.
 */
export const BulletinApprove = lazySchema(() =>
  z.object({ expectedVersion: z.number().int().positive(), reason: Reason.optional() }),
);
export type BulletinApprove = z.infer<typeof BulletinApprove>;
/** return to draft from review, with what to fix. */
export const BulletinReturn = lazySchema(() =>
  z.object({ reason: Reason, expectedVersion: z.number().int().positive().optional() }),
);
export type BulletinReturn = z.infer<typeof BulletinReturn>;
/** `reason` is required when the publish gate is not passed (docs/api.md "Publish gate"). */
export const BulletinPublish = lazySchema(() =>
  z.object({
    reason: Reason.optional(),
    expectedVersion: z.number().int().positive().optional(),
  }),
);
export type BulletinPublish = z.infer<typeof BulletinPublish>;
export const BulletinRetract = lazySchema(() =>
  z.object({ reason: Reason, expectedVersion: z.number().int().positive().optional() }),
);
export type BulletinRetract = z.infer<typeof BulletinRetract>;

export const STALE_REASONS = [
  "fact_changed",
  "fact_retracted",
  "translation_source_changed",
  "master_changed",
] as const;
export const StaleReasonKind = lazySchema(() => z.enum(STALE_REASONS));
export type StaleReasonKind = z.infer<typeof StaleReasonKind>;

/** Why a message needs another look. Fact reasons name the fact; source/master reasons the version that changed. */
export const StaleReason = lazySchema(() =>
  z.object({
    reason: StaleReasonKind,
    at: IsoDateTime,
    factId: Id.optional(),
    factVersion: z.number().int().positive().optional(),
    sourceId: Id.optional(),
    sourceVersion: z.number().int().positive().optional(),
    /**
     * Which text the reason is about: the working version (absent, the default) or the version live on the public
     * outputs ("published"), which may cite a fact the working draft no longer does. A save clears working reasons
     * only; a publish clears the published ones.
     */
    scope: z.enum(["working", "published"]).optional(),
  }),
);
export type StaleReason = z.infer<typeof StaleReason>;

export const ScoreSummary = lazySchema(() =>
  z.object({
    overall: z.number().int().min(0).max(100),
    status: PrincipleStatus,
    errors: z.number().int().nonnegative(),
    warnings: z.number().int().nonnegative(),
  }),
);
export type ScoreSummary = z.infer<typeof ScoreSummary>;

export const DERIVED_CHANNELS = ["sms", "social", "press", "contact-centre"] as const;
export const DerivedChannel = lazySchema(() => z.enum(DERIVED_CHANNELS));
export type DerivedChannel = z.infer<typeof DerivedChannel>;

/** A channel text derived from an approved master; scored for its channel, stale when the master changes. */
export const ChannelVersion = lazySchema(() =>
  z.object({
    id: Id,
    bulletinId: Id,
    channel: DerivedChannel,
    text: z.string(),
    version: z.number().int().positive(),
    /** The master's version this text was derived from. */
    masterVersion: z.number().int().positive(),
    stale: z.array(StaleReason),
    score: ScoreSummary,
    updatedBy: Id,
    updatedByName: z.string(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  }),
);
export type ChannelVersion = z.infer<typeof ChannelVersion>;

export const ChannelVersionCreate = lazySchema(() =>
  z.object({
    channel: DerivedChannel,
    text: z.string().trim().min(1).max(BULLETIN_LIMITS.channelTextMax).regex(MULTI_LINE, NO_CONTROL_EXCEPT_LINES),
  }),
);
export type ChannelVersionCreate = z.infer<typeof ChannelVersionCreate>;

export const ChannelVersionSave = lazySchema(() =>
  z.object({
    text: z.string().trim().min(1).max(BULLETIN_LIMITS.channelTextMax).regex(MULTI_LINE, NO_CONTROL_EXCEPT_LINES),
    expectedVersion: z.number().int().positive(),
  }),
);
export type ChannelVersionSave = z.infer<typeof ChannelVersionSave>;

/** A bulletin as the console sees it: the working version's content as stored plus workflow state. */
export const Bulletin = lazySchema(() =>
  StoredBulletinContent.extend({
    id: Id,
    incidentId: Id,
    language: MessageLanguage,
    translationOf: Id.nullable(),
    /** The source's version this translation was last brought up to date with. */
    translationOfVersion: z.number().int().positive().nullable(),
    status: BulletinStatus,
    /** The working version (the newest saved). */
    version: z.number().int().positive(),
    /** The version live on the public outputs; stays live while an edit is drafted and reviewed. */
    publishedVersion: z.number().int().positive().nullable(),
    publishedAt: IsoDateTime.nullable(),
    firstPublishedAt: IsoDateTime.nullable(),
    retractedAt: IsoDateTime.nullable(),
    /** When the current status was entered (the inbox sorts by it). */
    statusChangedAt: IsoDateTime,
    stale: z.array(StaleReason),
    /** The working version's checklist score, computed when it was saved. */
    score: ScoreSummary,
    claimId: Id.nullable(),
    channelVersions: z.array(ChannelVersion),
    createdBy: Id,
    createdByName: z.string(),
    createdAt: IsoDateTime,
    updatedBy: Id,
    updatedByName: z.string(),
    updatedAt: IsoDateTime,
  }),
);
export type Bulletin = z.infer<typeof Bulletin>;

const Person = lazySchema(() => z.object({ id: Id, displayName: z.string() }));

/** One stored version: the whole content as stored, so two versions can be diffed field by field. */
export const BulletinVersion = lazySchema(() =>
  StoredBulletinContent.extend({
    bulletinId: Id,
    version: z.number().int().positive(),
    status: BulletinStatus,
    translationOfVersion: z.number().int().positive().nullable(),
    /** The checklist result when this version was saved. */
    checklist: ChecklistResult,
    /** The checklist result at publish time (facts and clock may have moved since saving); null if never published. */
    publishChecklist: ChecklistResult.nullable(),
    /** The lead's reason for publishing past the gate. */
    publishReason: z.string().nullable(),
    savedBy: Person,
    savedAt: IsoDateTime,
    publishedBy: Person.nullable(),
    publishedAt: IsoDateTime.nullable(),
    supersededAt: IsoDateTime.nullable(),
  }),
);
export type BulletinVersion = z.infer<typeof BulletinVersion>;

export const BulletinVersionSummary = lazySchema(() =>
  BulletinVersion.pick({
    version: true,
    status: true,
    savedBy: true,
    savedAt: true,
    publishedAt: true,
    supersededAt: true,
  }).extend({ score: ScoreSummary }),
);
export type BulletinVersionSummary = z.infer<typeof BulletinVersionSummary>;

/**
 * Why something is in the approval inbox: it waits in review, is approved but not published, or is stale (one
 * entry per stale reason, with the reason: which fact changed or was retracted, which source or master moved).
 */
export const InboxWhy = lazySchema(() =>
  z.object({
    kind: z.enum(["in_review", "approved", "stale"]),
    at: IsoDateTime,
    stale: StaleReason.optional(),
  }),
);
export type InboxWhy = z.infer<typeof InboxWhy>;

export const InboxItem = lazySchema(() =>
  z.object({
    bulletin: Bulletin,
    incidentTitle: z.string(),
    exercise: z.boolean(),
    /** When it entered review (or, when only stale, its newest stale reason). */
    waitingSince: IsoDateTime,
    why: z.array(InboxWhy).default([]),
  }),
);
export type InboxItem = z.infer<typeof InboxItem>;

/** An FAQ answer waiting for a decision: in review or approved (the FAQ workflow), or needing review (a fact moved). */
export const InboxFaqItem = lazySchema(() =>
  z.object({
    id: Id,
    incidentId: Id.nullable(),
    incidentTitle: z.string().nullable(),
    question: z.string(),
    status: z.string(),
    score: z.object({ overall: z.number().int().min(0).max(100), status: PrincipleStatus }),
    waitingSince: IsoDateTime,
    why: z.array(InboxWhy),
  }),
);
export type InboxFaqItem = z.infer<typeof InboxFaqItem>;

/** A stale channel version (its master moved on, or a fact it or its master cites changed). */
export const InboxChannelItem = lazySchema(() =>
  z.object({
    bulletinId: Id,
    incidentId: Id,
    incidentTitle: z.string(),
    headline: z.string(),
    channelVersion: ChannelVersion,
    waitingSince: IsoDateTime,
    why: z.array(InboxWhy),
  }),
);
export type InboxChannelItem = z.infer<typeof InboxChannelItem>;

// ---- one scoring input for client and server, so the live gauges and the stored score agree ----

/** Body and instruction are scored as one text, joined by this separator. */
export const INSTRUCTION_SEPARATOR = "\n\n";

/** What the checklist scores for a bulletin: headline as title, body + separator + instruction as body. */
export function bulletinMessageInput(
  b: Pick<
    BulletinContent,
    "kind" | "headline" | "body" | "instruction" | "audiences" | "channels" | "factIds" | "nextUpdateAt"
  >,
  language: MessageLanguage,
): MessageInput {
  const body = b.instruction.trim() === "" ? b.body : b.body + INSTRUCTION_SEPARATOR + b.instruction;
  return {
    kind: b.kind,
    title: b.headline,
    body,
    language,
    audiences: b.audiences,
    channels: b.channels,
    factIds: b.factIds,
    nextUpdateAt: b.nextUpdateAt,
  };
}

/**
 * Maps a checklist `body` span on the joined text back to the field the editor shows: subtract `offset` from the
 * span's start and end to get positions in that field.
 */
export function bulletinSpanField(
  bodyLength: number,
  start: number,
): { field: "body" | "instruction"; offset: number } {
  const instructionStart = bodyLength + INSTRUCTION_SEPARATOR.length;
  return start >= instructionStart ? { field: "instruction", offset: instructionStart } : { field: "body", offset: 0 };
}

const CHANNEL_KIND: Record<DerivedChannel, MessageKind> = {
  sms: "sms",
  social: "social",
  press: "bulletin",
  "contact-centre": "faq",
};

/** A channel version is scored as its channel's message kind, citing the master's facts. */
export function channelMessageInput(
  channel: DerivedChannel,
  text: string,
  master: Pick<Bulletin, "factIds" | "audiences" | "nextUpdateAt" | "language">,
): MessageInput {
  return {
    kind: CHANNEL_KIND[channel],
    body: text,
    language: master.language,
    audiences: master.audiences,
    channels: [channel],
    factIds: master.factIds,
    nextUpdateAt: master.nextUpdateAt,
  };
}

/** Languages a bulletin can be written in, for selects. */
export const BULLETIN_LANGUAGES = LANGUAGES;

/** Responses of the bulletin routes that wrap a list. */
export const BulletinList = lazySchema(() => z.object({ bulletins: z.array(Bulletin) }));
export type BulletinList = z.infer<typeof BulletinList>;
export const BulletinVersionList = lazySchema(() => z.object({ versions: z.array(BulletinVersionSummary) }));
export type BulletinVersionList = z.infer<typeof BulletinVersionList>;
/**
 * GET /api/inbox: what waits for a decision, and how many (all three lists): bulletins in review, approved or stale;
 * FAQ answers in review or needing review; stale channel versions. Each with why.
 */
export const Inbox = lazySchema(() =>
  z.object({
    items: z.array(InboxItem),
    faq: z.array(InboxFaqItem).default([]),
    channels: z.array(InboxChannelItem).default([]),
    count: z.number().int().nonnegative(),
  }),
);
export type Inbox = z.infer<typeof Inbox>;

/**
 * GET /api/bulletins/:id/gate: may this be published without a written reason? No principle fails, the overall
 * score reaches the threshold and nothing is stale (server/domain/bulletins/gate.ts decides).
 */
export const GateDecision = lazySchema(() =>
  z.object({
    passed: z.boolean(),
    score: ScoreSummary,
    threshold: z.number(),
    stale: z.boolean(),
    /** The principles the checklist fails: any one of them refuses publishing, whatever the overall score. */
    failing: z.array(ChecklistPrinciple),
    errors: z.array(ChecklistFinding),
    /**
     * The warnings that cost most where the verdict is lost without an error: the failing principles' warnings, or
     * all warnings when the overall score alone misses the threshold (at most five, largest deduction first).
     */
    warnings: z.array(ChecklistFinding),
  }),
);
export type GateDecision = z.infer<typeof GateDecision>;
