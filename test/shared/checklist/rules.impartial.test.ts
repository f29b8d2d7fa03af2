import { describe, expect, it } from "vitest";
import { findingsOf, GOOD_EN, GOOD_SV, ruleIds, spanText } from "./helpers.js";

describe("impartial rules", () => {
  it("[IM1] refuses blaming words such as 'skandal' and 'oansvarig'", () => {
    const input = { body: `${GOOD_SV} Det är en skandal att entreprenören var så oansvarig.` };
    const found = findingsOf(input, undefined, "IM1");
    expect(found.map((f) => spanText(input, f))).toEqual(["skandal", "oansvarig"]);
    expect(found.map((f) => [f.severity, f.deduction])).toEqual([
      ["error", 25],
      ["error", 10],
    ]);
  });

  it("[IM1] does not take an obligation ('skyldig att') for blame", () => {
    expect(ruleIds({ body: `${GOOD_SV} Fastighetsägaren är skyldig att informera hyresgästerna.` })).not.toContain(
      "IM1",
    );
  });

  it("[IM1] does not flag a loaded word that describes the rumour rather than a party", () => {
    expect(
      ruleIds({
        kind: "correction",
        body: "Det sprids falska och skrämmande rykten om vattnet. Det stämmer inte. Se exempelby.se.",
      }),
    ).not.toContain("IM2");
    expect(
      ruleIds({
        kind: "correction",
        body: "Påståendet är en lögn som sprids i sociala medier. Det stämmer inte. Se exempelby.se.",
      }),
    ).not.toContain("IM1");
  });

  it("[IM1] ignores quoted rumour text in a correction", () => {
    expect(
      ruleIds({
        kind: "correction",
        body: "I ett inlägg står det ”kommunen ljuger”. Det stämmer inte. Se exempelby.se.",
      }),
    ).not.toContain("IM1");
  });

  it("[IM2] notes loaded value words such as 'katastrofal' and 'catastrophic'", () => {
    expect(ruleIds({ body: `${GOOD_SV} Läget är katastrofalt.` })).toContain("IM2");
    expect(ruleIds({ body: `${GOOD_EN} The damage is catastrophic.`, language: "en" })).toContain("IM2");
  });

  it("[IM3] notes a party name, and refuses it judged or praised", () => {
    const named = findingsOf(
      { body: `${GOOD_SV} Kommunstyrelsens ordförande (S) informerade i dag.` },
      undefined,
      "IM3",
    );
    expect(named.map((f) => [f.severity, f.deduction])).toEqual([["info", 3]]);
    const judged = findingsOf({ body: `${GOOD_SV} Moderaterna har varit oansvariga.` }, undefined, "IM3");
    expect(judged.map((f) => [f.severity, f.deduction])).toEqual([["error", 15]]);
    const praised = findingsOf(
      { body: `${GOOD_SV} Tack vare Moderaterna öppnade värmestugan snabbt.` },
      undefined,
      "IM3",
    );
    expect(praised.map((f) => f.severity)).toEqual(["error"]);
  });

  it("[IM3] warns about a company named in a judging context, not about a utility named as a source", () => {
    expect(ruleIds({ body: `${GOOD_SV} Norrby Rör AB har slarvat.` })).toContain("IM3");
    expect(ruleIds({ body: `${GOOD_SV} Norrby Rör AB lagar ledningen.` })).not.toContain("IM3");
  });

  it("[IM4] notes an exclamation mark and warns about several", () => {
    const found = findingsOf({ body: `${GOOD_SV} Koka vattnet! Gör det nu!!!` }, undefined, "IM4");
    found.sort((x, y) => (x.span?.start ?? 0) - (y.span?.start ?? 0));
    expect(found.map((f) => [f.severity, f.deduction])).toEqual([
      ["info", 3],
      ["warn", 8],
    ]);
  });

  it("[IM5] flags SHOUTING but not acronyms such as SMHI or P4", () => {
    const input = { body: `${GOOD_SV} DU SKA KOKA VATTNET. Lyssna på P4 och SMHI. VIKTIGT.` };
    expect(findingsOf(input, undefined, "IM5").map((f) => spanText(input, f))).toEqual([
      "DU SKA KOKA VATTNET",
      "VIKTIGT",
    ]);
  });

  it("[IM6] notes superlatives and intensifiers", () => {
    expect(ruleIds({ body: `${GOOD_SV} Det är den värsta stormen någonsin.` })).toContain("IM6");
    expect(ruleIds({ body: `${GOOD_EN} This is the worst storm in decades.`, language: "en" })).toContain("IM6");
  });

  it("[IM7] warns when a nationality or group is named next to blame", () => {
    expect(ruleIds({ body: `${GOOD_SV} Invandrare ligger bakom branden.` })).toContain("IM7");
    expect(ruleIds({ body: `${GOOD_SV} Information finns för nyanlända på flera språk.` })).not.toContain("IM7");
  });
});
