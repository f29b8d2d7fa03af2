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

describe("[FA15] the all-clear as the condition of 'until' or 'before' is no all-clear", () => {
  it("leaves 'until we tell you the notice has been lifted' beside the boil instruction", () => {
    const found = rules({
      language: "en",
      title: "Boil water notice – Westfield (issued 11:00, 9 June)",
      body: "Greystone County Water has issued a boil water notice for homes in Westfield. Do not drink tap water straight from the tap until we tell you the notice has been lifted. Boil all water used for drinking. We will update this page at 17:00 today.",
    });
    expect(found.has("FA15")).toBe(false);
  });

  it("leaves 'innan vi kan säga att vattnet går att dricka' beside 'fortsätt koka'", () => {
    const found = rules({
      title: "Fortsätt koka vattnet i Kopparberg",
      body: "Torsdagens prover visar inga bakterier, men vi behöver ett provsvar till innan vi kan säga att vattnet går att dricka direkt från kranen. Fortsätt koka vatten till dryck och matlagning till och med söndag. Ljusnarsbergs kommun, fredag 20 november kl. 09.15.",
    });
    expect(found.has("FA15")).toBe(false);
  });

  it("still flags an all-clear in a new clause after 'before … and' or 'innan … och'", () => {
    for (const body of [
      "Samples were taken before the weekend and the water is safe to drink. Boil all water until further notice. Greystone County Water, 6 June 10:00.",
      "Proverna togs innan helgen och vattnet är drickbart. Koka allt vatten tills vidare. Exempelby kommun, 6 juni kl. 10.00.",
    ])
      expect(rules({ language: body.startsWith("Samples") ? "en" : "sv", body }).has("FA15"), body).toBe(true);
  });

  it("still flags the all-clear said outright beside the boil instruction", () => {
    const found = rules({
      title: "Fortsätt koka vattnet i Kopparberg",
      body: "Torsdagens prover visar inga bakterier och vattnet går att dricka direkt från kranen. Fortsätt koka vatten till dryck och matlagning till och med söndag. Ljusnarsbergs kommun, fredag 20 november kl. 09.15.",
    });
    expect(found.has("FA15")).toBe(true);
  });
});

describe("[OP8] an SMS's abbreviated sender", () => {
  const sms = (body: string) => rules({ language: "en", kind: "sms", body });

  it("counts a name with an abbreviated head ('Fire Dept', 'Emergency Mgmt') as the sender", () => {
    for (const body of [
      "Riverside Fire Dept 6:52am: Ammonia leak at the plant on Industrial Pkwy. Within 1/2 mile: go inside, shut windows. Next alert 8am",
      "Maple City Emergency Mgmt 5:10PM Sun: Ice storm tonight, freezing rain 8PM-6AM. Stay off roads. Next alert 10PM",
    ])
      expect(sms(body).has("OP8"), body).toBe(false);
  });

  it("does not count a topic heading before a colon, or an unsigned text", () => {
    for (const body of [
      "Power Outage: crews are working in Norrby. Stay away from fallen lines and call 911 if you see sparks. Next update 8pm",
      "Ammonia leak at the plant on Industrial Pkwy. Within 1/2 mile: go inside, shut windows. Next alert 8am",
    ])
      expect(sms(body).has("OP8"), body).toBe(true);
  });
});

describe("[AC11] an instruction after a colon or a dash protects the people it names", () => {
  it("counts 'Bor du i …: håll …', '…: keep …' and '… – håll …' as the instruction", () => {
    for (const input of [
      {
        kind: "social" as const,
        body: "Räddningstjänsten arbetar med en brand i en lagerlokal på Verkstadsgatan i Norrby. Röken driver mot Lunden. Bor du i Lunden: håll fönster och dörrar stängda. Vi uppdaterar här kl. 07.00. /Räddningstjänsten Mellanbygd",
      },
      {
        kind: "social" as const,
        body: "Räddningstjänsten är på plats vid en brand i en lagerlokal på Industrigatan i Hedby. Kraftig rök driver mot Norrby – håll fönster och ventilation stängda. Mer info kommer kl 21.",
      },
      {
        kind: "social" as const,
        language: "en" as const,
        body: "Fire crews have been at Greystone landfill since 5am. Smoke is drifting north-east over Greystone village: keep windows and doors closed until at least 6pm. Next update 1pm on this page. – Greystone Council",
      },
    ]) {
      const found = rules(input);
      expect(found.has("AC11"), input.body).toBe(false);
      expect(found.has("AC1"), input.body).toBe(false);
    }
  });

  it("does not count a pointer onwards or a capitalised noun after a colon or a dash as an instruction", () => {
    for (const tail of ["Obs: se nedan.", "Info: följ oss på Facebook.", "Vägar: Park Lane är avstängd."]) {
      const body = `Räddningstjänsten arbetar med en brand i en lagerlokal på Verkstadsgatan i Norrby. Röken driver mot Lunden. ${tail} /Räddningstjänsten Mellanbygd`;
      expect(rules({ kind: "social", body }).has("AC11"), body).toBe(true);
    }
  });

  it("does not count a request to wait after a colon as an instruction", () => {
    const found = rules({
      kind: "social",
      language: "en",
      body: "Fire crews are at a fire at Greystone landfill and smoke is drifting over the village. Residents of Greystone: stay tuned for more. – Greystone Council",
    });
    expect(found.has("AC11")).toBe(true);
  });
});
