import { z } from "zod";
import { FaqEntry, FaqReviewStatus, FaqStatus, FaqSuggestion } from "../schemas/faq.js";
import { StaleReason } from "../schemas/bulletin.js";
import { Inquiry } from "../schemas/inquiry.js";
import type { Role } from "../schemas/user.js";
import { defineEvent, quote, type Wording } from "./define.js";
import { lazySchema } from "../schemas/lazy.js";

/** Drafts (and archived entries) are the crisis team's; their events go only to the roles that edit. */
export const FAQ_EDITORS: readonly Role[] = ["admin", "lead", "communicator"];
/** The roles that ring callers back (the readCallbacks permission). */
export const CALLBACK_READERS: readonly Role[] = ["admin", "lead", "agent"];

const question = (faq: FaqEntry) => ({ question: quote(faq.question) });

const suggestionEvent = (sentence: { sv: string; en: string }) =>
  defineEvent({
    entity: ["faq_suggestion"],
    visibleTo: null,
    data: lazySchema(() => z.object({ suggestion: FaqSuggestion }).loose()),
    log: { suggestion: sentence },
    describe: ({ suggestion }) => ["suggestion", { question: quote(suggestion.question) }],
  });

export const contactEvents = {
  "faq.created": defineEvent({
    entity: ["faq_entry"],
    visibleTo: FAQ_EDITORS,
    visibility: "varies", // null once published
    data: lazySchema(() => z.object({ faq: FaqEntry }).loose()),
    log: {
      created: { sv: "{actor} skrev FAQ-svaret ”{question}”.", en: "{actor} wrote the FAQ answer “{question}”." },
    },
    describe: ({ faq }) => ["created", question(faq)],
  }),
  "faq.updated": defineEvent({
    entity: ["faq_entry"],
    visibleTo: FAQ_EDITORS,
    visibility: "varies", // as faq.created, by the status after the change
    data: lazySchema(() =>
      z
        .object({
          faq: FaqEntry,
          changed: z.array(z.string()).optional(),
          previous: z.object({ question: z.string(), answer: z.string() }).loose().optional(),
        })
        .loose(),
    ),
    log: {
      updated: { sv: "{actor} ändrade FAQ-svaret ”{question}”.", en: "{actor} changed the FAQ answer “{question}”." },
    },
    describe: ({ faq }) => ["updated", question(faq)],
  }),
  "faq.status_changed": defineEvent({
    entity: ["faq_entry"],
    visibleTo: FAQ_EDITORS,
    // Everyone when the entry was or becomes published: agents must hear of a publish (to add it) and of an
    // unpublish or archive (to drop it). A move between unpublished states is the editors' alone (draft text).
    visibility: "varies",
    data: lazySchema(() => z.object({ faq: FaqEntry, from: FaqStatus.optional(), to: FaqStatus.optional() }).loose()),
    log: {
      moved: {
        sv: "{actor} ändrade status för FAQ-svaret ”{question}” till {status}.",
        en: "{actor} set the status of the FAQ answer “{question}” to {status}.",
      },
    },
    describe: ({ faq }, w: Wording) => [
      "moved",
      { ...question(faq), status: w.label(`faq.status.${faq.status}`).toLocaleLowerCase(w.lang) },
    ],
  }),
  "faq.stale": defineEvent({
    entity: ["faq_entry"],
    visibleTo: FAQ_EDITORS,
    visibility: "varies", // as faq.created: a published answer's flag reaches the agents who read it out
    /** `reasons`: the review reasons just added; `scoreBefore`: the score before it was scored again. */
    data: lazySchema(() =>
      z
        .object({
          faq: FaqEntry,
          factId: z.string().optional(),
          reasons: z.array(StaleReason).optional(),
          scoreBefore: z.object({ overall: z.number(), status: z.string() }).loose().optional(),
        })
        .loose(),
    ),
    log: {
      stale: {
        sv: "FAQ-svaret ”{question}” bygger på en uppgift som ändrats och behöver ses över.",
        en: "The FAQ answer “{question}” rests on a fact that changed and needs a look.",
      },
    },
    describe: ({ faq }) => ["stale", question(faq)],
  }),
  /** A text under review moved (submit, approve, return): the crisis team's business, never the agents'. */
  "faq.review_changed": defineEvent({
    entity: ["faq_entry"],
    visibleTo: FAQ_EDITORS,
    data: lazySchema(() =>
      z.object({ faq: FaqEntry, from: FaqReviewStatus, to: FaqReviewStatus, reason: z.string().optional() }).loose(),
    ),
    log: {
      submitted: {
        sv: "{actor} skickade FAQ-svaret ”{question}” på granskning.",
        en: "{actor} submitted the FAQ answer “{question}” for review.",
      },
      approved: {
        sv: "{actor} godkände FAQ-svaret ”{question}”.",
        en: "{actor} approved the FAQ answer “{question}”.",
      },
      returned: {
        sv: "{actor} skickade tillbaka FAQ-svaret ”{question}”: {reason}",
        en: "{actor} returned the FAQ answer “{question}”: {reason}",
      },
    },
    describe: ({ faq, to, reason }) => {
      const text = { question: quote(faq.working?.question ?? faq.question) };
      if (to === "in_review") return ["submitted", text];
      if (to === "approved") return ["approved", text];
      return ["returned", { ...text, reason: reason ?? "" }];
    },
  }),
  /**
   * A reviewed text went live: the first publish, or a working version replacing the published text (`previous`,
   * so an agent's console marks the entry "Ändrad" with the difference).
   */
  "faq.published": defineEvent({
    entity: ["faq_entry"],
    visibleTo: null,
    data: lazySchema(() =>
      z
        .object({
          faq: FaqEntry,
          previous: z.object({ question: z.string(), answer: z.string() }).loose().optional(),
          changed: z.array(z.string()).optional(),
        })
        .loose(),
    ),
    log: {
      published: {
        sv: "{actor} publicerade FAQ-svaret ”{question}”.",
        en: "{actor} published the FAQ answer “{question}”.",
      },
      republished: {
        sv: "{actor} publicerade en ändring av FAQ-svaret ”{question}”.",
        en: "{actor} published a change to the FAQ answer “{question}”.",
      },
    },
    describe: ({ faq, previous }) => [previous ? "republished" : "published", question(faq)],
  }),
  "inquiry.logged": defineEvent({
    entity: ["inquiry"],
    visibleTo: null,
    /** Without the callback number: the event log is kept for good. */
    data: lazySchema(() => z.object({ inquiry: Inquiry.omit({ callbackNumber: true }) }).loose()),
    log: { logged: { sv: "{actor} registrerade ärende {caseNumber}.", en: "{actor} logged case {caseNumber}." } },
    describe: ({ inquiry }) => ["logged", { caseNumber: inquiry.caseNumber }],
  }),
  "inquiry.called_back": defineEvent({
    entity: ["inquiry"],
    visibleTo: CALLBACK_READERS,
    /** `done`: rung back (false: the mark was undone). Never the number itself. */
    data: lazySchema(() =>
      z
        .object({ inquiryId: z.string(), caseNumber: z.string(), claimId: z.string().nullable(), done: z.boolean() })
        .loose(),
    ),
    log: {
      done: { sv: "{actor} ringde tillbaka i ärende {caseNumber}.", en: "{actor} called back on case {caseNumber}." },
      undone: {
        sv: "{actor} ångrade återuppringningen i ärende {caseNumber}.",
        en: "{actor} undid the callback on case {caseNumber}.",
      },
    },
    describe: ({ caseNumber, done }) => [done ? "done" : "undone", { caseNumber }],
  }),
  "suggestion.created": suggestionEvent({
    sv: "{actor} föreslog frågan ”{question}” till FAQ:n.",
    en: "{actor} suggested the question “{question}” for the FAQ.",
  }),
  "suggestion.updated": suggestionEvent({
    sv: "{actor}: frågan ”{question}” ställdes igen.",
    en: "{actor}: the question “{question}” was asked again.",
  }),
  "suggestion.resolved": suggestionEvent({
    sv: "{actor} avgjorde förslaget ”{question}”.",
    en: "{actor} resolved the suggestion “{question}”.",
  }),
};
