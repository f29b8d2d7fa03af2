/**
 * Twenty-second round: rules from the studied sets' misses and the guidance they cite. The wordings are written for
 * these tests.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, msg, type Input } from "./helpers.js";

describe("[FS14] a dated message telling of its event days late", () => {
  it("refuses the first word of an event days before the message's own day", () => {
    const late = [
      msg(
        "bulletin",
        "Publicerad torsdag 9 oktober\nI måndags, den 6 oktober, läckte diesel ut i Lillån vid Norrbro. Undvik att bada i ån nedströms bron. Frågor: 0123-456 00.",
      ),
      msg(
        "bulletin",
        "Tuesday 14 January\nOn Saturday morning a burst main caused brown water in Eastfield. Run your cold tap for ten minutes before drinking. Call 0800 555 111 with questions.",
        "en",
      ),
      msg(
        "bulletin",
        "Published Friday 11 April\nFollowing the chemical fire at the depot on Monday 7 April, we are advising residents nearby to wash garden vegetables before eating them.",
        "en",
      ),
    ];
    for (const text of late) expect(findingsOf(text, undefined, "FS14"), text.body).toHaveLength(1);
  });

  it("reads the own day from a dated head or foot line and the event's day from a calendar date", () => {
    const late = [
      msg(
        "bulletin",
        "Publicerad 14 oktober 2026 kl. 16.30\n\nEfter ett arbete på ledningen i Storvreten måndagen den 12 oktober blev ledningsnätet trycklöst. Koka vattnet. Nästa uppdatering fredag 16 oktober kl. 12.",
      ),
      msg(
        "bulletin",
        "Mere Valley Water, 5 November 2026\n\nWe are writing about a water quality problem on Monday 2 November. If you have been unwell, call 111.",
        "en",
      ),
      msg(
        "bulletin",
        "Town of Elmhurst – Friday, December 4, 2026, 10:00 a.m.\n\nOn Tuesday morning, December 1, bleach leaked into the storm drain. The leak was stopped the same day. Keep dogs out of the creek.",
        "en",
      ),
    ];
    for (const text of late) expect(findingsOf(text, undefined, "FS14"), text.body).toHaveLength(1);
    const fine = [
      msg(
        "bulletin",
        "Under natten mot den 20 januari blev leverantören varse om en attack mot ett datacenter. Vi återkommer.\n\nSenast uppdaterad: 2024-01-22",
      ),
      msg(
        "bulletin",
        "Publicerad 3 september 2026\nLänsstyrelsen häver eldningsförbudet som har legat sedan den 25 juli i år.",
      ),
      msg(
        "bulletin",
        "Publicerad 20 augusti 2026\nAvrådan från bad gick ut den 14 augusti. Nu visar proverna att vattnet är bra.",
      ),
      msg(
        "bulletin",
        "Vi fick en ny vattenläcka i Laxne torsdagen den 24 september. Koka vattnet.\nProver ska tas och svar beräknas komma under vecka 40 (28-29 september).",
      ),
    ];
    for (const text of fine) expect(findingsOf(text, undefined, "FS14"), text.body).toHaveLength(0);
  });

  it("leaves a same-day notice, a follow-up, a finding from samples and an undated text", () => {
    const fine = [
      msg(
        "bulletin",
        "Publicerad måndag 6 oktober\nI dag, måndag 6 oktober, läckte diesel ut i Lillån vid Norrbro. Undvik att bada i ån nedströms bron.",
      ),
      msg(
        "bulletin",
        "Tuesday 14 January\nLatest update: on Saturday a burst main caused brown water in Eastfield. Repairs are finished and the water is clear.",
        "en",
      ),
      msg(
        "bulletin",
        "Bristol Water – Monday 4 August\nSamples taken on Friday found blue-green algae at the lake. Keep dogs out of the water.",
        "en",
      ),
      msg(
        "bulletin",
        "On Saturday morning a burst main caused brown water in Eastfield. Run your cold tap for ten minutes before drinking.",
        "en",
      ),
      msg(
        "bulletin",
        "Published Friday 11 April\nThe depot fire on Monday 7 April: we told nearby residents the same day to keep windows closed. Smoke has now cleared.",
        "en",
      ),
    ];
    for (const text of fine) expect(findingsOf(text, undefined, "FS14"), text.body).toHaveLength(0);
  });
});

describe("[OP6] refuses to comment", () => {
  it("reads 'are not able to comment on' as a refusal", () => {
    const text = msg(
      "bulletin",
      "Monday 3 June, 11:00. The council is dealing with an IT incident. We are not able to comment on the nature of the incident or how it happened. Emergency lines are open on 01632 960 411.",
      "en",
    );
    expect(findingsOf(text, undefined, "OP6")).toHaveLength(1);
  });

  it("reads 'lämnar inte ut uppgifter om' as a refusal unless a reason is given", () => {
    const refused = msg(
      "faq",
      "Elbolaget och kommunen lämnar inte ut uppgifter om vilka gator som berörs. Hushåll som berörs får ett sms.",
      "sv",
      "Vilka gator berörs?",
    );
    expect(findingsOf(refused, undefined, "OP6")).toHaveLength(1);
    const reasoned = msg(
      "bulletin",
      "Två patienter vårdas för legionella. I övrigt lämnar regionen inte ut några uppgifter om patienterna eftersom det är föremål för patientsekretess.",
    );
    expect(findingsOf(reasoned, undefined, "OP6")).toHaveLength(0);
  });
});

describe("[FA7] safety promised before the measurements are in", () => {
  it("refuses 'no risk' and 'harmless' beside samples being analysed or monitoring yet to start", () => {
    const early = [
      msg(
        "sms",
        "Länsby County Alert 10:05: Smoke from the tyre fire poses no health risk. Air monitoring starts at 2pm. Info: lansby.gov/fire",
        "en",
      ),
      msg(
        "bulletin",
        "Oljeläckage i ån, tisdag 6 oktober kl. 11. Det finns ingen risk för dricksvattnet. Proverna från vattenverket analyseras just nu och svar väntas på torsdag. Bada inte nedströms bron.",
      ),
      msg(
        "bulletin",
        "Fire at the recycling plant, Sunday 6 December, 1.30 pm. The smoke is unpleasant but contains nothing harmful. Air quality monitoring equipment will arrive this evening. Keep windows closed.",
        "en",
      ),
      msg(
        "bulletin",
        "Brunt vatten i Norrhagen, måndag 7 december kl. 9. Vattnet är helt ofarligt att dricka. Vi tar prover under dagen och svaren kommer onsdag 9 december. Spola kallvattnet tills det är klart.",
      ),
    ];
    for (const text of early) expect(findingsOf(text, undefined, "FA7"), text.body).toHaveLength(1);
  });

  it("leaves safety backed by results, a general fact, and a pending test below the newest entry of a log", () => {
    const fine = [
      msg(
        "bulletin",
        "Provsvaren visar att vattnet är helt säkert att dricka. Kokningsrekommendationen hävs. Nya prover tas varje vecka som vanligt.",
      ),
      msg(
        "bulletin",
        "Most E. coli are harmless to humans, but some varieties cause illness. Results will be posted on our website. Wash your hands after touching animals.",
        "en",
      ),
      msg(
        "bulletin",
        "Uppdatering 2023-09-14, kl 09.00\nRekommendationen hävs. Vi kan med säkerhet säga att ingen risk för magsjuka har förelegat.\n\nUppdatering 2023-09-11, kl 13:00\nRekommendationen kvarstår. Nya prover på dricksvattnet tas varje dag.",
      ),
    ];
    for (const text of fine) expect(findingsOf(text, undefined, "FA7"), text.body).toHaveLength(0);
  });
});

describe("[FS15] news held back until an inquiry ends", () => {
  it("refuses news promised only once the investigation or review is complete, and a wait for final results", () => {
    const held = [
      msg(
        "bulletin",
        "Vi upptäckte ett intrång i e-tjänsterna i helgen. Vilka uppgifter som kan ha kommit ut berättar vi när utredningen är klar, vilket beräknas ta fyra veckor.",
      ),
      msg(
        "bulletin",
        "The council will not release any further information about the building until the independent review has been completed.",
        "en",
      ),
      msg(
        "bulletin",
        "Vid provtagning i måndags fick vi en första indikation på E. coli. Vi valde att vänta på de slutliga provsvaren innan vi gick ut med information. Koka vattnet.",
      ),
    ];
    for (const text of held) expect(findingsOf(text, undefined, "FS15"), text.body).toHaveLength(1);
  });

  it("leaves an investigation named without news held for it", () => {
    const fine = [
      msg("bulletin", "Polisen utreder orsaken till branden. Utredningen är klar tidigast i maj.", "sv"),
      msg(
        "bulletin",
        "Crews put out a house fire on Elm Street. The cause of the fire will be released when the investigation is complete.",
        "en",
      ),
      msg(
        "bulletin",
        "The cause is under investigation. Keep windows closed until the smoke clears. Next update at 4 pm.",
        "en",
      ),
    ];
    for (const text of fine) expect(findingsOf(text, undefined, "FS15"), text.body).toHaveLength(0);
  });
});

describe("[AC21] help on offer with no place", () => {
  it("reads an offer after a condition on the reader, and a cool room, as help that must say where", () => {
    const nowhere = [
      msg(
        "bulletin",
        "About 6,800 homes remain without power. If your home is getting cold, a warming center is open from 7 a.m. today, with cots and hot meals.",
        "en",
      ),
      msg(
        "bulletin",
        "Kommunen öppnar ett svalrum med luftkonditionering där du kan vila. Svalrummet är öppet kl. 11–19.",
      ),
    ];
    for (const text of nowhere) expect(findingsOf(text, undefined, "AC21"), text.body).toHaveLength(1);
    const conditional = msg(
      "bulletin",
      "If the outage lasts overnight, a warming center will open. Next update at 6 pm.",
      "en",
    );
    expect(findingsOf(conditional, undefined, "AC21")).toHaveLength(0);
  });
});

describe("[AC18] a verdict with no fact", () => {
  it("refuses a bare denial with a stamp, a plea not to share, thanks, the next briefing or a signature around it", () => {
    const bare = [
      msg(
        "correction",
        "Town of Elm – December 5, 2026, 4:40 p.m.\n\nA post circulating on social media about the town's drinking water is not true.\n\nThank you for checking with us before sharing.\n\nMarcus Bell, Town Manager",
        "en",
        "Statement on water rumor",
      ),
      msg(
        "correction",
        "Uppgifterna som sprids i sociala medier om att dricksvattnet i Tallvik skulle vara förgiftat stämmer inte. Vi ber alla att inte dela uppgifterna vidare.\n\n/Tallviks kommun, onsdag 6 maj 2026 kl. 09.10",
        "sv",
        "Rättelse om dricksvattnet",
      ),
    ];
    for (const text of bare) expect(findingsOf(text, undefined, "AC18"), text.body).toHaveLength(1);
  });

  it("leaves a denial that gives the fact", () => {
    const fact = msg(
      "correction",
      "A post circulating on social media about the town's drinking water is not true. Yesterday's samples show the water meets every standard.\n\nMarcus Bell, Town Manager",
      "en",
      "Statement on water rumor",
    );
    expect(findingsOf(fact, undefined, "AC18")).toHaveLength(0);
  });
});

describe("[AC19] an FAQ answer that never says what to do", () => {
  it("refuses a risk question answered with background and a date for results only", () => {
    const background = [
      msg(
        "faq",
        "The fire started at 04:20 and is still burning. Burning tyres give off fine particles. Air monitoring has been set up and the first readings are due at 16:00 today.",
        "en",
        "Is the smoke from the tyre fire harmful?",
      ),
      msg(
        "faq",
        "Provtagningen visade höga halter av blågröna alger. Vissa alger bildar gifter som kan ge illamående. Nästa resultat publiceras måndag 10 augusti.",
        "sv",
        "Är det farligt med algblomningen i Norrsjön?",
      ),
      msg(
        "faq",
        "Smoke and ash settled over the area. Ash from fires of this kind can contain soot. Results are expected on 9 December.",
        "en",
        "Can I eat vegetables from my garden after the fire?",
      ),
      msg(
        "faq",
        "Strömavbrottet berör 2 300 hushåll. Frågan har högsta prioritet i krisledningen. Svaret uppdateras kl. 18.",
        "sv",
        "Jag har elberoende medicinsk utrustning hemma – vad gäller under strömavbrottet?",
      ),
    ];
    for (const text of background) expect(findingsOf(text, undefined, "AC19"), text.title ?? "").toHaveLength(1);
  });

  it("leaves a risk question answered with advice or a plain no", () => {
    const answered = [
      msg("faq", "Röken kan irritera ögon och luftvägar. Håll fönster och dörrar stängda.", "sv", "Är röken farlig?"),
      msg("faq", "Smoke from the fire is not considered harmful at current levels.", "en", "Is the smoke harmful?"),
      msg("faq", "Skolorna har öppet som vanligt under strömavbrottet.", "sv", "Vad gäller för skolorna?"),
    ];
    for (const text of answered) expect(findingsOf(text, undefined, "AC19"), text.title ?? "").toHaveLength(0);
  });
});

describe("[FA7] safety promised as a certain forecast", () => {
  it("refuses defences that will hold and water that will not reach homes, said as certain", () => {
    const certain = [
      msg(
        "sms",
        "River Darrow 15:00: the river is at 3.6 m and rising. It will peak at 4.2 m tonight and the flood defences on Quay Street will hold. Next update 18:00.",
        "en",
      ),
      msg(
        "bulletin",
        "Vattennivån i ån har stigit 40 centimeter. Vattnet kommer inte att nå bostadshusen på Strandvägen, så de boende behöver inte göra något.",
      ),
      msg(
        "bulletin",
        "The river will crest at 6.2 metres at 3 a.m. Tuesday and will not reach the homes on Ferry Lane. Keep away from the riverbank.",
        "en",
      ),
    ];
    for (const text of certain) expect(findingsOf(text, undefined, "FA7"), text.body).not.toHaveLength(0);
  });

  it("leaves a forecast with its source or a hedge, and one of what will happen", () => {
    const hedged = [
      msg(
        "bulletin",
        "SMHI bedömer att vattnet inte kommer att nå bostadshusen, men följ utvecklingen och flytta värdesaker från källaren.",
      ),
      msg(
        "bulletin",
        "The river is expected to peak at 4.2 m and the defences are expected to hold. Residents should still move valuables upstairs.",
        "en",
      ),
      msg("bulletin", "De stigande flödena kommer att kulminera under tisdagen. Håll dig borta från strandkanten."),
    ];
    for (const text of hedged) expect(findingsOf(text, undefined, "FA7"), text.body).toHaveLength(0);
  });
});

describe("[FA13] hearsay passed on", () => {
  it("refuses a bystander's claim and an illness toll in the reportive mood", () => {
    const hearsay = [
      msg(
        "bulletin",
        "Officers responded to a report of shots fired. According to people at the scene, a second gunman fled toward the waterfront. Avoid the area.",
        "en",
      ),
      msg(
        "sms",
        "Magsjuka i Bredsand: Minst 150 personer ska ha insjuknat efter att ha druckit kranvatten. Koka vattnet. /Bredsands kommun",
      ),
    ];
    for (const text of hearsay) expect(findingsOf(text, undefined, "FA13"), text.body).toHaveLength(1);
  });

  it("leaves illness the sender counts itself", () => {
    const counted = msg(
      "bulletin",
      "Smittskyddet har fått in 40 anmälningar om personer som insjuknat i magsjuka. Koka vattnet tills vidare.",
    );
    expect(findingsOf(counted, undefined, "FA13")).toHaveLength(0);
  });
});

describe("[IM1, IM3, IM7, IM16] impartiality in new wordings", () => {
  it("refuses moral labels on residents, blame of a contractor's carelessness, origin by region, credit to a commissioner, a party as the blocker and a recommended shop chain", () => {
    const cases: [string, Input][] = [
      [
        "IM1",
        msg(
          "bulletin",
          "Reservoirs fell to 22 per cent because a selfish minority of residents kept their sprinklers running.",
          "en",
        ),
      ],
      ["IM1", msg("bulletin", "Det är egoistiskt av de villaägare som fortsätter att vattna gräsmattan. Vattna inte.")],
      [
        "IM1",
        msg(
          "bulletin",
          "Ledningen grävdes av när entreprenören, som uppenbarligen inte brydde sig om våra ledningskartor, grävde för fiber.",
        ),
      ],
      [
        "IM7",
        msg(
          "bulletin",
          "Smittspridningen har främst skett bland familjer med ursprung i Östafrika. Kontrollera att du är vaccinerad.",
        ),
      ],
      [
        "IM3",
        msg("bulletin", "Repairs were completed thanks to the tireless leadership of Commissioner Ray Dobbins.", "en"),
      ],
      [
        "IM3",
        msg(
          "bulletin",
          "The upgrade was blocked last spring by the Republican majority on the county board, which is why we rely on generators.",
          "en",
        ),
      ],
      [
        "IM16",
        msg(
          "bulletin",
          "Behöver du flaskvatten rekommenderar vi Handlarn Norra Tallnäs på Torggatan, som har öppet till kl. 22.",
        ),
      ],
    ];
    for (const [rule, text] of cases)
      expect(
        findingsOf(text, undefined, rule).filter((f) => f.severity === "error"),
        text.body,
      ).not.toHaveLength(0);
  });

  it("leaves the same subjects told plainly", () => {
    const cases: [string, Input][] = [
      [
        "IM1",
        msg("bulletin", "Please use water sparingly: households that water lawns use ten times more water.", "en"),
      ],
      ["IM7", msg("bulletin", "Smittspridningen har skett i Hagaby. Vaccin ges kostnadsfritt på Hagaby vårdcentral.")],
      [
        "IM3",
        msg(
          "bulletin",
          "Commissioner Ray Dobbins declared a local emergency on Friday. Residents of Kettleton may return home.",
          "en",
        ),
      ],
      [
        "IM16",
        msg(
          "bulletin",
          "Flaskvatten finns att köpa i livsmedelsbutikerna i Tallnäs. Vattentanken vid skolan är öppen dygnet runt.",
        ),
      ],
    ];
    for (const [rule, text] of cases)
      expect(
        findingsOf(text, undefined, rule).filter((f) => f.severity === "error"),
        text.body,
      ).toHaveLength(0);
  });
});

describe("[OP14] a why-question answered by the rulebook", () => {
  it("refuses routine, process and the relevant people in place of a reason", () => {
    const why = [
      msg(
        "faq",
        "Sms-utskicket gjordes enligt kommunens rutiner för utskick. Registrera ditt nummer på tallvik.se/sms.",
        "sv",
        "Varför fick inte alla sms?",
      ),
      msg(
        "faq",
        "The decision was made by the relevant people in line with the relevant process. The water is safe to drink.",
        "en",
        "Why was the notice lifted after two days?",
      ),
      msg(
        "faq",
        "The car park closed at 07:00 on Monday following a decision by the council. Drivers can use Station Street car park.",
        "en",
        "Why has the car park been closed?",
      ),
    ];
    for (const text of why) expect(findingsOf(text, undefined, "OP14"), text.title ?? "").toHaveLength(1);
  });

  it("leaves a reason given with the rule", () => {
    const reasoned = msg(
      "faq",
      "Enligt våra rutiner skickas sms bara till dem som har registrerat sig, eftersom vi inte har tillgång till alla nummer.",
      "sv",
      "Varför fick inte alla sms?",
    );
    expect(findingsOf(reasoned, undefined, "OP14")).toHaveLength(0);
  });
});

describe("[FA12] hedges that guess at no culprit", () => {
  it("leaves a precautionary worst case and a likely explanation of what the reader may see", () => {
    const fine = [
      msg(
        "bulletin",
        "We are having to assume that our systems have been compromised, and we are shutting them down. Call 101 in an emergency.",
        "en",
      ),
      msg(
        "bulletin",
        "Vattnet är tillbaka. Om vattnet är missfärgat beror det troligen på avlagringar i det egna husets ledningar. Spola kallvatten.",
      ),
    ];
    for (const text of fine) expect(findingsOf(text, undefined, "FA12"), text.body).toHaveLength(0);
  });

  it("still refuses a guess at the cause", () => {
    const guess = msg("bulletin", "Läckan beror troligen på sabotage. Koka vattnet tills vidare.");
    expect(findingsOf(guess, undefined, "FA12")).toHaveLength(1);
  });
});

describe("real texts of the last studied sets (blind59)", () => {
  it("[FS14] leaves a ban lifted with the day it took effect", () => {
    const lifted = msg(
      "bulletin",
      "Publicerad 2018-08-21\n\nRäddningschefen har beslutat häva eldningsförbudet som trädde i kraft 2018-07-20, med anledning av att brandrisken inte längre bedöms som överhängande.",
    );
    expect(findingsOf(lifted, undefined, "FS14")).toHaveLength(0);
  });

  it("[IM7] leaves 'scum' in a description of cyanobacteria", () => {
    const algae = msg(
      "bulletin",
      "Do not swim where cyanobacteria is visible. Appearing like scum, grass clippings, fuzz, or globs on the surface of water, cyanobacteria can be blue-green or brown.",
      "en",
    );
    expect(findingsOf(algae, undefined, "IM7")).toHaveLength(0);
  });
});

describe("the last studied sets' flaws (blind57, blind59)", () => {
  it("[FS15] reads news held for an agency's investigation, for the full picture, and for months", () => {
    const held = [
      msg(
        "bulletin",
        "A chemical release led to the pool being evacuated. We will share what happened once the Health and Safety Executive has completed its investigation.",
        "en",
      ),
      msg(
        "bulletin",
        "Olja har läckt ut i hamnen. Undvik stranden. Vi kommer att informera mer när vi har en fullständig bild av läget.",
      ),
      msg(
        "bulletin",
        "Vi har valt att vänta med att gå ut med information tills vi hade en fullständig bild av läget. Stäng fönster.",
      ),
      msg(
        "faq",
        "The police are investigating. We will share what is known about the cause once the investigation is complete, which may take several months.",
        "en",
        "What caused the explosion?",
      ),
    ];
    for (const text of held) expect(findingsOf(text, undefined, "FS15"), text.body).toHaveLength(1);
  });

  it("[OP15] reads 'av verksamhetsskäl' as a reason in name only", () => {
    const closed = msg(
      "bulletin",
      "Skogsbackens förskola håller stängt i dag av verksamhetsskäl. Barn som behöver omsorg är välkomna till Solgläntans förskola.",
    );
    expect(findingsOf(closed, undefined, "OP15")).toHaveLength(1);
  });
});

describe("the last studied sets' flaws, continued", () => {
  it("[FA7] refuses a restoration promise sworn to", () => {
    const sworn = msg(
      "sms",
      "Northvale Power 10:30: power will be back for every home in Ferrow by 6pm today, guaranteed. Next update 14:00.",
      "en",
    );
    expect(findingsOf(sworn, undefined, "FA7").filter((f) => f.severity === "error")).toHaveLength(1);
    const estimated = msg(
      "sms",
      "Northvale Power 10:30: we expect power to be back for most homes in Ferrow by 6pm today. Next update 14:00.",
      "en",
    );
    expect(findingsOf(estimated, undefined, "FA7").filter((f) => f.severity === "error")).toHaveLength(0);
  });

  it("[IM3] refuses a jab at the opposition, [IM1] a resident's history of spreading stories", () => {
    const jab = msg(
      "bulletin",
      "Bytet blir av först nu, trots oppositionens försök att stoppa investeringen i fullmäktige. Tappa upp vatten.",
    );
    expect(findingsOf(jab, undefined, "IM3").filter((f) => f.severity === "error")).toHaveLength(1);
    const attack = msg(
      "correction",
      "Claims that the fire released asbestos are false. The rumour was started by Gary Pellow, who runs a Facebook page and has a long history of spreading scare stories about the council.",
      "en",
    );
    expect(findingsOf(attack, undefined, "IM1")).toHaveLength(1);
    const plain = msg(
      "correction",
      "Claims that the fire released asbestos are false. Air monitoring has found no asbestos fibres.",
      "en",
    );
    expect(findingsOf(plain, undefined, "IM1")).toHaveLength(0);
  });
});

describe("[FA12] a vendor named as the source before the tests", () => {
  it("refuses the market, stall or salad bar named while samples are out", () => {
    const named = [
      msg(
        "bulletin",
        "We know of 27 people with vomiting. The outbreak is most likely linked to food sold at the Harbour Street market. Samples are being tested and results are expected on Monday.",
        "en",
      ),
      msg(
        "bulletin",
        "The illness came from the oysters sold at the seafood stall near the ferry. Samples have been sent for testing, and results are due on Wednesday.",
        "en",
      ),
    ];
    for (const text of named) expect(findingsOf(text, undefined, "FA12"), text.body).toHaveLength(1);
  });

  it("leaves a source the tests confirmed, a feared damage and a risk judged low", () => {
    const fine = [
      msg(
        "bulletin",
        "Tests have confirmed that the outbreak is linked to food sold at the Harbour Street market. New samples are being tested.",
        "en",
      ),
      msg(
        "bulletin",
        "Branden är svårsläckt. I nuläget befaras branden orsaka stor skada i fastigheten. Undvik området.",
      ),
      msg(
        "faq",
        "While contamination of the drinking water is unlikely as a result of a main break, we flush the pipes.",
        "en",
        "Is my water safe after a main break?",
      ),
    ];
    for (const text of fine) expect(findingsOf(text, undefined, "FA12"), text.body).toHaveLength(0);
  });
});

describe("[IM1] spreading that blames no one", () => {
  it("leaves a disease spread by ticks", () => {
    const ticks = msg(
      "bulletin",
      "Ticks are known for spreading Lyme disease, and the tick has a long history of spreading illness here. Check your skin.",
      "en",
    );
    expect(findingsOf(ticks, undefined, "IM1")).toHaveLength(0);
  });
});
