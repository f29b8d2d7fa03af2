/**
 * Third round of judgement rules: each flawed sentence next to the nearest sentence a real authority would write,
 * and the real-notice forms the round stopped refusing (a passive notice that tells its readers what to do, a named
 * disruption, a bulletin headed by its instruction, a precautionary boil notice).
 */
import { describe, expect, it } from "vitest";
import { GOOD_EN, GOOD_SV, ruleIds, score } from "./helpers.js";

const sv = (s: string) => ruleIds({ body: `${GOOD_SV} ${s}` });
const en = (s: string) => ruleIds({ body: `${GOOD_EN} ${s}`, language: "en" });

describe("FA13: the reportive mood and a crowd as the teller", () => {
  it("[FA13] flags 'ska ha omkommit', 'reportedly', 'skriver flera att' and 'det pratas om att'", () => {
    expect(sv("Två personer ska ha omkommit vid olyckan.")).toContain("FA13");
    expect(sv("I en grupp för Norrbybor skriver flera att sex personer har dött.")).toContain("FA13");
    expect(sv("Det pratas om att ett barn har skadats.")).toContain("FA13");
    expect(en("Two residents have reportedly died.")).toContain("FA13");
    expect(en("Residents posting on Nextdoor say three workers were killed.")).toContain("FA13");
  });

  it("[FA13] spares the same harm from an authority", () => {
    expect(sv("Enligt polisen har två personer förts till sjukhus.")).not.toContain("FA13");
    expect(en("Police say two people were taken to hospital.")).not.toContain("FA13");
  });
});

describe("FA12: a guess named as such, an insinuated culprit, a guess by people who are no authority", () => {
  it("[FA12] flags 'our guess is', 'kan knappast vara en slump' and staff suspecting someone", () => {
    expect(en("Our guess is an electrical fault in the old wiring.")).toContain("FA12");
    expect(sv("Att tre bilar brann samma natt kan knappast vara en slump.")).toContain("FA12");
    expect(sv("Personalen misstänker att någon kastat in fyrverkerier, eftersom det har hänt förut.")).toContain(
      "FA12",
    );
  });

  it("[FA12] spares the police's own suspicion and an investigation", () => {
    expect(sv("Polisen misstänker att branden är anlagd och utreder den.")).not.toContain("FA12");
    expect(en("The cause of the fault is being investigated.")).not.toContain("FA12");
  });
});

describe("IM7: origin as the label", () => {
  it("[IM7] flags a country or nationality next to a crime, and origin given as the source of a disease", () => {
    expect(sv("Polisen har gripit en person för stölden. Det rör sig om en man från Somalia.")).toContain("IM7");
    expect(sv("Smittan har troligen spridits av besökande anhöriga från Rosengård.")).toContain("IM7");
    expect(en("A Romanian man has been arrested on suspicion of theft.")).toContain("IM7");
  });

  it("[IM7] spares a home town in a notice without a crime, and help offered to a group", () => {
    expect(sv("Besökare från Stockholm kan hämta vatten vid skolan.")).not.toContain("IM7");
    expect(en("Visitors from Poland can call the helpline in Polish.")).not.toContain("IM7");
  });
});

describe("IM3, IM1, IM9: credit to a politician, fault by an idiom, mockery by an idiom", () => {
  it("[IM3] flags credit to a mayor or a governing side without a party name", () => {
    expect(en("It was our Mayor's vision and hard work that got the centres opened.")).toContain("IM3");
    expect(sv("Det är tack vare majoriteten i kommunfullmäktige som reservvattnet finns.")).toContain("IM3");
  });

  it("[IM3] spares a politician quoted thanking staff", () => {
    expect(en('The Mayor said: "I would like to thank the crews who worked through the night."')).not.toContain("IM3");
  });

  it("[IM1] flags 'has let everyone down' and 'did it again'; [IM9] flags 'you couldn't make it up'", () => {
    expect(en("The rail company has let everyone down.")).toContain("IM1");
    expect(en("The contractor did it again.")).toContain("IM1");
    expect(en("Someone left a hydrant open. You couldn't make it up.")).toContain("IM9");
  });
});

