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

/** FA16 is a warning since the eighteenth round: its tests ask whether it flags a text, not whether the gate refuses. */
const flagged = (input: Input) =>
  findingsOf(input)
    .filter((f) => f.deduction > 0)
    .map((f) => f.ruleId);
const flagsOf = {
  sv: (title: string, body: string) => flagged({ title, body }),
  en: (title: string, body: string) => flagged({ title, body, language: "en" }),
};

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

describe("FA19: a return promised inside the closure's own window", () => {
  it("[FA19] flags a return time inside the window, within a day and across named days", () => {
    expect(
      sv(
        "Vattenläcka",
        "Vattenbolaget, tisdag kl. 08.00: Vattnet är avstängt kl. 09.00–15.00 på Ekgatan. Vattnet beräknas vara tillbaka senast kl. 11.30. Tank finns vid torget.",
      ),
    ).toContain("FA19");
    expect(
      en(
        "Bridge closure",
        "County Council, 10:00 Monday. Mill Bridge will be closed from 19:00 on Friday until 07:00 on Monday for resurfacing. The bridge will reopen at 12:00 on Saturday. Diversion via the A40.",
      ),
    ).toContain("FA19");
  });

  it("[FA19] spares a return at the window's end, and one that may come earlier", () => {
    expect(
      sv(
        "Vattenläcka",
        "Vattenbolaget, tisdag kl. 08.00: Vattnet är avstängt kl. 09.00–15.00 på Ekgatan. Vattnet är tillbaka kl. 15.00. Tank finns vid torget.",
      ),
    ).not.toContain("FA19");
    expect(
      sv(
        "Vattenläcka",
        "Vattenbolaget, tisdag kl. 08.00: Vattnet är avstängt kl. 09.00–15.00 på Ekgatan. Det kan komma tillbaka tidigare, kanske kl. 13.00. Tank finns vid torget.",
      ),
    ).not.toContain("FA19");
  });
});

describe("FA20: one place said to be both affected and not", () => {
  it("[FA20] flags a postcode and a district in both lists", () => {
    expect(
      en(
        "Boil water notice",
        "Water company, 19:30 Thursday. Customers in postcodes AB1 2 and AB3 4 must boil tap water before drinking it. Customers in AB1 2 are not affected. Bottled water at the school from 08:00.",
      ),
    ).toContain("FA20");
    expect(
      sv(
        "Koka vattnet",
        "Kommunen, onsdag kl. 17.20. Rekommendationen gäller hushåll i Västra Dal och i centrala Ekby. Boende i centrum berörs inte. Tankar finns vid skolan.",
      ),
    ).toContain("FA20");
  });

  it("[FA20] spares a place named only in a supply's name, and separate lists", () => {
    expect(
      en(
        "Do Not Consume notice",
        "The Do Not Consume notice remains in place for part of the Riverton/Oakfield Public Water Supply. It does not apply to customers in Riverton. Tankers are at the church.",
      ),
    ).not.toContain("FA20");
    expect(
      sv(
        "Koka vattnet",
        "Kommunen, onsdag kl. 17.20. Rekommendationen gäller hushåll i Västra Dal. Boende i Ekby berörs inte. Tankar finns vid skolan.",
      ),
    ).not.toContain("FA20");
  });
});

describe("OP9: a mistake admitted with no one who made it", () => {
  it("[OP9] flags the agentless admission", () => {
    expect(
      sv(
        "Sent besked",
        "Vattenbolaget, 4 februari kl. 08.30. Beskedet om kokning skickades först kl. 21. Misstag har begåtts i hanteringen. Koka vattnet till dryck och mat. Frågor: 060-19 20 00.",
      ),
    ).toContain("OP9");
    expect(
      en(
        "Late notice",
        "Water company, 08:30 4 February. The boil notice went out at 21:00. Mistakes were made. Boil water for drinking. Questions: 0800 000 000.",
      ),
    ).toContain("OP9");
  });

  it("[OP9] spares the fault told with its doer", () => {
    expect(
      sv(
        "Sent besked",
        "Vattenbolaget, 4 februari kl. 08.30. Vi skickade beskedet om kokning för sent, först kl. 21. Koka vattnet till dryck och mat. Frågor: 060-19 20 00.",
      ),
    ).not.toContain("OP9");
  });
});

