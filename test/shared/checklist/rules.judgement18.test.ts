/**
 * Eighteenth round: a vague name for the event ("en händelse", "the incident") is a question for the reviewer, not a
 * refusal. Police and utilities rightly publish "Polisen arbetar med en händelse i …" while a scene is worked; the
 * checklist still says the event is never named, as a warning. The wordings are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, score, type Input } from "./helpers.js";

const NOTICE: Input = {
  title: "Händelse i centrala Tallby",
  body: "Polisen arbetar just nu med en händelse i centrala Tallby. Nästa information här senast kl. 16.00. Ingen är gripen i nuläget. Polisen, region Mitt, 6 december kl. 14.20.",
};

describe("[FA16] a text that never names its event is flagged, and left to the reviewer", () => {
  it("warns, and the gate does not refuse a police notice for it", () => {
    const fa16 = findingsOf(NOTICE, undefined, "FA16");
    expect(fa16).toHaveLength(1);
    expect(fa16[0]?.severity).toBe("warn");
    const result = score(NOTICE);
    expect(result.factual.status).toBe("warn");
    expect(result.status).not.toBe("fail");
  });

  it("still refuses the same text when it also guesses at a cause", () => {
    const guessed = score({ ...NOTICE, body: `${NOTICE.body} Allt tyder på att det var anlagt.` });
    expect(guessed.status).toBe("fail");
  });
});
