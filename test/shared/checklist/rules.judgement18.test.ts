/**
 * Eighteenth round: a vague name for the event ("en händelse", "the incident") is a question for the reviewer, not a
 * refusal. Police and utilities rightly publish "Polisen arbetar med en händelse i …" while a scene is worked; the
 * checklist still says the event is never named, as a warning. The wordings are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, score, type Input } from "./helpers.js";

const NOTICE: Input = {
  title: "Händelse i centrala Tallby",
  body: "Polisen arbetar just nu med en händelse i centrala Tallby. Nästa information här senast kl. 16.00. Ingen är gripen i nuläget. Polisen, region Mitt, 6 december kl. 14.20.",
};

describe("[FA16] a text that never names its event is flagged, and left to the reviewer", () => {
  it("warns, and the gate does not refuse a police notice for it", () => {
    const fa16 = findingsOf(NOTICE, undefined, "FA16");
    expect(fa16).toHaveLength(1);
    expect(fa16[0]?.severity).toBe("warn");
    const result = score(NOTICE);
    expect(result.factual.status).toBe("warn");
    expect(result.status).not.toBe("fail");
  });

  it("still refuses the same text when it also guesses at a cause", () => {
    const guessed = score({ ...NOTICE, body: `${NOTICE.body} Allt tyder på att det var anlagt.` });
    expect(guessed.status).toBe("fail");
  });
});

describe("[AC13] a danger met only with advice nobody can carry out", () => {
  const smoke = (advice: string): Input => ({
    title: "Brand i industrilokal i Norrby",
    body: `Det brinner i en industrilokal på Verkstadsgatan i Norrby och röken är kraftig. ${advice} Nästa uppdatering kl. 12.00 på norrby.se. Räddningstjänsten Norrby, 6 december kl. 10.00.`,
  });
  const measles = (advice: string): Input => ({
    language: "en",
    title: "Measles case at the central station",
    body: `A case of measles has been confirmed in a person who travelled through the central station on Wednesday between 07:30 and 09:00. Measles is highly contagious. ${advice} Next update on Monday at 12:00 at region.example. Region Health, 6 December, 10:00.`,
  });
  const ac13 = (input: Input) => findingsOf(input, undefined, "AC13");

  it("refuses 'var försiktig och följ myndigheternas råd', 'vidta nödvändiga åtgärder', 'take care of your health'", () => {
    for (const advice of [
      "Var försiktig och följ myndigheternas råd.",
      "Vi uppmanar alla boende att vidta nödvändiga försiktighetsåtgärder.",
      "Tänk på säkerheten och använd sunt förnuft.",
    ]) {
      expect(ac13(smoke(advice)), advice).toHaveLength(1);
      expect(score(smoke(advice)).active.status, advice).toBe("fail");
    }
    for (const advice of [
      "Please be aware of the situation and take care of your health.",
      "Residents are urged to take appropriate precautions.",
      "Stay safe and use common sense.",
    ])
      expect(ac13(measles(advice)), advice).toHaveLength(1);
  });

  it("leaves advice that says what to do, or where, and a text with no danger", () => {
    for (const advice of [
      "Stäng fönster och ventilation. Var försiktig.",
      "Var försiktig i trafiken runt Verkstadsgatan.",
      "Håll dig inomhus.",
    ])
      expect(ac13(smoke(advice)), advice).toEqual([]);
    expect(ac13(measles("If you have a fever and a rash, call 1177 before you visit a clinic. Stay safe."))).toEqual(
      [],
    );
    expect(
      ac13({
        title: "Ny öppettid för återvinningscentralen",
        body: "Återvinningscentralen i Norrby har nya öppettider från måndag: kl. 7–19. Var uppmärksam på skyltningen vid infarten. Norrby kommun, 6 december.",
      }),
    ).toEqual([]);
  });
});

describe("[FA13] residents' accounts passed on as fact; witnesses' accounts relayed by the police are not", () => {
  it("refuses 'Residents have told us that …' and 'Boende har berättat för oss att …'", () => {
    const en = findingsOf(
      {
        language: "en",
        title: "Water in Ashby",
        body: "Residents have told us that a contractor damaged the main on Mill Road last night, which caused the outage. Crews are repairing it. Ashby Council, 6 December, 10:00. More at ashby.gov.",
      },
      undefined,
      "FA13",
    );
    expect(en.map((f) => f.severity)).toContain("error");
    const sv = findingsOf(
      {
        title: "Strömavbrott i Västby",
        body: "Boende har berättat för oss att en grävmaskin grävde av kabeln vid Norrbyvägen. Elbolaget arbetar med felet. Västby kommun, 6 december kl. 10.00. Mer på vastby.se.",
      },
      undefined,
      "FA13",
    );
    expect(sv.map((f) => f.severity)).toContain("error");
  });

  it("leaves a police notice that relays what witnesses said", () => {
    const police = findingsOf(
      {
        title: "Skottlossning i Falkenberg",
        body: "Polisen larmades vid 16.30-tiden. Vittnen uppgav då att ett vapen avlossats i området Östra Gärdet. Polisen har spärrat av platsen. Kontakta polisen på 114 14 om du har information.",
      },
      undefined,
      "FA13",
    );
    expect(police).toEqual([]);
  });
});

describe("[IM16] a business promoted", () => {
  const im16 = (input: Input) => findingsOf(input, undefined, "IM16");
  const sv = (body: string): Input => ({ title: "Vattenskador efter skyfallet", body });
  const en = (body: string): Input => ({ language: "en", title: "After the gas leak", body });

  it("refuses a named firm recommended and an offer passed on", () => {
    expect(
      im16(sv("Många har fått vatten i källaren. Vi rekommenderar Norrby Rör & VVS AB för pumpning. Norrby kommun.")),
    ).toHaveLength(1);
    expect(im16(sv("Drabbade hushåll får 15 % rabatt på avfuktare hos en lokal butik. Norrby kommun."))).toHaveLength(
      1,
    );
    expect(
      im16(en("If you need a plumber, we recommend Smith & Sons Heating, who know the area. Norby Council.")),
    ).toHaveLength(1);
    expect(im16(en("Use promo code STORM10 at the hardware store for sandbags. Norby Council."))).toHaveLength(1);
    expect(score(en("We recommend Smith & Sons Heating for boiler checks. Norby Council.")).impartial.status).toBe(
      "fail",
    );
  });

  it("leaves a utility named for what it does, a recommendation of an action, and flower beds", () => {
    expect(
      im16(sv("Ellevio AB arbetar med att laga ledningarna. Vi rekommenderar att du håller frysen stängd.")),
    ).toEqual([]);
    expect(
      im16(en("We recommend that you run the cold tap for two minutes. Anglian Water Services is on site.")),
    ).toEqual([]);
    expect(im16(sv("Det är inte tillåtet att vattna gräsmattor eller rabatter med slang. Norrby kommun."))).toEqual([]);
    expect(im16(en("We recommend contacting your insurance company before any repair. Norby Council."))).toEqual([]);
  });
});

describe("[IM14] dramatic words spread over the text", () => {
  const im14 = (input: Input) => findingsOf(input, undefined, "IM14");
  it("refuses three different dramatic words, however they are spread", () => {
    const sv = im14({
      title: "Brand i Norrby",
      body: "Det är ett katastrofalt läge i Norrby. En enorm brand rasar i industriområdet. Röken väller in över hela stan. Stäng fönster och ventilation. Räddningstjänsten Norrby.",
    });
    expect(sv).toHaveLength(1);
    expect(sv[0]?.severity).toBe("error");
    const en = im14({
      language: "en",
      title: "Fire in Norby",
      body: "A massive fire is raging at the industrial estate. Smoke is pouring over the entire town. Close windows and doors. Norby Fire Service.",
    });
    expect(en).toHaveLength(1);
  });

  it("leaves two, as a real warning of severe weather may use them", () => {
    expect(
      im14({
        language: "en",
        title: "Flood warning",
        body: "Extremely heavy rain is expected tonight. Flooding along the river may rise fast, with dramatic scenes at the ford. Move to higher ground if told to. Norby Council.",
      }),
    ).toEqual([]);
  });
});

describe("[OP11] a decision nobody made", () => {
  const op11 = (input: Input) => findingsOf(input, undefined, "OP11");
  it("refuses 'Det har beslutats att …' and 'It has been decided that …' with no decider", () => {
    const sv = op11({
      title: "Badplatserna stängs",
      body: "Det har beslutats att samtliga kommunala badplatser stängs från i dag kl. 12 på grund av algblomning. Ängsviks kommun.",
    });
    expect(sv).toHaveLength(1);
    expect(sv[0]?.severity).toBe("error");
    expect(
      op11({
        language: "en",
        title: "Schools closed",
        body: "It has been decided that all primary schools will be closed today because of ice. Stonebridge County.",
      }),
    ).toHaveLength(1);
  });

  it("leaves a decider named in the sentence, in consultation, or by an active decision elsewhere", () => {
    expect(
      op11({ title: "Badplatserna stängs", body: "Det har beslutats av miljönämnden att badplatserna stängs i dag." }),
    ).toEqual([]);
    expect(
      op11({
        title: "Eldningsförbud",
        body: "Länsstyrelsen har fattat beslutet på grund av den höga brandrisken. Beslut har fattats i samråd med länets räddningstjänster.",
      }),
    ).toEqual([]);
    expect(
      op11({
        language: "en",
        title: "School closed Friday",
        body: "In consultation with our Superintendent, a decision was made late this afternoon to close the school tomorrow.",
      }),
    ).toEqual([]);
  });
});

describe("[OP12] an FAQ answer that does not answer its question of time", () => {
  const op12 = (title: string, body: string, language: "sv" | "en" = "sv") =>
    findingsOf({ kind: "faq", title, body, language }, undefined, "OP12");

  it("refuses an answer with no time, no condition and no admission that nobody knows", () => {
    expect(
      op12(
        "När kan vi dricka vattnet igen?",
        "Kommunen arbetar intensivt med frågan och följer utvecklingen noga tillsammans med berörda myndigheter.",
      ),
    ).toHaveLength(1);
    expect(
      op12("How long will the power cut last?", "Our teams are working hard and we thank you for your patience.", "en"),
    ).toHaveLength(1);
    expect(
      op12(
        "Frågor och svar",
        "Fråga: När öppnar skolan igen?\nSvar: Vi har full förståelse för att många undrar och arbetar för att lösa situationen.",
      ),
    ).toHaveLength(1);
  });

  it("leaves a time, a condition, an honest 'we do not know yet', and questions that are not about time", () => {
    expect(
      op12("När kan vi dricka vattnet igen?", "Tidigast på fredag. Två prover i rad måste visa att vattnet är rent."),
    ).toEqual([]);
    expect(
      op12("När kan vi dricka vattnet igen?", "När två prover i rad visar att vattnet är rent meddelar vi det här."),
    ).toEqual([]);
    expect(
      op12(
        "Hur länge kan kokrekommendationen pågå?",
        "Vi kan tyvärr inte i dagsläget svara på hur länge den kommer att gälla.",
      ),
    ).toEqual([]);
    expect(op12("How long will it last?", "We do not know yet. We expect to know more on Thursday.", "en")).toEqual([]);
    expect(op12("Varför ska jag koka vattnet?", "Kommunen arbetar intensivt med frågan.")).toEqual([]);
  });
});

describe("[AC11] smoke or gas drifting, with wind, direction or origin before the place", () => {
  const ac11 = (input: Input) => findingsOf(input, undefined, "AC11").map((f) => f.severity);
  it("refuses a drift towards homes with only a road closed for them", () => {
    expect(
      ac11({
        title: "Brand i lagerbyggnad",
        body: "Räddningstjänsten arbetar med en brand i en lagerbyggnad på Verkstadsgatan. Röken driver med vinden åt sydost, in över Ekbacken och Lövnäs. Verkstadsgatan är avstängd. Nästa uppdatering kl. 09.00.",
      }),
    ).toEqual(["error"]);
    expect(
      ac11({
        language: "en",
        title: "Chemical incident at the leisure centre",
        body: "Chlorine gas was released in the plant room. Gas is drifting north-east from the site towards the Quayside. Harbour Street is closed. We will post an update by 1pm.",
      }),
    ).toEqual(["error"]);
  });

  it("does not read the gas board's investigation 'into the cause' as a drift", () => {
    expect(
      ac11({
        language: "en",
        title: "Homes evacuated following gas leak",
        body: "Properties within a 200 metre cordon were evacuated after a gas leak. Up to 100 people left their homes as the gas board carried out an investigation into the cause of the smell.",
      }),
    ).not.toContain("error");
  });
});

describe("[FS11] the next update promised for a time the text has already passed", () => {
  const fs11 = (input: Input) => findingsOf(input, undefined, "FS11");
  it("refuses 'UPPDATERING kl 13.15 … Nästa uppdatering kl 12.00' and 'UPDATE 3:40pm … Next update at 3pm'", () => {
    expect(
      fs11({
        kind: "social",
        body: "UPPDATERING kl 13.15: Strömavbrottet i Lindås berör fortfarande ca 850 kunder. Montörer lagar kabeln vid Torggatan. Nästa uppdatering kl 12.00.",
      }),
    ).toHaveLength(1);
    expect(
      fs11({
        kind: "social",
        language: "en",
        body: "UPDATE 3:40pm: Power is still off for around 2,300 homes in Greyton. Engineers are on site. Next update at 3pm.",
      }),
    ).toHaveLength(1);
  });

  it("leaves a later time, another day, and an evening stamp with a morning promise", () => {
    const at = (stamp: string, promise: string) =>
      fs11({ body: `Uppdaterad ${stamp}. Vattnet är avstängt på Storgatan. Nästa uppdatering ${promise}.` });
    expect(at("kl. 13.15", "kl. 15.00")).toEqual([]);
    expect(at("kl. 13.15", "i morgon kl. 9")).toEqual([]);
    expect(at("kl. 22.30", "kl. 06.00")).toEqual([]);
    expect(at("6 december kl. 16.30", "kl. 14.00")).toHaveLength(1);
  });
});

describe("[FS12] out of date by its own stamp", () => {
  const fs12 = (input: Input) => findingsOf(input, undefined, "FS12");
  it("refuses an alert in force until a day before the stamp, and a weekday that is not the stamp's", () => {
    expect(
      fs12({
        language: "en",
        title: "Amber heat-health alert in place",
        body: "Posted: Friday 2 August 2024\n\nAn amber heat-health alert is in place until 9am on Monday 29 July. Keep out of the sun between 11am and 3pm.",
      }),
    ).toHaveLength(1);
    expect(
      fs12({
        title: "Snöoväder",
        body: "Publicerad 2025-01-17 kl. 07.05\n\nRäkna med att bostadsgator inte är plogade förrän under eftermiddagen i dag, måndag.",
      }),
    ).toHaveLength(1);
  });

  it("leaves a later end, the stamp's own weekday, and a text without a stamped year", () => {
    expect(
      fs12({
        language: "en",
        title: "Heat alert",
        body: "Posted: Friday 2 August 2024. The alert is in place until 9am on Monday 5 August.",
      }),
    ).toEqual([]);
    expect(fs12({ title: "Snö", body: "Publicerad 2025-01-17 kl. 07.05. Skolorna är öppna i dag, fredag." })).toEqual(
      [],
    );
    expect(fs12({ title: "Snö", body: "Publicerad 17 januari. Skolorna är öppna i dag, måndag." })).toEqual([]);
  });
});

describe("[AC13] more vague advice (blind32 studied)", () => {
  const ac13 = (input: Input) => findingsOf(input, undefined, "AC13");
  it("refuses 'Tänk på det när du planerar dagen' and 'keep an eye on conditions and look after each other'", () => {
    expect(
      ac13({
        kind: "sms",
        body: "Vattenläcka på Storgatan i Björkvik. Vattnet kan behöva stängas av med kort varsel i eftermiddag. Tänk på det när du planerar dagen. /Åsbro Energi",
      }),
    ).toHaveLength(1);
    expect(
      ac13({
        kind: "social",
        language: "en",
        body: "Orange heavy rain warning from 6pm tonight. Streams could rise quickly and there may be slips on rural roads. Please keep an eye on conditions and look after each other.",
      }),
    ).toHaveLength(1);
  });
});

describe("[OP6] 'lämnar i dagsläget inga uppgifter om …'", () => {
  it("refuses it as a refusal to comment", () => {
    const found = findingsOf(
      {
        title: "IT-störning i kommunens system",
        body: "Sedan i går kväll har kommunen störningar i flera IT-system. Kommunen lämnar i dagsläget inga uppgifter om orsaken till störningen eller om vilka system som berörs. Nästa uppdatering kl. 16.00.",
      },
      undefined,
      "OP6",
    );
    expect(found).toHaveLength(1);
  });
});

describe("[FA25] one group counted twice, differently", () => {
  const fa25 = (input: Input) => findingsOf(input, undefined, "FA25");
  it("refuses 1 200 households and then 'de 900 drabbade hushållen', and 400 homes then 'the 250 affected homes'", () => {
    expect(
      fa25({
        kind: "social",
        body: "Just nu är cirka 1 200 hushåll i Lindö utan ström. Vattenfall räknar med att de flesta av de 900 drabbade hushållen har strömmen tillbaka under kvällen.",
      }),
    ).toHaveLength(1);
    expect(
      fa25({
        language: "en",
        title: "Water off in Ashby",
        body: "About 400 homes in Ashby have no water. Bottled water is being delivered to the 250 affected homes.",
      }),
    ).toHaveLength(1);
  });

  it("leaves the group's own figure, a part of it, and counts at two moments", () => {
    const sv = (body: string) => fa25({ title: "Strömavbrott", body });
    expect(sv("Cirka 1 200 hushåll är utan ström. Av de 1 200 hushållen har 300 fått tillbaka strömmen.")).toEqual([]);
    expect(
      sv(
        "I morse var 1 200 hushåll utan ström. Montörerna har lagat två ledningar och de 900 hushållen som återstår väntas få ström i kväll.",
      ),
    ).toEqual([]);
  });
});

describe("[AC14] a correction without the right fact", () => {
  const ac14 = (input: Input) => findingsOf(input, undefined, "AC14");
  const RIGHT =
    "Avstängningen gäller Södra Ringvägen 2–28. Vattnet stängs av klockan 08.00 och är tillbaka senast klockan 15.00.";
  it("refuses 'blev datumet fel' with no date in the text, and 'the time was wrong' with no time", () => {
    expect(
      ac14({
        kind: "correction",
        title: "Rättelse: vattenavstängning",
        body: `I gårdagens meddelande blev datumet fel. Vi ber om ursäkt för det. ${RIGHT}`,
      }),
    ).toHaveLength(1);
    expect(
      ac14({
        kind: "correction",
        language: "en",
        title: "Correction: road closure",
        body: "The time of the closure was given incorrectly in yesterday's post. We apologise. The road is closed between Bridge Road and Mill Lane.",
      }),
    ).toHaveLength(1);
  });

  it("leaves the correction that states the right day or time", () => {
    expect(
      ac14({
        kind: "correction",
        title: "Rättelse: vattenavstängning",
        body: `I gårdagens meddelande blev datumet fel. Rätt datum är tisdag 10 juni. ${RIGHT}`,
      }),
    ).toEqual([]);
    expect(
      ac14({
        kind: "correction",
        language: "en",
        title: "Correction",
        body: "The time of the closure was given incorrectly. The road closes at 7pm, not 5pm.",
      }),
    ).toEqual([]);
  });
});

describe("[AU20] 'comments saying that …' opens with the rumour", () => {
  it("refuses a text that repeats the comments' claims before the fact", () => {
    const found = findingsOf(
      {
        language: "en",
        title: "Boil water notice: is the water poisonous?",
        body: "We have seen a lot of comments saying that the boil water notice means our water has been poisoned. The notice was issued as a precaution after a drop in pressure on Monday. Tests so far have not found any harmful bacteria.",
      },
      undefined,
      "AU20",
    );
    expect(found.map((f) => f.severity)).toContain("error");
  });
});

describe("[FS13] news saved for a meeting", () => {
  const fs13 = (input: Input) => findingsOf(input, undefined, "FS13");
  it("refuses what people need held back for a press conference or a community meeting", () => {
    expect(
      fs13({
        kind: "social",
        body: "Alla elever är oskadda. Polisen och kommunen håller en presskonferens klockan 15.00 i stadshuset. Där berättar vi mer om vad som har hänt och vad som gäller för skolan i morgon.",
      }),
    ).toHaveLength(1);
    expect(
      fs13({
        language: "en",
        title: "Update: explosion on Carlton Street",
        body: "The cordon remains in place. Residents will be told whether and when they can return home at a community meeting at St Luke's Church Hall at 7pm tomorrow.",
      }),
    ).toHaveLength(1);
  });

  it("leaves an invitation to a meeting and meetings held as well", () => {
    expect(
      fs13({
        title: "Brand i skolan",
        body: "Ingen har skadats. Föräldrarna kallas till ett informationsmöte i skolans matsal i kväll kl 19.00.",
      }),
    ).toEqual([]);
    expect(
      fs13({
        title: "Läget i länet",
        body: "Information och kommentarer om läget kommer också att ges vid återkommande pressträffar.",
      }),
    ).toEqual([]);
  });
});

/** A code review's counter-examples: ordinary authority texts the first versions of the new rules refused. */
describe("eighteenth round, after the review: real-looking texts the new rules leave alone", () => {
  const errorsOf = (input: Input, ruleId: string) =>
    findingsOf(input, undefined, ruleId).filter((f) => f.severity === "error");
  const cases: [ruleId: string, input: Input][] = [
    [
      "AC13",
      {
        title: "Dödsskjutning i centrum",
        body: "En man avled i natt efter att ha skjutits på Storgatan. Polisen har gripit en misstänkt och bedömer att det inte finns någon fara för allmänheten. Krisstöd finns i Folkets hus i dag kl. 12–20. Ta hand om varandra.",
      },
    ],
    [
      "AC13",
      {
        language: "en",
        title: "Gritting tonight",
        body: "Our gritters will be out from 7pm tonight treating priority routes across the borough. Ice is likely on untreated roads and pavements overnight. Please take care.",
      },
    ],
    [
      "AC14",
      {
        language: "en",
        title: "Vaccination appointment texts",
        body: "Some patients were sent a text message with the wrong time for their vaccination appointment. If you received a text from us this week, please call the surgery on 01632 960000 to check your appointment.",
      },
    ],
    [
      "AC14",
      {
        kind: "faq",
        title: "Varför blev datumet fel på min faktura?",
        body: "Ett tekniskt fel hos vår leverantör gjorde att förfallodagen på vissa fakturor blev fel. Du behöver inte göra något: vi skickar en ny faktura med rätt förfallodag.",
      },
    ],
    [
      "AC14",
      {
        kind: "correction",
        language: "en",
        title: "Correction",
        body: "In yesterday's post the date was wrong. The correct date is 12th June.",
      },
    ],
    [
      "OP11",
      {
        title: "Skolorna stänger",
        body: "Kommunens krisledningsgrupp har sammanträtt i eftermiddag. Det har beslutats att alla skolor i kommunen håller stängt i morgon på grund av stormen.",
      },
    ],
    [
      "OP11",
      {
        language: "en",
        title: "Rest centre",
        body: "Following a meeting of the Local Resilience Forum this morning, a decision has been taken to open a rest centre at the leisure centre.",
      },
    ],
    [
      "OP11",
      {
        title: "Avspärrningen utvidgas",
        body: "Beslut har fattats av räddningsledaren att utvidga avspärrningen till 300 meter runt fabriken. Håll dig utanför området.",
      },
    ],
    [
      "OP11",
      {
        language: "en",
        title: "Swimming",
        body: "A decision has been made by our Director of Public Health to close the beach until the results are known.",
      },
    ],
    [
      "OP12",
      {
        kind: "faq",
        language: "en",
        title: "When should I call 999?",
        body: "Call 999 if someone is seriously ill or injured and their life is at risk. For anything else, call NHS 111.",
      },
    ],
    [
      "OP12",
      {
        kind: "faq",
        title: "När ska jag ringa 112?",
        body: "Ring 112 vid akut fara för liv, hälsa, egendom eller miljö.",
      },
    ],
    ["OP12", { kind: "faq", title: "Hur länge kommer arbetet att pågå?", body: "Ungefär två veckor." }],
    [
      "OP12",
      { kind: "faq", title: "Hur länge tar det att få svar?", body: "Vi handlägger ansökningarna inom 14 dagar." },
    ],
    [
      "OP12",
      {
        kind: "faq",
        language: "en",
        title: "How long will it take?",
        body: "We aim to respond within 10 working days.",
      },
    ],
    [
      "OP12",
      { kind: "faq", title: "Hur länge gäller rekommendationen?", body: "Rekommendationen gäller tills vidare." },
    ],
    [
      "OP12",
      {
        kind: "faq",
        language: "en",
        title: "When will my bin be collected?",
        body: "Your bin will be collected on your usual collection day.",
      },
    ],
    [
      "IM16",
      {
        language: "en",
        title: "Council tax help for flooded homes",
        body: "Households whose homes were flooded can apply for a council tax discount for up to three months. Apply online or call 01233 330000.",
      },
    ],
    [
      "IM16",
      {
        title: "Rabatt på VA-fakturan",
        body: "Hushåll som var utan vatten i mer än tre dygn får 25 procent rabatt på nästa VA-faktura. Rabatten dras automatiskt.",
      },
    ],
    [
      "IM16",
      {
        language: "en",
        title: "Blue Badges",
        body: "We recommend contacting Customer Services on 0300 123 4567 if you need a replacement badge.",
      },
    ],
    [
      "FS11",
      {
        title: "Brand i industribyggnad",
        body: "Uppdatering kl. 19.30: Branden är under kontroll men räddningstjänsten är kvar under natten. Håll fönster stängda i Norrby. Nästa uppdatering kommer kl. 08.00.",
      },
    ],
    [
      "FS11",
      {
        language: "en",
        title: "Fire",
        body: "UPDATE: The fire, which started at 11pm last night, is now under control. Residents in Millbrook should keep windows closed. Next update at 10am.",
      },
    ],
    [
      "FS11",
      {
        title: "Väg 40",
        body: "Uppdaterad information: Väg 40 stängs kl. 22 i kväll för reparation. Nästa uppdatering kl. 18.",
      },
    ],
    [
      "FS11",
      {
        language: "en",
        title: "Power",
        body: "Update 3.40pm: Power is off for 200 homes in Ashby. Engineers are on site. Next update at 5.30.",
      },
    ],
    [
      "FS12",
      {
        language: "en",
        title: "Christmas bin collections",
        body: "Posted 20 December 2024. Bin collections will be one day later than usual until 3 January. Please put your bin out by 7am.",
      },
    ],
    [
      "FS12",
      {
        language: "en",
        title: "Hosepipe ban lifted",
        body: "Posted 2 October 2024. The temporary use ban, which was in force until 30 September, has now ended.",
      },
    ],
    [
      "FS12",
      {
        title: "Vattenavstängning",
        body: "Publicerad 2025-01-16, uppdaterad 2025-01-17 kl. 07.10. I dag, fredag, är vattnet avstängt på Storgatan mellan kl. 9 och 15.",
      },
    ],
    [
      "FA25",
      {
        title: "Strömavbrott",
        body: "Cirka 2 000 kunder är utan ström efter stormen. De 400 kunderna i Ytterby beräknas få tillbaka strömmen i kväll.",
      },
    ],
    [
      "FA25",
      {
        language: "en",
        title: "Evacuation",
        body: "Around 60 residents were evacuated. The 12 residents who cannot return tonight have been given temporary accommodation.",
      },
    ],
    [
      "FA25",
      {
        title: "Strömavbrott",
        body: "Omkring 1\u202f200 hushåll är utan ström. Av de 1\u202f200 hushållen har 300 fått tillbaka strömmen.",
      },
    ],
    [
      "IM14",
      {
        title: "Skyfall",
        body: "Kraftiga skyfall har orsakat översvämningar över hela kommunen. På flera platser väller vatten upp ur brunnarna. Det finns ingen anledning till panik, men undvik att köra genom vattensamlingar.",
      },
    ],
    [
      "AC11",
      {
        language: "en",
        title: "Heath fire",
        body: "Crews are tackling a heath fire near Ashdown. The smoke is drifting away from homes, out over the sea. Forest Road is closed between Ashdown and Crowborough.",
      },
    ],
    [
      "AC11",
      {
        language: "en",
        title: "Thunderstorms",
        body: "The Met Office has issued a yellow warning for thunderstorms. A band of cloud is moving in over the county this afternoon. Several roads are closed because of flooding.",
      },
    ],
    [
      "OP6",
      {
        title: "Gripen för mord",
        body: "En man har gripits misstänkt för mordet i Norrby i lördags. Polisen lämnar i nuläget inga uppgifter om den gripnes identitet av hänsyn till förundersökningen.",
      },
    ],
    [
      "FA13",
      {
        language: "en",
        title: "Brown water",
        body: "Residents have told us their water is brown this morning. This is because we are flushing the mains after a repair. The water is safe to drink. Run the cold tap until it clears.",
      },
    ],
    [
      "FA13",
      {
        title: "Smällar vid Torget",
        body: "Flera boende har uppgett att de hört kraftiga smällar vid Torget i natt. Polisen har undersökt platsen och hittat rester av fyrverkerier. Ingen har skadats.",
      },
    ],
  ];
  it.each(cases)("%s leaves the text", (ruleId, input) => {
    expect(errorsOf(input, ruleId)).toEqual([]);
  });
});

describe("[AC10] named streets closed are something a driver acts on", () => {
  const ac10 = (input: Input) => findingsOf(input, undefined, "AC10");
  it("leaves a short police post that closes named streets", () => {
    expect(
      ac10({
        kind: "social",
        language: "en",
        body: "A police operation is currently underway in Fyshwick. There is no access to Cessnock Street and Goolwa Place. More to come.",
      }),
    ).toEqual([]);
  });

  it("still refuses the same post without the closure", () => {
    expect(
      ac10({
        kind: "social",
        language: "en",
        body: "A police operation is currently underway in Fyshwick. More to come.",
      }),
    ).toHaveLength(1);
  });
});
