import { z } from "zod";
import { BulletinStatus, StaleReason } from "../schemas/bulletin.js";
import { Claim, ClaimStatus, ContactClaim } from "../schemas/claim.js";
import type { Role } from "../schemas/user.js";
import { defineEvent, quote, type Sentence } from "./define.js";
import { lazySchema } from "../schemas/lazy.js";

/**
 * Who sees claim events: the desk (communicators), leads and admins. Agents may raise claims but get no board:
 * what callers should hear arrives as the published correction and its FAQ entry, not as internal triage notes.
 */
export const CLAIM_READERS: readonly Role[] = ["admin", "lead", "communicator"];
/** Who hears `contact_claim.changed`: every role of the contact view (the logInquiry permission). */
export const CONTACT_CLAIM_READERS: readonly Role[] = ["admin", "lead", "communicator", "agent"];

/** The extras a claim event may carry beside the claim (docs/api.md "Claim events"). */
const moved = { from: lazySchema(() => ClaimStatus.optional()), to: lazySchema(() => ClaimStatus.optional()) };

const text = (claim: Claim) => ({ text: quote(claim.text) });

/**
 * One whole sentence per status a claim moves to: a board column's name dropped into "flyttade ryktet till {status}"
 * read "till Granskas" and "till Rättade".
 */
const CLAIM_MOVES = {
  new: { sv: "{actor} satte ryktet ”{text}” som nytt igen.", en: "{actor} set the claim “{text}” back to new." },
  triaged: { sv: "{actor} bedömde ryktet ”{text}”.", en: "{actor} triaged the claim “{text}”." },
  assigned: { sv: "{actor} tilldelade ryktet ”{text}”.", en: "{actor} assigned the claim “{text}”." },
  correcting: { sv: "{actor} började rätta ryktet ”{text}”.", en: "{actor} started correcting the claim “{text}”." },
  in_review: {
    sv: "{actor} skickade rättelsen av ryktet ”{text}” för granskning.",
    en: "{actor} sent the correction of the claim “{text}” for review.",
  },
  corrected: {
    sv: "{actor} markerade ryktet ”{text}” som rättat.",
    en: "{actor} marked the claim “{text}” as corrected.",
  },
  dismissed: { sv: "{actor} avfärdade ryktet ”{text}”.", en: "{actor} dismissed the claim “{text}”." },
  dismissedWithReason: {
    sv: "{actor} avfärdade ryktet ”{text}”. Motivering: {reason}",
    en: "{actor} dismissed the claim “{text}”. Reason: {reason}",
  },
} as const satisfies Record<ClaimStatus | "dismissedWithReason", Sentence>;

