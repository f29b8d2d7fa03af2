import { describe, expect, it } from "vitest";
import { findingsOf, GOOD_EN, GOOD_SV, ruleIds, spanText } from "./helpers.js";

const NO_ACTION =
  "Uppdaterad 25 november kl. 14.00. Exempelby kommun lagar vattenledningen i Norrby. Nästa uppdatering kommer kl. 18.00. Mer information finns på exempelby.se.";

describe("active rules", () => {
  it("[AC1] warns when a bulletin gives no instruction", () => {
    const [f] = findingsOf({ body: NO_ACTION }, undefined, "AC1");
    expect(f?.severity).toBe("warn");
    expect(f?.deduction).toBe(25);
  });

  it("[AC1] accepts an imperative at the start of a sentence, a list item or a modal instruction", () => {
    expect(ruleIds({ body: `${NO_ACTION} Koka vattnet.` })).not.toContain("AC1");
    expect(ruleIds({ body: `${NO_ACTION}\n- Spola kranen en stund innan du dricker.` })).not.toContain("AC1");
    expect(ruleIds({ body: `${NO_ACTION} Du behöver inte göra något.` })).not.toContain("AC1");
    expect(
      ruleIds({ body: `${NO_ACTION} Räddningsledaren uppmanar alla i området att stänga fönster.` }),
    ).not.toContain("AC1");
    expect(ruleIds({ body: GOOD_EN, language: "en" })).not.toContain("AC1");
  });

  it("[AC1] does not read a question starting with 'Var' as an instruction, and skips FAQ answers and all-clears", () => {
    expect(ruleIds({ body: `${NO_ACTION} Var finns nödvatten?` })).toContain("AC1");
    expect(ruleIds({ kind: "faq", body: NO_ACTION })).not.toContain("AC1");
    expect(ruleIds({ body: `${NO_ACTION} Faran är över.` })).not.toContain("AC1");
  });

  it("[AC2] warns when no next update is promised", () => {
    const body = GOOD_SV.replace(" Nästa uppdatering kommer kl. 18.00.", "");
    const [f] = findingsOf({ body }, undefined, "AC2");
    expect(f?.severity).toBe("warn");
    expect(f?.deduction).toBe(12);
  });

  it("[AC2] gives a smaller note when the promise has no time, or the time is only in metadata", () => {
    const noTime = findingsOf(
      { body: GOOD_SV.replace("Nästa uppdatering kommer kl. 18.00.", "Vi återkommer med mer information.") },
      undefined,
      "AC2",
    );
    expect(noTime.map((f) => [f.severity, f.deduction])).toEqual([["info", 5]]);
    const metaOnly = findingsOf(
      { body: GOOD_SV.replace(" Nästa uppdatering kommer kl. 18.00.", ""), nextUpdateAt: "2025-11-25T18:00:00+01:00" },
      undefined,
      "AC2",
    );
    expect(metaOnly.map((f) => [f.severity, f.deduction])).toEqual([["info", 4]]);
  });

  it("[AC2] is satisfied by a promise with a time, and not asked of a VMA that refers to the radio", () => {
    expect(ruleIds({ body: GOOD_SV })).not.toContain("AC2");
    expect(
      ruleIds({
        body: "Viktigt meddelande till allmänheten i Norrby. Det brinner. Gå inomhus. Lyssna på Sveriges Radio P4.",
        channels: ["press"],
      }),
    ).not.toContain("AC2");
  });

  it("[AC3] warns when there is no route to more information", () => {
    expect(
      ruleIds({
        body: "Uppdaterad 25 november kl. 14.00. Exempelby kommun: koka vattnet i Norrby. Nästa uppdatering kommer kl. 18.00.",
      }),
    ).toContain("AC3");
  });

  it("[AC3] accepts a web address, an e-mail address, a phone number or the radio", () => {
    const base = "Exempelby kommun: koka vattnet i Norrby.";
    for (const route of [
      "Se exempelby.se.",
      "Mejla vatten@exempelby.se.",
      "Tel. 0480-45 00 00.",
      "Lyssna på P4 Kalmar.",
      "Ring 113 13.",
    ]) {
      expect(ruleIds({ kind: "sms", body: `${base} ${route}` }), route).not.toContain("AC3");
    }
  });

  it("[AC4] warns when a correction does not name the claim it corrects", () => {
    expect(
      ruleIds({
        kind: "correction",
        body: "Vattnet utanför Norrby är rent. Det stämmer inte att det är farligt. Se exempelby.se.",
      }),
    ).toContain("AC4");
    expect(
      ruleIds({
        kind: "correction",
        body: "Det sprids uppgifter om att vattnet är giftigt. Det stämmer inte. Se exempelby.se.",
      }),
    ).not.toContain("AC4");
  });

  it("[AC4] accepts a correction that matches an open claim from the incident", () => {
    const context = { openClaims: [{ text: "Skolan i Norrby stängs", severity: "medium" as const }] };
    expect(
      ruleIds(
        { kind: "correction", body: "Skolan i Norrby stängs inte. Den är öppen som vanligt. Se exempelby.se." },
        context,
      ),
    ).not.toContain("AC4");
  });

  it("[AC5] warns when a correction gives no clear verdict", () => {
    expect(ruleIds({ kind: "correction", body: "Det sprids rykten om vattnet. Läs mer på exempelby.se." })).toContain(
      "AC5",
    );
    expect(
      ruleIds({
        kind: "correction",
        language: "en",
        body: "Posts claim the water is poisonous. This is false. See exampletown.gov.",
      }),
    ).not.toContain("AC5");
  });

  it("[AC6] warns about an open high-severity rumour that the message does not address", () => {
    const context = {
      openClaims: [
        { text: "Skolan i Norrby brinner", severity: "critical" as const },
        { text: "Bussarna går inte", severity: "low" as const },
      ],
    };
    const found = findingsOf({ body: GOOD_SV }, context, "AC6");
    expect(found).toHaveLength(1);
    expect(found[0]?.message.sv).toContain("Skolan i Norrby brinner");
  });

  it("[AC6] is silent when the message addresses the rumour or it is already answered", () => {
    const claim = { text: "Kranvattnet är giftigt", severity: "high" as const };
    expect(ruleIds({ body: `${GOOD_SV} Kranvattnet är inte giftigt.` }, { openClaims: [claim] })).not.toContain("AC6");
    expect(ruleIds({ body: GOOD_SV }, { openClaims: [{ ...claim, addressed: true }] })).not.toContain("AC6");
  });

  it("[AC7] warns when a correction headline quotes the rumour", () => {
    const input = {
      kind: "correction" as const,
      title: "”Vattnet är giftigt” stämmer inte",
      body: "Det sprids uppgifter om att vattnet är giftigt. Det stämmer inte. Se exempelby.se.",
    };
    const [f] = findingsOf(input, undefined, "AC7");
    expect(spanText(input, f!)).toBe("”Vattnet är giftigt”");
  });

  it("[AC8] lists the VMA template slots that are missing", () => {
    const found = findingsOf(
      {
        body: "Viktigt meddelande till allmänheten. Räddningsledaren uppmanar alla att gå inomhus.",
        channels: ["press"],
      },
      undefined,
      "AC8",
    );
    expect(found).toHaveLength(3);
    expect(ruleIds({ body: GOOD_SV })).not.toContain("AC8");
  });
});
