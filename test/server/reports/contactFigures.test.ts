import { describe, expect, it } from "vitest";
import type { InquiryFacts } from "../../../server/db/repos/inquiries.js";
import { signature, similarity } from "../../../server/domain/contact/questions.js";
import { contactFigures, dice, signed } from "../../../server/domain/reports/contactFigures.js";

const QUESTIONS = [
  "Måste jag koka vattnet?",
  "Hur länge ska vattnet kokas?",
  "kokning av vatten",
  "Var står tankbilen med dricksvatten?",
  "När töms soptunnan?",
  "",
  "och det",
];

const inquiry = (question: string, faqEntryId: string | null = null): InquiryFacts => ({
  createdAt: "2026-03-01T08:00:00.000Z",
  channel: "phone",
  question,
  faqEntryId,
  resolution: "answered_first_contact",
  fromSuggestion: false,
  forwardedTo: null,
  handlingSeconds: 30,
});

describe("the report's question clusters", () => {
  it("compares wordings exactly as the trends page's similarity does", () => {
    for (const a of QUESTIONS)
      for (const b of QUESTIONS)
        expect(dice(signed(signature(a)), signed(signature(b)))).toBe(similarity(signature(a), signature(b)));
  });

  it("weighs identical wordings by their count, and lets a wording asked once join the cluster it resembles", () => {
    const items = [
      ...Array.from({ length: 3 }, () => inquiry("Måste jag koka vattnet?")),
      ...Array.from({ length: 2 }, () => inquiry("När töms soptunnan?")),
      inquiry("måste man koka vattnet"),
      inquiry("Hur bokar jag bygglov?"),
    ];
    expect(contactFigures(items, new Map()).topQuestions).toEqual([
      { text: "Måste jag koka vattnet?", count: 4, faqEntryId: null },
      { text: "När töms soptunnan?", count: 2, faqEntryId: null },
      { text: "Hur bokar jag bygglov?", count: 1, faqEntryId: null },
    ]);
  });
});
