/**
 * Seventh round, blind14 studied: the failure mechanisms found in the misses of blind14 (the seventh round's held-out
 * set, tuning material since its figures were recorded), each fixed as a construction and shown next to the nearest
 * form that must be judged the other way. The wordings are paraphrases written for these tests, not the set's items.
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

describe("FA12: a forecast of how something will look, and weather under an evidential hedge, guess at no culprit", () => {
  it("[FA12] spares a modal forecast of an appearance", () => {
    expect(
      en(
        "Hydrant flushing on Elm Street",
        "Crews will flush hydrants on Elm Street from 9am to 3pm on Tuesday. During the work, the water might appear to be clouded with air. It is safe to drink; run the cold tap for a minute if you notice it. Call 555-0110 with questions.",
      ),
    ).not.toContain("FA12");
    expect(
      en(
        "Main replacement in Northside",
        "Water pressure may drop in Northside between 8am and 4pm on Thursday while a main is replaced. Afterwards, tap water could appear to be tinted yellow for a short while. It remains safe to use. Updates at city.gov/water.",
      ),
    ).not.toContain("FA12");
  });

  it("[FA12] spares a natural cause under an evidential hedge", () => {
    expect(
      sv(
        "Strömavbrott i Rydal",
        "Cirka 300 kunder i Rydal är utan ström sedan kl. 06.10. Orsaken är av allt att döma stormen i natt som fällt träd över ledningarna. Felet väntas vara åtgärdat kl. 18.00. Nätbolaget, natbolaget.se",
      ),
    ).not.toContain("FA12");
    expect(
      sv(
        "Avbrott i Norrby",
        "Ett 40-tal hushåll i Norrby har inte ström sedan kl. 22.00 i går. Felet beror av allt att döma på blötsnö som tyngt ner ledningarna. Vi räknar med att strömmen är tillbaka kl. 14.00. Elbolaget, elbolaget.se",
      ),
    ).not.toContain("FA12");
  });

  it("[FA12] still flags a hedged culprit, and a bare 'probably' over a cause", () => {
    expect(
      sv(
        "Brand i förråd",
        "Ett förråd vid Åsgatan brann i natt. Branden är av allt att döma anlagd. Ingen skadades. Räddningstjänsten, kl. 07.00",
      ),
    ).toContain("FA12");
    expect(
      en(
        "Fire at the depot",
        "A fire broke out at the Mill Road depot overnight. It may appear to have been set deliberately by someone who had a grudge. No one was hurt.",
      ),
    ).toContain("FA12");
  });
});

describe("FA15: a closure scoped to a time, and a lifting named by its noun, are no contradiction", () => {
  it("[FA15] spares a closure inside a clause of time beside passage as usual", () => {
    expect(
      sv(
        "Vägarbete på Kvarnbron",
        "Kvarnbron får ny beläggning 3–6 maj. Medan bron är avstängd leds trafiken om via Storgatan. Övrig tid går trafiken på bron som vanligt. Tallby kommun, tallby.se",
      ),
    ).not.toContain("FA15");
    expect(
      sv(
        "Nytt räcke på Åbron",
        "Räcket på Åbron byts 10–12 juni. Under tiden som bron är stängd för biltrafik går det bra att cykla på bron som vanligt. Trafikverket, kl. 08.00",
      ),
    ).not.toContain("FA15");
  });

  it("[FA15] spares a closure by night beside passage as usual by day", () => {
    expect(
      sv(
        "Arbete på Strandvägen",
        "Strandvägen är stängd nattetid 2–5 maj på grund av ledningsarbete. Dagtid går trafiken på Strandvägen som vanligt. Tallby kommun",
      ),
    ).not.toContain("FA15");
  });

  it("[FA15] spares a lifting named by its noun beside the lifted advice", () => {
    expect(
      en(
        "Lifting of the boil water notice for Oak Hill",
        "The boil water notice for Oak Hill has been lifted as of 10am today. Tests show the water meets all standards. Questions: 555-0188.",
      ),
    ).not.toContain("FA15");
    expect(
      sv(
        "Hävning av kokningsrådet i Västby",
        "Rådet att koka vattnet i Västby har hävts från kl. 10.00 i dag. Proverna visar att vattnet är tjänligt. Frågor: 0123-456 78.",
      ),
    ).not.toContain("FA15");
  });

  it("[FA15] still flags a closure and passage as usual told of the same time", () => {
    expect(
      sv(
        "Kvarnbron",
        "Kvarnbron är avstängd för all trafik i dag. Trafiken går på Kvarnbron som vanligt i dag. Tallby kommun, kl. 08.00",
      ),
    ).toContain("FA15");
    expect(
      en(
        "Boil water notice for Oak Hill",
        "The water in Oak Hill is completely safe to drink. Boil all tap water for one minute before drinking. Questions: 555-0188.",
      ),
    ).toContain("FA15");
  });
});

describe("FA16 and FS7: a police notice of a located incident being worked, with its closure", () => {
  it("[FA16][FS7] spares a located incident, its cordon and a promise of more while the scene is worked", () => {
    const ONE =
      "Officers are currently responding to an incident on Brook Lane and the road has been closed while emergency services attend. Please avoid the area. We will share more information when we are able to.";
    const one = en("", ONE);
    expect(flagsOf.en("", ONE)).not.toContain("FA16");
    expect(one).not.toContain("FS7");
    const TWO =
      "Polisen arbetar just nu med en händelse på Kvarngatan och gatan är avstängd mellan Torget och Skolgatan. Undvik området. Polisen är fortfarande på platsen. Vi berättar mer när vi kan.";
    const two = sv("", TWO);
    expect(flagsOf.sv("", TWO)).not.toContain("FA16");
    expect(two).not.toContain("FS7");
  });

  it("[FA16][FS7] still flags an unnamed incident with no place, and a bare promise with no time and no scene", () => {
    expect(
      flagsOf.en(
        "Update",
        "We are aware of an incident affecting some residents this morning. We are looking into the matter and will share more information when we can. Thank you for your patience.",
      ),
    ).toContain("FA16");
    expect(
      en(
        "Heating failure at Oak School",
        "Oak School will be closed to pupils because the heating has failed. Parents, please make other arrangements. We will let you know more when we can.",
      ),
    ).toContain("FS7");
  });
});

describe("AU22 and AU21: a legal instrument's register, and an impersonal instruction", () => {
  it("[AU22] spares the register of a text that names itself the legal instrument", () => {
    expect(
      sv(
        "Kungörelse om eldningsförbud i Tallby län",
        "Länsstyrelsen beslutar med stöd av 7 § förordningen om skydd mot olyckor att eldningsförbud gäller i länet från och med den 2 juni kl. 12.00 tills vidare. Förbudet omfattar allt uppgörande av öppen eld. Denna föreskrift träder i kraft omedelbart.",
      ),
    ).not.toContain("AU22");
    expect(
      sv(
        "Länsstyrelsens föreskrifter om förbud mot bad i Tallsjön",
        "Med stöd av 9 kap. miljöbalken föreskriver länsstyrelsen härmed att bad i Tallsjön är förbjudet från och med den 1 juli tills vidare. Denna föreskrift träder i kraft omedelbart. Länsstyrelsen, tel. 010-223 00 00.",
      ),
    ).not.toContain("AU22");
  });

  it("[AU22] still refuses a message to residents written in the legal register", () => {
    expect(
      sv(
        "Eldningsförbud i Tallby",
        "Länsstyrelsen beslutar härmed med stöd av 7 § förordningen om skydd mot olyckor att eldningsförbud gäller i länet från och med den 2 juni kl. 12.00 tills vidare. Denna föreskrift träder i kraft omedelbart.",
      ),
    ).toContain("AU22");
  });

  it("[AU21] spares a passive notice that tells the reader what to do in the impersonal form", () => {
    expect(
      sv(
        "Elavbrott på Tallby vårdcentral",
        "Ett elavbrott på Tallby vårdcentral gör att verksamheten begränsas under onsdagen. Vissa besök kommer att flyttas. De berörda kommer att kontaktas. Har man inte blivit kontaktad ska man komma till sitt besök som vanligt. Telefontiderna kommer att förlängas under torsdagen.",
      ),
    ).not.toContain("AU21");
    expect(
      sv(
        "Vattenskada på Åbo bibliotek",
        "En vattenskada på Åbo bibliotek har upptäckts. Biblioteket kommer att hållas stängt i veckan. Lånade böcker kommer att förlängas. Vill man låna böcker bör man gå till biblioteket i Tallby.",
      ),
    ).not.toContain("AU21");
  });

  it("[AU21] still refuses a passive notice that tells no one anything", () => {
    expect(
      sv(
        "Vattenskada på Åbo bibliotek",
        "En vattenskada på Åbo bibliotek har upptäckts. Åtgärder har vidtagits. Biblioteket kommer att hållas stängt. De berörda kommer att kontaktas. Beslut kommer att fattas. Man ska inte veta mer i dag.",
      ),
    ).toContain("AU21");
  });
});

describe("AC10: a one-sentence advisory that says where, what to do and why is not too thin", () => {
  it("[AC10] spares an avoid-the-area advisory with its reason", () => {
    expect(
      en("Traffic Advisory", "Avoid Harbor Road between Pine Street and Elm Street due to a police operation."),
    ).not.toContain("AC10");
    expect(
      sv("Trafikinformation", "Undvik Storgatan mellan Torget och Skolgatan på grund av en polisinsats."),
    ).not.toContain("AC10");
  });

  it("[AC10] still refuses a bounded closure with no time and no instruction to keep away", () => {
    expect(
      sv("Vägen stängs", "Vägen mellan Norrby och Åby kommer att stängas av på grund av ett ras. Planera din resa."),
    ).toContain("AC10");
  });

  it("[AC10] still refuses the advisory whose reason is the vague word", () => {
    expect(
      en("Traffic Advisory", "Avoid Harbor Road between Pine Street and Elm Street due to an incident."),
    ).toContain("AC10");
  });
});

describe("FA18: a national warning service's alert with its expiry is placed by its targeting", () => {
  it("[FA18] spares the wireless-alert format", () => {
    expect(
      en(
        "Flash Flood Emergency",
        "The National Weather Service has issued a flash flood warning until 6:45 PM. Move to higher ground now. Do not drive through flooded roads.",
      ),
    ).not.toContain("FA18");
    expect(
      sv(
        "Varning för skyfall",
        "SMHI har utfärdat en röd varning för skyfall till kl. 18.00. Stanna inomhus och undvik att köra bil. Det är risk för översvämning.",
      ),
    ).not.toContain("FA18");
  });

  it("[FA18] still refuses a warning with no place and no issuing service", () => {
    expect(
      en(
        "Flood warning",
        "A flood warning is in effect until 6:45 PM. Move to higher ground now. Do not drive through flooded roads. Tallby Emergency Management",
      ),
    ).toContain("FA18");
    expect(
      sv(
        "Varning för skyfall",
        "Kommunen har utfärdat en varning för skyfall. Stanna inomhus och undvik att köra bil. Det är risk för översvämning.",
      ),
    ).toContain("FA18");
  });
});

describe("IM9: a wink or a grin after a joke, and a mocking address to a placed person", () => {
  it("[IM9] flags a text emoticon or emoji of winking or laughing in a crisis text", () => {
    expect(
      sv(
        "Isen på Tallsjön",
        "Till er som undrar om man kan åka skridskor på Tallsjön: visst, om ni vill bada också ;-) Isen är bara 3 cm tjock. Gå inte ut på isen. Tallby kommun, kl. 09.00",
      ),
    ).toContain("IM9");
    expect(
      en(
        "Flooding on Mill Road",
        "Mill Road is flooded near the bridge. Yes, you could kayak to work today :P Please use Station Road instead. Tallby Council, 9am",
      ),
    ).toContain("IM9");
  });

  it("[IM9] flags a mocking epithet that places its target instead of a relative clause", () => {
    expect(
      en(
        "Road closed at Elm Street",
        "Elm Street is closed after a water main burst. To the hero driving the white van through the barriers this morning: the hole is 2 metres deep. Use Oak Road. Tallby Council, 9am",
      ),
    ).toContain("IM9");
    expect(
      sv(
        "Avstängd väg vid Åbron",
        "Åbron är avstängd efter ett ras. Till snillet i den röda bilen som körde runt bommarna: bron kan rasa. Kör via Storgatan. Tallby kommun, kl. 09.00",
      ),
    ).toContain("IM9");
  });

  it("[IM9] spares a clock time, a plain smile and a sincere thanks", () => {
    expect(
      sv(
        "Vattnet är tjänligt igen",
        "Vattnet i Åby är tjänligt igen från kl. 10:30. Tack för ert tålamod :) Frågor: 0123-456 78. Tallby kommun",
      ),
    ).not.toContain("IM9");
    expect(
      en(
        "Thank you to our crews",
        "Power is back for all 300 homes in Northside since 10:30pm. Thank you to the crews who worked through the night. Tallby Energy, 7am",
      ),
    ).not.toContain("IM9");
  });
});

describe("OP6: a standing policy of silence and staff gagged refuse comment whatever the words", () => {
  it("[OP6] flags 'does not comment on' and staff told not to speak to the media", () => {
    expect(
      en(
        "Pool closure",
        "The Council does not comment on staffing matters during an inquiry. The pool at Elm Park stays closed until 1 June. Tallby Council, 9am",
      ),
    ).toContain("OP6");
    expect(
      en(
        "Bus crash on the A12",
        "Drivers have been told not to talk to the press about the crash on the A12. The road is open again. Tallby Buses, 9am",
      ),
    ).toContain("OP6");
    expect(
      sv(
        "Olyckan på E4",
        "Förarna har instruerats att inte prata med media om olyckan på E4. Vägen är öppen igen. Tallby buss, kl. 09.00",
      ),
    ).toContain("OP6");
  });

  it("[OP6] spares a comment promised and the police's usual 'no more information at present'", () => {
    expect(
      en(
        "Plans for Elm Park",
        "Our staff will comment on the plans for Elm Park at the public meeting on 3 June at 7pm. Tallby Council",
      ),
    ).not.toContain("OP6");
    expect(
      sv(
        "Man anhållen efter rånet i Tallby",
        "En man har anhållits misstänkt för rånet i Tallby i går. Eftersom utredningen är i ett tidigt skede kan ingen ytterligare information lämnas för närvarande. Polisen, kl. 12.00",
      ),
    ).not.toContain("OP6");
  });
});

describe("IM1: the fault named as a group's, and the cleft that makes a group the doer of the harm", () => {
  it("[IM1] flags a cleft naming a group as the doer of the harm", () => {
    expect(
      sv(
        "Lågt tryck i Åby",
        "Vattentrycket i Åby är lågt sedan i morse. Det är villaägarna som har tömt tornet genom att vattna gräsmattorna. Vattna inte. Tallby Vatten, kl. 09.00",
      ),
    ).toContain("IM1");
    expect(
      en(
        "Low water pressure in Northside",
        "Water pressure in Northside has been low since this morning. It is the weekend visitors who have drained the tower by filling their hot tubs. Do not water gardens. Tallby Water, 9am",
      ),
    ).toContain("IM1");
  });

  it("[IM1] flags the fault named as a group's", () => {
    expect(
      en(
        "Blocked drains on Mill Road",
        "Mill Road flooded after the storm. The blocked drains are entirely the fault of shop owners who sweep rubbish into them. Avoid Mill Road until 6pm. Tallby Council",
      ),
    ).toContain("IM1");
    expect(
      sv(
        "Stopp i avloppet på Storgatan",
        "Avloppet på Storgatan är stopp sedan i går. Det är helt restaurangernas eget fel. Spola inte ner fett. Tallby Vatten, kl. 09.00",
      ),
    ).toContain("IM1");
  });

  it("[IM1] spares a cleft about a natural cause or about who helps", () => {
    expect(
      sv(
        "Strömavbrott i Åby",
        "Cirka 200 hushåll i Åby saknar ström sedan kl. 06.00. Det är stormen som har orsakat avbrottet. Det är montörerna som har hittat felet, och de arbetar nu med att laga ledningen. Tallby Energi",
      ),
    ).not.toContain("IM1");
    expect(
      en(
        "Power cut in Northside",
        "About 200 homes in Northside have had no power since 6am. It is the storm that has caused the outage. It is our engineers who have found the fault, and they expect power back by 2pm. Tallby Energy",
      ),
    ).not.toContain("IM1");
  });
});

describe("IM7: a group named as who the suspects are", () => {
  it("[IM7] flags a group label introduced as the suspects", () => {
    expect(
      sv(
        "Gripna efter branden i Åby",
        "Polisen har gripit tre personer efter branden i Åby i natt. Det handlar om narkomaner från härbärget vid stationen. Ingen skadades. Polisen, kl. 08.00",
      ),
    ).toContain("IM7");
    expect(
      en(
        "Arrests after the fire in Northside",
        "Police arrested three people after the fire in Northside last night. Those arrested are addicts from the shelter by the station. No one was hurt. Tallby Police, 8am",
      ),
    ).toContain("IM7");
  });

  it("[IM7] spares a person described by age and the people helped", () => {
    expect(
      sv(
        "Gripen efter branden i Åby",
        "Polisen har gripit en person efter branden i Åby i natt. Det rör sig om en man i 30-årsåldern. Ingen skadades. Polisen, kl. 08.00",
      ),
    ).not.toContain("IM7");
    expect(
      en(
        "Arrest after the fire in Northside",
        "Police arrested a man after the fire in Northside last night. Those arrested are being questioned at Tallby station. No one was hurt. Tallby Police, 8am",
      ),
    ).not.toContain("IM7");
  });
});

describe("AU21: the impersonal finding, action with no actor and the impersonal condition", () => {
  it("[AU21] flags a notice built of them", () => {
    expect(
      en(
        "Notice regarding the depot",
        "It has been determined that the Mill Road depot must close. Keep away from Mill Road. Measures are being put in place, and we will post advice should it be considered necessary. Tallby Council, 9am",
      ),
    ).toContain("AU21");
    expect(
      sv(
        "Angående förrådet",
        "Det har konstaterats att förrådet vid Åsgatan läcker. Gå inte in i förrådet. Vi lämnar mer information om så bedöms nödvändigt. Tallby kommun, kl. 09.00",
      ),
    ).toContain("AU21");
  });

  it("[AU21] spares a notice in which someone acts and the reader is told what to do", () => {
    expect(
      en(
        "Fire at the depot",
        "Firefighters have put out a fire at the Mill Road depot. We have decided to keep the depot closed today. Keep windows shut if you live nearby. Next update at 3pm. Tallby Council",
      ),
    ).not.toContain("AU21");
    expect(
      sv(
        "Läckage i förrådet",
        "Vi har hittat ett läckage i förrådet vid Åsgatan. Det har beslutats att förrådet är stängt i dag. Gå inte in i förrådet. Nästa besked kl. 15.00. Tallby kommun",
      ),
    ).not.toContain("AU21");
  });
});

describe("FS7: a promise on the reopening alone, to the people named, with no time anywhere", () => {
  it("[FS7] refuses the promise told to named people on the reopening, with no time at all", () => {
    expect(
      en(
        "Oak Nursery closed",
        "Because of a burst pipe, Oak Nursery is closed to children. Parents, please make other arrangements. We will tell parents when the nursery reopens.",
      ),
    ).toContain("FS7");
    expect(
      sv(
        "Ekbackens förskola stängd",
        "På grund av en vattenläcka är Ekbackens förskola stängd. Vårdnadshavare behöver ordna annan omsorg. Vi meddelar vårdnadshavarna när förskolan öppnar igen.",
      ),
    ).toContain("FS7");
  });

  it("[FS7] keeps it a warning when a time stands in the text", () => {
    expect(
      en(
        "Oak Nursery closed",
        "Because of a burst pipe, Oak Nursery is closed to children on Monday 3 June. Parents, please make other arrangements. We will tell parents when the nursery reopens. Posted 7:15am.",
      ),
    ).not.toContain("FS7");
    expect(
      sv(
        "Ekbackens förskola stängd",
        "Kl. 07.15: På grund av en vattenläcka är Ekbackens förskola stängd i dag. Vårdnadshavare behöver ordna annan omsorg. Vi meddelar vårdnadshavarna när förskolan öppnar igen.",
      ),
    ).not.toContain("FS7");
  });
});

describe("FA15: a safe-claim and a positive unsafe instruction about the same water", () => {
  it("[FA15] flags the water called safe and bottled water still prescribed", () => {
    expect(
      en(
        "Water update for Oak Hill",
        "Tests show the water in Oak Hill is safe to drink again. Residents should keep using bottled water for drinking and cooking. Bottled water is handed out at Oak Hill School. Tallby Water, 9am",
      ),
    ).toContain("FA15");
    expect(
      sv(
        "Vattnet i Åby",
        "Proverna visar att vattnet i Åby är tjänligt att dricka igen. Fortsätt att dricka flaskvatten tills vidare. Vatten delas ut vid Åby skola. Tallby Vatten, kl. 09.00",
      ),
    ).toContain("FA15");
  });

  it("[FA15] spares bottled water offered to those who are unsure while the water is unsafe, and a later all-clear", () => {
    expect(
      en(
        "Do not drink notice for Oak Hill",
        "Do not drink the tap water in Oak Hill until further notice. Keep using bottled water for drinking and cooking. Bottled water is handed out at Oak Hill School until 8pm. Tallby Water, 9am",
      ),
    ).not.toContain("FA15");
    expect(
      sv(
        "Vattnet i Åby är tjänligt igen",
        "Proverna visar att vattnet i Åby är tjänligt att dricka igen. Du kan använda kranvattnet som vanligt. Utdelningen av flaskvatten vid Åby skola avslutas kl. 12.00. Tallby Vatten",
      ),
    ).not.toContain("FA15");
  });
});

describe("FA15: open to all traffic, and closed to a kind of traffic, the same road the same day", () => {
  it("[FA15] flags the universal opening contradicted by a partial closure", () => {
    expect(
      sv(
        "Kvarnbron öppnar",
        "Kvarnbron är öppen för all trafik från kl. 10 i dag. Kvarnbron är stängd för lastbilstrafik under eftermiddagen. Omledning via Storgatan. Trafikverket",
      ),
    ).toContain("FA15");
    expect(
      en(
        "Mill Bridge reopens",
        "Mill Bridge is open to all traffic again from 10am today. Mill Bridge stays closed to buses this evening. Diversion via Station Road. Tallby Council",
      ),
    ).toContain("FA15");
  });

  it("[FA15] spares a partial closure on another day, and an opening to some traffic", () => {
    expect(
      sv(
        "Kvarnbron öppnar",
        "Kvarnbron är öppen för all trafik från kl. 10 i dag. Kvarnbron är stängd för lastbilstrafik på lördag när beläggningen byts. Trafikverket",
      ),
    ).not.toContain("FA15");
    expect(
      en(
        "Mill Bridge reopens",
        "Mill Bridge is open to cars and cyclists again from 10am today. Mill Bridge stays closed to buses this evening. Diversion via Station Road. Tallby Council",
      ),
    ).not.toContain("FA15");
  });
});

describe("AC1: an easy-language text that tells of a danger and not what to do", () => {
  it("[AC1] refuses the easy-language danger with no action", () => {
    expect(
      sv(
        "Lättläst: Det brinner i ett hus",
        "Det brinner i ett hus på Storgatan. Brandmännen släcker elden. Det kommer mycket rök. Vi skriver mer här kl. 15. Hälsningar Räddningstjänsten",
      ),
    ).toContain("AC1");
    expect(
      errors({
        title: "Gas i Åby",
        body: "Det läcker gas i Åby. Gasen är farlig. Brandmännen är där. Vi skriver mer kl. 15. Räddningstjänsten",
        language: "sv-lattlast",
      }),
    ).toContain("AC1");
  });

  it("[AC1] spares the easy-language danger that says what to do, and the plain-language news without one", () => {
    expect(
      sv(
        "Lättläst: Det brinner i ett hus",
        "Det brinner i ett hus på Storgatan. Det kommer mycket rök. Stäng fönster och dörrar. Vi skriver mer här kl. 15. Hälsningar Räddningstjänsten",
      ),
    ).not.toContain("AC1");
    expect(
      sv(
        "Brand i ett hus på Storgatan",
        "Det brinner i ett hus på Storgatan. Räddningstjänsten släcker branden. Det kommer mycket rök. Vi skriver mer här kl. 15. Räddningstjänsten",
      ),
    ).not.toContain("AC1");
  });
});

describe("FA18: flooding forecast in plain words is a warning, and needs a place", () => {
  it("[FA18] refuses the plain-words flood forecast with no place", () => {
    expect(
      sv(
        "Lättläst: Mycket regn",
        "Det har regnat mycket i dag. Det kommer att bli översvämning. Gå inte nära vattnet. Frågor? Ring kommunen 0123-456 78.",
      ),
    ).toContain("FA18");
    expect(
      en(
        "Heavy rain",
        "It has rained heavily all day. There may be flooding tonight. Do not walk or drive through flood water. Questions? Call 555-0100.",
      ),
    ).toContain("FA18");
  });

  it("[FA18] spares the plain-words flood forecast that names its place", () => {
    expect(
      sv(
        "Lättläst: Mycket regn",
        "Det har regnat mycket i Åby i dag. Det kan bli översvämning vid Åbyån. Gå inte nära vattnet. Frågor? Ring kommunen 0123-456 78.",
      ),
    ).not.toContain("FA18");
    expect(
      en(
        "Heavy rain in Northside",
        "It has rained heavily in Northside all day. There may be flooding along Mill Brook tonight. Do not drive through flood water. Questions? Call 555-0100.",
      ),
    ).not.toContain("FA18");
  });
});

describe("AU20: the rumour quoted as the opening, then attributed", () => {
  it("[AU20] refuses quoted rumours first, attributed to posts or rumours after", () => {
    expect(
      sv(
        "",
        "”Elen i Åby stängs av hela vintern.” ”Kommunen döljer det.” Det påståendet har spridits i flera inlägg i veckan. Elnätet i Åby fungerar som vanligt och inga avbrott är planerade. Tallby Energi, kl. 09.00",
      ),
    ).toContain("AU20");
    expect(
      en(
        "",
        "“The tap water in Northside is poisoned.” “The council is hiding the results.” These rumours have been shared thousands of times this week. The water in Northside is safe to drink; the results are at tallby.gov/water. Tallby Water, 9am",
      ),
    ).toContain("AU20");
  });

  it("[AU20] spares an official's quotation as the opening", () => {
    expect(
      sv(
        "",
        "”Vattnet i Åby är säkert att dricka.” Det säger kommunens vattenchef efter fredagens prover. Provsvaren finns på tallby.se/vatten. Tallby kommun, kl. 09.00",
      ),
    ).not.toContain("AU20");
    expect(
      en(
        "",
        "“The water in Northside is safe to drink.” That was the message from the council's water manager after Friday's tests. The results are at tallby.gov/water. Tallby Water, 9am",
      ),
    ).not.toContain("AU20");
  });
});