describe("FA13: harm to animals or things, and posts asked for rather than passed on", () => {
  it("[FA13] spares a spill believed to have affected birds, and equipment damaged by the storm", () => {
    expect(
      en(
        "River pollution",
        "Environment Agency, 9 June. Officers are investigating a diesel spill in the River Pool. No dead fish have been recorded, but the spill is believed to have affected some birds. Report pollution on 0800 80 70 60.",
      ),
    ).not.toContain("FA13");
  });

  it("[FA13] still flags an unconfirmed figure of people hurt", () => {
    expect(
      en(
        "River pollution",
        "Council, 9 June. A diesel spill has reached the River Pool. Neighbours say two workers were taken to hospital. Keep away from the river.",
      ),
    ).toContain("FA13");
  });

  it("[FA13] spares a request to share the footage with us", () => {
    expect(
      en(
        "Oil spill update",
        "Water company, 20 June. The oil spill from the industrial estate has been stopped. We have seen the images posted on social media and repeat our request for them to be shared directly with us. Report oiled birds on 0300 123 4999.",
      ),
    ).not.toContain("FA13");
  });
});

describe("AU19: an acronym that is part of the organisation's name", () => {
  it("[AU19] spares 'NSW SES' used alone later", () => {
    expect(
      en(
        "Storm update",
        "The NSW SES is asking people to prepare for storms. SES volunteers answered 217 calls overnight. Fire & Rescue NSW and the RFS helped in Cootamundra. Call 132 500 for help.",
      ),
    ).not.toContain("AU19");
  });

  it("[AU19] still flags staff shorthand", () => {
    expect(
      sv(
        "",
        "Räddningstjänsten: RL har beslutat om utrymning pga risk för BLEVE. Brytpunkt vid ICA. RCB informerad. Uppdatering kl. 21.30.",
      ),
    ).toContain("AU19");
  });
});

describe("FA15: the lifting as a condition, not a fact", () => {
  it("[FA15] spares 'until the notice is lifted' beside 'remains in place'", () => {
    expect(
      en(
        "Do Not Consume notice",
        "Water company, 5 May. The Do Not Consume notice remains in place for Millbrook. Tankers will stay until the notice is lifted. Questions: 1800 278 278.",
      ),
    ).not.toContain("FA15");
  });
});

