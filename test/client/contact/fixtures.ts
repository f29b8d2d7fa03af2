import type { EventEnvelope } from "@shared/events/index";
import type { FaqEntry } from "@shared/schemas/faq";
import type { Inquiry } from "@shared/schemas/inquiry";
import { LEAD, uuid } from "../helpers/fixtures";

export function makeFaq(overrides: Partial<FaqEntry> = {}): FaqEntry {
  return {
    id: uuid(),
    incidentId: null,
    question: "Måste jag koka vattnet?",
    answer: "Ja. Koka vatten som du ska dricka i minst en minut.",
    tags: ["kokningsrekommendation"],
    audiences: ["residents"],
    language: "sv",
    factIds: [],
    status: "published",
    version: 1,
    stale: false,
    staleFactIds: [],
    score: { overall: 92, status: "pass" },
    publishedAt: "2026-11-25T07:30:00.000Z",
    publishedVersion: 1,
    working: null,
    workingVersion: null,
    createdBy: LEAD.id,
    createdAt: "2026-11-25T07:30:00.000Z",
    updatedBy: LEAD.id,
    updatedAt: "2026-11-25T07:30:00.000Z",
    ...overrides,
  };
}

export function faqEvent(
  seq: number,
  type: EventEnvelope["type"],
  faq: FaqEntry,
  data: Record<string, unknown> = {},
): EventEnvelope {
  return {
    seq,
    at: new Date(Date.UTC(2026, 10, 25, 8, 0, seq)).toISOString(),
    actor: { id: LEAD.id, displayName: "Sara Kommunikatör" },
    type,
    incidentId: faq.incidentId,
    entity: { type: "faq_entry", id: faq.id },
    visibleTo: null,
    data: { faq, ...data },
  };
}

export function makeInquiry(overrides: Partial<Inquiry> = {}): Inquiry {
  return {
    id: uuid(),
    caseNumber: "2026-000042",
    channel: "phone",
    question: "koka vatten?",
    faqEntryId: null,
    resolution: "answered_first_contact",
    fromSuggestion: false,
    forwardedTo: null,
    incidentId: null,
    claimId: null,
    openedAt: "2026-11-25T08:00:00.000Z",
    createdAt: "2026-11-25T08:00:30.000Z",
    handlingSeconds: 30,
    hasCallbackNumber: false,
    callbackNumber: null,
    callbackPurgedAt: null,
    createdBy: LEAD.id,
    ...overrides,
  };
}
