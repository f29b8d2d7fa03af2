/**
 * Twenty-fifth round: impartiality and openness read more widely (impart1 studied, the tuning misses of earlier sets,
 * and the guidance they cite: MSB's impartial and open principles, CDC CERC "Show respect", "Be credible"). The
 * wordings are written for these tests, each beside a near wording the same reading must leave alone.
 */
import { describe, expect, it } from "vitest";
import { checkRows as check, findingsOf, msg } from "./helpers.js";

describe("[IM1] blame of critics, of residents who chose, of another party's broken promise", () => {
  it("refuses the critic's character attacked and residents blamed for what they chose", () => {
    check([
      [
        "IM1",
        msg("bulletin", "The people who started this rumour are irresponsible and should be ashamed.", "en"),
        true,
      ],
      [
        "IM1",
        msg("bulletin", "It was posted by the same activists who spread lies about our rates last year.", "en"),
        true,
      ],
      [
        "IM1",
        msg("bulletin", "Some homeowners chose to ignore this morning's order, and deputies are now at risk.", "en"),
        true,
      ],
      ["IM1", msg("bulletin", "Most rescues overnight were of drivers who ignored road closed signs.", "en"), true],
      ["IM1", msg("bulletin", "The state highway department has not done its job. Avoid Route 9.", "en"), true],
      [
        "IM1",
        msg(
          "bulletin",
          "If Northern Grid had carried out the tree clearance it promised, these homes would still have power.",
          "en",
        ),
        true,
      ],
      [
        "IM1",
        msg("bulletin", "We think residents here know perfectly well who keeps dumping fat in the drains.", "en"),
        true,
      ],
      ["IM1", msg("bulletin", "De som startade ryktet borde skämmas. Vattnet går att dricka."), true],
      [
        "IM1",
        msg("bulletin", "Trots att vi gång på gång påmint om eldningsförbudet grillar en del sommarboende."),
        true,
      ],
      [
        "IM1",
        msg("bulletin", "Vi har påpekat det för bolaget vid flera tidigare tillfällen utan att det tagits på allvar."),
        true,
      ],
      [
        "IM1",
        msg("bulletin", "Kritiken kommer från personer som uppenbarligen inte vet hur vattenverk fungerar."),
        true,
      ],
      ["IM1", msg("bulletin", "Angreppet kunde ske eftersom en anställd klickade på en länk i ett falskt mejl."), true],
    ]);
  });

  it("leaves a warning to the reader, a rumour judged and a promise kept alone", () => {
    check([
      [
        "IM1",
        msg("bulletin", "If you choose to ignore this notification, emergency services may not reach you.", "en"),
        false,
      ],
      ["IM1", msg("bulletin", "This irresponsible rumour is false. The dam is safe.", "en"), false],
      ["IM1", msg("bulletin", "Drivers who ignore road closed signs can be fined. Turn around.", "en"), false],
      ["IM1", msg("bulletin", "The same households that lost power last week may lose it again tonight.", "en"), false],
      ["IM1", msg("bulletin", "Vi har informerat de boende vid flera tillfällen om hur de ska koka vattnet."), false],
    ]);
  });
});

describe("[IM16] a firm or a product praised as the best of its kind", () => {
  it("refuses a named firm praised without a business noun", () => {
    check([
      [
        "IM16",
        msg("bulletin", "Thanks to Summit Arborists, without doubt the best tree specialists in the region.", "en"),
        true,
      ],
      [
        "IM16",
        msg("bulletin", "FreshSpring really is the best bottled water around – look for it in your local store.", "en"),
        true,
      ],
      ["IM16", msg("bulletin", "Tack till Nordsäkra IT, som än en gång visat att de är branschens bästa."), true],
      ["IM16", msg("bulletin", "Granby Maskin & Motor har det bästa utbudet i kommunen."), true],
    ]);
  });

  it("leaves advice and a place named first alone", () => {
    check([
      ["IM16", msg("bulletin", "The best thing residents in the area can do is stay home.", "en"), false],
      ["IM16", msg("bulletin", "Honolulu has the best-tested sirens in the state.", "en"), false],
    ]);
  });
});

describe("[IM7] groups named among those at risk", () => {
  it("leaves a group the text asks readers to watch over alone, and still refuses a group blamed", () => {
    check([
      [
        "IM7",
        msg(
          "bulletin",
          "Keep an eye on those at risk - check on elderly neighbors, homeless, or mentally ill who may need your help.",
          "en",
        ),
        false,
      ],
      [
        "IM7",
        msg("bulletin", "Our homeless population, elderly and children are those most at risk in the heat.", "en"),
        false,
      ],
      ["IM7", msg("bulletin", "Keep an eye on the homeless camp: they started the fire.", "en"), true],
    ]);
  });
});

