import type { DomainEvent, EventOf } from "@shared/schemas/event";
import type { FaqEntry } from "@shared/schemas/faq";
import type { DomainState } from "../types";
import { newerEntry, withContactClaim, type ContactState, type FaqChange, type ScriptChange } from "./state";

type FaqEvent =
  | EventOf<"faq.created">
  | EventOf<"faq.updated">
  | EventOf<"faq.status_changed">
  | EventOf<"faq.stale">
  | EventOf<"faq.review_changed">
  | EventOf<"faq.published">;

/** The change mark an event leaves, given what the store held before it. */
function changeFor(
  event: FaqEvent,
  before: FaqEntry | undefined,
  after: FaqEntry,
  pending: FaqChange | undefined,
): FaqChange | null | undefined {
  const by = event.actor?.displayName ?? null;
  if (after.status !== "published") return null; // gone from the agents' FAQ: nothing left to mark
  if (event.type === "faq.published" && event.data.previous) {
    // A reviewed edit replaced the published text: "Ändrad", against what she last saw.
    const previous = before?.status === "published" ? before : event.data.previous;
    if (previous.question === after.question && previous.answer === after.answer) return undefined;
    if (pending) return { ...pending, at: event.at, by };
    return { kind: "changed", before: { question: previous.question, answer: previous.answer }, at: event.at, by };
  }
  if (
    event.type === "faq.status_changed" ||
    event.type === "faq.published" ||
    (event.type === "faq.created" && !before)
  ) {
    return before?.status === "published" ? undefined : { kind: "new", before: null, at: event.at, by };
  }
  if (event.type !== "faq.updated") return undefined;
  const previous = before ?? event.data.previous;
  if (!previous || (previous.question === after.question && previous.answer === after.answer)) return undefined;
  // Several edits before the agent looks: the diff stays against what she last saw.
  if (pending) return { ...pending, at: event.at, by };
  return { kind: "changed", before: { question: previous.question, answer: previous.answer }, at: event.at, by };
}

function applyFaq(contact: ContactState, event: FaqEvent): ContactState {
  const before = contact.faq[event.data.faq.id];
  // Everyone's events carry the published text only; the crisis team keeps the working version it already holds.
  const incoming = event.data.faq;
  const entry =
    incoming.working === null &&
    incoming.workingVersion !== null &&
    before?.working?.version === incoming.workingVersion
      ? { ...incoming, working: before.working }
      : incoming;
  if (!newerEntry(before, entry)) return contact;
  const change = changeFor(event, before, entry, contact.faqChanges[entry.id]);
  let faqChanges = contact.faqChanges;
  if (change === null && faqChanges[entry.id]) {
    const { [entry.id]: _gone, ...rest } = faqChanges;
    faqChanges = rest;
  } else if (change) {
    faqChanges = { ...faqChanges, [entry.id]: change };
  }
  return { ...contact, faq: { ...contact.faq, [entry.id]: entry }, faqChanges };
}

/**
 * A publish marks the bulletin in the agent's script: "Ny" the first time, "Ändrad" when an edit of a published
 * bulletin is published again; a retraction takes the mark away (the bulletin leaves the script).
 */
function applyBulletinMove(contact: ContactState, event: EventOf<"bulletin.status_changed">): ContactState {
  const next = { ...contact, bulletinTick: contact.bulletinTick + 1 };
  const { bulletin, to } = event.data;
  if (to === "published") {
    const kind =
      bulletin.firstPublishedAt !== null && bulletin.firstPublishedAt !== bulletin.publishedAt ? "changed" : "new";
    const change: ScriptChange = {
      kind,
      incidentId: bulletin.incidentId,
      headline: bulletin.headline,
      at: event.at,
      by: event.actor?.displayName ?? null,
    };
    return { ...next, scriptChanges: { ...contact.scriptChanges, [bulletin.id]: change } };
  }
  if (to === "retracted" && contact.scriptChanges[bulletin.id]) {
    const { [bulletin.id]: _gone, ...rest } = contact.scriptChanges;
    return { ...next, scriptChanges: rest };
  }
  return next;
}

/** The contact centre's share of the event reducer (called from store/events.ts for every event). Pure. */
export function reduceContactEvent(state: DomainState, event: DomainEvent): DomainState {
  const contact = state.contact;
  switch (event.type) {
    case "faq.created":
    case "faq.updated":
    case "faq.status_changed":
    case "faq.stale":
    case "faq.review_changed":
    case "faq.published": {
      const next = applyFaq(contact, event);
      return next === contact ? state : { ...state, contact: next };
    }
    case "suggestion.created":
    case "suggestion.updated":
    case "suggestion.resolved": {
      const { suggestion } = event.data;
      return {
        ...state,
        contact: { ...contact, suggestions: { ...contact.suggestions, [suggestion.id]: suggestion } },
      };
    }
    case "inquiry.logged":
      return { ...state, contact: { ...contact, inquiryTick: contact.inquiryTick + 1 } };
    case "bulletin.status_changed":
      return { ...state, contact: applyBulletinMove(contact, event) };
    // Agents hear of a channel text only when it belongs to the published version (their script): reload it.
    case "bulletin.channel_saved":
      return { ...state, contact: { ...contact, bulletinTick: contact.bulletinTick + 1 } };
    case "contact_claim.changed": {
      const contactClaims = withContactClaim(contact.contactClaims, event.data.claim);
      return contactClaims === contact.contactClaims ? state : { ...state, contact: { ...contact, contactClaims } };
    }
    default:
      return state;
  }
}