describe("FA15: 'as usual' against a ban or a closure of the same thing", () => {
  it("[FA15] flags 'det går bra att grilla som vanligt' after a ban on grilling at the same places", () => {
    expect(
      sv(
        "Det är förbjudet att grilla på grillplatserna i Ekoparken. På grillplatserna i Ekoparken går det bra att grilla som vanligt.",
      ),
    ).toContain("FA15");
    expect(en("The water is safe to drink. Do not drink the tap water until further notice.")).toContain("FA15");
  });

  it("[FA15] spares 'som vanligt' for another purpose or another day, and a precautionary notice", () => {
    expect(sv("Drick inte vattnet. Vattnet kan användas som vanligt till dusch och disk.")).not.toContain("FA15");
    expect(
      sv("Återvinningscentralen är stängd i dag. Återvinningscentralen är öppen som vanligt i morgon."),
    ).not.toContain("FA15");
    expect(
      en("No contamination has been detected, but as a precaution customers should boil their tap water."),
    ).not.toContain("FA15");
  });
});

describe("Real notice forms no longer refused", () => {
  it("[AU21] spares a passive notice with one stock phrase that tells its readers what to do", () => {
    const body =
      "A Boil Water Notice has been issued for all customers in Doneraile. Customers are advised to boil and cool water before use. The notice was put in place due to inadequate disinfection. The relevant authorities were informed. Updates at 6 pm on water.ie.";
    expect(ruleIds({ body, language: "en" })).not.toContain("AU21");
  });

  it("[FA16] spares a disruption that names what is disrupted", () => {
    const body =
      "Mora, Orsa och Älvdalens kommuner har haft störningar i sina verksamhetssystem. Vissa system har varit helt ur drift. Situationen väntas vara löst på onsdag. Kommunens IT-enhet arbetar med felet.";
    expect(ruleIds({ body })).not.toContain("FA16");
  });

  it("[AU20] spares a bulletin headed by its instruction whose first sentence reports what people do", () => {
    const input = {
      title: "Please do not drive on closed roads",
      body: "Council is receiving reports that road users are ignoring road closed signs. Closed roads are not safe. Updates on our Facebook page.",
      language: "en" as const,
    };
    expect(ruleIds(input)).not.toContain("AU20");
  });

  it("[AC11] a danger drifting over homes with no instruction is an error", () => {
    const body =
      "Thick smoke from the warehouse fire is drifting over the Westfield estate. Crews are tackling the blaze. Next update 3 pm. Westfield Fire Service.";
    expect(ruleIds({ body, language: "en" })).toContain("AC11");
  });
});

describe("More wordings of known failures", () => {
  it("[FA12] flags a modal guess at an unknown culprit ('det kan vara någon som har …')", () => {
    expect(sv("Det kan vara någon som har hällt något i brunnen.")).toContain("FA12");
    expect(sv("Det kan vara fler hushåll som berörs.")).not.toContain("FA12");
  });

  it("[FA14] flags reassurance in easy Swedish and plain English", () => {
    expect(ruleIds({ body: "Vattnet är bra. Du ska inte oroa dig. Allt är okej. Kommunen" })).toContain("FA14");
    expect(
      ruleIds({ body: "There is no need to worry. Everything is fine. Westfield Council", language: "en" }),
    ).toContain("FA14");
  });

  it("[IM7] flags a label for troublemakers as the doers and a nationality before an occupation", () => {
    expect(en("The mess was left by the usual troublemakers from the Eastfield estate.")).toContain("IM7");
    expect(en("The outbreak was brought in by foreign agency workers.")).toContain("IM7");
  });

  it("[AC11] 'Stay tuned' is no protective action next to a danger coming towards people", () => {
    const body =
      "A gas cloud is moving over the harbour district. Stay tuned for more. Next update at 3 pm. Harbourtown Council";
    expect(ruleIds({ body, language: "en" })).toContain("AC11");
  });

  it("[FA16] residents and households name nobody's event", () => {
    const body =
      "Med anledning av det som hänt under natten vill vi informera boende om att vi är medvetna om situationen. Vi har personal på plats. Vi återkommer när vi vet mer. Ring 026-17 80 00.";
    expect(ruleIds({ title: "Information till boende", body })).toContain("FA16");
  });
});

