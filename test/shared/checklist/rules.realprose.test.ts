/**
 * Seventh round, real prose: constructions that ordinary authority messages use (realExtra4.ts, real messages only)
 * and that a rule tuned on flawed messages misread. Each fix is a pair: the real construction that must pass, and the
 * nearest flawed form that must still be flagged. The wordings are paraphrases written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, type Input } from "./helpers.js";

/** The rules that say "error" for a text: the ones that make the publish gate refuse it. */
const errors = (input: Input) =>
  findingsOf(input)
    .filter((f) => f.severity === "error")
    .map((f) => f.ruleId);
const sv = (title: string, body: string) => errors({ title, body });
const en = (title: string, body: string) => errors({ title, body, language: "en" });

describe("FA16: an offence named is what happened", () => {
  it("[FA16] spares a police notice that calls the event by its offence", () => {
    expect(
      sv(
        "Försök till mord, Tallby",
        "Strax före kl. 17 larmas polisen om en misstänkt skottlossning på Björkvägen. En skadad person förs till sjukhus. Polisen har inlett en förundersökning om försök till mord. Ingen är gripen i nuläget. Händelsenotisen bygger på inledande uppgifter.",
      ),
    ).not.toContain("FA16");
    expect(
      en(
        "Update on the incident in Mill Lane",
        "At 9pm officers were called to a stabbing in Mill Lane. A man was taken to hospital. The incident is being investigated as attempted murder. Nobody has been arrested yet.",
      ),
    ).not.toContain("FA16");
  });

  it("[FA16] still flags a notice that speaks of 'händelsen' and never names it", () => {
    expect(
      sv(
        "Händelse i centrum",
        "Polisen arbetar med en händelse i centrala Tallby. Vi återkommer när vi vet mer om händelsen. Ingen är gripen i nuläget.",
      ),
    ).toContain("FA16");
    expect(
      en(
        "Incident in Mill Lane",
        "Officers are dealing with an incident in Mill Lane. We will share more about the incident when we can. Nobody has been arrested yet.",
      ),
    ).toContain("FA16");
  });
});
