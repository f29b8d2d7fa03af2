import { z } from "zod";
import { StaleReason } from "./bulletin.js";
import { ChecklistResult, MessageAudience, MessageLanguage, PrincipleStatus } from "./checklist.js";
import { Id, IsoDateTime, MULTI_LINE, NO_CONTROL_EXCEPT_LINES, NO_CONTROL, ONE_LINE } from "./common.js";
import { lazySchema } from "./lazy.js";

/**
 * FAQ entries for the contact centre, reviewed like bulletins: draft → in_review (submit) → approved (a lead) →
 * published. Drafts and texts in review are for the crisis team; agents see what is published.
 */
export const FAQ_STATUSES = ["draft", "in_review", "approved", "published", "archived"] as const;
export const FaqStatus = lazySchema(() => z.enum(FAQ_STATUSES));
export type FaqStatus = z.infer<typeof FaqStatus>;

/** Where a text under review stands: an unpublished entry's own status, or a published entry's working version. */
export const FAQ_REVIEW_STATUSES = ["draft", "in_review", "approved"] as const;
export const FaqReviewStatus = lazySchema(() => z.enum(FAQ_REVIEW_STATUSES));
export type FaqReviewStatus = z.infer<typeof FaqReviewStatus>;

export const FAQ_LIMITS = {
  questionMax: 500, // characters
  answerMax: 5_000, // characters; an answer is read aloud on the phone, so far less is the norm
  tagMax: 60,
  tagsMax: 20,
  factsMax: 50,
} as const;

/** The overall checklist score of the entry's current version, for lists; the full result is on the version. */
export const FaqScore = lazySchema(() =>
  z.object({ overall: z.number().int().min(0).max(100), status: PrincipleStatus }),
);
export type FaqScore = z.infer<typeof FaqScore>;

/**
 * The edit of a published entry while it is reviewed: its own text and status, a record apart from the published
 * text that agents and the FAQ search keep using until this version is approved and published.
 */
export const FaqWorking = lazySchema(() =>
  z.object({
    status: FaqReviewStatus,
    /** The entry version at which this text or its status last changed. */
    version: z.number().int().positive(),
    incidentId: Id.nullable(),
    question: z.string(),
    answer: z.string(),
    tags: z.array(z.string()),
    audiences: z.array(MessageAudience),
    language: MessageLanguage,
    factIds: z.array(Id),
    score: z.object({ overall: z.number().int().min(0).max(100), status: PrincipleStatus }),
    /** Who last changed the text (four eyes: not the one who approves it). */
    editedBy: Id,
    updatedBy: Id,
    updatedAt: IsoDateTime,
  }),
);
export type FaqWorking = z.infer<typeof FaqWorking>;

export const FaqEntry = lazySchema(() =>
  z.object({
    id: Id,
    /** null: a general entry that applies whatever the incident. */
    incidentId: Id.nullable(),
    question: z.string(),
    answer: z.string(),
    tags: z.array(z.string()),
    audiences: z.array(MessageAudience),
    language: MessageLanguage,
    /** Facts cited (the facts register). */
    factIds: z.array(Id),
    status: FaqStatus,
    /** Every change (content or status) is a new version. */
    version: z.number().int().positive(),
    /** A cited fact changed or was retracted after this version was written. */
    stale: z.boolean(),
    staleFactIds: z.array(Id),
    /**
     * While `stale`: why the answer needs review (which fact changed or was retracted, and when it was flagged). A
     * flag of its own, apart from the review workflow's status, so a published answer stays published while flagged.
     */
    reviewReasons: z.array(StaleReason).optional(),
    score: FaqScore,
    publishedAt: IsoDateTime.nullable(),
    /** The version whose text is published (what agents read); null while never published. */
    publishedVersion: z.number().int().positive().nullable().default(null),
    /** Who last changed the entry's own text (for four eyes while it is unpublished). */
    editedBy: Id.optional(),
    /**
     * A published entry's edit under review (crisis team only). Sent to agents and viewers as null; `workingVersion`
     * tells the crisis team's consoles whether the copy they hold is still current.
     */
    working: FaqWorking.nullable().default(null),
    workingVersion: z.number().int().positive().nullable().default(null),
    createdBy: Id,
    createdAt: IsoDateTime,
    updatedBy: Id,
    updatedAt: IsoDateTime,
  }),
);
export type FaqEntry = z.infer<typeof FaqEntry>;

