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

/** FA16 is a warning since the eighteenth round: its tests ask whether it flags a text, not whether the gate refuses. */
const flagged = (input: Input) =>
  findingsOf(input)
    .filter((f) => f.deduction > 0)
    .map((f) => f.ruleId);
const flagsOf = {
  sv: (title: string, body: string) => flagged({ title, body }),
  en: (title: string, body: string) => flagged({ title, body, language: "en" }),
};

describe("FA16: an offence named is what happened", () => {
  it("[FA16] spares a police notice that calls the event by its offence", () => {
    expect(
      flagsOf.sv(
        "Försök till mord, Tallby",
        "Strax före kl. 17 larmas polisen om en misstänkt skottlossning på Björkvägen. En skadad person förs till sjukhus. Polisen har inlett en förundersökning om försök till mord. Ingen är gripen i nuläget. Händelsenotisen bygger på inledande uppgifter.",
      ),
    ).not.toContain("FA16");
    expect(
      flagsOf.en(
        "Update on the incident in Mill Lane",
        "At 9pm officers were called to a stabbing in Mill Lane. A man was taken to hospital. The incident is being investigated as attempted murder. Nobody has been arrested yet.",
      ),
    ).not.toContain("FA16");
  });

  it("[FA16] still flags a notice that speaks of 'händelsen' and never names it", () => {
    expect(
      flagsOf.sv(
        "Händelse i centrum",
        "Polisen arbetar med en händelse i centrala Tallby. Vi återkommer när vi vet mer om händelsen. Ingen är gripen i nuläget.",
      ),
    ).toContain("FA16");
    expect(
      flagsOf.en(
        "Incident in Mill Lane",
        "Officers are dealing with an incident in Mill Lane. We will share more about the incident when we can. Nobody has been arrested yet.",
      ),
    ).toContain("FA16");
  });
});

describe("FA12: hedges and reportive forms that guess at no cause or culprit", () => {
  const SV = (body: string) =>
    sv("Brand i förråd", `Kl. 10.00. ${body} Tallby kommun, tallby.se, nästa besked kl. 15.`);
  const EN = (body: string) =>
    en("Fire in Mill Lane", `10am update. ${body} Tarrin Council, tarrin.gov.uk, next update 3pm.`);

  it("[FA12] spares denied evidence and a culprit ruled out", () => {
    expect(SV("Polisens utredning är avslutad och inget tyder på att branden var anlagd.")).not.toContain("FA12");
    expect(EN("Early indications are that the fire is not suspicious.")).not.toContain("FA12");
  });

  it("[FA12] still flags evidence that points at a culprit", () => {
    expect(SV("Mycket tyder på att branden var anlagd.")).toContain("FA12");
    expect(EN("Early indications are that the fire was started deliberately.")).toContain("FA12");
  });

  it("[FA12] spares 'ska ha' after an expectation or in an open when-question (a future perfect)", () => {
    expect(
      SV(
        "Vi bedömer att de allra flesta som blev strömlösa på grund av stormen ska ha fått tillbaka strömmen under kvällen.",
      ),
    ).not.toContain("FA12");
    expect(
      SV("När samtliga nätkunder ska ha fått strömmen tillbaka beror helt på hur stora skadorna är på ledningarna."),
    ).not.toContain("FA12");
  });

  it("[FA12] still flags the reportive 'ska ha' that passes on a cause", () => {
    expect(SV("Branden ska ha startat på grund av en grill som någon lämnat.")).toContain("FA12");
  });

  it("[FA12] spares a hypothesis owned by a named authority and what an investigation determined", () => {
    expect(SV("Polisens hypotes är att mannen inte var den avsedda måltavlan.")).not.toContain("FA12");
    expect(
      EN(
        "The investigation determined there was one explosion; the second event likely being a fuel tank that ignited.",
      ),
    ).not.toContain("FA12");
  });

  it("[FA12] still flags the sender's own hypothesis about a culprit", () => {
    expect(SV("Vår hypotes är att en granne anlade branden.")).toContain("FA12");
    expect(EN("We think the second event was likely a fuel tank the contractor damaged.")).toContain("FA12");
  });

  it("[FA12] spares causes left open, two or more, when the text says the cause is unknown", () => {
    expect(
      SV(
        "Det går inte att utesluta att branden startade på grund av ett elfel. Inte heller går det att utesluta att den orsakades av glöd. Brandorsaken är alltså okänd.",
      ),
    ).not.toContain("FA12");
  });

  it("[FA12] still flags one cause not ruled out, even next to 'orsaken är okänd'", () => {
    expect(SV("Brandorsaken är okänd. Vi kan dock inte utesluta att branden orsakades av grannens grill.")).toContain(
      "FA12",
    );
  });

  it("[FA12] spares a hedge over what the response averted or saved", () => {
    expect(
      SV("Röken utlöste sprinklersystemet som förmodligen hindrade att en brand uppstod i serverhallen."),
    ).not.toContain("FA12");
    expect(
      EN("The sprinkler system activated and probably prevented a much larger fire in the building."),
    ).not.toContain("FA12");
  });

  it("[FA12] still flags a hedge over what caused the fire", () => {
    expect(SV("Branden i serverhallen orsakades förmodligen av en cigarett som någon slängt.")).toContain("FA12");
  });

  it("[FA12] spares a participle after a present copula (a state now, not a past event)", () => {
    expect(SV("Alla testar sig inte, så det finns med största sannolikhet fler som är smittade.")).not.toContain(
      "FA12",
    );
  });

  it("[FA12] still flags a hedged guess about where people were infected", () => {
    expect(SV("De var med största sannolikhet smittade redan på restaurangen vid torget.")).toContain("FA12");
  });
});

