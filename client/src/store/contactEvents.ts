import { z } from "zod";
import type { DomainEvent } from "../../../shared/schemas/event";
import { ContactClaim } from "../../../shared/schemas/claim";
import { FaqEntry, FaqSuggestion } from "../../../shared/schemas/faq";
import { newerEntry, withContactClaim, type ContactState, type FaqChange, type ScriptChange } from "./contactState";
import type { DomainState } from "./types";

const Previous = z.object({ question: z.string(), answer: z.string() });

function faqOf(event: DomainEvent): FaqEntry | null {
  const parsed = FaqEntry.safeParse(event.data.faq);
  return parsed.success ? parsed.data : null;
}

/** The change mark an event leaves, given what the store held before it. */
function changeFor(event: DomainEvent, before: FaqEntry | undefined, after: FaqEntry, pending: FaqChange | undefined): FaqChange | null | undefined {
  const by = event.actor?.displayName ?? null;
  if (after.status !== "published") return null; // gone from the agents' FAQ: nothing left to mark
  if (event.type === "faq.status_changed" || (event.type === "faq.created" && !before)) {
    return before?.status === "published" ? undefined : { kind: "new", before: null, at: event.at, by };
  }
  if (event.type !== "faq.updated") return undefined;
  const previous = before ?? Previous.safeParse(event.data.previous).data;
  if (!previous || (previous.question === after.question && previous.answer === after.answer)) return undefined;
  // Several edits before the agent looks: the diff stays against what she last saw.
  if (pending) return { ...pending, at: event.at, by };
  return { kind: "changed", before: { question: previous.question, answer: previous.answer }, at: event.at, by };
}

function applyFaq(contact: ContactState, event: DomainEvent): ContactState {
  const entry = faqOf(event);
  if (!entry) return contact;
  const before = contact.faq[entry.id];
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

/** What the script column needs of a published bulletin (read loosely, as the script's own fetch does). */
const PublishedBulletin = z.object({
  id: z.string(),
  incidentId: z.string(),
  headline: z.string(),
  publishedAt: z.string().nullable(),
  firstPublishedAt: z.string().nullable(),
});

/**
 * A publish marks the bulletin in the agent's script: "Ny" the first time, "Ändrad" when an edit of a published
 * bulletin is published again; a retraction takes the mark away (the bulletin leaves the script).
 */
function applyBulletinMove(contact: ContactState, event: DomainEvent): ContactState {
  const next = { ...contact, bulletinTick: contact.bulletinTick + 1 };
  const bulletin = PublishedBulletin.safeParse(event.data.bulletin).data;
  if (!bulletin) return next;
  if (event.data.to === "published") {
    const kind = bulletin.firstPublishedAt !== null && bulletin.firstPublishedAt !== bulletin.publishedAt ? "changed" : "new";
    const change: ScriptChange = { kind, incidentId: bulletin.incidentId, headline: bulletin.headline, at: event.at, by: event.actor?.displayName ?? null };
    return { ...next, scriptChanges: { ...contact.scriptChanges, [bulletin.id]: change } };
  }
  if (event.data.to === "retracted" && contact.scriptChanges[bulletin.id]) {
    const { [bulletin.id]: _gone, ...rest } = contact.scriptChanges;
    return { ...next, scriptChanges: rest };
  }
  return next;
}

/** The contact centre's share of the event reducer (called from applyEvent.ts for every event). Pure. */
export function reduceContactEvent(state: DomainState, event: DomainEvent): DomainState {
  const contact = state.contact;
  if (!contact) return state;
  switch (event.type) {
    case "faq.created":
    case "faq.updated":
    case "faq.status_changed":
    case "faq.stale": {
      const next = applyFaq(contact, event);
      return next === contact ? state : { ...state, contact: next };
    }
    case "suggestion.created":
    case "suggestion.updated":
    case "suggestion.resolved": {
      const parsed = FaqSuggestion.safeParse(event.data.suggestion);
      if (!parsed.success) return state;
      return { ...state, contact: { ...contact, suggestions: { ...contact.suggestions, [parsed.data.id]: parsed.data } } };
    }
    case "inquiry.logged":
      return { ...state, contact: { ...contact, inquiryTick: contact.inquiryTick + 1 } };
    case "bulletin.status_changed":
      return { ...state, contact: applyBulletinMove(contact, event) };
    case "contact_claim.changed": {
      const parsed = ContactClaim.safeParse(event.data.claim);
      if (!parsed.success) return state;
      const contactClaims = withContactClaim(contact.contactClaims, parsed.data);
      return contactClaims === contact.contactClaims ? state : { ...state, contact: { ...contact, contactClaims } };
    }
    default:
      return state;
  }
}
