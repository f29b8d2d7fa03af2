import { beforeEach, describe, expect, it } from "vitest";
import { useStore } from "../../../client/src/store";
import { LEAD } from "../helpers/fixtures";
import { resetStore } from "../helpers/fixtures";
import { faqEvent, makeFaq, makeInquiry } from "./fixtures";

const contact = () => useStore.getState().contact;

describe("FAQ events in the store", () => {
  beforeEach(() => resetStore());

  it("marks an edited published answer as changed, against what the agent saw before the first unseen edit", () => {
    const entry = makeFaq();
    useStore.getState().setFaqEntries([entry]);
    const v2 = { ...entry, answer: "Ja. Koka i minst tre minuter.", version: 2 };
    const v3 = { ...v2, answer: "Ja. Koka i minst fem minuter.", version: 3 };
    useStore.getState().applyEvents([faqEvent(1, "faq.updated", v2, { changed: ["answer"] })]);
    useStore.getState().applyEvents([faqEvent(2, "faq.updated", v3, { changed: ["answer"] })]);
    expect(contact().faq[entry.id]?.answer).toBe("Ja. Koka i minst fem minuter.");
    expect(contact().faqChanges[entry.id]).toMatchObject({
      kind: "changed",
      before: { answer: entry.answer },
      by: "Sara Kommunikatör",
    });

    useStore.getState().markFaqSeen(entry.id);
    expect(contact().faqChanges[entry.id]).toBeUndefined();
  });

  it("marks a reviewed edit as changed when it is published (faq.published with previous), against the published text", () => {
    const entry = makeFaq();
    useStore.getState().setFaqEntries([entry]);
    const live = { ...entry, answer: "Ja. Koka i minst tre minuter.", version: 5, publishedVersion: 5 };
    useStore.getState().applyEvents([
      faqEvent(1, "faq.published", live, {
        previous: { question: entry.question, answer: entry.answer },
        changed: ["answer"],
      }),
    ]);
    expect(contact().faq[entry.id]?.answer).toBe("Ja. Koka i minst tre minuter.");
    expect(contact().faqChanges[entry.id]).toMatchObject({ kind: "changed", before: { answer: entry.answer } });
  });

  it("keeps the crisis team's working version when an event for everyone carries the published text only", () => {
    const working = {
      status: "in_review" as const,
      version: 3,
      incidentId: null,
      question: "Måste jag koka vattnet?",
      answer: "Nytt svar under granskning.",
      tags: [],
      audiences: ["residents" as const],
      language: "sv" as const,
      factIds: [],
      score: { overall: 80, status: "pass" as const },
      editedBy: LEAD.id,
      updatedBy: LEAD.id,
      updatedAt: "2026-11-25T08:00:00.000Z",
    };
    const entry = makeFaq({ version: 3, working, workingVersion: 3 });
    useStore.getState().setFaqEntries([entry]);
    const flagged = { ...entry, working: null, stale: true };
    useStore.getState().applyEvents([faqEvent(1, "faq.stale", flagged)]);
    expect(contact().faq[entry.id]).toMatchObject({ stale: true, working: { answer: "Nytt svar under granskning." } });
  });

  it("uses the event's previous text when the store never had the entry", () => {
    const entry = makeFaq({ version: 4 });
    useStore
      .getState()
      .applyEvents([faqEvent(1, "faq.updated", entry, { previous: { question: entry.question, answer: "Förut." } })]);
    expect(contact().faqChanges[entry.id]?.before?.answer).toBe("Förut.");
  });

  it("marks a newly published entry as new and drops the mark when it is archived", () => {
    const draft = makeFaq({ status: "draft" });
    const published = { ...draft, status: "published" as const, version: 2 };
    useStore.getState().applyEvents([faqEvent(1, "faq.status_changed", published, { from: "draft", to: "published" })]);
    expect(contact().faqChanges[draft.id]).toMatchObject({ kind: "new", before: null });
    const archived = { ...published, status: "archived" as const, version: 3 };
    useStore
      .getState()
      .applyEvents([faqEvent(2, "faq.status_changed", archived, { from: "published", to: "archived" })]);
    expect(contact().faqChanges[draft.id]).toBeUndefined();
    expect(contact().faq[draft.id]?.status).toBe("archived");
  });

  it("keeps a newer copy when an older one arrives late, and does not mark a stale flag as a change", () => {
    const entry = makeFaq({ version: 3 });
    useStore.getState().setFaqEntries([entry]);
    useStore.getState().applyEvents([faqEvent(1, "faq.updated", { ...entry, answer: "Gammal", version: 2 })]);
    expect(contact().faq[entry.id]?.version).toBe(3);
    useStore
      .getState()
      .applyEvents([faqEvent(2, "faq.stale", { ...entry, stale: true, staleFactIds: [LEAD.id] }, { factId: LEAD.id })]);
    expect(contact().faq[entry.id]?.stale).toBe(true);
    expect(contact().faqChanges[entry.id]).toBeUndefined();
  });

  it("counts logged inquiries and keeps suggestions by id", () => {
    const inquiry = makeInquiry();
    useStore.getState().applyEvents([
      {
        seq: 1,
        at: inquiry.createdAt,
        actor: null,
        type: "inquiry.logged",
        incidentId: null,
        entity: { type: "inquiry", id: inquiry.id },
        visibleTo: null,
        data: { inquiry },
      },
    ]);
    expect(contact().inquiryTick).toBe(1);
    const suggestion = {
      id: inquiry.id,
      question: "Får man grilla?",
      incidentId: null,
      status: "open",
      count: 2,
      lastAskedAt: inquiry.createdAt,
      faqEntryId: null,
      createdBy: LEAD.id,
      createdAt: inquiry.createdAt,
      resolvedBy: null,
      resolvedAt: null,
    };
    useStore.getState().applyEvents([
      {
        seq: 2,
        at: inquiry.createdAt,
        actor: null,
        type: "suggestion.updated",
        incidentId: null,
        entity: { type: "faq_suggestion", id: inquiry.id },
        visibleTo: null,
        data: { suggestion },
      },
    ]);
    expect(contact().suggestions[inquiry.id]?.count).toBe(2);
  });
});
