import { z } from "zod";
import { LANGUAGES } from "../constants.js";
import {
  CHECKLIST_LIMITS,
  CLAIM_SEVERITIES,
  FACT_STATUSES,
  FINDING_SEVERITIES,
  MESSAGE_AUDIENCES,
  MESSAGE_CHANNELS,
  MESSAGE_KINDS,
  PRINCIPLE_STATUSES,
  PRINCIPLES,
} from "../checklist/constants.js";
import { IsoDateTime } from "./common.js";
import { lazySchema } from "./lazy.js";

export const MessageKind = lazySchema(() => z.enum(MESSAGE_KINDS));
export type MessageKind = z.infer<typeof MessageKind>;

/** `sv-lattlast` is easy Swedish (lättläst): Swedish rules with stricter readability targets. */
export const MessageLanguage = lazySchema(() => z.enum(LANGUAGES));
export type MessageLanguage = z.infer<typeof MessageLanguage>;

export const MessageAudience = lazySchema(() => z.enum(MESSAGE_AUDIENCES));
export type MessageAudience = z.infer<typeof MessageAudience>;

export const MessageChannel = lazySchema(() => z.enum(MESSAGE_CHANNELS));
export type MessageChannel = z.infer<typeof MessageChannel>;

export const MessageInput = lazySchema(() =>
  z.object({
    kind: MessageKind,
    title: z.string().max(CHECKLIST_LIMITS.titleMax).nullish(),
    body: z.string().max(CHECKLIST_LIMITS.bodyMax),
    language: MessageLanguage,
    audiences: z.array(MessageAudience).max(MESSAGE_AUDIENCES.length).optional(),
    channels: z.array(MessageChannel).max(MESSAGE_CHANNELS.length).optional(),
    factIds: z.array(z.string().min(1).max(200)).max(CHECKLIST_LIMITS.listMax).optional(),
    nextUpdateAt: IsoDateTime.nullish(),
    sender: z.string().max(200).nullish(),
  }),
);
export type MessageInput = z.infer<typeof MessageInput>;

export const ScoringFactStatus = lazySchema(() => z.enum(FACT_STATUSES));
export type ScoringFactStatus = z.infer<typeof ScoringFactStatus>;

export const ScoringFact = lazySchema(() =>
  z.object({
    id: z.string().min(1).max(200),
    statement: z.string().max(10_000),
    status: ScoringFactStatus,
  }),
);
export type ScoringFact = z.infer<typeof ScoringFact>;

export const ScoringClaimSeverity = lazySchema(() => z.enum(CLAIM_SEVERITIES));
export type ScoringClaimSeverity = z.infer<typeof ScoringClaimSeverity>;

/** An open rumour or error in the incident. `addressed` is true once some published message answers it. */
export const ScoringClaim = lazySchema(() =>
  z.object({
    id: z.string().min(1).max(200).optional(),
    text: z.string().min(1).max(10_000),
    severity: ScoringClaimSeverity,
    addressed: z.boolean().optional(),
  }),
);
export type ScoringClaim = z.infer<typeof ScoringClaim>;

export const ScoringQuestion = lazySchema(() =>
  z.object({
    question: z.string().min(1).max(2_000),
    count: z.number().int().nonnegative().optional(),
  }),
);
export type ScoringQuestion = z.infer<typeof ScoringQuestion>;

/**
 * GET /api/incidents/:id/uncovered-questions: the contact centre's most asked questions of the incident that no
 * published FAQ entry covers, as the server scores with them (OP4), so the editor's live score is the gate's.
 */
export const UncoveredQuestions = lazySchema(() =>
  z.object({ questions: z.array(ScoringQuestion).max(CHECKLIST_LIMITS.listMax) }),
);
export type UncoveredQuestions = z.infer<typeof UncoveredQuestions>;

/** The incident clock. `firstPublishedAt`/`lastPublishedAt` are null until something is published. */
export const ScoringClock = lazySchema(() =>
  z.object({
    startedAt: IsoDateTime.optional(),
    firstPublishedAt: IsoDateTime.nullish(),
    lastPublishedAt: IsoDateTime.nullish(),
    nextUpdateDue: IsoDateTime.nullish(),
  }),
);
export type ScoringClock = z.infer<typeof ScoringClock>;

