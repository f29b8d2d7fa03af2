import { describe, expect, it } from "vitest";
import { findingsOf, GOOD_EN, GOOD_SV, ruleIds, spanText } from "./helpers.js";

describe("factual rules", () => {
  it("[FA1] flags 'troligen' as unsourced speculation, with its span", () => {
    const input = { body: `${GOOD_SV} Läckan beror troligen på ett materialfel.` };
    const [f] = findingsOf(input, undefined, "FA1");
    expect(f?.severity).toBe("warn");
    expect(spanText(input, f!)).toBe("troligen");
    expect(f?.suggestion?.sv).toMatch(/bedömer/);
  });

  it("[FA1] flags 'vi tror' and English 'probably'", () => {
    expect(ruleIds({ body: `${GOOD_SV} Vi tror att ledningen har frusit sönder.` })).toContain("FA1");
    expect(ruleIds({ body: `${GOOD_EN} The pipe probably froze.`, language: "en" })).toContain("FA1");
  });

  it("[FA1] accepts an estimate attributed to a named source", () => {
    expect(
      ruleIds({ body: `${GOOD_SV} Räddningstjänsten bedömer att branden sannolikt är släckt i kväll.` }),
    ).not.toContain("FA1");
    expect(ruleIds({ body: `${GOOD_SV} Enligt Vattenfall är strömmen troligen tillbaka kl. 18.` })).not.toContain(
      "FA1",
    );
    expect(
      ruleIds({
        body: `${GOOD_EN} The fire service estimates that the fire is likely to be out by 8 pm.`,
        language: "en",
      }),
    ).not.toContain("FA1");
  });

  it("[FA1] accepts a precautionary modal in a warning about the hazard", () => {
    expect(ruleIds({ body: `${GOOD_SV} Vattnet kan vara förorenat, så koka det.` })).not.toContain("FA1");
    expect(ruleIds({ body: `${GOOD_EN} There may be a lot of smoke this afternoon.`, language: "en" })).not.toContain(
      "FA1",
    );
  });

  it("[FA1] flags a modal guess about a cause that is neither advice nor a hazard", () => {
    expect(ruleIds({ body: `${GOOD_SV} Det skulle kunna vara sabotage.` })).toContain("FA1");
  });

  it("[FA1] ignores hedges inside quotation marks and in questions", () => {
    expect(ruleIds({ body: `${GOOD_SV} ”Det är troligen tjälen”, säger driftchefen.` })).not.toContain("FA1");
    expect(
      ruleIds({ kind: "faq", title: "Är vattnet kanske farligt?", body: "Nej. Du kan dricka kokt vatten." }),
    ).not.toContain("FA1");
  });

  it("[FA1] does not treat 'som ser ut att' (describing a phishing mail) as speculation", () => {
    expect(ruleIds({ body: `${GOOD_SV} Svara inte på sms som ser ut att komma från kommunen.` })).not.toContain("FA1");
  });

  it("[FA1] deducts 15 for the first hedge, 10 for each later one, capped at 40", () => {
    const hedges =
      "Det är troligen så. Det är kanske så. Det är förmodligen så. Det är antagligen så. Det är möjligen så. Det är sannolikt så. Det är troligtvis så.";
    const found = findingsOf({ body: `${GOOD_SV} ${hedges}` }, undefined, "FA1");
    expect(found.map((f) => f.deduction)).toEqual([15, 10, 10, 5, 0, 0, 0]);
  });

  it("[FA2] flags unconfirmed information: 'enligt uppgift', 'uppges', 'reportedly'", () => {
    expect(ruleIds({ body: `${GOOD_SV} Enligt uppgift har två personer skadats.` })).toContain("FA2");
    expect(ruleIds({ body: `${GOOD_SV} Två personer uppges vara skadade.` })).toContain("FA2");
    expect(ruleIds({ body: `${GOOD_EN} Reportedly, two people were hurt.`, language: "en" })).toContain("FA2");
  });

  it("[FA2] accepts the same words when a source is named or the rumour is being refuted", () => {
    expect(ruleIds({ body: `${GOOD_SV} Två personer uppges vara skadade, enligt polisen.` })).not.toContain("FA2");
    expect(
      ruleIds({ kind: "correction", body: `${GOOD_SV} Det ryktas att skolan stängs. Det stämmer inte.` }),
    ).not.toContain("FA2");
  });

  it("[FA2] reads 'ska ha' as reportive, but not in an instruction to the reader", () => {
    expect(ruleIds({ body: `${GOOD_SV} Branden ska ha startat i köket.` })).toContain("FA2");
    expect(ruleIds({ body: `${GOOD_SV} Du ska ha fått ett sms från oss.` })).not.toContain("FA2");
  });

  it("[FA3] an error when the message cites a retracted fact", () => {
    const context = { facts: [{ id: "a", statement: "Läckan beror på sabotage.", status: "retracted" as const }] };
    const [f] = findingsOf({ body: GOOD_SV, factIds: ["a"] }, context, "FA3");
    expect(f?.severity).toBe("error");
    expect(f?.deduction).toBe(35);
    expect(f?.message.sv).toContain("sabotage");
  });

  it("[FA4] warns when the message cites an unconfirmed fact", () => {
    const context = { facts: [{ id: "u", statement: "Två skadade.", status: "unconfirmed" as const }] };
    expect(ruleIds({ body: GOOD_SV, factIds: ["u"] }, context)).toContain("FA4");
  });

  it("[FA5] warns when a bulletin cites no fact although confirmed facts exist, and not for FAQ answers", () => {
    const context = { facts: [{ id: "c", statement: "E. coli i Norrby.", status: "confirmed" as const }] };
    expect(ruleIds({ body: GOOD_SV }, context)).toContain("FA5");
    expect(ruleIds({ body: GOOD_SV, factIds: ["c"] }, context)).not.toContain("FA5");
    expect(ruleIds({ kind: "faq", body: GOOD_SV }, context)).not.toContain("FA5");
  });

  it("[FA5] stays silent before the register has anything confirmed (a first message may precede the facts)", () => {
    expect(ruleIds({ body: GOOD_SV }, { facts: [] })).not.toContain("FA5");
    expect(ruleIds({ body: GOOD_SV })).not.toContain("FA5");
  });

  it("[FA6] warns about a cited fact id that is not in the register", () => {
    expect(ruleIds({ body: GOOD_SV, factIds: ["gone"] }, { facts: [] })).toContain("FA6");
  });

  it("[FA7] flags a prediction stated as certain, not one given as an estimate or a condition", () => {
    expect(ruleIds({ body: `${GOOD_SV} Vattnet kommer att vara drickbart i morgon.` })).toContain("FA7");
    expect(ruleIds({ body: `${GOOD_SV} Vattnet beräknas vara drickbart i morgon.` })).not.toContain("FA7");
    expect(ruleIds({ body: `${GOOD_SV} När proverna är rena kommer vattnet att vara drickbart igen.` })).not.toContain(
      "FA7",
    );
    expect(ruleIds({ body: `${GOOD_EN} Power will be restored by 6 pm.`, language: "en" })).toContain("FA7");
  });

  it("[FA8] notes boosters such as 'garanterat'", () => {
    const [f] = findingsOf({ body: `${GOOD_SV} Vattnet är garanterat rent.` }, undefined, "FA8");
    expect(f?.severity).toBe("info");
  });

  it("[FA9] asks who assesses when the assessor is unnamed", () => {
    expect(ruleIds({ body: `${GOOD_SV} Man bedömer att risken är låg.` })).toContain("FA9");
    expect(ruleIds({ body: `${GOOD_SV} Smittskyddsläkaren bedömer att risken är låg.` })).not.toContain("FA9");
  });
});