/** One stored version with the checklist result it had when it was saved. */
export const FaqVersion = lazySchema(() =>
  z.object({
    faqId: Id,
    version: z.number().int().positive(),
    question: z.string(),
    answer: z.string(),
    tags: z.array(z.string()),
    audiences: z.array(MessageAudience),
    language: MessageLanguage,
    factIds: z.array(Id),
    status: FaqStatus,
    checklist: ChecklistResult,
    createdBy: Id,
    createdByName: z.string(),
    createdAt: IsoDateTime,
  }),
);
export type FaqVersion = z.infer<typeof FaqVersion>;

const Question = lazySchema(() =>
  z.string().trim().min(1).max(FAQ_LIMITS.questionMax).regex(MULTI_LINE, NO_CONTROL_EXCEPT_LINES),
);
const Answer = lazySchema(() => z.string().trim().max(FAQ_LIMITS.answerMax).regex(MULTI_LINE, NO_CONTROL_EXCEPT_LINES));
const Tags = lazySchema(() =>
  z.array(z.string().trim().min(1).max(FAQ_LIMITS.tagMax).regex(ONE_LINE, NO_CONTROL)).max(FAQ_LIMITS.tagsMax),
);
const Audiences = lazySchema(() => z.array(MessageAudience).max(10));
const FactIds = lazySchema(() => z.array(Id).max(FAQ_LIMITS.factsMax));

/**
 * A new entry is a draft. `publish` (one step, with an answer) is allowed only where review is not required: an
 * exercise incident's entries (docs/api.md "FAQ review").
 */
export const FaqCreate = lazySchema(() =>
  z.object({
    incidentId: Id.nullable().default(null),
    question: Question,
    answer: Answer.default(""),
    tags: Tags.default([]),
    audiences: Audiences.default(["residents"]),
    language: MessageLanguage.default("sv"),
    factIds: FactIds.default([]),
    publish: z.boolean().default(false),
  }),
);
export type FaqCreate = z.infer<typeof FaqCreate>;

export const FaqPatch = lazySchema(() =>
  z
    .object({
      incidentId: Id.nullable(),
      question: Question,
      answer: Answer,
      tags: Tags,
      audiences: Audiences,
      language: MessageLanguage,
      factIds: FactIds,
      /** Optimistic concurrency: when given, the patch fails with 409 unless it matches. */
      expectedVersion: z.number().int().positive(),
    })
    .partial()
    .refine((v) => Object.keys(v).some((k) => k !== "expectedVersion"), { message: "at least one field is required" }),
);
export type FaqPatch = z.infer<typeof FaqPatch>;

/** Unpublish (draft) or archive; `published` only where a one-step publish is allowed or the text is approved. */
export const FaqStatusChange = lazySchema(() =>
  z.object({
    status: z.enum(["draft", "published", "archived"]),
    expectedVersion: z.number().int().positive().optional(),
  }),
);
export type FaqStatusChange = z.infer<typeof FaqStatusChange>;

/** submit, and publish: the version acted on (409 `conflict` when someone saved a newer one). */
export const FaqSubmit = lazySchema(() => z.object({ expectedVersion: z.number().int().positive().optional() }));
export type FaqSubmit = z.infer<typeof FaqSubmit>;
const ReviewReason = lazySchema(() => z.string().trim().min(1).max(1_000).regex(MULTI_LINE, NO_CONTROL_EXCEPT_LINES));
/** approve: as for bulletins, `reason` lets a lead approve a text they wrote themselves where four eyes apply. */
export const FaqApprove = lazySchema(() =>
  z.object({ expectedVersion: z.number().int().positive(), reason: ReviewReason.optional() }),
);
export type FaqApprove = z.infer<typeof FaqApprove>;
/** return to draft from review, with what to fix. */
export const FaqReturn = lazySchema(() =>
  z.object({ reason: ReviewReason, expectedVersion: z.number().int().positive().optional() }),
);
export type FaqReturn = z.infer<typeof FaqReturn>;
export const FaqPublish = FaqSubmit;
export type FaqPublish = FaqSubmit;

