/**
 * Seventeenth round: what the matched controls (test/eval/checklist/controls*.ts, flawed messages rewritten with the
 * flaw mended) showed the gate refusing for the wrong reason. The wordings are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, type Input } from "./helpers.js";

const rules = (input: Input) => new Set(findingsOf({ language: "sv", ...input }).map((f) => f.ruleId));

const BOIL =
  "Ett vattenprov visar E. coli-bakterier på ledningsnätet i norra Åsby. Koka vattnet du dricker. Vi meddelar här senast onsdag kl. 15 om rekommendationen kan hävas. Frågor: VA-enhetens jour 0503-350 00.\n\nÅsby kommun, VA-enheten";

describe("[AU19] the crisis organisation's shorthand, each term once", () => {
  it("counts an acronym that heads an internal word as that word ('VA' in 'VA-enheten')", () => {
    const found = rules({ title: "Kokningsrekommendation i norra Åsby", body: BOIL });
    expect(found.has("AU18")).toBe(true); // the internal words are still named, as warnings
    expect(found.has("AU19")).toBe(false);
  });

  it("still refuses three distinct terms", () => {
    const found = rules({
      title: "Kokningsrekommendation i norra Åsby",
      body: `${BOIL} Brytpunkt vid RL:s fordon.`,
    });
    expect(found.has("AU19")).toBe(true);
  });
});

describe("[FA20] one place both affected and not, in a list after 'bland annat'", () => {
  const yes =
    "Kokningsrekommendationen gäller alla hushåll väster om Guldkroksvägen, bland annat Knäppåsen, Hammaren och Sjöryd.";

  it("flags a place listed as covered and then said not to need to boil", () => {
    const found = findingsOf({
      title: "Koka vattnet i västra Åsby",
      body: `${yes} Koka vattnet du dricker. Hushållen i Sjöryd behöver inte koka vattnet. Åsby kommun, 15 april kl. 08.20.`,
    });
    expect(found.some((f) => f.ruleId === "FA20" && f.severity === "error")).toBe(true);
  });

  it("leaves a list and an exception that name different places", () => {
    const found = findingsOf({
      title: "Koka vattnet i västra Åsby",
      body: `${yes} Koka vattnet du dricker. Hushållen i Östby behöver inte koka vattnet. Åsby kommun, 15 april kl. 08.20.`,
    });
    expect(found.some((f) => f.ruleId === "FA20")).toBe(false);
  });
});