export const ScoringContext = lazySchema(() =>
  z.object({
    now: IsoDateTime.optional(),
    /** The municipality's configured sender (KRISRUM_SENDER_NAME): a message it sends has a sender even if the text does not name one. */
    sender: z.string().max(200).optional(),
    incident: ScoringClock.optional(),
    facts: z.array(ScoringFact).max(CHECKLIST_LIMITS.listMax).optional(),
    topQuestions: z.array(ScoringQuestion).max(CHECKLIST_LIMITS.listMax).optional(),
    openClaims: z.array(ScoringClaim).max(CHECKLIST_LIMITS.listMax).optional(),
    /** Languages the municipality must publish in for residents, e.g. ["sv", "fi"] in a Finnish administrative area. */
    requiredLanguages: z.array(MessageLanguage).max(LANGUAGES.length).optional(),
    /** Languages in which versions of this message already exist (besides its own). */
    availableLanguages: z.array(MessageLanguage).max(LANGUAGES.length).optional(),
  }),
);
export type ScoringContext = z.infer<typeof ScoringContext>;

export const ChecklistPrinciple = lazySchema(() => z.enum(PRINCIPLES));
export type ChecklistPrinciple = z.infer<typeof ChecklistPrinciple>;

export const FindingSeverity = lazySchema(() => z.enum(FINDING_SEVERITIES));
export type FindingSeverity = z.infer<typeof FindingSeverity>;

export const PrincipleStatus = lazySchema(() => z.enum(PRINCIPLE_STATUSES));
export type PrincipleStatus = z.infer<typeof PrincipleStatus>;

export const ChecklistText = lazySchema(() => z.object({ sv: z.string(), en: z.string() }));
export type ChecklistText = z.infer<typeof ChecklistText>;

/** Offsets are UTF-16 code-unit indices into the field, `end` exclusive (String.prototype.slice). */
export const ChecklistSpan = lazySchema(() =>
  z.object({
    field: z.enum(["title", "body"]),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  }),
);
export type ChecklistSpan = z.infer<typeof ChecklistSpan>;

/** `deduction` is the points this finding removed from its principle's score; negative is a credit. */
export const ChecklistFinding = lazySchema(() =>
  z.object({
    ruleId: z.string(),
    principle: ChecklistPrinciple,
    severity: FindingSeverity,
    message: ChecklistText,
    suggestion: ChecklistText.optional(),
    span: ChecklistSpan.optional(),
    deduction: z.number(),
  }),
);
export type ChecklistFinding = z.infer<typeof ChecklistFinding>;

const Score = lazySchema(() => z.number().int().min(0).max(100));

export const PrincipleResult = lazySchema(() =>
  z.object({
    score: Score,
    status: PrincipleStatus,
    findings: z.array(ChecklistFinding),
  }),
);
export type PrincipleResult = z.infer<typeof PrincipleResult>;

export const SmsMetrics = lazySchema(() =>
  z.object({
    encoding: z.enum(["GSM-7", "UCS-2"]),
    units: z.number().int().nonnegative(),
    segments: z.number().int().nonnegative(),
  }),
);
export type SmsMetrics = z.infer<typeof SmsMetrics>;

export const ChecklistMetrics = lazySchema(() =>
  z.object({
    characters: z.number().int().nonnegative(),
    words: z.number().int().nonnegative(),
    sentences: z.number().int().nonnegative(),
    averageSentenceLength: z.number().nonnegative(),
    longWords: z.number().int().nonnegative(),
    longWordShare: z.number().nonnegative(),
    longSentences: z.number().int().nonnegative(),
    lix: z.number().nullable(),
    lixRaw: z.number().nullable(),
    fleschReadingEase: z.number().nullable(),
    readabilityScored: z.boolean(),
    passiveShare: z.number().nonnegative(),
    nominalisationsPer100Words: z.number().nonnegative(),
    sms: SmsMetrics,
  }),
);
export type ChecklistMetrics = z.infer<typeof ChecklistMetrics>;

export const ChecklistScoring = lazySchema(() =>
  z.object({
    version: z.string(),
    weights: z.record(ChecklistPrinciple, z.number()),
    passAt: z.number(),
    failBelow: z.number(),
  }),
);
export type ChecklistScoring = z.infer<typeof ChecklistScoring>;

export const ChecklistResult = lazySchema(() =>
  z.object({
    overall: Score,
    status: PrincipleStatus,
    active: PrincipleResult,
    open: PrincipleResult,
    factual: PrincipleResult,
    fast: PrincipleResult,
    impartial: PrincipleResult,
    audienceAdapted: PrincipleResult,
    metrics: ChecklistMetrics,
    scoring: ChecklistScoring,
  }),
);
export type ChecklistResult = z.infer<typeof ChecklistResult>;