export const FaqListQuery = lazySchema(() =>
  z.object({
    status: FaqStatus.optional(),
    /** An incident id, or "general" for entries without one. */
    incidentId: z.union([Id, z.literal("general")]).optional(),
  }),
);
export type FaqListQuery = z.infer<typeof FaqListQuery>;

/** "Not in the FAQ": a question an agent could not answer from the FAQ, for the crisis team. */
export const SUGGESTION_STATUSES = ["open", "drafted", "dismissed"] as const;
export const SuggestionStatus = lazySchema(() => z.enum(SUGGESTION_STATUSES));
export type SuggestionStatus = z.infer<typeof SuggestionStatus>;

export const FaqSuggestion = lazySchema(() =>
  z.object({
    id: Id,
    question: z.string(),
    incidentId: Id.nullable(),
    status: SuggestionStatus,
    /** How many times an open suggestion with the same wording (after normalisation) was sent. */
    count: z.number().int().positive(),
    lastAskedAt: IsoDateTime,
    /** The draft made from it. */
    faqEntryId: Id.nullable(),
    createdBy: Id,
    createdAt: IsoDateTime,
    resolvedBy: Id.nullable(),
    resolvedAt: IsoDateTime.nullable(),
  }),
);
export type FaqSuggestion = z.infer<typeof FaqSuggestion>;

export const FaqSuggestionCreate = lazySchema(() =>
  z.object({
    question: Question,
    incidentId: Id.nullable().default(null),
  }),
);
export type FaqSuggestionCreate = z.infer<typeof FaqSuggestionCreate>;

/** Turns a suggestion into an FAQ draft in one step; the question may be reworded on the way. */
export const SuggestionToDraft = lazySchema(() =>
  z.object({
    question: Question.optional(),
    answer: Answer.default(""),
  }),
);
export type SuggestionToDraft = z.infer<typeof SuggestionToDraft>;

export const SuggestionListQuery = lazySchema(() => z.object({ status: SuggestionStatus.optional() }));
export type SuggestionListQuery = z.infer<typeof SuggestionListQuery>;

/**
 * `POST /api/bulletins/:id/faq`: a published correction to an FAQ entry in one step. The question is
 * phrased from the corrected claim unless given; a correction that names no claim needs it.
 */
export const CorrectionToFaq = lazySchema(() => z.object({ question: Question.optional() }));
export type CorrectionToFaq = z.infer<typeof CorrectionToFaq>;

export const CorrectionFaqResult = lazySchema(() =>
  z.object({
    faq: FaqEntry,
    /** false: the correction's existing entry was updated (a new version), not a new one made. */
    created: z.boolean(),
    bulletinId: Id,
    claimId: Id.nullable(),
  }),
);
export type CorrectionFaqResult = z.infer<typeof CorrectionFaqResult>;

/** Hits the console shows at once; the search API defaults to the same number. */
export const FAQ_SEARCH_LIMITS = { default: 8, max: 50 } as const;

/** `GET /api/faq/search`: the console's search over the published FAQ, for other systems. */
export const FaqSearchQuery = lazySchema(() =>
  z.object({
    q: z.string().trim().min(1).max(FAQ_LIMITS.questionMax).regex(MULTI_LINE, NO_CONTROL_EXCEPT_LINES),
    /** The incident the caller works on: its entries rank first, as in the console. */
    incidentId: Id.optional(),
    limit: z.coerce.number().int().min(1).max(FAQ_SEARCH_LIMITS.max).default(FAQ_SEARCH_LIMITS.default),
  }),
);
export type FaqSearchQuery = z.infer<typeof FaqSearchQuery>;

