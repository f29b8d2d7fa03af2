import { describe, expect, it } from "vitest";
import { describeEvent } from "../../../client/src/i18n/describeEvent";
import { faqEvent, makeFaq } from "./fixtures";

describe("FAQ events in the incident log", () => {
  it("read as sentences naming the question, not the raw event type", () => {
    const entry = makeFaq({ question: "Kan jag duscha?" });
    const created = describeEvent(faqEvent(1, "faq.created", entry), "sv");
    expect(created).toMatch(/ skrev FAQ-svaret ”Kan jag duscha\?”\.$/);
    expect(created).not.toContain("faq.created");
    expect(describeEvent(faqEvent(2, "faq.updated", entry), "sv")).toMatch(/ ändrade FAQ-svaret ”Kan jag duscha\?”\.$/);
    expect(describeEvent(faqEvent(3, "faq.status_changed", { ...entry, status: "archived" }), "sv")).toMatch(
      /ändrade status för FAQ-svaret ”Kan jag duscha\?” till arkiverad\.$/,
    );
    expect(describeEvent(faqEvent(4, "faq.stale", entry), "en")).toBe(
      "The FAQ answer “Kan jag duscha?” rests on a fact that changed and needs a look.",
    );
  });

  it("shortens a long question and falls back to the generic line when the entry is missing", () => {
    const line = describeEvent(faqEvent(5, "faq.created", makeFaq({ question: "b".repeat(300) })), "sv");
    expect(line).toMatch(/”b+…”/);
    const broken = { ...faqEvent(6, "faq.created", makeFaq()), data: {} };
    expect(describeEvent(broken, "sv")).toContain("faq.created");
  });
});
