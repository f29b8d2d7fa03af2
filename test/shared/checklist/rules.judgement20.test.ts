/**
 * Twentieth round: FAQ answers. Questions pasted as sentences of the body are answered by the sentences after them,
 * and a why-question must get a reason. The wordings are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, type Input } from "./helpers.js";

const faq = (title: string, body: string, language: "sv" | "en" = "sv"): Input => ({
  kind: "faq",
  language,
  title,
  body,
});

describe("[OP12/OP13] questions written inline in an FAQ body", () => {
  it("refuses an inline time question answered with activity only", () => {
    const text = faq(
      "Frågor och svar om vattenläckan",
      "Vad har hänt? En huvudledning brast vid Storgatan i natt. När kommer vattnet tillbaka? Kommunen arbetar intensivt med reparationen och gör allt vi kan. Var kan jag hämta vatten? Vid Norrby skola finns en vattentank.",
    );
    expect(findingsOf(text, undefined, "OP12")).toHaveLength(1);
  });

  it("leaves inline questions each answered, and a closing question with no answer", () => {
    const text = faq(
      "Frågor och svar om vattenläckan",
      "När kommer vattnet tillbaka? Vi räknar med att reparationen är klar i kväll kl. 20. Är vattnet säkert att dricka? Ja, vattnet är säkert. Har du fler frågor?",
    );
    expect(findingsOf(text, undefined, "OP12")).toHaveLength(0);
    expect(findingsOf(text, undefined, "OP13")).toHaveLength(0);
  });
});

describe("[OP14] a why-question answered without a reason", () => {
  it("refuses an answer that talks around why", () => {
    const en = faq(
      "Why did it take so long to warn residents on Mill Lane?",
      "Our priority throughout the incident was the safety of residents. We work closely with the Environment Agency and follow established procedures. All aspects of the response will be reviewed.",
      "en",
    );
    expect(findingsOf(en, undefined, "OP14")).toHaveLength(1);
    const sv = faq(
      "Varför fick vi inget sms?",
      "Kommunen tar frågan på största allvar och arbetar aktivt med att utveckla sina kanaler. Du kan registrera ditt nummer på norrby.se/sms.",
    );
    expect(findingsOf(sv, undefined, "OP14")).toHaveLength(1);
  });

  it("refuses a reason in name only", () => {
    const text = faq(
      "Why is Bay Beach closed this weekend?",
      "Bay Beach will remain closed through Sunday for operational reasons. Lifeguards are on duty at Harbor Beach instead.",
      "en",
    );
    expect(findingsOf(text, undefined, "OP14")).toHaveLength(1);
    const sv = faq("Varför är simhallen stängd?", "Simhallen är stängd av tekniska skäl. Välkommen tillbaka!");
    expect(findingsOf(sv, undefined, "OP14")).toHaveLength(1);
  });

  it("leaves a reason given as a plain fact, a causal verb or not knowing", () => {
    const fact = faq(
      "Varför kan jag inte dricka vattnet?",
      "Dricksvattnet innehåller koliforma bakterier. De kan ge magbesvär.",
    );
    expect(findingsOf(fact, undefined, "OP14")).toHaveLength(0);
    const verb = faq(
      "Varför fick elden så stor spridning?",
      "Sommaren har varit extremt varm och torr. Torkan och vinden har gjort att branden snabbt kunnat sprida sig.",
    );
    expect(findingsOf(verb, undefined, "OP14")).toHaveLength(0);
    const unknown = faq(
      "Why did the main burst?",
      "We do not know yet. Our engineers are working closely with the contractor and the review reports in May.",
      "en",
    );
    expect(findingsOf(unknown, undefined, "OP14")).toHaveLength(0);
    const tech = faq(
      "Why is the pool closed?",
      "The pool is closed for technical reasons: a pump failed on Monday and a new one arrives on Friday.",
      "en",
    );
    expect(findingsOf(tech, undefined, "OP14")).toHaveLength(0);
  });
});

describe("[FA15] drinking the tap water as usual beside a boil notice still in force", () => {
  it("refuses 'du kan dricka kranvattnet som vanligt' with the boil notice kept", () => {
    const text: Input = {
      title: "Kokningsrekommendationen i Bäckeby",
      body: "Proverna visar att vattnet är tjänligt, och du kan dricka kranvattnet som vanligt. Kokningsrekommendationen gäller fortsatt tills nya prover har analyserats.",
    };
    expect(findingsOf(text, undefined, "FA15")).toHaveLength(1);
  });

  it("leaves a precautionary notice that does not promise the tap water as usual", () => {
    const text: Input = {
      title: "Kokningsrekommendationen i Bäckeby",
      body: "Proverna visar att vattnet är tjänligt. Kokningsrekommendationen gäller ändå tills nya prover har analyserats. Koka vatten som ska drickas.",
    };
    expect(findingsOf(text, undefined, "FA15")).toHaveLength(0);
  });
});

describe("[IM7] a group held in contempt for the event", () => {
  it("refuses 'ännu ett exempel på sommargäster som inte bryr sig om eldningsförbudet'", () => {
    const text: Input = {
      kind: "social",
      body: "Skogsbrand vid Långtjärn. Branden startade vid grillplatsen – ännu ett exempel på sommargäster från storstan som inte bryr sig om eldningsförbudet. Håll dig borta från området.",
    };
    expect(findingsOf(text, undefined, "IM7")).not.toHaveLength(0);
  });

  it("refuses visitors who use the water 'as if it were theirs'", () => {
    const text: Input = {
      language: "en",
      title: "Water restrictions",
      body: "Storage tanks are below 40%. The main reason is the crowds of visitors who flood our town every holiday weekend and use our water as if it were theirs. No lawn watering until Monday.",
    };
    expect(findingsOf(text, undefined, "IM7")).not.toHaveLength(0);
  });

  it("leaves a warning to people who ignore closures", () => {
    const text: Input = {
      language: "en",
      title: "Road closures",
      body: "Several roads are closed because of flooding. Road users who ignore road closure signs are breaking the law. Please find another route.",
    };
    expect(findingsOf(text, undefined, "IM7")).toHaveLength(0);
  });
});

describe("[IM3] a party as the cause, and a call to vote", () => {
  it("refuses a leak blamed on 'den förra S-ledda majoriteten'", () => {
    const text: Input = {
      title: "Vattenläckorna i Granvik",
      body: "Två nya vattenläckor har uppstått på Ringvägen. Läckorna beror på att den förra S-ledda majoriteten skar ned på underhållet. En vattentank står vid förskolan.",
    };
    expect(findingsOf(text, undefined, "IM3").filter((f) => f.severity === "error")).toHaveLength(1);
  });

  it("leaves a mayor who declares an emergency due to flooding", () => {
    const text: Input = {
      language: "en",
      title: "State of emergency",
      body: "Mayor Brown declared a local state of emergency due to the flooding on Tuesday. Residents of River Road should leave now.",
    };
    expect(findingsOf(text, undefined, "IM3").filter((f) => f.severity === "error")).toHaveLength(0);
  });

  it("refuses a re-election slogan in an emergency post", () => {
    const text: Input = {
      language: "en",
      kind: "social",
      body: "Snow emergency: parking is banned on all snow routes until 6 p.m. Wednesday. Next update at noon. Re-elect Mayor Whitfield on March 3!",
    };
    expect(findingsOf(text, undefined, "IM3").filter((f) => f.severity === "error")).toHaveLength(1);
    const sv: Input = {
      kind: "social",
      body: "Snöröjningen pågår i hela kommunen. Välj om du vill få sms eller mejl när din gata är plogad.",
    };
    expect(findingsOf(sv, undefined, "IM3")).toHaveLength(0);
  });
});

describe("[OP13/OP14] procedures cited instead of an answer", () => {
  it("refuses 'why no VMA?' answered with the routines followed", () => {
    const text = faq(
      "Varför skickades inget VMA när branden bröt ut?",
      "Beslut om VMA fattas av räddningsledaren i enlighet med gällande rutiner. Räddningstjänsten följer alltid de rutiner som finns. Har du fler frågor kan du ringa kontaktcenter på 0950-410 00.",
    );
    expect(findingsOf(text, undefined, "OP14")).toHaveLength(1);
  });

  it("refuses a data question talked around with 'if you have questions, call'", () => {
    const text = faq(
      "Was my personal information stolen in the cyberattack?",
      "The City takes the privacy and security of resident data extremely seriously, and we continue to work closely with our partners. If you have questions about a City account, please call 311.",
      "en",
    );
    expect(findingsOf(text, undefined, "OP13")).toHaveLength(1);
  });

  it("leaves a why answered with the routine's reason, and a real condition", () => {
    const why = faq(
      "Varför skickades inget VMA?",
      "Enligt gällande rutiner skickas VMA när många människor behöver varnas samtidigt. Branden hotade bara två gårdar, så räddningstjänsten knackade dörr i stället.",
    );
    expect(findingsOf(why, undefined, "OP14")).toHaveLength(0);
    const cond = faq(
      "Is the library open this weekend?",
      "If you have a library card, you can use the self-service lending on Saturday from 10 a.m. We take safety seriously.",
      "en",
    );
    expect(findingsOf(cond, undefined, "OP13")).toHaveLength(0);
  });
});

describe("[AU1] a text labelled easy Swedish that is far from it", () => {
  it("refuses officialese under 'Lättläst:'", () => {
    const text: Input = {
      kind: "faq",
      title: "Lättläst: Varför ska jag koka vattnet?",
      body: "Kommunen har vid provtagning på utgående dricksvatten från vattenverket påvisat koliforma bakterier, vilket indikerar fekal kontaminering. Som en försiktighetsåtgärd utfärdas därför en kokningsrekommendation för samtliga abonnenter inom verksamhetsområdet. Koka vattnet i en minut innan du dricker det. Kommunen genomför kontinuerlig provtagning i distributionsnätet i syfte att säkerställa dricksvattenkvaliteten. Ring kommunen om du har frågor: 0950-410 00.",
    };
    expect(findingsOf(text, undefined, "AU1").map((f) => f.severity)).toEqual(["error"]);
    // The same text without the label is only hard to read.
    expect(
      findingsOf({ ...text, title: "Varför ska jag koka vattnet?" }, undefined, "AU1").map((f) => f.severity),
    ).toEqual(["warn"]);
  });
});

describe("[AU24] every route onwards marked Swedish-only", () => {
  const notice = (routes: string): Input => ({
    language: "en",
    title: "Boil water advice in Granvik",
    body: `Tests found coliform bacteria in the drinking water in Granvik. Boil all water used for drinking or cooking until further notice. ${routes}`,
  });

  it("refuses two routes both in Swedish only", () => {
    const text = notice(
      "For more information, visit granvik.se/vatten (in Swedish only) or call 0650-55 10 00, where questions are answered in Swedish.",
    );
    expect(findingsOf(text, undefined, "AU24").map((f) => f.severity)).toEqual(["error"]);
  });

  it("warns only on one route marked '(in Swedish)', and leaves an English route beside it", () => {
    expect(
      findingsOf(notice("Read more at granvik.se/vatten (in Swedish)."), undefined, "AU24").map((f) => f.severity),
    ).toEqual(["warn"]);
    const both = notice(
      "Read granvik.se/vatten (in Swedish only); the English version is at granvik.se/en. Calls are answered in Swedish.",
    );
    expect(findingsOf(both, undefined, "AU24")).toHaveLength(0);
  });
});

describe("[OP7] 'åtgärder har vidtagits' that names no measure", () => {
  it("refuses the bare stock sentence", () => {
    const text: Input = {
      title: "Läget vid vattenverket",
      body: "Uppdatering 21 augusti kl. 11.00. Med anledning av det tekniska felet vid vattenverket under natten har åtgärder vidtagits och situationen hanteras. Vattnet kan användas som vanligt.",
    };
    expect(findingsOf(text, undefined, "OP7").map((f) => f.severity)).toContain("error");
  });

  it("only warns when the measure's purpose or content follows", () => {
    const en: Input = {
      language: "en",
      title: "Measles cases",
      body: "Three cases have been confirmed and public health measures have been put in place to prevent further infection. Check your vaccination status.",
    };
    expect(findingsOf(en, undefined, "OP7").map((f) => f.severity)).not.toContain("error");
    const sv: Input = {
      title: "Läget vid vattenverket",
      body: "Åtgärder har vidtagits: ledningen är avstängd och vi spolar nätet i dag. Vattnet kan användas som vanligt.",
    };
    expect(findingsOf(sv, undefined, "OP7").map((f) => f.severity)).not.toContain("error");
  });
});

describe("[FS14] the text names itself the first word, days late", () => {
  it("refuses 'this is our first statement' on a spill three days old", () => {
    const text: Input = {
      language: "en",
      title: "Statement on the Miller Creek fuel spill",
      body: "Tuesday, May 12, 2026. This is the County's first statement on the diesel spill into Miller Creek that occurred on Saturday morning, May 9. Tests show diesel in the creek. Do not drink water from private wells near the creek.",
    };
    expect(findingsOf(text, undefined, "FS14")).toHaveLength(1);
  });

  it("refuses 'vi fick de första rapporterna i lördags' in a Thursday bulletin", () => {
    const text: Input = {
      title: "Magsjuka i Lindåsen – koka vattnet",
      body: "Norrsjö kommun, torsdag 12 mars kl. 16.00. Sedan i lördags har ett 40-tal personer blivit sjuka. Vi fick de första rapporterna om sjukdomsfallen i lördags och har sedan dess utrett saken. Koka vattnet.",
    };
    expect(findingsOf(text, undefined, "FS14")).toHaveLength(1);
  });

  it("leaves a first statement on the day, and first reports the same morning", () => {
    const sameDay: Input = {
      language: "en",
      title: "Fuel spill",
      body: "Saturday, May 9, 2026. This is our first statement on the diesel spill into Miller Creek this morning, May 9. Keep out of the creek.",
    };
    expect(findingsOf(sameDay, undefined, "FS14")).toHaveLength(0);
    const sv: Input = {
      title: "Magsjuka i Lindåsen",
      body: "Norrsjö kommun, lördag kl. 16.00. Vi fick de första rapporterna om sjukdomsfallen i morse. Koka vattnet tills vidare.",
    };
    expect(findingsOf(sv, undefined, "FS14")).toHaveLength(0);
  });
});

describe("[FA7] certainty ahead of the evidence", () => {
  it("refuses a certain restoration time while the fault is not yet found", () => {
    const text: Input = {
      language: "en",
      title: "Power outage update",
      body: "About 4,800 customers lost power at 11:40 a.m. Crews are still searching for the fault and have not yet located it. Power will be fully restored to all customers by 8:00 p.m. tonight. Next update at 3:00 p.m.",
    };
    expect(findingsOf(text, undefined, "FA7").map((f) => f.severity)).toEqual(["error"]);
  });

  it("refuses an all-clear while the tests are still out", () => {
    const text: Input = {
      kind: "correction",
      title: "Det har inte hittats legionella i badhuset",
      body: "Det stämmer inte att det har hittats legionella i badhuset. Vattnet i bassängerna är helt rent och det finns ingen risk för badgästerna. Provsvaren väntas på torsdag och badhuset håller stängt tills dess.",
    };
    expect(findingsOf(text, undefined, "FA7").map((f) => f.severity)).toEqual(["error"]);
  });

  it("leaves an estimate beside a fault not yet found, and an all-clear with the results in", () => {
    const estimate: Input = {
      language: "en",
      title: "Power outage update",
      body: "Crews have not yet located the fault. The utility expects power to be restored by about 8 p.m. Next update at 3 p.m.",
    };
    expect(findingsOf(estimate, undefined, "FA7").map((f) => f.severity)).not.toContain("error");
    const done: Input = {
      title: "Badhuset öppnar igen",
      body: "Provsvaren kom i dag och visar att vattnet är helt rent. Badhuset öppnar i morgon kl. 9.",
    };
    expect(findingsOf(done, undefined, "FA7")).toHaveLength(0);
  });
});

describe("[AC17] an announcement that there is information, and a link", () => {
  it("refuses 'Viktig information om ditt dricksvatten. Läs mer: <link>'", () => {
    const text: Input = {
      kind: "sms",
      body: "Västerby kommun: Viktig information om ditt dricksvatten. Läs mer: https://vasterby.se/dricksvatten-ekebacka",
    };
    expect(findingsOf(text, undefined, "AC17")).toHaveLength(1);
  });

  it("leaves a short sms that states the news before its link", () => {
    const text: Input = {
      kind: "sms",
      body: "Västerby kommun: Vattnet är avstängt på Storgatan till kl. 15. Läs mer: https://vasterby.se/vatten",
    };
    expect(findingsOf(text, undefined, "AC17")).toHaveLength(0);
  });
});

describe("[FA] hearsay with its source between the words", () => {
  it("refuses 'Uppgifter i sociala medier gör gällande att …'", () => {
    const text: Input = {
      kind: "faq",
      title: "Har fler blivit sjuka av vattnet?",
      body: "Smittskyddsläkaren har fått in 14 bekräftade fall. Uppgifter i sociala medier gör gällande att även flera barn på förskolan har insjuknat. Ring 1177 om du har fått diarré.",
    };
    expect(findingsOf(text).some((f) => f.principle === "factual" && f.severity === "error")).toBe(true);
  });
});

describe("[AU27] help for older people only by app or QR code", () => {
  const heat = (route: string): Input => ({
    language: "en",
    title: "Heatwave: advice for older residents",
    body: `Port Ardley City Council, Monday 14 July. Temperatures of 32–35°C are forecast from Tuesday. Older people are at the greatest risk from heat. Drink water regularly. ${route}`,
  });

  it("refuses an app or a QR code as the only route", () => {
    expect(
      findingsOf(
        heat(
          "To book free transport to a cooling centre, download the PortArdley Alert app or scan the QR code on this page.",
        ),
        undefined,
        "AU27",
      ),
    ).toHaveLength(1);
    const sv: Input = {
      title: "Värmebölja – råd till äldre",
      body: "Det blir över 30 grader i veckan. Äldre personer är mest känsliga för värme. Boka gratis resa till ett svalt rum: ladda ner appen Norrby Trygg och logga in med BankID.",
    };
    expect(findingsOf(sv, undefined, "AU27")).toHaveLength(1);
  });

  it("leaves the app beside a telephone number", () => {
    expect(
      findingsOf(
        heat("Download the PortArdley Alert app, or call 01632 960 450 and we will book transport for you."),
        undefined,
        "AU27",
      ),
    ).toHaveLength(0);
  });
});

describe("real texts the round's studied sets refused", () => {
  it("[FA13] leaves 'det man pratar om' (a topic) and a list item naming the sender's channel", () => {
    const school: Input = {
      title: "Förtydligande",
      body: "Det stämmer inte att det pågår en konflikt mellan skolorna. Det finns mentorer på alla skolor som fångar upp det man pratar om på skolan och jobbar med sociala frågor.",
    };
    expect(findingsOf(school).filter((f) => f.ruleId === "FA13")).toHaveLength(0);
    const channels: Input = {
      language: "en",
      kind: "faq",
      title: "What happens when a boil water notice is issued?",
      body: "We first issue a boil water notice to the affected residents via different channels:\n• Text or email sent to all registered ratepayers\n• News story posted on our website\n• Facebook post\nWe then test the network to find the source.",
    };
    expect(findingsOf(channels).filter((f) => f.ruleId === "FA13")).toHaveLength(0);
  });

  it("[FA13] still refuses 'folk pratar om' passed on", () => {
    const text: Input = {
      title: "Branden i Norrby",
      body: "Folk pratar om att två personer ska ha skadats i branden. Räddningstjänsten är på plats.",
    };
    expect(findingsOf(text).filter((f) => f.principle === "factual" && f.severity === "error")).not.toHaveLength(0);
  });

  it("[AU26] leaves red zones named by a red weather warning", () => {
    const text: Input = {
      language: "en",
      title: "Road safety alert",
      body: "People living in areas where a Red level weather warning has been issued should not make any non-essential journeys. There should be no cycling in RED zones.",
    };
    expect(findingsOf(text, undefined, "AU26")).toHaveLength(0);
    const map: Input = {
      language: "en",
      kind: "faq",
      title: "Which streets are affected?",
      body: "See the map below. Streets in red zones are affected; streets in green areas are not.",
    };
    expect(findingsOf(map, undefined, "AU26")).toHaveLength(1);
  });
});

describe("[AU21] a passive notice in which crews are named at work", () => {
  it("leaves 'will be monitored by City crews … crews will use foggers'", () => {
    const text: Input = {
      language: "en",
      kind: "faq",
      title: "What happens if a trap tests positive for West Nile virus?",
      body: "The first positive test will be monitored by City crews and within 24 hours, crews will use adulticiding, a type of insecticide. As part of adulticiding, foggers will be used in creek banks where a positive trap is found. Prior to this, residents will be notified via the City's website.",
    };
    expect(findingsOf(text, undefined, "AU21")).toHaveLength(0);
  });

  it("still refuses a passive notice where nobody acts", () => {
    const text: Input = {
      language: "en",
      title: "Water quality",
      body: "A positive sample has been found. Further samples will be taken. A decision will be made when results have been received.",
    };
    expect(findingsOf(text, undefined, "AU21")).toHaveLength(1);
  });
});

describe("[FA14] 'try to stay calm' is advice, not an all-clear", () => {
  it("leaves breathing advice and still refuses 'everything is under control'", () => {
    const advice: Input = {
      language: "en",
      kind: "faq",
      title: "What should I do during a chemical emergency?",
      body: "Go indoors and close all doors and windows. If you have trouble breathing, cover your nose and mouth with a damp cloth, then take slow, shallow breaths and try to stay calm.",
    };
    expect(findingsOf(advice, undefined, "FA14")).toHaveLength(0);
    const empty: Input = { ...advice, body: "Stay indoors. Everything is under control." };
    expect(findingsOf(empty, undefined, "FA14")).toHaveLength(1);
  });
});

describe("[FS11] the next update promised for the stamp's own day, earlier than the stamp", () => {
  const leak = (promise: string): Input => ({
    title: "Vattenläcka i Hällby centrum",
    body: `Tallåsa Vatten, publicerad onsdag 15 oktober kl. 14.30. En vattenledning har gått sönder under Torggatan. Dricksvatten finns i en tank vid Hällby torg. ${promise}`,
  });

  it("refuses 'Nästa uppdatering kommer onsdag 15 oktober kl. 11.00' under a 14.30 stamp that day", () => {
    expect(findingsOf(leak("Nästa uppdatering kommer onsdag 15 oktober kl. 11.00."), undefined, "FS11")).toHaveLength(
      1,
    );
  });

  it("leaves a promise for another named day, and a later time the same day", () => {
    expect(findingsOf(leak("Nästa uppdatering kommer torsdag 16 oktober kl. 11.00."), undefined, "FS11")).toHaveLength(
      0,
    );
    expect(findingsOf(leak("Nästa uppdatering kommer onsdag 15 oktober kl. 18.00."), undefined, "FS11")).toHaveLength(
      0,
    );
  });
});

describe("[AC19] an FAQ answer that never says what to do", () => {
  it("refuses 'Vad ska jag göra?' answered with background and a pointer", () => {
    const text = faq(
      "Jag har redan druckit kranvattnet i Sörby. Vad ska jag göra?",
      "Kokningsrekommendationen infördes måndag kl. 18.00, efter att E. coli hittats i ett rutinprov. Vi tar nya prover varje dag och räknar med svar onsdag. Aktuell information finns på tallasavatten.se/sorby.",
    );
    expect(findingsOf(text, undefined, "AC19")).toHaveLength(1);
  });

  it("refuses 'Can I use tap water for baby formula?' answered with why infants are vulnerable", () => {
    const text = faq(
      "Can I use tap water to make baby formula during the boil water notice?",
      "A boil water notice is issued when there has been a loss of pressure in the system. Infants are more vulnerable to waterborne illness than older children. For more information, call Glenwood Water at (555) 019-6600.",
      "en",
    );
    expect(findingsOf(text, undefined, "AC19")).toHaveLength(1);
  });

  it("leaves answers that say what to do, yes or no, or that nobody knows yet", () => {
    const yes = faq("Kan jag duscha utan att koka vattnet?", "Ja det kan du. Undvik att svälja vattnet.");
    const told = faq(
      "What should I do if I drank the water?",
      "Most people will not get sick. Watch for stomach symptoms and call your doctor if they start.",
      "en",
    );
    const how = faq(
      "Hur ska jag koka vattnet?",
      "Låt vattnet koka upp ordentligt så att det bubblar. Låt det svalna innan du dricker.",
    );
    for (const text of [yes, told, how]) expect(findingsOf(text, undefined, "AC19")).toHaveLength(0);
  });
});

describe("[OP14] 'if you notice a smell' is advice, not the reason asked for", () => {
  it("refuses 'What caused the smell?' answered with priorities and advice", () => {
    const text = faq(
      "What caused the chemical smell in the water in Northfield?",
      "Your safety is our top priority. Our water quality team has been working around the clock, and we are committed to safe, reliable water. The water continues to meet all drinking water standards. If you notice an unusual smell, run your cold tap for two minutes.",
      "en",
    );
    expect(findingsOf(text, undefined, "OP14")).toHaveLength(1);
  });
});

describe("[FA15] 'kan drickas som vanligt' beside 'rekommenderar vi att du kokar vatten'", () => {
  it("refuses the contradiction in the present tense", () => {
    const text = faq(
      "Behöver jag koka vattnet i Ulvsjö?",
      "Nej. Vattnet i Ulvsjö är tjänligt och kan drickas som vanligt. Tills svaret på det nya provet kommer rekommenderar vi att du kokar vatten som ska användas till dryck och matlagning.",
    );
    expect(findingsOf(text, undefined, "FA15")).toHaveLength(1);
  });

  it("leaves the advice to boil alone", () => {
    const text = faq(
      "Behöver jag koka vattnet i Ulvsjö?",
      "Ja. Tills svaret på det nya provet kommer rekommenderar vi att du kokar vatten som ska användas till dryck och matlagning.",
    );
    expect(findingsOf(text, undefined, "FA15")).toHaveLength(0);
  });
});

describe("[FS11] an sms stamped by its sender's label", () => {
  it("refuses 'Lindvikens kommun kl. 14.40: … Nästa besked kl. 12.00.'", () => {
    const text: Input = {
      kind: "sms",
      body: "Lindvikens kommun kl. 14.40: Kokningsrekommendationen i Norrvik gäller fortfarande. Koka vatten till dryck och mat. Nästa besked kl. 12.00. Info: lindviken.se/vatten",
    };
    expect(findingsOf(text, undefined, "FS11")).toHaveLength(1);
    expect(findingsOf({ ...text, body: text.body.replace("kl. 12.00", "kl. 18.00") }, undefined, "FS11")).toHaveLength(
      0,
    );
  });
});

describe("[AC19] 'people who may have been exposed' describes, it does not tell", () => {
  it("refuses 'What should I do?' answered with the risk and the health unit's work", () => {
    const text = faq(
      "I was at the mall food court on Saturday. What should I do?",
      "A person with confirmed measles visited the food court on Saturday. Most people are vaccinated, and the risk is considered low. Public Health is working with the mall to identify people who may have been exposed.",
      "en",
    );
    expect(findingsOf(text, undefined, "AC19")).toHaveLength(1);
  });
});

describe("[IM16] a shop recommended with praise, or its offer in words", () => {
  it("refuses 'Vi rekommenderar också ICA Kvantum Sörby, … det bästa utbudet'", () => {
    const text: Input = {
      title: "Strömavbrottet: här finns värme",
      body: "Sörby bibliotek är öppet som värmestuga kl. 09–21. Vi rekommenderar också ICA Kvantum Sörby, som har generösa öppettider och det bästa utbudet av batterier och ved.",
    };
    expect(findingsOf(text, undefined, "IM16")).toHaveLength(1);
  });

  it("refuses 'encouraged to shop at FreshWay Market … 10 percent off'", () => {
    const text: Input = {
      language: "en",
      title: "Bottled water during the boil notice",
      body: "Residents who prefer bottled water are encouraged to shop at FreshWay Market on Ridge Road, the best-stocked grocery in the county. Free bottled water is available at Kettle Creek Elementary School.",
    };
    expect(findingsOf(text, undefined, "IM16")).toHaveLength(1);
    const offer: Input = { ...text, body: "FreshWay Market is offering 10 percent off cases of water this week." };
    expect(findingsOf(offer, undefined, "IM16")).toHaveLength(1);
  });

  it("leaves a recommendation of what to do, with a place named", () => {
    const text: Input = {
      title: "Värmebölja",
      body: "Vi rekommenderar att du dricker mycket vatten. Vi rekommenderar Norrby bibliotek som svalt rum, öppet kl. 10–18.",
    };
    expect(findingsOf(text, undefined, "IM16")).toHaveLength(0);
  });
});

describe("[AC20] an FAQ answer to 'where' that names no place", () => {
  it("refuses tanks 'i området' and tanks for the area the outage covers", () => {
    const vague = faq(
      "Var kan jag hämta dricksvatten medan vattnet är avstängt i Ekeröd?",
      "Vi har ställt ut vattentankar i området. Ta med egna rena dunkar. Avstängningen i Ekeröd beräknas pågå till onsdag kl. 18.00.",
    );
    const area = faq(
      "Var kan jag hämta dricksvatten?",
      "Kommunen har ställt ut nödvattentankar för de hushåll som berörs av avbrottet i Lövsala. Ta med egna rena dunkar, gärna 10–20 liter per hushåll.",
    );
    for (const text of [vague, area]) expect(findingsOf(text, undefined, "AC20")).toHaveLength(1);
  });

  it("leaves a named place, a kind of place, and a question about where to find information", () => {
    const named = faq("Var kan jag hämta dricksvatten?", "Vattentankar står vid Ekeröds skola och vid Konsum.");
    const kind = faq(
      "Where can I go to stay cool during a heat wave?",
      "Spend a few hours in an air-conditioned place such as a mall or a library.",
      "en",
    );
    const source = faq(
      "Var får jag information om händelsen om det inte finns ström?",
      "Se till att ha en radio som fungerar utan ström så att du kan lyssna på din lokala P4-kanal.",
    );
    for (const text of [named, kind, source]) expect(findingsOf(text, undefined, "AC20")).toHaveLength(0);
  });
});

describe("[FS7] 'snarast' in what the reader is urged to do is no promise", () => {
  it("leaves 'uppmanar hushållen att snarast ta prov på vattnet'", () => {
    const text: Input = {
      title: "Otjänligt vatten i enskilda brunnar",
      body: "Ett antal fastigheter med enskild brunn har höga halter av E. coli. Region Gotland uppmanar hushållen att inte dricka vattnet utan att koka det och att snarast ta prov på vattnet. En tank med dricksvatten står vid Gothem kyrka.",
    };
    expect(findingsOf(text, undefined, "FS7")).toHaveLength(0);
  });

  it("still flags the sender's own 'snarast'", () => {
    const text: Input = {
      title: "Otjänligt vatten",
      body: "Ett antal fastigheter har höga halter av E. coli. Vi återkommer med mer information snarast.",
    };
    expect(findingsOf(text, undefined, "FS7")).toHaveLength(1);
  });
});

describe("[FA18] a fraud warning or general health advice has no place to name", () => {
  it("leaves a scam warning and smoke advice, and still refuses a local warning with no place", () => {
    const scam: Input = {
      title: "Varning för bluffmejl",
      body: "Falska mejl, samtal och sms förekommer i olika varianter. Just nu sker olika typer av mejlbedrägerier i högre utsträckning än vanligt. Varning: klicka inte på länkar och signera aldrig med e-legitimation om någon ber dig.",
    };
    expect(findingsOf(scam, undefined, "FA18")).toHaveLength(0);
    const fire: Input = {
      title: "Varning",
      body: "Varning för kraftig rök från en brand. Stäng fönster och dörrar och stäng av ventilationen.",
    };
    expect(findingsOf(fire, undefined, "FA18")).toHaveLength(1);
  });
});