describe("IM7: a duty assigned to a role is a rule, not a fault pinned on a group", () => {
  it("[IM7] spares 'det är alltid fastighetsägaren som har ansvar'", () => {
    expect(
      sv(
        "Egen brunn efter översvämningen",
        "Kontrollera vattnet i din brunn innan du dricker det. Det är alltid fastighetsägaren som har ansvar att kontrollera dricksvatten från egen brunn. Tallby kommun, tallby.se",
      ),
    ).not.toContain("IM7");
    expect(
      en(
        "Private wells after the flood",
        "Check your well water before drinking it. It is always the owner who is responsible for testing a private well. Tarrin Council, tarrin.gov.uk",
      ),
    ).not.toContain("IM7");
  });

  it("[IM7] still flags a fault generalised to a group", () => {
    expect(
      sv(
        "Eldningsförbud",
        "Eldningsförbud gäller i hela kommunen. Det är alltid turisterna från storstäderna som inte respekterar förbudet. Tallby kommun, tallby.se",
      ),
    ).toContain("IM7");
    expect(
      en(
        "Fire ban",
        "A fire ban is in force across the district. It is always tourists from the city who ignore the ban. Tarrin Council, tarrin.gov.uk",
      ),
    ).toContain("IM7");
  });
});

describe("AC11: a forecast measured against a warning level is an outlook", () => {
  it("[AC11] spares an outlook that says the flows may reach the warning level later", () => {
    expect(
      sv(
        "Ökande vattenflöden de kommande dagarna",
        "Stora regnmängder väntas i västra Svealand. Flödena i vattendragen väntas öka men når inte upp i varningsnivå. I fjälltrakterna kan flödena nå upp i varningsnivå i slutet av veckan. SMHI ger ut varningar vid behov.",
      ),
    ).not.toContain("AC11");
  });

  it("[AC11] still flags flows expected to rise with nothing to do and no warning level", () => {
    expect(
      sv(
        "Ökande vattenflöden",
        "Stora regnmängder väntas i västra Svealand. Flödena i Klarälven väntas öka kraftigt och vattnet väntas nå bostäderna vid Tallby strand i kväll.",
      ),
    ).toContain("AC11");
  });
});

describe("FA13: 'om man pratar om' names a topic, not hearsay", () => {
  it("[FA13] spares 'om man pratar om röken'", () => {
    expect(
      sv(
        "Röken från branden",
        "Kl. 10.00. Man behöver inte vara orolig om man pratar om röken, den har hela tiden dragit ut mot havet och tre personer som arbetade vid anläggningen fördes till sjukhus för kontroll. Tallby kommun, tallby.se",
      ),
    ).not.toContain("FA13");
  });

  it("[FA13] still flags people talking about casualties", () => {
    expect(
      sv(
        "Branden vid hamnen",
        "Kl. 10.00. Man pratar om att tre personer har förts till sjukhus med svåra brännskador. Tallby kommun, tallby.se",
      ),
    ).toContain("FA13");
  });
});

