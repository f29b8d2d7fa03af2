/**
 * Twelfth round: a firm return and, in another sentence, a lower bound past it. The wordings are written for these
 * tests, each next to the nearest form that must be judged the other way.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, type Input } from "./helpers.js";

const errors = (input: Input) =>
  findingsOf(input)
    .filter((f) => f.severity === "error")
    .map((f) => f.ruleId);
const sv = (body: string) => errors({ title: "Avstängt vatten i Ekby", body });
const en = (body: string) => errors({ title: "Road closure", body, language: "en" });

/** FA16 is a warning since the eighteenth round: its tests ask whether it flags a text, not whether the gate refuses. */
const flagged = (input: Input) =>
  findingsOf(input)
    .filter((f) => f.deduction > 0)
    .map((f) => f.ruleId);
const flagsOf = {
  sv: (body: string) => flagged({ title: "Avstängt vatten i Ekby", body }),
  enMain: (body: string) => flagged({ title: "Main Street", body, language: "en" }),
};

describe("[FA19] a firm return contradicted by a later lower bound", () => {
  it("refuses a return today beside work that takes at least a day, or ends on Sunday at the earliest", () => {
    expect(
      sv(
        "Ekby kommun, lördag kl. 09.40. Vattnet är avstängt på Ekvägen efter en läcka. Vattnet är tillbaka senast kl. 14.00 i dag. Reparationen väntas ta minst ett dygn. Frågor: 0910-10 10 10.",
      ),
    ).toContain("FA19");
    expect(
      sv(
        "Ekby kommun, lördag kl. 09.40. Vattnet är avstängt på Ekvägen. Vi räknar med att vattnet är tillbaka kl. 15 i dag. Arbetet blir klart tidigast söndag kväll. Frågor: 0910-10 10 10.",
      ),
    ).toContain("FA19");
  });

  it("refuses a reopening on Thursday beside a closure until at least Monday", () => {
    expect(
      en(
        "Hillford Council, Wednesday. The B1234 is closed after a landslip. The road will reopen at 7am on Thursday. The closure is expected to remain until at least Monday. Updates at hillford.gov.uk/roads.",
      ),
    ).toContain("FA19");
  });

  it("lets one time stand, a temporary supply beside a longer repair, and a return that may come earlier", () => {
    expect(
      sv(
        "Ekby kommun, lördag kl. 09.40. Vattnet är avstängt på Ekvägen. Arbetet blir klart tidigast söndag kväll. Frågor: 0910-10 10 10.",
      ),
    ).not.toContain("FA19");
    expect(
      sv(
        "Ekby kommun, lördag kl. 09.40. Vattnet är tillbaka senast kl. 14.00 i dag via en tillfällig ledning. Reparationen av huvudledningen tar minst ett dygn. Frågor: 0910-10 10 10.",
      ),
    ).not.toContain("FA19");
    expect(
      en(
        "Hillford Council, Wednesday. The B1234 is closed after a landslip. The road may reopen earlier, at 7am on Thursday. The closure is expected to remain until at least Monday. Updates at hillford.gov.uk/roads.",
      ),
    ).not.toContain("FA19");
    expect(
      en(
        "Hillford Council, Wednesday. The B1234 is closed after a landslip. The road will reopen at 7am on Monday. Updates at hillford.gov.uk/roads.",
      ),
    ).not.toContain("FA19");
  });
});

describe("[FA15] nobody needs to leave, and some must", () => {
  it("refuses 'ingen behöver lämna' beside residents who must have left, in both languages", () => {
    expect(
      sv(
        "Ekby kommun, tisdag kl. 12. Efter skredet vid Åsvägen bedömer kommunen att ingen behöver lämna sitt hem. Boende på Åsvägen 2–14 ska dock ha lämnat sina bostäder senast kl. 18 i dag. Samlingsplats: Åsskolan. Frågor: 0523-10 10 10.",
      ),
    ).toContain("FA15");
    expect(
      en(
        "Hillford Council, Tuesday 12:00. After the landslip on Ash Road no one needs to leave their home. Residents at 2–14 Ash Road must leave their homes by 6pm today. Rest centre: Ash School. Call 0300 123 4567.",
      ),
    ).toContain("FA15");
  });

  it("lets 'ingen behöver lämna' stand alone, and beside a rule for others ('övriga')", () => {
    expect(
      sv(
        "Ekby kommun, tisdag kl. 12. Efter skredet vid Åsvägen bedömer kommunens geotekniker att ingen behöver lämna sitt hem. Vägen är avstängd. Frågor: 0523-10 10 10.",
      ),
    ).not.toContain("FA15");
  });
});