describe("[IM3] an office holder acting", () => {
  it("leaves a mayor declaring an emergency about an unprecedented event alone, and refuses credit given", () => {
    check([
      [
        "IM3",
        msg(
          "bulletin",
          "Due to an unprecedented spike in cases, Mayor Busse declared a Local Emergency on Friday.",
          "en",
        ),
        false,
      ],
      [
        "IM3",
        msg("bulletin", "Thanks to the mayor's vision and decisive leadership, the shelters opened on time.", "en"),
        true,
      ],
    ]);
  });
});

describe("[IM14] dramatic words spread over a text", () => {
  it("refuses three dramatic words of the sender's own, and leaves one alone", () => {
    check([
      [
        "IM14",
        msg("bulletin", "TERRIFYING scenes today as a raging inferno tore through the heath. Keep away.", "en"),
        true,
      ],
      ["IM14", msg("bulletin", "Kaos i centrum: ett fasansfullt inferno härjar i hamnen. Håll er borta."), true],
      ["IM14", msg("bulletin", "The river is rising at a frightening pace. Move to higher ground now.", "en"), false],
    ]);
  });
});

describe("[IM9] the public told off or mocked", () => {
  it("refuses irony at callers and scolding, and leaves thanks to callers alone", () => {
    check([
      [
        "IM9",
        msg("bulletin", "To the 300-odd people who rang us convinced it was the end of the world: it wasn't.", "en"),
        true,
      ],
      ["IM9", msg("bulletin", "The air is safe and people are overreacting.", "en"), true],
      [
        "IM9",
        msg("bulletin", "Nej, vattnet är inte förgiftat, oavsett vad ni läst på Facebook. Sluta sprida rykten."),
        true,
      ],
      ["IM9", msg("bulletin", "Thank you to all the people who rang us to report the smoke.", "en"), false],
    ]);
  });
});

describe("[OP6] something known held back, a question refused, details kept for the press", () => {
  it("refuses what is withheld with no reason", () => {
    check([
      [
        "OP6",
        msg("bulletin", "Vi vet vad som orsakade stoppet men kan inte gå ut med det just nu. Håll dörrarna stängda."),
        true,
      ],
      ["OP6", msg("bulletin", "We know what caused the fault but are not able to share it at this stage.", "en"), true],
      ["OP6", msg("bulletin", "Orsaken är känd, men vi går inte in på detaljer."), true],
      ["OP6", msg("bulletin", "Details are available to journalists on request.", "en"), true],
      ["OP6", msg("bulletin", "No further information will be given about which chemical was involved.", "en"), true],
      ["OP6", msg("bulletin", "The full results will not be posted publicly.", "en"), true],
      ["OP6", msg("bulletin", "Hur mycket diesel läckte ut? Den frågan besvaras inte."), true],
      ["OP6", msg("bulletin", "Provsvaren publiceras inte, men den som vill kan begära ut dem."), true],
      [
        "OP6",
        msg("bulletin", "As previously communicated, the council is keeping all options under review.", "en"),
        true,
      ],
      ["OP6", msg("bulletin", "Som vi tidigare har kommunicerat arbetar vi aktivt med frågan."), true],
    ]);
  });

  it("leaves a legal ground, what is not yet known and an earlier message repeated alone", () => {
    check([
      [
        "OP6",
        msg("bulletin", "The names will not be made public until the next of kin have been informed.", "en"),
        false,
      ],
      ["OP6", msg("bulletin", "As previously communicated, the boil notice remains in place.", "en"), false],
      ["OP6", msg("bulletin", "Vi vet ännu inte vad som orsakade stoppet. Vi berättar så snart vi vet."), false],
    ]);
  });
});

describe("[FS13] news held for a meeting or for office hours", () => {
  it("refuses details kept until a meeting or an office opens", () => {
    check([
      ["FS13", msg("bulletin", "Further details will be shared once the council has met on Thursday.", "en"), true],
      ["FS13", msg("bulletin", "Mer information lämnas efter kommunstyrelsens möte på torsdag."), true],
      [
        "FS13",
        msg(
          "bulletin",
          "Vilka områden som berörs vet vi, men vi går ut med det först efter nämndens sammanträde på onsdag.",
        ),
        true,
      ],
      [
        "FS13",
        msg(
          "bulletin",
          "The list of affected streets will be published on Monday at 9am when council offices reopen.",
          "en",
        ),
        true,
      ],
    ]);
  });

  it("leaves a meeting announced and the office's hours alone", () => {
    check([
      ["FS13", msg("bulletin", "Residents are invited to a public meeting at 7pm in the school hall.", "en"), false],
      ["FS13", msg("bulletin", "Kontaktcenter öppnar kl. 8 i morgon och svarar på frågor om vattnet."), false],
    ]);
  });
});