describe("FA12: 'återkommer med' is no cause", () => {
  it("[FA12] spares a hedged date for the next update ('vi återkommer med mer …, troligen efter midsommar')", () => {
    expect(
      sv(
        "Sanering av skolans E-hus",
        "Kl. 10.00. Saneringen pågår. Vi återkommer med en tidsplan när den är klar, troligen efter midsommarhelgen. Tallby kommun, tallby.se",
      ),
    ).not.toContain("FA12");
  });

  it("[FA12] still flags a hedged guess that the water came in from somewhere", () => {
    expect(
      sv(
        "Översvämning i skolans E-hus",
        "Kl. 10.00. Vattnet kom troligen in från grannens tomt när dagvattnet svämmade över. Tallby kommun, tallby.se",
      ),
    ).toContain("FA12");
  });
});

describe("FA15: continuation is no shared subject", () => {
  it("[FA15] spares one service that stays closed and another that continues as usual", () => {
    expect(
      sv(
        "Vattenskada i kulturhuset",
        "Kl. 10.00. Simhallen håller fortsatt stängt i veckan. Kören fortsätter som vanligt i aulan. Tallby kommun, tallby.se",
      ),
    ).not.toContain("FA15");
  });

  it("[FA15] still flags the same service told closed and as usual", () => {
    expect(
      sv(
        "Vattenskada i kulturhuset",
        "Kl. 10.00. Simhallen håller fortsatt stängt i veckan. Simhallen har öppet som vanligt i veckan. Tallby kommun, tallby.se",
      ),
    ).toContain("FA15");
  });
});

describe("FA18: places a warning names in the way real notices do", () => {
  it("[FA18] spares a part of the county ('framförallt i länets östra del')", () => {
    expect(
      sv(
        "Varning för kraftigt snöfall",
        "SMHI har utfärdat en varning för snöfall som kan ge kraftig drivbildning. Snön väntas framförallt i länets östra del från måndag kväll. Räddningstjänsten, rtj.se",
      ),
    ).not.toContain("FA18");
  });

  it("[FA18] spares a place named mid-title in a sentence-case title", () => {
    expect(
      en(
        "Clean-up continues after huge Tarrin blaze",
        "Residents who were advised to evacuate during the fire did so as a precaution. Crews are now assessing any remaining risks and cleaning the streets. Call 0300 123 5025 about debris.",
      ),
    ).not.toContain("FA18");
  });

  it("[FA18] still flags a warning that names no place, in the title or the text", () => {
    expect(
      sv(
        "Varning för kraftigt snöfall",
        "SMHI har utfärdat en varning för snöfall som kan ge kraftig drivbildning från måndag kväll. Räddningstjänsten, rtj.se",
      ),
    ).toContain("FA18");
    expect(
      en(
        "Evacuation Order For Residents",
        "Residents are advised to evacuate now because of the fire. Crews are assessing the risk. Call 0300 123 5025.",
      ),
    ).toContain("FA18");
  });
});

describe("OP6: a promise to comment later is no refusal", () => {
  it("[OP6] spares 'once the facts are determined, I will comment'", () => {
    expect(
      en(
        "Statement on the shooting",
        "The state investigators are examining what took place. Once the facts of what took place are determined, I will comment. I ask the community for patience.",
      ),
    ).not.toContain("OP6");
  });

  it("[OP6] still flags 'we will not comment'", () => {
    expect(
      en(
        "Statement on the shooting",
        "The state investigators are examining what took place. We will not comment on the shooting. I ask the community for patience.",
      ),
    ).toContain("OP6");
  });
});

describe("FA18: a denied flood is no warning", () => {
  it("[FA18] spares 'No flooding expected'", () => {
    expect(
      en(
        "No flooding expected for the weekend rain",
        "In response to questions from residents, the river is not expected to approach flood levels in this rain. We are not issuing any notifications at this time.",
      ),
    ).not.toContain("FA18");
  });

  it("[FA18] still flags 'Flooding expected' with no place", () => {
    expect(
      en(
        "Flooding expected for Saturday",
        "Heavy rain is on the way. Flooding is expected from Saturday morning. Please prepare and secure loose items.",
      ),
    ).toContain("FA18");
  });
});
