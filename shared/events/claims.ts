import { z } from "zod";
import { BulletinStatus } from "../schemas/bulletin.js";
import { Claim, ClaimStatus, ContactClaim } from "../schemas/claim.js";
import type { Role } from "../schemas/user.js";
import { defineEvent, quote, type Wording } from "./define.js";

/**
 * Who sees claim events: the desk (communicators), leads and admins. Agents may raise claims but get no board:
 * what callers should hear arrives as the published correction and its FAQ entry, not as internal triage notes.
 */
export const CLAIM_READERS: readonly Role[] = ["admin", "lead", "communicator"];
/** Who hears `contact_claim.changed`: every role of the contact view (the logInquiry permission). */
export const CONTACT_CLAIM_READERS: readonly Role[] = ["admin", "lead", "communicator", "agent"];

/** The extras a claim event may carry beside the claim (docs/api.md "Claim events"). */
const moved = { from: ClaimStatus.optional(), to: ClaimStatus.optional() };

const text = (claim: Claim) => ({ text: quote(claim.text) });

export const claimEvents = {
  "claim.created": defineEvent({
    entity: ["claim"],
    visibleTo: CLAIM_READERS,
    data: z.object({ claim: Claim }).loose(),
    log: { created: { sv: "{actor} loggade ryktet ”{text}”.", en: "{actor} logged the claim “{text}”." } },
    describe: ({ claim }) => ["created", text(claim)],
  }),
  "claim.updated": defineEvent({
    entity: ["claim"],
    visibleTo: CLAIM_READERS,
    /** `changed`: the fields; `note` when a note was added; `callers` when a caller report joined; `bulletinId` when a correction began. */
    data: z
      .object({
        claim: Claim,
        changed: z.array(z.string()).optional(),
        note: z.object({ text: z.string() }).loose().optional(),
        callers: z.number().int().positive().optional(),
        bulletinId: z.string().optional(),
      })
      .loose(),
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
    data: z.object({ claim: Claim, ...moved }).loose(),
    log: { taken: { sv: "{actor} tog ryktet ”{text}”.", en: "{actor} took the claim “{text}”." } },
    describe: ({ claim }) => ["taken", text(claim)],
  }),
  "claim.merged": defineEvent({
    entity: ["claim"],
    visibleTo: CLAIM_READERS,
    /** On the merged claim `from`, `to: "dismissed"`, `into`; on the survivor `mergedFrom`. */
    data: z.object({ claim: Claim, ...moved, into: z.string().optional(), mergedFrom: z.string().optional() }).loose(),
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
    data: z
      .object({
        claim: Claim,
        ...moved,
        reason: z.string().optional(),
        bulletinId: z.string().optional(),
        bulletinStatus: BulletinStatus.optional(),
        callers: z.number().int().positive().optional(),
      })
      .loose(),
    log: {
      moved: {
        sv: "{actor} flyttade ryktet ”{text}” till {status}.",
        en: "{actor} moved the claim “{text}” to {status}.",
      },
    },
    describe: ({ claim }, w: Wording) => [
      "moved",
      { ...text(claim), status: w.label(`claims.column.${claim.status}`) },
    ],
  }),
  "contact_claim.changed": defineEvent({
    entity: ["claim"],
    visibleTo: CONTACT_CLAIM_READERS,
    /** The contact centre's copy of a claim callers reported, without the desk's notes; no incident on the event. */
    data: z.object({ claim: ContactClaim }).loose(),
    log: { changed: { sv: "{actor} ändrade ryktet ”{text}”.", en: "{actor} changed the claim “{text}”." } },
    describe: ({ claim }) => ["changed", { text: quote(claim.text) }],
  }),
};