describe("Ninth round, third pass (blind20 and blind21 studied)", () => {
  it("[IM12] flags 'vår föredömliga krisberedskap' and 'award-winning, best-in-the-region crews'", () => {
    expect(
      sv(
        "Strömavbrott",
        "Kommunen, söndag kl. 15.00. 900 hushåll är utan ström. Tack vare vår föredömliga krisberedskap öppnade trygghetspunkten tidigt. Ring 0696-68 20 00 om du behöver hjälp.",
      ),
    ).toContain("IM12");
    expect(
      en(
        "Storm update",
        "Power company, 6 a.m. Thursday. 11,800 customers are without power. Our award-winning crews are restoring power faster than any other utility in the state. Report downed lines on 1-800-555-0142.",
      ),
    ).toContain("IM12");
  });

  it("[IM13] flags a taunt to those who ignored reminders, and the opposition blamed", () => {
    expect(
      sv(
        "Snöröjning",
        "Kommunen, torsdag kl. 07.30. Plogbilarna är ute sedan kl. 02. Till er som trots tre påminnelser ställer bilen på gatan: plogen kör inte runt den. Flytta bilen till egen tomt. Frågor: 063-14 30 00.",
      ),
    ).toContain("IM13");
    expect(
      en(
        "Power cuts",
        "Council, Monday 16.00. 2,400 households are without power. The opposition's proposal to cut the preparedness budget would have closed the warming centres. Warming centres are open at the sports hall.",
      ),
    ).toContain("IM13");
  });

  it("[IM14] flags a disaster announced ahead of the facts, and spares 'katastrofhjälp'", () => {
    expect(
      en(
        "Water shortage",
        "Region, Tuesday 10.00. The water situation on the island is heading for a catastrophe. A hosepipe ban applies from today. Questions: 0498-26 90 00.",
      ),
    ).toContain("IM14");
    expect(
      sv(
        "Insamling",
        "Kommunen, tisdag kl. 10.00. Röda korset samlar in pengar till katastrofhjälp efter stormen. Läs mer på kommunen.se.",
      ),
    ).not.toContain("IM14");
  });

  it("[OP9] flags 'fel beslut hade fattats'", () => {
    expect(
      sv(
        "Sent sms",
        "Kommunen, tisdag kl. 15.00. Sms om kokning skickades först ett dygn senare. Det bedömdes i efterhand att fel beslut hade fattats. Koka vattnet. Frågor: 0140-680 00.",
      ),
    ).toContain("OP9");
  });

  it("[OP6] flags 'det finns inga fler frågor kring händelsen'", () => {
    expect(
      sv(
        "Skred",
        "Kommunen, fredag kl. 07.00. I natt gick ett skred vid Bäckvägen. Ingen har skadats. Det finns inga fler frågor kring händelsen. Gå inte in i avspärrningen.",
      ),
    ).toContain("OP6");
  });

  it("[FA20] flags a town excluded in one clause and told to boil in another", () => {
    expect(
      sv(
        "Koka vattnet",
        "Kommunen, 3 juni kl. 08.15. Rekommendationen gäller enbart Ringby och Rösta; övriga Ekby tätort påverkas inte. Eftersom hela tätorten har samma ledning rekommenderar vi alla i Ekby att koka vattnet.",
      ),
    ).toContain("FA20");
  });

  it("[FA15] flags nobody hurt beside two hurt, and 'safe straight from the tap' in a precautionary boil notice", () => {
    expect(
      sv(
        "Gasolläcka",
        "Räddningstjänsten, kl. 14.45. Gasol läcker från en tank vid Industrigatan. Ingen person har skadats vid läckan. De två personer som skadades när läckan upptäcktes har förts till lasarettet. Lämna området.",
      ),
    ).toContain("FA15");
    expect(
      en(
        "Precautionary boil water notice",
        "Water company, 11:00 9 June. We have issued a precautionary boil water notice for Westfield. Tap water in the area remains safe to drink straight from the tap. Boil all water used for drinking. Questions: 0345 113 9000.",
      ),
    ).toContain("FA15");
  });

  it("[FA13] spares 'Ingen ska ha skadats'; [FA16] spares a phone outage told as 'det går inte att ringa in'", () => {
    expect(
      sv(
        "Brand i förskola",
        "Räddningstjänsten fick larm om brand i förskolan kl. 20.00 i söndags. Ingen ska ha skadats i branden. Brandorsaken är ännu okänd. Barnen går på Stenhamra förskola denna vecka.",
      ),
    ).not.toContain("FA13");
    expect(
      flagsOf.sv(
        "Stora problem med telefonin",
        "Det går inte att ringa in till regionen just nu. Felsökning pågår. Regionen betraktar situationen som en allvarlig händelse. Ring 1177 vid behov.",
      ),
    ).not.toContain("FA16");
  });
});

