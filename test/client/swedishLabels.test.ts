import { describe, expect, it } from "vitest";
import { FACT_STATUSES } from "@shared/checklist/constants";
import { LANGUAGES } from "@shared/constants";
import {
  EVENT_TYPES,
  eventCsvText,
  eventDef,
  isUnread,
  readEvent,
  type EventEnvelope,
  type EventType,
} from "@shared/events/index";
import { BULLETIN_STATUSES, DERIVED_CHANNELS, STALE_REASONS, type ChannelVersion } from "@shared/schemas/bulletin";
import { CLAIM_STATUSES, type ContactClaim } from "@shared/schemas/claim";
import { FAQ_STATUSES, type FaqSuggestion } from "@shared/schemas/faq";
import { SWEDISH_LABELS } from "@shared/swedishLabels";
import { translate, type MessageKey } from "../../client/src/i18n";
import { describeEvent } from "../../client/src/i18n/describeEvent";
import { makeBulletin, makeFact } from "./bulletins/fixtures";
import { makeClaim } from "./claims/fixtures";
import { makeFaq, makeInquiry } from "./contact/fixtures";
import { LEAD, makeUser, uuid } from "./helpers/fixtures";

/*
 * The exports (the report CSVs, the log's registered CSV copy) are written by the server with shared/swedishLabels.ts;
 * the console with its dictionary. A municipal reader must meet the same words in both: "Telefon", "Besvarat direkt",
 * "Rättad", never `phone`, `answered_first_contact`, `corrected`.
 */
const INCIDENT = "00000000-0000-4000-8000-0000000000aa";
const T0 = "2026-11-25T08:00:00.000Z";

function envelope(
  type: EventType,
  entity: EventEnvelope["entity"],
  data: Record<string, unknown>,
  actor: EventEnvelope["actor"] = LEAD,
): EventEnvelope {
  return { seq: 1, at: T0, actor, type, incidentId: INCIDENT, entity, visibleTo: null, data };
}

const stale = (reason: (typeof STALE_REASONS)[number]) => ({ reason, at: T0 });

function channelVersion(channel: (typeof DERIVED_CHANNELS)[number], bulletinId: string): ChannelVersion {
  return {
    id: uuid(),
    bulletinId,
    channel,
    text: "Koka vattnet.",
    version: 1,
    masterVersion: 1,
    stale: [],
    score: { overall: 90, status: "pass", errors: 0, warnings: 0 },
    updatedBy: LEAD.id,
    updatedByName: LEAD.displayName,
    createdAt: T0,
    updatedAt: T0,
  };
}

function contactClaim(): ContactClaim {
  return {
    id: uuid(),
    incidentId: INCIDENT,
    text: "Kranvattnet är förgiftat",
    sourceChannel: "contact_centre",
    status: "new",
    reach: "medium",
    calls: 3,
    callbacks: 0,
    calledBack: 0,
    correctionBulletinId: null,
    correctedAt: null,
    mergedInto: null,
    createdAt: T0,
    updatedAt: T0,
  };
}

function suggestion(): FaqSuggestion {
  return {
    id: uuid(),
    question: "Får jag duscha?",
    incidentId: INCIDENT,
    status: "open",
    count: 2,
    lastAskedAt: T0,
    faqEntryId: null,
    createdBy: LEAD.id,
    createdAt: T0,
    resolvedBy: null,
    resolvedAt: null,
  };
}