export const claimEvents = {
  "claim.created": defineEvent({
    entity: ["claim"],
    visibleTo: CLAIM_READERS,
    data: lazySchema(() => z.object({ claim: Claim }).loose()),
    log: { created: { sv: "{actor} loggade ryktet ”{text}”.", en: "{actor} logged the claim “{text}”." } },
    describe: ({ claim }) => ["created", text(claim)],
  }),
  "claim.updated": defineEvent({
    entity: ["claim"],
    visibleTo: CLAIM_READERS,
    /** `changed`: the fields; `note` when a note was added; `callers` when a caller report joined; `bulletinId` when a correction began. */
    data: lazySchema(() =>
      z
        .object({
          claim: Claim,
          changed: z.array(z.string()).optional(),
          note: z.object({ text: z.string() }).loose().optional(),
          callers: z.number().int().positive().optional(),
          bulletinId: z.string().optional(),
        })
        .loose(),
    ),
    log: {
      updated: { sv: "{actor} ändrade ryktet ”{text}”.", en: "{actor} changed the claim “{text}”." },
      noted: {
        sv: "{actor} skrev en anteckning om ryktet ”{text}”.",
        en: "{actor} added a note to the claim “{text}”.",
      },
    },
    describe: ({ claim, note }) => [note ? "noted" : "updated", text(claim)],
  }),
  "claim.taken": defineEvent({
    entity: ["claim"],
    visibleTo: CLAIM_READERS,
    data: lazySchema(() => z.object({ claim: Claim, ...moved }).loose()),
    log: { taken: { sv: "{actor} tog ryktet ”{text}”.", en: "{actor} took the claim “{text}”." } },
    describe: ({ claim }) => ["taken", text(claim)],
  }),
  "claim.merged": defineEvent({
    entity: ["claim"],
    visibleTo: CLAIM_READERS,
    /** On the merged claim `from`, `to: "dismissed"`, `into`; on the survivor `mergedFrom`. */
    data: lazySchema(() =>
      z.object({ claim: Claim, ...moved, into: z.string().optional(), mergedFrom: z.string().optional() }).loose(),
    ),
    log: {
      mergedAway: {
        sv: "{actor} slog ihop ryktet ”{text}” med ett liknande.",
        en: "{actor} merged the claim “{text}” into a similar one.",
      },
      mergedInto: {
        sv: "{actor} slog ihop ett liknande rykte med ”{text}”.",
        en: "{actor} merged a similar claim into “{text}”.",
      },
    },
    describe: ({ claim }) => [claim.mergedInto ? "mergedAway" : "mergedInto", text(claim)],
  }),
  "claim.status_changed": defineEvent({
    entity: ["claim"],
    visibleTo: CLAIM_READERS,
    /** `reason` on dismiss; `bulletinId` (and `bulletinStatus`) when the correction bulletin moved it. */
    data: lazySchema(() =>
      z
        .object({
          claim: Claim,
          ...moved,
          reason: z.string().optional(),
          bulletinId: z.string().optional(),
          bulletinStatus: BulletinStatus.optional(),
          callers: z.number().int().positive().optional(),
        })
        .loose(),
    ),
    log: CLAIM_MOVES,
    describe: ({ claim, reason }) =>
      claim.status === "dismissed" && reason
        ? ["dismissedWithReason", { ...text(claim), reason }]
        : [claim.status, text(claim)],
  }),
  "claim.facts_flagged": defineEvent({
    entity: ["claim"],
    visibleTo: CLAIM_READERS,
    /** A refuting fact changed or was retracted (in the fact change's transaction); `reasons`: the flags added. */
    data: lazySchema(() => z.object({ claim: Claim, reasons: z.array(StaleReason).optional() }).loose()),
    log: {
      flagged: {
        sv: "En uppgift som motbevisar ryktet ”{text}” har ändrats; rättelsen hålls tills någon bekräftat den.",
        en: "A fact refuting the claim “{text}” has changed; the correction is held until someone confirms it.",
      },
    },
    describe: ({ claim }) => ["flagged", text(claim)],
  }),
  "claim.facts_confirmed": defineEvent({
    entity: ["claim"],
    visibleTo: CLAIM_READERS,
    /** `confirmed`: the flags the desk cleared; the correction may go on. */
    data: lazySchema(() => z.object({ claim: Claim, confirmed: z.array(StaleReason).optional() }).loose()),
    log: {
      confirmed: {
        sv: "{actor} bekräftade att rättelsen av ”{text}” stämmer med de ändrade uppgifterna.",
        en: "{actor} confirmed the correction of “{text}” against the changed facts.",
      },
    },
    describe: ({ claim }) => ["confirmed", text(claim)],
  }),
  "contact_claim.changed": defineEvent({
    entity: ["claim"],
    visibleTo: CONTACT_CLAIM_READERS,
    /** The contact centre's copy of a claim callers reported, without the desk's notes; no incident on the event. */
    data: lazySchema(() => z.object({ claim: ContactClaim }).loose()),
    log: { changed: { sv: "{actor} ändrade ryktet ”{text}”.", en: "{actor} changed the claim “{text}”." } },
    describe: ({ claim }) => ["changed", { text: quote(claim.text) }],
  }),
};