describe("Fourth batch of wordings", () => {
  it("[FA12] a hedge over an irregular past ('probably just something they ate') guesses at the cause", () => {
    expect(en("It's probably just something they ate.")).toContain("FA12");
  });

  it("[FA15] 'no properties have been affected' against a count of properties without water", () => {
    expect(en("No properties have been affected. Around 200 properties are currently without water.")).toContain(
      "FA15",
    );
    expect(sv("Inga hushåll har drabbats. Cirka 200 hushåll saknar vatten.")).toContain("FA15");
  });

  it("[OP7] 'due to unforeseen circumstances' and 'an interruption has been experienced' say nothing", () => {
    const body =
      "Due to unforeseen circumstances, a temporary interruption has been experienced. The matter is under investigation and remedial works will be scheduled. Westfield Water";
    expect(ruleIds({ body, language: "en" })).toContain("OP7");
  });

  it("[IM1] 'the incompetence of the contractor' places fault", () => {
    expect(en("Thanks to the incompetence of the contractor, Bridge Street stays shut.")).toContain("IM1");
  });
});

describe("Finnish: the failures the gate refuses, and real utility notices it passes", () => {
  const fi = (body: string) => ruleIds({ body, language: "fi" });
  it("[FA12] [FA13] [FA14] [OP6] [FS7] flag a guessed cause, deaths from social media, empty reassurance, a refusal and a vague promise", () => {
    expect(fi("Vuoto johtuu todennäköisesti urakoitsijan kaivutöistä. Vesi palaa iltapäivällä. Kunta")).toContain(
      "FA12",
    );
    expect(fi("Somessa kerrotaan, että kolme ihmistä on kuollut. Pysy poissa alueelta. Pelastuslaitos")).toContain(
      "FA13",
    );
    expect(fi("Ei ole mitään syytä huoleen. Kaikki on hallinnassa. Kaupunki")).toContain("FA14");
    expect(fi("Emme kommentoi tapahtunutta tässä vaiheessa. Kaupunki")).toContain("OP6");
    expect(fi("Sähköt ovat poikki Keskustassa. Tiedotamme lisää myöhemmin. Sähköyhtiö")).toContain("FS7");
  });

  it("passes a real Finnish boil-water notice (Poljan vesiosuuskunta, 2021)", () => {
    const body =
      "Kuuslahden alueen asukkaita kehotetaan keittämään juomavedeksi tarkoitettu vesijohtovesi. Peseytymiseen tarkoitettua vettä ei tarvitse keittää. Keittokehotus on varmuustoimenpide ja se johtuu vesiputken korjaustöistä. Keittokehotus jatkuu vesinäytteiden tutkimustulosten valmistumiseen saakka ja sen loppumisesta ilmoitetaan erikseen.";
    expect(score({ title: "Keittokehotus Kuuslahden alueella", body, language: "fi" }).status).not.toBe("fail");
  });
});

describe("AC10: a very short message needs four essentials", () => {
  it("[AC10] refuses 'Brand på Granvägen. Gå inte dit.' (what, where, action; no sender, route, time)", () => {
    expect(ruleIds({ body: "Brand i flerfamiljshus på Granvägen. Gå inte dit." })).toContain("AC10");
  });

  it("[AC10] passes a short notice with a sender, a route and a time", () => {
    const body =
      "Brand i flerfamiljshus på Granvägen i Åby. Gå inte dit. Räddningstjänsten informerar på aby.se kl. 15.";
    expect(ruleIds({ body })).not.toContain("AC10");
  });
});

describe("FA14 and OP6 in otherwise complete messages", () => {
  it("[FA14] a clock time in the next sentence is no fact behind a reassurance", () => {
    const body =
      "Uppdaterad 9 mars kl. 06.00. Ån i Åby har svämmat över och Strandvägen är avstängd. Kör inte genom vatten. Det finns ingen som helst anledning till oro. Nästa uppdatering kl. 12.00 på aby.se.";
    expect(ruleIds({ body })).toContain("FA14");
  });

  it("[FA14] spares 'läget är under kontroll' in a fire report", () => {
    const body =
      "Det brinner i en container på Smedby ÅVC. Räddningstjänsten är på plats och läget är under kontroll. Anläggningen är öppen som vanligt måndag 9 mars.";
    expect(ruleIds({ body })).not.toContain("FA14");
  });

  it("[OP6] 'Kommunen kommer inte att lämna några ytterligare uppgifter om läckan' refuses", () => {
    expect(sv("Kommunen kommer inte att lämna några ytterligare uppgifter om läckan.")).toContain("OP6");
  });
});
