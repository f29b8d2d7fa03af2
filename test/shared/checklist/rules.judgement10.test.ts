/**
 * Ninth round, blind15 and blind16 studied: the failure mechanisms found in their misses, each fixed as a construction
 * and shown next to the nearest form that must be judged the other way. The wordings are paraphrases written for these
 * tests, not the sets' items.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, type Input } from "./helpers.js";

const errors = (input: Input) =>
  findingsOf(input)
    .filter((f) => f.severity === "error")
    .map((f) => f.ruleId);
const sv = (title: string, body: string) => errors({ title, body });
const en = (title: string, body: string) => errors({ title, body, language: "en" });

describe("IM13: people blamed by the frame, not by a blame word", () => {
  it("[IM13] flags a cause pinned on a person by role or age, and the fault underlined", () => {
    expect(
      sv(
        "Brand i radhus",
        "Räddningstjänsten, 3 maj kl. 21.00. Branden på Lindvägen 4 är släckt. Branden startades av den 17-årige grannen, som trots flera varningar grillade på altanen. Ingen skadades. Frågor: 0300-10 20 30.",
      ),
    ).toContain("IM13");
    expect(
      en(
        "Flat fire on Mill Road",
        "Fire Service, 3 May, 9pm. The fire at 4 Mill Road is out. It was started by a tenant on the first floor who left a pan unattended. Nobody was hurt. Questions: 0300 102 030.",
      ),
    ).toContain("IM13");
  });

  it("[IM13] spares a cause that is a thing, and a suspicion under investigation", () => {
    expect(
      sv(
        "Brand i radhus",
        "Räddningstjänsten, 3 maj kl. 21.00. Branden på Lindvägen 4 är släckt. Den orsakades av en överhettad spis. Ingen skadades. Frågor: 0300-10 20 30.",
      ),
    ).not.toContain("IM13");
    expect(
      en(
        "Flat fire on Mill Road",
        "Police, 3 May, 9pm. A man has been arrested on suspicion of arson after the fire at 4 Mill Road, which is believed to have been started by a resident. Enquiries continue; call 101 with information.",
      ),
    ).not.toContain("IM13");
  });

  it("[IM13] flags a group singled out in a cleft or by what they never do, and the taunt", () => {
    expect(
      sv(
        "Eldningsförbud",
        "Länsstyrelsen, 1 juli kl. 10.00. Eldningsförbud gäller från i dag. Det är sommargästerna från stan som inte kan låta bli engångsgrillarna som har gjort förbudet nödvändigt. Ring 112 om du ser brand.",
      ),
    ).toContain("IM13");
    expect(
      en(
        "Storm clean-up",
        "Council, 2 March, 8am. Trees are down across Eastfield. The landlords who never maintain their gardens have left the rest of us to pay for it. Report fallen trees on 0300 555 000.",
      ),
    ).toContain("IM13");
  });

  it("[IM13] spares the same cleft that names who is responsible, and a warning to those who break a closure", () => {
    expect(
      sv(
        "Snöröjning",
        "Kommunen, 4 januari kl. 07.00. Det är fastighetsägarna som ansvarar för att skotta trottoaren utanför sin fastighet. Kommunen plogar gatorna i dag. Frågor: 0300-10 20 30.",
      ),
    ).not.toContain("IM13");
    expect(
      en(
        "Flooded roads",
        "Council, 4 January, 7am. Road users who ignore closure signs put themselves at risk. Do not drive through floodwater. Updates at council.gov.uk.",
      ),
    ).not.toContain("IM13");
  });
});

describe("IM14: a superlative and a loaded word in one sentence dramatise", () => {
  it("[IM14] flags the alarmist sentence", () => {
    expect(
      sv(
        "Högt vattenstånd",
        "Kommunen, 2 maj kl. 09.00. Ån väntas stiga 20 cm till söndag. Vi står inför en katastrof av aldrig tidigare skådat slag och kaoset kan bli totalt. Flytta saker från källaren. Frågor: 054-10 00 00.",
      ),
    ).toContain("IM14");
  });

  it("[IM14] spares a loaded word alone", () => {
    expect(
      sv(
        "Högt vattenstånd",
        "Kommunen, 2 maj kl. 09.00. Ån väntas stiga 20 cm till söndag och kan ställa till stora problem i källare. Flytta saker från källaren. Frågor: 054-10 00 00.",
      ),
    ).not.toContain("IM14");
  });
});

describe("IM12: the sender praising its own staff or ranking itself among the best", () => {
  it("[IM12] flags the boast", () => {
    expect(
      sv(
        "Branden släckt",
        "Räddningstjänsten, 5 juni kl. 12.00. Branden i Tallbacken är släckt. Vår personal är helt enkelt bäst. Håll dig borta från brandplatsen. Frågor: 0300-10 20 30.",
      ),
    ).toContain("IM12");
    expect(
      en(
        "Fire out",
        "Fire Service, 5 June, noon. The fire at Pine Hill is out. Our crews are simply the best. Keep away from the site. Questions: 0300 102 030.",
      ),
    ).toContain("IM12");
  });

  it("[IM12] spares thanks to the staff", () => {
    expect(
      sv(
        "Branden släckt",
        "Räddningstjänsten, 5 juni kl. 12.00. Branden i Tallbacken är släckt. Tack till alla som hjälpt till under natten. Håll dig borta från brandplatsen. Frågor: 0300-10 20 30.",
      ),
    ).not.toContain("IM12");
  });
});

describe("FA12: a hedged guess at a cause told far from its auxiliary", () => {
  it("[FA12] flags 'sannolikt har <long subject> gått sönder'", () => {
    expect(
      sv(
        "Koka vattnet",
        "Vattenbolaget, 4 september kl. 09.15. Bakterier hittades i ett prov i Östra Ryd. Sannolikt har den gamla ledningen under Storgatan gått sönder. Koka vatten till dryck och mat. Nästa besked fredag kl. 17. Frågor: 0510-77 00 00.",
      ),
    ).toContain("FA12");
  });

  it("[FA12] spares the same sentence with the source named", () => {
    expect(
      sv(
        "Koka vattnet",
        "Vattenbolaget, 4 september kl. 09.15. Bakterier hittades i ett prov i Östra Ryd. Vattenbolagets tekniker har konstaterat att ledningen under Storgatan i Östra Ryd gått sönder. Koka vatten till dryck och mat. Nästa besked fredag kl. 17. Frågor: 0510-77 00 00.",
      ),
    ).not.toContain("FA12");
  });
});

describe("OP6: information withheld as an internal matter", () => {
  it("[OP6] flags 'en intern fråga som vi inte redovisar'", () => {
    expect(
      sv(
        "Fel i klordoseringen",
        "Vattenbolaget, 9 augusti kl. 11.00. I går kväll var klorhalten för hög i Skärblacka. Vilken entreprenör som gjorde felet är en intern fråga som vi inte redovisar. Du kan använda vattnet som vanligt. Frågor: 011-15 00 00.",
      ),
    ).toContain("OP6");
  });

  it("[OP6] spares a reason given for saying no more", () => {
    expect(
      sv(
        "Skottlossning",
        "Polisen, 4 oktober kl. 08.00. I natt skottskadades två personer i centrum. Av hänsyn till förundersökningen kan vi inte lämna fler detaljer i dag. Ring 114 14 om du har sett något.",
      ),
    ).not.toContain("OP6");
  });
});

describe("FA15: the water declared safe while the boil advice goes on, and background in parentheses", () => {
  it("[FA15] flags 'är nu säkert att dricka' beside 'fortsätt koka'", () => {
    expect(
      sv(
        "",
        "Vattenbolaget: Vattnet i Norrby är nu säkert att dricka. Fortsätt koka allt vatten till mat tills vidare. Mer: vatten.se",
      ),
    ).toContain("FA15");
  });

  it("[FA15] spares the old advice recalled in parentheses under the lifting", () => {
    expect(
      sv(
        "Kokningsrådet hävs",
        "Kommunen har hävt kokningsrådet. Proverna visar att vattnet är normalt och kan användas som vanligt. (Den 13/8 gick kommunen ut med rådet att koka vattnet efter en läcka.)",
      ),
    ).not.toContain("FA15");
  });
});

describe("FS7: a vague word beside a timed promise, and someone else's later", () => {
  it("[FS7] is no error when another sentence promises the next update at a clock time", () => {
    expect(
      sv(
        "Vattenläcka",
        "Uppdatering 19/11 kl 14.59: Läckan är hittad. Vi återkommer här på hemsidan ca kl 13.00 i morgon. Uppdatering 18/11: Vi felsöker en läcka. Vi återkommer så snart situationen klarnat.",
      ),
    ).not.toContain("FS7");
  });

  it("[FS7] is no promise in a hypothetical clause about the children", () => {
    expect(
      sv(
        "Information",
        "I dag var det en polisinsats nära skolan. Det finns ingen fara för eleverna. Vi berättar detta ifall era barn pratar om det senare. Frågor: rektor, 0300-10 20 30.",
      ),
    ).not.toContain("FS7");
  });

  it("[FS7] still refuses the vague promise that is all there is", () => {
    expect(
      sv(
        "Vattenläcka",
        "Vi felsöker en vattenläcka i Fåglavik. Nödvatten finns vid torget. Vi återkommer med mer information så snart situationen klarnat.",
      ),
    ).toContain("FS7");
  });
});
