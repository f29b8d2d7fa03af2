/**
 * Tenth round, blind26 studied: the failure mechanisms found in its misses, each fixed as a construction and shown
 * next to the nearest form that must be judged the other way. The wordings are paraphrases written for these tests,
 * not the set's items.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, type Input } from "./helpers.js";

const ids = (input: Input, severity?: "error") =>
  findingsOf(input)
    .filter((f) => severity === undefined || f.severity === severity)
    .map((f) => f.ruleId);
const sv = (title: string, body: string) => ids({ title, body }, "error");
const en = (title: string, body: string) => ids({ title, body, language: "en" }, "error");

describe("next update promised as the next decision, assessment or update on a day", () => {
  it("[AC2] counts 'Nästa besked lämnas', 'Vi gör en ny bedömning', 'Our next update will be on'", () => {
    for (const body of [
      "Kvarnby kommun, 6 maj kl. 10.30. Koka vattnet i Kvarnby. Nästa besked lämnas torsdag 8 maj kl. 12.",
      "Älvsbacka räddningstjänst, 20 juni. Eldningsförbud gäller i hela kommunen. Vi gör en ny bedömning måndag 23 juni.",
    ])
      expect(ids({ title: "Meddelande", body })).not.toContain("AC2");
    expect(
      ids({
        title: "Legionella",
        body: "Bellbrook Health Department, 24 July. Four people have been treated for Legionnaires' disease. See your doctor if you have a fever. Our next update will be on Monday 29 July.",
        language: "en",
      }),
    ).not.toContain("AC2");
  });

  it("[AC2] still asks for one when the text promises nothing", () => {
    expect(
      ids({
        title: "Meddelande",
        body: "Kvarnby kommun, 6 maj kl. 10.30. Koka vattnet i Kvarnby. Frågor: 0410-10 10 10.",
      }),
    ).toContain("AC2");
  });
});

describe("OP6: a refusal in the passive or as a predicate", () => {
  it("[OP6] flags 'kan inte kommenteras' and 'is not something we can share'", () => {
    expect(
      sv(
        "Badplatser stängs",
        "Ängsviks kommun, 2 augusti kl. 10. Badplatserna stängs. Vem som fattat beslutet kan inte kommenteras. Bada inte. Frågor: 0410-60 60 60.",
      ),
    ).toContain("OP6");
    expect(
      en(
        "Schools closed",
        "Stonebridge County, 6 January, 6am. Schools are closed today because of ice. Who made this decision is not something we can share. Keep children at home. Updates: stonebridge.gov.uk.",
      ),
    ).toContain("OP6");
  });

  it("[OP6] spares a question answered and a decision explained", () => {
    expect(
      sv(
        "Badplatser stängs",
        "Ängsviks kommun, 2 augusti kl. 10. Miljöförvaltningen har beslutat att stänga badplatserna eftersom proverna visar höga halter av bakterier. Bada inte. Frågor: 0410-60 60 60.",
      ),
    ).not.toContain("OP6");
  });
});

describe("IM14: alarm that nobody is safe, or that it could turn catastrophic", () => {
  it("[IM14] flags 'Nobody in the area is safe' and 'kan när som helst bli helt ohanterlig'", () => {
    expect(
      en(
        "Toxic cloud",
        "Greyhaven County, 22 May, 2.10pm. A toxic cloud is spreading after a tank leak. Nobody in the area is safe, and conditions could turn catastrophic at any minute. Go inside and close windows. Next update at 3.30pm on greyhavencounty.gov.",
      ),
    ).toContain("IM14");
    expect(
      sv(
        "Brand",
        "Åkersta räddningstjänst, 17 juli kl. 15.10. Det brinner på återvinningsanläggningen. Situationen kan när som helst bli helt ohanterlig. Gå inomhus och stäng fönster. Nästa uppdatering kl. 17 på akersta.se.",
      ),
    ).toContain("IM14");
  });

  it("[IM14] spares nobody hurt and the sender's own safety advice", () => {
    expect(
      en(
        "Toxic cloud",
        "Greyhaven County, 22 May, 2.10pm. Smoke is spreading after a tank leak. Nobody in the area was hurt. Go inside and close windows until we say it is safe. Next update at 3.30pm on greyhavencounty.gov.",
      ),
    ).not.toContain("IM14");
  });
});

describe("IM13: the public talked down to, or the cause pinned on residents", () => {
  it("[IM13] flags 'så många inte klarar att följa' and 'beror på att de boende … spolat ner'", () => {
    expect(
      sv(
        "Stopp i avloppet",
        "Björkmora kommun, 22 januari kl. 08.30. Det är stopp i avloppet på Granvägen. Det är tråkigt att så många inte klarar att följa de enkla regler som gäller. Undvik att spola. Frågor: 0480-11 22 33.",
      ),
    ).toContain("IM13");
    expect(
      sv(
        "Stopp i avloppet",
        "Björkmora kommun, 22 januari kl. 08.30. Det är stopp i avloppet på Granvägen. Stoppet beror på att de boende i området spolat ner våtservetter. Undvik att spola. Frågor: 0480-11 22 33.",
      ),
    ).toContain("IM13");
  });

  it("[IM13] spares the cause as a thing and advice on what not to flush", () => {
    expect(
      sv(
        "Stopp i avloppet",
        "Björkmora kommun, 22 januari kl. 08.30. Det är stopp i avloppet på Granvägen. Stoppet beror på en stor mängd våtservetter i ledningen. Spola inte ner våtservetter, fett eller bomull. Frågor: 0480-11 22 33.",
      ),
    ).not.toContain("IM13");
  });
});

describe("FA13: talk the sender has heard passed on", () => {
  it("[FA13] flags 'We have had lots of messages saying' and 'vi har fått många samtal som säger att'", () => {
    expect(
      en(
        "River spill",
        "Dunmere District Council, 11.20am. The spill on the river is contained. We have had lots of messages saying the spill has reached the reservoir, so you may want to use bottled water. More at dunmere.gov.uk. Next update by 2pm.",
      ),
    ).toContain("FA13");
    expect(
      sv(
        "Utsläpp i ån",
        "Dunmere kommun, kl. 11.20. Utsläppet i ån är inringat. Vi har fått många samtal som säger att utsläppet har nått vattentäkten, så använd gärna flaskvatten. Läs mer på dunmere.se. Nästa uppdatering kl. 14.",
      ),
    ).toContain("FA13");
  });

  it("[FA13] spares reports the sender acts on and says are being checked", () => {
    expect(
      en(
        "River spill",
        "Dunmere District Council, 11.20am. The spill on the river is contained. Samples from the reservoir taken this morning show no trace of the chemical. Keep dogs out of the river. More at dunmere.gov.uk. Next update by 2pm.",
      ),
    ).not.toContain("FA13");
  });
});

describe("FA15 and the passive boil instruction", () => {
  it("[FA15] flags 'safe straight from the tap' beside 'ska allt vatten som används till dryck, … kokas'", () => {
    const found = ids({
      title: "Dricksvattnet",
      body: "Bergslunda kommun, 27 augusti kl. 09.00. Provsvaren visar att dricksvattnet är tjänligt och säkert att dricka direkt ur kranen. Fram till nytt besked ska allt vatten som används till dryck, matlagning och tandborstning kokas. Frågor: 0520-40 40 40.",
    });
    expect(found).toContain("FA15");
    expect(found).not.toContain("AC1");
  });

  it("[FA15] spares the safe state as the aim of the instruction", () => {
    expect(
      en(
        "Boil water notice",
        "Water Services, 3 June, 9am. Do not drink your tap water for the next 24 hours. To ensure your tap water is safe for drinking, bring it to a rolling boil for one minute. Questions: 0300 555 0199.",
      ),
    ).not.toContain("FA15");
  });
});

describe("FA12 and FA14 in real prose", () => {
  it("[FA12] a risk not ruled out is precaution; a culprit not ruled out is still a guess", () => {
    const risk =
      "Trafikverket, 1 september kl. 18.00. Under kvällen lyfts en av vagnarna. Risken för läckage i samband med lyftet kan inte uteslutas eftersom skadan inte har kunnat kontrolleras. Räddningstjänsten finns på plats. Följ P4 Göteborg.";
    expect(sv("Lyft av vagn", risk)).not.toContain("FA12");
    expect(
      sv(
        "Brand i skolan",
        "Kommunen, 1 september kl. 18.00. Det har brunnit i skolan. Vi kan inte utesluta att branden är anlagd av elever. Skolan är stängd i morgon. Frågor: 0300-10 20 30.",
      ),
    ).toContain("FA12");
  });

  it("[FA14] 'stay calm and reassure those around you' is advice; 'stay calm, there is no danger' is not", () => {
    expect(
      en(
        "Flooding",
        "Haringey Council, 12 July. Flood water can rise quickly, stay calm and reassure those around you. Call 999 if you are in danger. Questions: 0208 489 0000.",
      ),
    ).not.toContain("FA14");
    expect(
      en(
        "Flooding",
        "Haringey Council, 12 July. Stay calm, there is nothing to worry about. Questions: 0208 489 0000.",
      ),
    ).toContain("FA14");
  });
});

describe("AC1: advice as what matters most", () => {
  it("[AC1] counts 'är det extra viktigt att dricka mycket' as an instruction; 'viktigt att vi får veta' is not", () => {
    expect(
      ids({
        title: "Värmebölja",
        body: "Region Norr, 3 juli. Nu när det är mycket varmt är det extra viktigt att dricka mycket och hålla sig sval. Frågor: 1177.",
      }),
    ).not.toContain("AC1");
    expect(
      ids({
        title: "Värmebölja",
        body: "Region Norr, 3 juli. Det är mycket varmt i hela länet. Det är viktigt att vi får veta om någon blir sjuk. Frågor: 1177.",
      }),
    ).toContain("AC1");
  });
});

describe("the tenth round's expressions stay off ordinary official text (review)", () => {
  it("[AC2] 'fram till nytt besked' promises no update", () => {
    expect(
      ids({
        title: "Kokning",
        body: "Norrby kommun, 6 maj kl. 06.00. Sedan kl. 06.00 gäller kokningsrekommendation fram till nytt besked. Koka vattnet. Frågor: 0480-10 10 10.",
      }),
    ).toContain("AC2");
  });

  it("[IM13] 'många äldre inte kan läsa sms' is an accessibility note, not blame", () => {
    expect(
      sv(
        "Kokning",
        "Norrby kommun, 6 maj kl. 06.00. Vi vet att många äldre inte kan läsa sms, därför ringer vi också upp. Koka vattnet. Frågor: 0480-10 10 10.",
      ),
    ).not.toContain("IM13");
  });

  it("[AC1] 'viktigt att understryka att' and a bridge recommended 'to' the town are no instructions", () => {
    expect(
      ids({
        title: "Läget",
        body: "Norrby kommun, 6 maj kl. 10. Det har brunnit i ett förråd. Det är viktigt att understryka att ingen har skadats. Frågor: 0480-10 10 10.",
      }),
    ).toContain("AC1");
    expect(
      ids({
        title: "Flooding",
        body: "Norrby Council, 6 May, 10am. The river flooded the car park. The county council recommends a new bridge that would link the town to the bypass. Questions: 0300 555 0199.",
        language: "en",
      }),
    ).toContain("AC1");
  });

  it("[AC3] 'we have informed local media' is no route for the reader", () => {
    expect(
      ids({
        title: "Flooding",
        body: "Norrby Council, 6 May, 10am. The river flooded the car park on Mill Road. Avoid the car park. We have informed local media.",
        language: "en",
      }),
    ).toContain("AC3");
  });
});
