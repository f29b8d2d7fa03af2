import { describe, expect, it } from "vitest";
import { allFindings, scoreMessage } from "../../../shared/checklist/index.js";
import type { MessageInput } from "../../../shared/schemas/checklist.js";

const undated: MessageInput = {
  kind: "bulletin",
  title: "Koka vattnet",
  body: "Koka vattnet i dag innan du dricker det. Vi uppdaterar i morgon.",
  language: "sv",
};

const suggestion = (input: MessageInput, now?: string, ruleId = "FS4") =>
  allFindings(scoreMessage(input, now === undefined ? {} : { now })).find((f) => f.ruleId === ruleId)?.suggestion;

describe("suggested time stamps follow the moment of writing", () => {
  it("offers the current Swedish date and time to copy, not a fixed day", () => {
    // 09:05 UTC in December is 10:05 in Sweden. The words to copy are the Swedish message's, in either UI language.
    expect(suggestion(undated, "2026-12-06T09:05:00Z")).toEqual({
      sv: "Börja med ”Uppdaterad söndag 6 december kl. 10.05”.",
      en: "Start with “Uppdaterad söndag 6 december kl. 10.05”.",
    });
    expect(suggestion(undated, "2026-12-06T09:05:00Z", "AU15")).toEqual({
      sv: "Skriv datumet: ”i dag, söndag 6 december”.",
      en: "Add the date: “i dag, söndag 6 december”.",
    });
  });

  it("names the Swedish day after midnight in Sweden, whatever the zone of the clock", () => {
    // 22:30 UTC on 6 July is 00:30 on 7 July in Sweden (summer time).
    expect(suggestion(undated, "2026-07-06T22:30:00Z")?.sv).toBe("Börja med ”Uppdaterad tisdag 7 juli kl. 00.30”.");
  });

  it("moves with the clock when the same text is scored again (the reused scoring runs these rules afresh)", () => {
    const first = suggestion(undated, "2026-12-06T09:05:00Z");
    const later = suggestion(undated, "2026-12-07T13:40:00Z");
    expect(first?.sv).toContain("6 december kl. 10.05");
    expect(later?.sv).toContain("måndag 7 december kl. 14.40");
  });

  it("keeps a fixed example when there is no clock", () => {
    expect(suggestion(undated)?.sv).toBe("Börja med ”Uppdaterad tisdag 25 november kl. 14.00”.");
  });
});