describe("Ninth round, fourth pass (blind22 and blind23 studied)", () => {
  it("[FA13] flags talk that circulates, passed on; spares social media named as a place", () => {
    expect(
      sv(
        "Hot mot skolan",
        "Skolan, onsdag kl. 11.20. Skolan fick ett hot via mejl i morse. Polisen är på plats. Enligt uppgifter som cirkulerar bland föräldrar ska den som skickat hotet vara en tidigare elev. Hämta inte ditt barn förrän vi meddelar det.",
      ),
    ).toContain("FA13");
    expect(
      sv(
        "Hot och trakasserier",
        "Polisen, måndag. Hot och trakasserier har blivit vardag för många ungdomar, inte minst i sociala medier. Prata med ditt barn och anmäl hot till polisen på 114 14.",
      ),
    ).not.toContain("FA13");
  });

  it("[FA12] spares evidence that points and a forecast of what rain may cause", () => {
    expect(
      sv(
        "Utbrott",
        "Folkhälsomyndigheten, 18 september. Hittills har 40 fall bekräftats. Analyser av enkätsvar pekar mot att en charkprodukt har spridit smittan. Provsvar väntas nästa vecka.",
      ),
    ).not.toContain("FA12");
    expect(
      sv(
        "Skyfall",
        "Kommunen, 3 juli kl. 10.00. SMHI varnar för skyfall i kväll. Skyfall kan orsaka översvämningar på gator och kanske också hemma hos dig. Flytta saker från källaren.",
      ),
    ).not.toContain("FA12");
  });

  it("[FA15] flags 'no precautions are needed' beside 'as a precaution, boil', and 'kan stanna kvar' beside 'uppmanas att lämna'", () => {
    expect(
      en(
        "Burst main",
        "Water company, 15:00 Friday. Tests have confirmed that the water is safe to drink and no precautions are needed. As a precaution, please boil all tap water used for drinking. Bottled water at the village hall.",
      ),
    ).toContain("FA15");
    expect(
      sv(
        "Brand i industrilokal",
        "Räddningstjänsten, kl. 21.10. Ingen behöver evakueras och alla boende kan stanna kvar i sina hem. Boende på Norra Bruksgatan uppmanas att lämna sina bostäder omedelbart. Nästa uppdatering kl. 23.",
      ),
    ).toContain("FA15");
  });

  it("[OP6] flags withholding ('lämnar vi inte ut', 'interna handlingar och publiceras inte'); spares 'kan vi inte säkert säga om'", () => {
    expect(
      sv(
        "Vinterkräksjuka",
        "Regionen, måndag kl. 11.00. Det pågår ett utbrott av vinterkräksjuka på sjukhuset. Antalet insjuknade och vilka avdelningar som berörs lämnar vi inte ut. Besök inte sjukhuset om du har varit sjuk.",
      ),
    ).toContain("OP6");
    expect(
      sv(
        "Smitta",
        "Regionen, måndag kl. 11.00. Tre fall är bekräftade. Var smittan kommer ifrån kan vi inte säkert säga om ännu. Smittspårning pågår. Ring 1177 vid symtom.",
      ),
    ).not.toContain("OP6");
  });

  it("[OP9] flags routines not followed; [IM9] flags 'får väl skylla er själva'; [IM1] flags 'brist på omdöme'", () => {
    expect(
      sv(
        "Legionella",
        "Kommunen, fredag kl. 14.00. Legionella har hittats i varmvattnet. Det har framkommit att rutinerna för temperaturkontroll inte har följts. Duscharna används inte just nu. Frågor: 0243-740 15.",
      ),
    ).toContain("OP9");
    expect(
      sv(
        "Svag is",
        "Räddningstjänsten, lördag kl. 10.00. Isen är svag. Ni som ändå går ut på isen får väl skylla er själva. Ring 112 om någon går igenom isen.",
      ),
    ).toContain("IM9");
    expect(
      sv(
        "Vattenläcka",
        "Kommunen, onsdag kl. 11.30. En huvudledning grävdes av i morse. Entreprenören har visat en häpnadsväckande brist på omdöme. Vattentank finns vid skolan.",
      ),
    ).toContain("IM1");
  });

  it("[IM12] flags 'insats i världsklass' and 'the region's best-performing network operator'; spares 'Our amazing crews are working day and night'", () => {
    expect(
      sv(
        "Brand",
        "Räddningstjänsten, söndag kl. 06.30. Branden är släckt. Personalen gjorde en insats i världsklass. Boende i trappuppgång 18 kan inte bo kvar. Frågor: 021-39 70 00.",
      ),
    ).toContain("IM12");
    expect(
      en(
        "Power update",
        "Network operator, 18:00 Sunday. As the region's best-performing network operator we restored power to 17,900 homes. Call 105 if you are still off supply.",
      ),
    ).toContain("IM12");
    expect(
      en(
        "Fire update",
        "Fire service, 09:00 Monday. Leave your home now if you live on Ridge Road. Our amazing crews and staff are working day and night. Updates at 12:00.",
      ),
    ).not.toContain("IM12");
  });

  it("[IM14] flags 'kan sluta i en katastrof' and 'ingen kan känna sig säker'", () => {
    expect(
      sv(
        "Stormvarning",
        "Kommunen, fredag kl. 12.00. SMHI har utfärdat en gul varning för vind. Det här kan sluta i en katastrof. Ta in lösa föremål. Vi uppdaterar lördag kl. 09.",
      ),
    ).toContain("IM14");
    expect(
      sv(
        "Mässling",
        "Smittskydd, torsdag kl. 14.00. Tre fall är bekräftade i samma familj. Ingen kan känna sig säker. Har du feber och utslag, ring 1177.",
      ),
    ).toContain("IM14");
  });
});