describe("[FA12] [FA13] [OP12] a police report, a legal ground, a question answered with many factors", () => {
  it("leaves suspicion recorded with the investigation it opens, and a report acknowledged under secrecy alone", () => {
    check([
      [
        "FA12",
        msg("bulletin", "Misstanke finns om att bränderna anlagts, och en förundersökning gällande mordbrand inleds."),
        false,
      ],
      ["FA12", msg("bulletin", "Misstanken är att bränderna har anlagts av ungdomar från området."), true],
      [
        "FA13",
        msg(
          "bulletin",
          "Säkerhetspolisen känner till att det förekommer uppgifter i media om en efterlyst person. Vi är förhindrade att svara på frågor om detta, förundersökningssekretess råder.",
        ),
        false,
      ],
    ]);
  });

  it("refuses 'it depends on many factors' as an answer to when, and accepts a legal ground", () => {
    check([
      [
        "OP12",
        msg(
          "faq",
          "Det är en komplex fråga som beror på många olika faktorer.",
          "sv",
          "När kan vi dricka vattnet igen?",
        ),
        true,
      ],
      [
        "OP12",
        msg(
          "faq",
          "Med hänsyn till förundersökningssekretessen kan vi i nuläget inte ge mer information.",
          "sv",
          "När kommer ni att gå ut med ny information?",
        ),
        false,
      ],
    ]);
  });
});

describe("[IM12] the sender's defence of itself", () => {
  it("refuses 'did everything right', 'nothing we would have done differently' and a report waved away", () => {
    check([
      [
        "IM12",
        msg("bulletin", "Contrary to what some councillors have been saying, this council did everything right.", "en"),
        true,
      ],
      ["IM12", msg("bulletin", "There is nothing we would have done differently during the evacuation.", "en"), true],
      [
        "IM12",
        msg(
          "bulletin",
          "The Ombudsman's report is out of date and does not reflect the excellent work our staff do.",
          "en",
        ),
        true,
      ],
      ["IM12", msg("bulletin", "Vi har följt varenda rekommendation och vi tänker inte be om ursäkt."), true],
      ["IM12", msg("bulletin", "Vår krisorganisation gjorde jobbet – strömmen är tillbaka i Norrvalla."), true],
    ]);
  });

  it("leaves thanks to staff and an effort described alone", () => {
    check([
      [
        "IM12",
        msg("bulletin", "Our crews have done a fantastic job clearing 60 fallen trees. Thank you.", "en"),
        false,
      ],
      ["IM12", msg("bulletin", "We did everything we could to reach residents in time.", "en"), false],
    ]);
  });
});

describe("[IM1] blame in how the doers are described", () => {
  it("refuses 'as if the ban did not apply to them', a beach treated like a tip, letter after letter", () => {
    check([
      ["IM1", msg("bulletin", "Sommargästerna vattnar gräsmattor som om förbudet inte gällde dem."), true],
      [
        "IM1",
        msg("bulletin", "Day-trippers treat our beaches like a rubbish tip, and this is the result.", "en"),
        true,
      ],
      ["IM1", msg("bulletin", "Wet wipes keep going down the drains despite letter after letter from us.", "en"), true],
      [
        "IM1",
        msg("bulletin", "The notice is needed because Northbank Water has not looked after the plant properly.", "en"),
        true,
      ],
      ["IM1", msg("bulletin", "Det är Kommunal som har valt att ta ut chaufförerna i strejk."), true],
    ]);
  });

  it("leaves a rule that applies to everyone and a letter sent alone", () => {
    check([
      ["IM1", msg("bulletin", "The hosepipe ban applies to everyone in the supply area.", "en"), false],
      [
        "IM1",
        msg("bulletin", "We have written to every household on the estate about what not to flush.", "en"),
        false,
      ],
    ]);
  });
});

describe("[IM14] a tabloid metaphor, an alarm word shouted", () => {
  it("refuses the metaphor and the capitals, and leaves a factual headline and a teletype warning alone", () => {
    check([
      ["IM14", msg("bulletin", "Skolan är i praktiken ett pesthål just nu. Håll barnet hemma."), true],
      ["IM14", msg("bulletin", "It's absolute carnage on the roads tonight. Stay home if you can.", "en"), true],
      ["IM14", msg("bulletin", "DEADLY heat set to grip Ashcombe this weekend! Drink water.", "en"), true],
      [
        "IM14",
        msg("bulletin", "A tank leak has sent a toxic cloud over the port. Go inside.", "en", "Toxic cloud"),
        false,
      ],
      [
        "IM14",
        msg("bulletin", "EXCESSIVE HEAT WARNING IN EFFECT UNTIL 8 PM. DANGEROUS AND DEADLY HEAT EXPECTED.", "en"),
        false,
      ],
    ]);
  });
});