/** One or more events of every type that can be a line of an incident log, each label-bearing value in turn. */
function logEvents(): EventEnvelope[] {
  const user = makeUser();
  const claim = makeClaim(INCIDENT, { text: "Vattnet är förgiftat" });
  const faq = makeFaq({ incidentId: INCIDENT, question: "Kan jag duscha?" });
  const bulletin = (o: Parameters<typeof makeBulletin>[1] = {}) => makeBulletin(INCIDENT, o);
  const onBulletin = (b: ReturnType<typeof bulletin>) => ({ type: "bulletin" as const, id: b.id });
  const onClaim = { type: "claim" as const, id: claim.id };
  const onFaq = { type: "faq_entry" as const, id: faq.id };
  const onSuggestion = { type: "faq_suggestion" as const, id: uuid() };
  const b = bulletin({ headline: "Kokt vatten" });
  return [
    envelope("user.created", { type: "user", id: user.id }, { user }),
    envelope("user.updated", { type: "user", id: user.id }, { user, changed: ["role"] }),
    ...FACT_STATUSES.map((status) => {
      const fact = makeFact(INCIDENT, { statement: "Vattnet är otjänligt", status });
      return envelope("fact.created", { type: "fact", id: fact.id }, { fact });
    }),
    envelope("fact.updated", { type: "fact", id: uuid() }, { fact: makeFact(INCIDENT, { version: 2 }) }),
    ...LANGUAGES.map((language) => {
      const x = bulletin({ language });
      return envelope("bulletin.created", onBulletin(x), { bulletin: x });
    }),
    envelope("bulletin.created", onBulletin(b), { bulletin: bulletin({ headline: "" }) }),
    envelope("bulletin.saved", onBulletin(b), { bulletin: bulletin({ headline: "Kokt vatten", version: 3 }) }),
    ...BULLETIN_STATUSES.map((status) =>
      envelope("bulletin.status_changed", onBulletin(b), { bulletin: bulletin({ headline: "Kokt vatten", status }) }),
    ),
    envelope("bulletin.status_changed", onBulletin(b), {
      bulletin: bulletin({ headline: "Kokt vatten", status: "retracted" }),
      reason: "Fel område.",
    }),
    ...STALE_REASONS.map((reason) =>
      envelope("bulletin.stale", onBulletin(b), { bulletin: b, reasons: [stale(reason)] }, null),
    ),
    envelope("bulletin.stale", onBulletin(b), { bulletin: b, reasons: STALE_REASONS.map(stale) }, null),
    ...DERIVED_CHANNELS.map((channel) =>
      envelope("bulletin.channel_saved", onBulletin(b), { bulletin: b, channelVersion: channelVersion(channel, b.id) }),
    ),
    envelope("claim.created", onClaim, { claim }),
    envelope("claim.updated", onClaim, { claim, changed: ["severity"] }),
    envelope("claim.updated", onClaim, { claim, note: { text: "Ringt SOS" } }),
    envelope("claim.taken", onClaim, { claim, from: "new", to: "assigned" }),
    envelope("claim.merged", onClaim, { claim: { ...claim, mergedInto: uuid() }, to: "dismissed" }),
    envelope("claim.merged", onClaim, { claim, mergedFrom: uuid() }),
    ...CLAIM_STATUSES.map((status) => envelope("claim.status_changed", onClaim, { claim: { ...claim, status } })),
    envelope("claim.status_changed", onClaim, { claim: { ...claim, status: "dismissed" }, reason: "Stämmer inte." }),
    envelope("claim.facts_flagged", onClaim, { claim, reasons: [stale("fact_changed")] }, null),
    envelope("claim.facts_confirmed", onClaim, { claim, confirmed: [stale("fact_changed")] }),
    envelope("contact_claim.changed", onClaim, { claim: contactClaim() }),
    envelope("faq.created", onFaq, { faq }),
    envelope("faq.updated", onFaq, { faq, changed: ["answer"] }),
    ...FAQ_STATUSES.map((status) => envelope("faq.status_changed", onFaq, { faq: { ...faq, status } })),
    envelope("faq.stale", onFaq, { faq, reasons: [stale("fact_changed")] }, null),
    envelope("faq.review_changed", onFaq, { faq, from: "draft", to: "in_review" }),
    envelope("faq.review_changed", onFaq, { faq, from: "in_review", to: "approved" }),
    envelope("faq.review_changed", onFaq, { faq, from: "in_review", to: "draft", reason: "Kortare." }),
    envelope("faq.published", onFaq, { faq }),
    envelope("faq.published", onFaq, { faq, previous: { question: "Duscha?", answer: "Ja." } }),
    envelope("inquiry.logged", { type: "inquiry", id: uuid() }, { inquiry: makeInquiry() }),
    envelope(
      "inquiry.called_back",
      { type: "inquiry", id: uuid() },
      {
        inquiryId: uuid(),
        caseNumber: "2026-000042",
        claimId: null,
        done: true,
      },
    ),
    envelope(
      "inquiry.called_back",
      { type: "inquiry", id: uuid() },
      {
        inquiryId: uuid(),
        caseNumber: "2026-000042",
        claimId: null,
        done: false,
      },
    ),
    envelope("suggestion.created", onSuggestion, { suggestion: suggestion() }),
    envelope("suggestion.updated", onSuggestion, { suggestion: { ...suggestion(), count: 3 } }),
    envelope("suggestion.resolved", onSuggestion, { suggestion: { ...suggestion(), status: "dismissed" } }),
  ];
}

describe("the exports' Swedish words (shared/swedishLabels.ts)", () => {
  it("are the console's own, word for word, under its dictionary keys", () => {
    const differ = Object.entries(SWEDISH_LABELS).filter(([key, word]) => translate("sv", key as MessageKey) !== word);
    expect(differ).toEqual([]);
  });

  it("word the log's CSV copy as the console's Swedish log: every type of system line, every status named", () => {
    const events = logEvents();
    for (const raw of events) {
      const read = readEvent(raw);
      expect(isUnread(read), `${raw.type} fixture reads`).toBe(false);
      if (eventDef(raw.type).csv) continue; // its own CSV text (incident.*), checked in test/server
      expect(eventCsvText(read), raw.type).toBe(describeEvent(raw, "sv"));
    }
    // Every type that can be a system line of an incident log is among them (log.entry_added is the entry itself).
    const inLog = EVENT_TYPES.filter(
      (type) => type !== "log.entry_added" && eventDef(type).inLog !== false && !eventDef(type).csv,
    );
    expect(inLog.filter((type) => !events.some((e) => e.type === type))).toEqual([]);
  });
});
