import { z } from "zod";
import { Id, IsoDateTime, MULTI_LINE, NO_CONTROL_EXCEPT_LINES, NO_CONTROL, ONE_LINE } from "./common.js";
import { lazySchema } from "./lazy.js";

/**
 * The contact centre's inquiry log (ärendelogg). No personal data by default. The channels are those the
 * audited municipality has (letter, e-service and SMS besides the first five); the order is the agent's
 * keys 1–8, so new channels go last.
 */
export const INQUIRY_CHANNELS = ["phone", "email", "visit", "social", "chat", "letter", "e_service", "sms"] as const;
export const InquiryChannel = lazySchema(() => z.enum(INQUIRY_CHANNELS));
export type InquiryChannel = z.infer<typeof InquiryChannel>;

export const INQUIRY_RESOLUTIONS = ["answered_first_contact", "forwarded", "callback"] as const;
export const InquiryResolution = lazySchema(() => z.enum(INQUIRY_RESOLUTIONS));
export type InquiryResolution = z.infer<typeof InquiryResolution>;

export const INQUIRY_LIMITS = {
  questionMax: 300, // characters: the question as asked, in short
  unitMax: 120,
  /** Handling time is capped here: a form left open over lunch is not a four-hour call. */
  maxHandlingSeconds: 2 * 3600,
  /** openedAt may be this far ahead of the server clock (client clocks drift) before it is refused. */
  clockSkewSeconds: 300,
} as const;

/** "2026-000123": the year (Swedish time) and a running number that restarts every year. */
export const CASE_NUMBER_PATTERN = /^\d{4}-\d{6,}$/;

/** Digits with an optional leading +, spaces, dashes and brackets; nothing else is a phone number. */
export const CallbackNumber = lazySchema(() =>
  z
    .string()
    .trim()
    .regex(/^\+?[0-9(][0-9 ()-]{4,28}[0-9]$/, "a phone number: digits, spaces, dashes, brackets, optional leading +"),
);

export const Inquiry = lazySchema(() =>
  z.object({
    id: Id,
    caseNumber: z.string().regex(CASE_NUMBER_PATTERN),
    channel: InquiryChannel,
    question: z.string(),
    faqEntryId: Id.nullable(),
    resolution: InquiryResolution,
    /**
     * The FAQ answer used was one the agent picked among the suggestions of a search with no confident hit (issue
     * 12), not a strong hit: the follow-up can tell first-contact answers the search vouched for from the rest.
     */
    fromSuggestion: z.boolean(),
    /** The unit a forwarded inquiry went to. */
    forwardedTo: z.string().nullable(),
    incidentId: Id.nullable(),
    /** The claim (rumour) the caller asked about, if any: its callback list names this inquiry. */
    claimId: Id.nullable(),
    openedAt: IsoDateTime,
    createdAt: IsoDateTime,
    /** Seconds from open to save, computed by the server and capped at INQUIRY_LIMITS.maxHandlingSeconds. */
    handlingSeconds: z.number().int().nonnegative(),
    hasCallbackNumber: z.boolean(),
    /** Only for roles that log inquiries, and only until the retention period purges it. */
    callbackNumber: z.string().nullable().optional(),
    callbackPurgedAt: IsoDateTime.nullable(),
    createdBy: Id,
  }),
);
export type Inquiry = z.infer<typeof Inquiry>;

export const InquiryCreate = lazySchema(() =>
  z
    .object({
      channel: InquiryChannel,
      question: z.string().trim().min(1).max(INQUIRY_LIMITS.questionMax).regex(MULTI_LINE, NO_CONTROL_EXCEPT_LINES),
      faqEntryId: Id.nullable().default(null),
      /** Required: a default outcome inflated the first-contact rate. */
      resolution: InquiryResolution,
      /** The FAQ answer used came from the suggestions of a weak search (see Inquiry); only with `faqEntryId`. */
      fromSuggestion: z.boolean().default(false),
      forwardedTo: z.string().trim().max(INQUIRY_LIMITS.unitMax).regex(ONE_LINE, NO_CONTROL).nullable().default(null),
      callbackNumber: CallbackNumber.nullable().default(null),
      incidentId: Id.nullable().default(null),
      /** The claim the caller asked about ("callers say that …"); a claim of the inquiry's incident. */
      claimId: Id.nullable().default(null),
      /**
       * The claim counts this call already: the agent raised or joined it as a caller report during this same call.
       * Otherwise a caller who asks about an open claim is one more call to it (its reach follows the calls).
       */
      callCounted: z.boolean().default(false),
      /** When the agent opened this inquiry (client clock). */
      openedAt: IsoDateTime,
    })
    .refine((v) => v.resolution !== "forwarded" || (v.forwardedTo ?? "") !== "", {
      message: "name the unit the inquiry was forwarded to",
      path: ["forwardedTo"],
    })
    .refine((v) => v.resolution === "forwarded" || !v.forwardedTo, {
      message: "only a forwarded inquiry has a unit",
      path: ["forwardedTo"],
    })
    .refine((v) => !v.fromSuggestion || v.faqEntryId !== null, {
      message: "only an inquiry answered from an FAQ entry can come from a suggestion",
      path: ["fromSuggestion"],
    })
    .refine((v) => !v.callCounted || v.claimId !== null, {
      message: "only an inquiry linked to a claim can have its call counted there",
      path: ["callCounted"],
    })
    .refine((v) => v.resolution === "callback" || v.callbackNumber === null, {
      message: "a callback number is only kept for a callback",
      path: ["callbackNumber"],
    }),
);
export type InquiryCreate = z.infer<typeof InquiryCreate>;

export const InquiryListQuery = lazySchema(() =>
  z.object({
    from: IsoDateTime.optional(),
    to: IsoDateTime.optional(),
    incidentId: Id.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  }),
);
export type InquiryListQuery = z.infer<typeof InquiryListQuery>;

/** Response of GET /api/inquiries. */
export const InquiryList = lazySchema(() => z.object({ inquiries: z.array(Inquiry) }));
export type InquiryList = z.infer<typeof InquiryList>;