describe("Ninth round, fifth pass (real prose: realExtra6 and realExtra7 studied)", () => {
  it("[FA12] spares the investigators' belief and an outbreak's food vehicle; still flags a named place guessed as the source", () => {
    expect(
      en(
        "Fire at the school",
        "Police, 10:00 Monday. A fire damaged the sports hall overnight. Investigators believe the fire was deliberately lit. Anyone with information should call 101.",
      ),
    ).not.toContain("FA12");
    expect(
      sv(
        "Salmonellautbrott",
        "Folkhälsomyndigheten, 28 juni. 60 fall har rapporterats från åtta regioner. Eftersom de flesta insjuknade nära i tid orsakades utbrottet sannolikt av ett livsmedel med kort hållbarhet. Utredningen fortsätter.",
      ),
    ).not.toContain("FA12");
    expect(
      sv(
        "Legionella",
        "Smittskydd, fredag kl. 14.00. Sju personer vårdas för legionärssjuka. Smittan kommer med största sannolikhet från kyltornet på köpcentret. Ring 1177 vid feber.",
      ),
    ).toContain("FA12");
  });

  it("[FS7] spares a request to the reader 'as soon as possible'; [FA15] spares 'some closures lifted, a number remain'", () => {
    expect(
      en(
        "Appeal",
        "Police, 10:00 Tuesday. Officers are investigating a collision on Mill Road. Witnesses should call 0300 303 5733 or email the team as soon as possible.",
      ),
    ).not.toContain("FS7");
    expect(
      en(
        "Storm clean-up",
        "Council, 09:00 Friday. Although some road closures have been lifted, a number will remain closed until contractors can clear fallen trees. Check council.gov.uk/roads before you travel.",
      ),
    ).not.toContain("FA15");
  });

  it("[FA16] spares a man seriously injured and an IT issue affecting systems; [OP9] spares a technical fault", () => {
    expect(
      flagsOf.en(
        "",
        "Can you help officers find out how a 55-year-old man was seriously injured in Ardessie Place? We need to know what happened. Call 101 with any information.",
      ),
    ).not.toContain("FA16");
    expect(
      sv(
        "Driftstörning",
        "Regionen, måndag kl. 09.00. Det har skett ett fel i den tekniska miljön som gör att vi inte kan ta emot samtal. Ring 1177 vid behov. Nästa uppdatering kl. 12.",
      ),
    ).not.toContain("OP9");
  });
});

describe("Ninth round, sixth pass (real prose: realExtra8 and realExtra9 studied)", () => {
  it("[FA18] spares smoke advice for whenever it happens; still flags a located-nowhere smoke warning", () => {
    expect(
      en(
        "Smoke advice",
        "If you smell or see smoke: stay indoors with doors and windows closed, and minimise outdoor activities. People with asthma should follow their plan.",
      ),
    ).not.toContain("FA18");
    expect(
      sv(
        "",
        "Kraftig rök från en brand. Stäng fönster, dörrar och ventilation och stanna inomhus. Nästa besked kl. 15.",
      ),
    ).toContain("FA18");
  });

  it("[FA12] spares a belief denied; [AU19] spares UK postcode districts; [FA15] spares the notice named as a period or as issued", () => {
    expect(
      en(
        "Water quality",
        "Council, 2 March. Testing of all parts of the network continues. The council does not believe the aquifer is the cause. Updates at council.govt.nz.",
      ),
    ).not.toContain("FA12");
    expect(
      en(
        "Burst main in ML9",
        "Scottish Water, 19:00. Customers in ML1 Netherton, ML2 Overtown, ML8 Law and ML9 Netherburn may lose supply on Wednesday evening. Call 0800 0778 778.",
      ),
    ).not.toContain("AU19");
    expect(
      en(
        "Boil water notice lifted",
        "Irish Water, 10:00. The boil water notice on the Linguan supply has been lifted with immediate effect. It was necessary to issue the boil water notice on 26 December due to turbidity. Water can now be used as normal.",
      ),
    ).not.toContain("FA15");
  });

  it("[AU18] reads 'driftstörning' as the public's word, 'driftstopp' not", () => {
    const rules = (body: string) => findingsOf({ title: "", body }).map((f) => f.ruleId);
    expect(rules("Driftstörning på vattenverket i Norrby. Koka vattnet tills vidare. Mer på norrby.se.")).not.toContain(
      "AU18",
    );
    expect(rules("Driftstopp på vattenverket i Norrby. Koka vattnet tills vidare. Mer på norrby.se.")).toContain(
      "AU18",
    );
  });
});