describe("[OP16] a question met with a platitude", () => {
  it("refuses an answer that opens with a stock phrase and gives nothing asked", () => {
    check([
      [
        "OP16",
        msg(
          "faq",
          "We take the security of residents' data extremely seriously. We are committed to keeping you informed.",
          "en",
          "Has my personal data been affected?",
        ),
        true,
      ],
      [
        "OP16",
        msg(
          "bulletin",
          "Till er som frågar hur många som har blivit sjuka: Vi förstår att många är oroliga. Vi gör allt vi kan.",
        ),
        true,
      ],
      [
        "OP16",
        msg(
          "faq",
          "As previously advised, the notice remains in place until further notice.",
          "en",
          "How long will it last?",
        ),
        true,
      ],
    ]);
  });

  it("leaves sympathy followed by the answer alone", () => {
    check([
      [
        "OP16",
        msg(
          "faq",
          "We understand people are worried. 14 residents have been ill; none is in hospital.",
          "en",
          "How many people are ill?",
        ),
        false,
      ],
      [
        "OP16",
        msg("faq", "Nej. Vi tar frågan på största allvar och svarar alla som hör av sig.", "sv", "Har data läckt?"),
        false,
      ],
    ]);
  });
});

describe("[OP7] [OP6] [FS13] handled without what, held back for the sender's convenience", () => {
  it("refuses a matter closed with nothing said, details only by phone or to the media, results at a meeting", () => {
    check([
      ["OP7", msg("bulletin", "The gas smell reported in Carver Road this morning has been dealt with.", "en"), true],
      ["OP7", msg("bulletin", "Orsaken har nu utretts och hanteras. Lukten är ofarlig."), true],
      ["OP6", msg("bulletin", "Vilka förskolor det gäller får du veta om du ringer kontaktcenter."), true],
      ["OP6", msg("bulletin", "Resultaten finns i en pärm i receptionen. De läggs inte ut på webben."), true],
      [
        "OP6",
        msg(
          "bulletin",
          "A full briefing, including the list of affected streets, has been provided to local media.",
          "en",
        ),
        true,
      ],
      [
        "FS13",
        msg("bulletin", "Officers will present the results at a public meeting on Thursday at 7pm.", "en"),
        true,
      ],
      ["FS13", msg("bulletin", "Listan är klar, men vi lägger ut den först på måndag när kundtjänst öppnar."), true],
    ]);
  });

  it("leaves a matter closed with what was done, and a photo released to the media, alone", () => {
    check([
      ["OP7", msg("bulletin", "The issue has been dealt with by replacing the faulty valve.", "en"), false],
      ["OP6", msg("bulletin", "CCTV images have been released to the media to help find the driver.", "en"), false],
    ]);
  });
});

describe("[FA12] a cause told as settled while the tests or the investigators are still out", () => {
  it("refuses the cause told before the results, and leaves it hedged or deliberate alone", () => {
    check([
      [
        "FA12",
        msg(
          "bulletin",
          "The outbreak was caused by contaminated water in the play area. Samples went to the laboratory on Monday; results are expected by Friday.",
          "en",
        ),
        true,
      ],
      [
        "FA12",
        msg(
          "bulletin",
          "Branden startade av en cigarett i en container. Räddningstjänstens brandutredare är på plats i dag.",
        ),
        true,
      ],
      [
        "FA12",
        msg(
          "bulletin",
          "The outbreak is believed to be linked to the play area. Results are expected by Friday.",
          "en",
        ),
        true,
      ],
      [
        "FA12",
        msg(
          "bulletin",
          "The fire was started deliberately. The investigation is ongoing; call 101 with information.",
          "en",
        ),
        false,
      ],
    ]);
  });
});

describe("a spares-only review of the round (90 ordinary messages; three refused at first)", () => {
  it("leaves the reason for not knowing, a resident's own words and a refusal with its reason alone", () => {
    const fine = [
      msg(
        "faq",
        "Vi vet ännu inte varför det blev bakterier i vattnet. Det beror på att provsvaren från laboratoriet tar två dygn. Svaren kommer på onsdag.",
        "sv",
        "Varför finns det bakterier i vattnet?",
      ),
      msg(
        "bulletin",
        "En boende på Åsvägen berättar att det var ”som en flodvåg” när skyfallet kom i natt. Över 200 källare har översvämmats.",
      ),
      msg(
        "bulletin",
        "Detectives have established that the death was a tragic accident. Out of respect for the family, we will not be giving further details.",
        "en",
      ),
    ];
    for (const text of fine)
      expect(
        findingsOf(text).filter((f) => f.severity === "error" && ["FA12", "FA13", "FA15", "OP6"].includes(f.ruleId)),
        text.body,
      ).toEqual([]);
  });
});