describe("[FA15] a negated obligation is no obligation", () => {
  it("lets 'no one needs to leave' stand beside 'you do not have to leave' and 'ska inte lämna'", () => {
    expect(
      en(
        "Hillford Council, Tuesday 12:00. A landslip has closed Ash Road. Our engineers say no one needs to leave their home. Residents at 2–14 Ash Road do not have to leave either. Call 0300 123 4567.",
      ),
    ).not.toContain("FA15");
    expect(
      sv(
        "Ekby kommun, tisdag kl. 12. Skredet har stängt Åsvägen. Kommunens geotekniker bedömer att ingen behöver lämna sitt hem. Boende på Åsvägen 2–14 måste inte heller lämna sina bostäder. Frågor: 0523-10 10 10.",
      ),
    ).not.toContain("FA15");
  });
});

describe("[FA16] an incident named by what it is says what happened", () => {
  const enIncident = (what: string) =>
    `Kent County Council, 3 March, 10:00. Because of an incident on Main Street${what}, the situation is being managed. Avoid the area. More at kent.gov.uk. Next update at 14:00.`;
  const svIncident = (what: string) =>
    `Ekby kommun, 3 mars kl. 10.00. Med anledning av en händelse på Storgatan${what} hanteras situationen. Undvik området. Mer på ekby.se. Nästa uppdatering kl. 14.00.`;

  // The title names no event either: "Road closure" would say what happened (flagsOf.enMain).

  it("accepts explosions, suspicious packages, wildfires, evacuations, outbreaks and other named events", () => {
    for (const what of [
      "an explosion",
      "a suspicious package",
      "a wildfire",
      "an evacuation",
      "Legionella",
      "a derailment",
      "a sinkhole",
      "fallen trees",
    ])
      expect(flagsOf.enMain(enIncident(` involving ${what}`)), what).not.toContain("FA16");
    for (const what of [
      "ett misstänkt föremål",
      "ett avloppsutsläpp",
      "rökutveckling",
      "en polisinsats",
      "en urspårning",
      "ett jordskalv",
      "ett rörbrott",
    ])
      expect(flagsOf.sv(svIncident(` med ${what}`)), what).not.toContain("FA16");
  });

  it("still flags the incident that is never named (a warning: the gate leaves it to the reviewer)", () => {
    expect(flagsOf.enMain(enIncident(""))).toContain("FA16");
    expect(flagsOf.sv(svIncident(""))).toContain("FA16");
  });
});

describe("[FA21] text left to fill in", () => {
  it("refuses the correction generator's slot, a template slot, <Ort> and XX.XX", () => {
    expect(
      sv(
        "[Skriv det som stämmer och vem som har bekräftat det.]\n\nEtt påstående sprids om vattnet. Det stämmer inte.",
      ),
    ).toContain("FA21");
    expect(sv("Ekby kommun. Koka vattnet i {område}. Nästa uppdatering kl. 15.00.")).toContain("FA21");
    expect(sv("Ekby kommun. Koka vattnet i <Ort>. Nästa uppdatering kl. 15.00.")).toContain("FA21");
    expect(en("Hillford Council. Boil your water. Next update at XX:XX.")).toContain("FA21");
    // The template preview's own style: a capitalised slot name in brackets.
    expect(sv("Ekby kommun. Koka vattnet i [Område]. Hämta vatten vid [Var man hämtar vatten].")).toContain("FA21");
  });

  it("lets an editor's label in brackets stand", () => {
    expect(
      sv("Ekby kommun, 3 mars kl. 10. [Uppdaterad] Koka vattnet i Ekby. Karta: [PDF]. Nästa uppdatering kl. 15.00."),
    ).not.toContain("FA21");
  });

  it("lets the writer's own brackets stand", () => {
    expect(
      en(
        "Hillford Council, 3 March. The council [which runs the water supply] asks residents to boil water. Next update at 15:00.",
      ),
    ).not.toContain("FA21");
    expect(
      sv("Ekby kommun, 3 mars kl. 10. Koka vattnet [gäller Ekby och Åby]. Nästa uppdatering kl. 15.00."),
    ).not.toContain("FA21");
  });
});