/** What shared/search returns for one hit (`FaqHit`), with the whole published entry. */
export const FaqSearchHit = lazySchema(() =>
  z.object({
    id: Id,
    score: z.number(),
    /** Share of the query's content words the entry answers, 0–1 (shared/search/README.md). */
    coverage: z.number().min(0).max(1),
    /** Only the top hit can be strong: confident enough to be pre-selected. */
    strong: z.boolean(),
    matchedTerms: z.array(z.string()),
    matchedWords: z.array(z.string()),
    entry: FaqEntry,
  }),
);
export type FaqSearchHit = z.infer<typeof FaqSearchHit>;

/** `GET /public/faq.json`: no q lists every public entry; with q, the hits. */
export const PublicFaqQuery = lazySchema(() =>
  z.object({
    q: z.string().trim().max(FAQ_LIMITS.questionMax).regex(MULTI_LINE, NO_CONTROL_EXCEPT_LINES).optional(),
    lang: MessageLanguage.optional(),
    limit: z.coerce.number().int().min(1).max(FAQ_SEARCH_LIMITS.max).default(FAQ_SEARCH_LIMITS.default),
  }),
);
export type PublicFaqQuery = z.infer<typeof PublicFaqQuery>;

/** An entry as the public may see it: built field by field, no authors, scores, facts, versions or stale flags. */
export const PublicFaqEntry = lazySchema(() =>
  z.object({
    id: Id,
    question: z.string(),
    answer: z.string(),
    tags: z.array(z.string()),
    language: MessageLanguage,
    /** null: a general entry, whatever the incident. */
    incident: z.object({ id: Id, title: z.string() }).nullable(),
    updatedAt: IsoDateTime,
  }),
);
export type PublicFaqEntry = z.infer<typeof PublicFaqEntry>;

export const PublicFaqHit = lazySchema(() =>
  z.object({
    score: z.number(),
    coverage: z.number().min(0).max(1),
    strong: z.boolean(),
    entry: PublicFaqEntry,
  }),
);
export type PublicFaqHit = z.infer<typeof PublicFaqHit>;

/** Responses of the FAQ routes that wrap a list or a pair. */
export const FaqEntryList = lazySchema(() => z.object({ entries: z.array(FaqEntry) }));
export type FaqEntryList = z.infer<typeof FaqEntryList>;
export const FaqVersionList = lazySchema(() => z.object({ versions: z.array(FaqVersion) }));
export type FaqVersionList = z.infer<typeof FaqVersionList>;
export const FaqSuggestionList = lazySchema(() => z.object({ suggestions: z.array(FaqSuggestion) }));
export type FaqSuggestionList = z.infer<typeof FaqSuggestionList>;
/** POST /api/faq/suggestions/:id/draft: the suggestion, now drafted, and the draft entry made from it. */
export const SuggestionDrafted = lazySchema(() => z.object({ suggestion: FaqSuggestion, entry: FaqEntry }));
export type SuggestionDrafted = z.infer<typeof SuggestionDrafted>;
/** GET /api/bulletins/:id/faq: the entry made from this correction, if any. */
export const CorrectionFaqFound = lazySchema(() => z.object({ faq: FaqEntry.nullable() }));
export type CorrectionFaqFound = z.infer<typeof CorrectionFaqFound>;
/** GET /api/faq/search. */
export const FaqSearchHits = lazySchema(() => z.object({ hits: z.array(FaqSearchHit) }));
export type FaqSearchHits = z.infer<typeof FaqSearchHits>;
/** GET /faq.json (public): the published entries, or the hits for `q`. */
export const PublicFaqList = lazySchema(() => z.object({ entries: z.array(PublicFaqEntry) }));
export type PublicFaqList = z.infer<typeof PublicFaqList>;
export const PublicFaqHits = lazySchema(() => z.object({ q: z.string(), hits: z.array(PublicFaqHit) }));
export type PublicFaqHits = z.infer<typeof PublicFaqHits>;
