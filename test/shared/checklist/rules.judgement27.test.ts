/**
 * Twenty-seventh round: flawed messages the tuning sets still let through, read for what they share. A headline
 * decision that nothing in the message explains (OP17); refusals to say what is known in other words (OP6; "besvarar
 * inte frågor" was tried and dropped, see SPEC.md); a guessed source or intrusion (FA12). The wordings are written for
 * these tests, each beside a near wording a real notice uses.
 */
import { describe, it } from "vitest";
import { checkRows as check, msg } from "./helpers.js";

const bulletin = (title: string, body: string, language: "sv" | "en" = "sv") => msg("bulletin", body, language, title);

describe("[OP17] a headline decision never explained", () => {
  it("refuses a closure, a ban or a cancellation that the message never explains", () => {
    check([
      [
        "OP17",
        bulletin(
          "Sjöbadet stängs",
          "Hagby kommun stänger Sjöbadet från och med fredag 10 juli. Stängningen gäller tills vidare. Närmaste öppna bad är Kvarnviken. Frågor: kontaktcenter 0123-45 67 89. Vi uppdaterar här måndag 13 juli.",
        ),
        true,
      ],
      [
        "OP17",
        bulletin(
          "Riverside Library closed from Monday",
          "Westham Council has decided to close Riverside Library from Monday 6 July until Friday 17 July. Books can be returned at the Central Library. Questions: 01632 960 111. We will confirm the reopening on 15 July.",
          "en",
        ),
        true,
      ],
      [
        "OP17",
        bulletin(
          "Besöksförbud på avdelning 4",
          "Från och med i dag gäller besöksförbud på avdelning 4 vid Hagby sjukhus tills vidare. Du som har en närstående inlagd kan ringa avdelningen. Undantag görs för svårt sjuka patienters närstående.",
        ),
        true,
      ],
      [
        "OP17",
        bulletin(
          "Mill Road Bridge closed",
          "Hagford County Public Works has closed Mill Road Bridge to all traffic until further notice. Detour: use Route 9. Questions: (555) 014-2271. Next update Friday at noon.",
          "en",
        ),
        true,
      ],
    ]);
  });

  it("reads a closure told as a state in the headline as the decision", () => {
    check([
      [
        "OP17",
        bulletin(
          "Ekhamra skola stängd torsdag och fredag",
          "Ekhamra skola håller stängt torsdag 12 och fredag 13 december. Eleverna får uppgifter via Skolplattformen. Vi meddelar senast fredag kl. 15.00 vad som gäller från måndag.",
        ),
        true,
      ],
      [
        "OP17",
        bulletin(
          "Besöksstopp på Lillåsens äldreboende",
          "Från och med onsdag 4 februari gäller besöksstopp på Lillåsens äldreboende. Du som är anhörig kan ringa avdelningen mellan kl. 10 och 19.",
        ),
        true,
      ],
      [
        "OP17",
        bulletin(
          "Ekhamra skola stängd torsdag och fredag",
          "Ekhamra skola håller stängt torsdag 12 och fredag 13 december på grund av ett vattenläckage i matsalen.",
        ),
        false,
      ],
      ["OP17", bulletin("Är skolan stängd i morgon?", "Nej, Ekhamra skola har öppet som vanligt i morgon."), false],
    ]);
  });

  it("lets a decision through when the message gives a reason, a danger or an event behind it", () => {
    check([
      [
        "OP17",
        bulletin(
          "Sjöbadet stängs",
          "Hagby kommun stänger Sjöbadet från och med fredag 10 juli eftersom proverna visar höga halter av bakterier. Närmaste öppna bad är Kvarnviken.",
        ),
        false,
      ],
      [
        "OP17",
        bulletin(
          "Sjöbadet stängs",
          "Algblomning har upptäckts i Sjöbadet. Hagby kommun stänger badet från och med fredag 10 juli. Närmaste öppna bad är Kvarnviken.",
        ),
        false,
      ],
      [
        "OP17",
        bulletin(
          "Mill Road Bridge closed",
          "Inspectors found serious damage to the supports of Mill Road Bridge this morning. The bridge is closed to all traffic until repairs are done. Detour: use Route 9.",
          "en",
        ),
        false,
      ],
      [
        "OP17",
        bulletin(
          "Riverside Library closed on Monday",
          "Riverside Library is closed on Monday 6 July for maintenance of the heating system. Books can be returned at the Central Library.",
          "en",
        ),
        false,
      ],
      [
        "OP17",
        bulletin(
          "Skolorna stängs enligt regeringens beslut",
          "Skolorna i kommunen håller stängt från och med onsdag enligt regeringens beslut. Undervisningen sker på distans.",
        ),
        false,
      ],
    ]);
  });

  it("leaves a lifted ban to the rules of a lifted ban", () => {
    check([
      [
        "OP17",
        bulletin(
          "Eldningsförbudet upphävs",
          "Från och med måndag 22 juni klockan 12.00 är eldningsförbudet i Hagby kommun upphävt. Var fortsatt försiktig när du grillar.",
        ),
        false,
      ],
      [
        "OP17",
        bulletin(
          "Fortsatt eldningsförbud, men okej att grilla",
          "Det är fortfarande eldningsförbud, men från och med i dag är det tillåtet att grilla på egen tomt. Det har länsstyrelsen bestämt.",
        ),
        false,
      ],
      [
        "OP17",
        bulletin(
          "Evacuation order lifted for Zone 3",
          "Residents of Zone 3 may return home from 10 a.m. on Sunday. Drive slowly: crews are still working on the roads.",
          "en",
        ),
        false,
      ],
    ]);
  });

  it("asks only of a bulletin whose headline is the decision", () => {
    check([
      [
        "OP17",
        bulletin(
          "Information om Sjöbadet",
          "Hagby kommun stänger Sjöbadet från och med fredag 10 juli. Närmaste öppna bad är Kvarnviken.",
        ),
        false,
      ],
      ["OP17", msg("sms", "Hagby kommun: Sjöbadet stängs från fredag 10 juli. Mer info: hagby.se/bad"), false],
    ]);
  });
});

describe("[OP6] a refusal to say what is known, in other words", () => {
  it("refuses nothing to add, a question waved off and a known thing withheld by will", () => {
    check([
      [
        "OP6",
        bulletin(
          "Angående händelsen på Björkskolan",
          "Med anledning av det som hände på Björkskolan i tisdags har kommunen i dagsläget inget att tillägga. Skolan har öppet som vanligt.",
        ),
        true,
      ],
      [
        "OP6",
        bulletin(
          "Vattenläckan i Tvärby",
          "Vattnet är avstängt för 300 hushåll. Många har frågat hur läckan uppstod. Det vill vi inte gå in på i nuläget. Nästa uppdatering kl. 17.00.",
        ),
        true,
      ],
      [
        "OP6",
        bulletin(
          "Cyberattack update",
          "Investigators have determined which files were accessed. We will not say at this stage whether residents' personal information is among them.",
          "en",
        ),
        true,
      ],
    ]);
  });

  it("lets what is not yet known, a question answered elsewhere, the police's 'no further information' and a withheld name with its reason through", () => {
    check([
      [
        "OP6",
        bulletin(
          "Händelsen på Lindgården",
          "Vi har fått många frågor om gårdagens händelse på Lindgården. Vi har ingen ytterligare information att lämna.",
        ),
        false,
      ],
      [
        "OP6",
        bulletin(
          "Vattenläckan i Tvärby",
          "Många har frågat hur läckan uppstod. Det kan vi inte svara på än: ledningen är inte uppgrävd. Nästa uppdatering kl. 17.00.",
        ),
        false,
      ],
      [
        "OP6",
        bulletin(
          "Frågor om strömavbrottet",
          "Vi svarar inte på frågor i kommentarsfältet, ring kundtjänst på 0123-45 67 89 så hjälper vi dig.",
        ),
        false,
      ],
      [
        "OP6",
        bulletin(
          "Cyberattack update",
          "We cannot yet say whether residents' personal information was among the files accessed. We will tell everyone affected directly.",
          "en",
        ),
        false,
      ],
    ]);
  });
});

describe("[FA12] a guessed source or intrusion", () => {
  it("refuses a likely source of an outbreak and a leaning towards an intrusion", () => {
    check([
      [
        "FA12",
        msg(
          "sms",
          "Hagby kommun 12/11 kl 9.30: Magsjuka har brutit ut på Solgården. Smittan kommer troligen från maten från centralköket. Besök inte Solgården.",
        ),
        true,
      ],
      [
        "FA12",
        msg(
          "social",
          "Vattenverket har problem med styrsystemet sedan i natt. Vi lutar åt att det rör sig om ett riktat dataintrång. Spara vatten i dunkar.",
        ),
        true,
      ],
    ]);
  });

  it("lets an authority's attributed finding of the source through", () => {
    check([
      [
        "FA12",
        msg(
          "sms",
          "Hagby kommun 12/11 kl 9.30: Magsjuka har brutit ut på Solgården. Smittskyddsläkaren bedömer att smittan kommer från maten från centralköket. Besök inte Solgården.",
        ),
        false,
      ],
    ]);
  });
});

const SV_BASE = (x: string) =>
  `Hagby kommun, tisdag 8 december 2026 kl. 10.00. Vattnet är avstängt på Storgatan efter en läcka. ${x} Vatten finns i en tank vid Torget. Nästa uppdatering kl. 14.00 på hagby.se/vatten.`;
const EN_BASE = (x: string) =>
  `Hagford Council, Tuesday 8 December 2026, 10am. Water is off on High Street after a burst main. ${x} Drinking water is available from a tank on Market Square. Next update at 2pm at hagford.gov.uk/water.`;
const sv = (x: string) => bulletin("Vattnet avstängt på Storgatan", SV_BASE(x));
const en = (x: string) => bulletin("Water off on High Street", EN_BASE(x), "en");

describe("[IM9] critics named by an epithet, complaints waved off, condescension", () => {
  it("refuses epithets for critics, a rival's statement called a stunt, and complaints called no help", () => {
    check([
      ["IM9", sv("Till alla besserwissrar på Facebook: vi vet faktiskt vad vi håller på med."), true],
      ["IM9", sv("Klagomålen från pensionärerna i Solbacka hjälper ingen och tar bara tid från arbetet."), true],
      ["IM9", sv("Vi förstår inte varför folk inte kan läsa en enkel skylt."), true],
      ["IM9", en("To the armchair engineers on Facebook: we do actually know what we are doing."), true],
      ["IM9", en("Complaints from the same handful of serial moaners are not helping anyone."), true],
      ["IM9", en("The opposition's stunt in the local paper is pure populist nonsense."), true],
    ]);
  });

  it("lets complaints and critics named plainly through", () => {
    check([
      ["IM9", sv("Vi har fått många klagomål om lukten och tar dem på allvar: provsvaren publiceras i morgon."), false],
      ["IM9", en("We have had many complaints about the smell, and we take them seriously."), false],
      ["IM9", en("Several engineers from the water company are on site and will work through the night."), false],
    ]);
  });
});

describe("[IM7] a habit pinned on a group", () => {
  it("refuses a group said to be known for wasting water", () => {
    check([["IM7", en("Asylum seekers housed at the hotel are known to waste water."), true]]);
  });

  it("lets a group named with the help it gets through", () => {
    check([["IM7", en("Asylum seekers housed at the hotel will get bottled water delivered by the council."), false]]);
  });
});

describe("[IM1] a predecessor's neglect in other words", () => {
  it("refuses pipes said to have been let rot", () => {
    check([
      ["IM1", en("The previous Labour administration let the pipes rot, and now we are all paying for it."), true],
    ]);
  });
});

describe("[FA7] a restoration sworn to, the return after the sworn word", () => {
  it("refuses 'kommer garanterat tillbaka'", () => {
    check([["FA7", sv("Vattnet kommer garanterat tillbaka i kväll."), true]]);
  });

  it("lets an estimate with its source through", () => {
    check([["FA7", sv("VA-enheten beräknar att vattnet är tillbaka i kväll."), false]]);
  });
});

describe("[OP6] details not gone into", () => {
  it("refuses 'unable to go into any more detail' with no reason", () => {
    check([["OP6", en("We are unable to go into any more detail about what happened at this time."), true]]);
  });

  it("lets it through with a reason or until the family has been told", () => {
    check([
      ["OP6", en("We cannot go into further detail until the family has been told."), false],
      ["OP6", en("We can't go into detail about the patient because of patient confidentiality."), false],
    ]);
  });
});

describe("[AU19] a utility's and an incident command's shorthand in English", () => {
  it("refuses a notice written in the utility's and the command's own words", () => {
    check([
      [
        "AU19",
        en(
          "Due to a failure at PS-7, system pressure in DMA 12 has dropped below LoS thresholds and a precautionary BWN has been issued for affected service connections.",
        ),
        true,
      ],
    ]);
  });

  it("lets the same news in plain words through", () => {
    check([
      [
        "AU19",
        en("A pump failed this morning and water pressure is low in Northside. Boil tap water before drinking it."),
        false,
      ],
    ]);
  });
});

describe("[AU23] a storm notice told in idioms", () => {
  it("refuses three Swedish figures of speech in one notice", () => {
    check([
      [
        "AU23",
        sv(
          "Stormen drog fram som en ångvält i natt. Bollen ligger nu hos elnätsbolaget, som kör för fullt och hoppas kunna knyta ihop säcken före helgen.",
        ),
        true,
      ],
    ]);
  });

  it("lets one figure of speech through", () => {
    check([["AU23", sv("Håll i hatten i kväll: SMHI varnar för mycket hårda vindbyar från kl. 18."), false]]);
  });
});

describe("[IM9] a danger sold as fun", () => {
  it("refuses a storm that is coming to party, and a real treat for storm lovers", () => {
    check([
      ["IM9", en("Storm Ivy is coming to party tonight, and it will be a wild ride for all you wind lovers."), true],
      ["IM9", sv("Stormen Ivar blir en riktig höjdare för alla blåsvädersälskare i kväll."), true],
    ]);
  });
});

const svNews = (a: string, b: string) =>
  bulletin(
    "Uppdatering",
    `Hagby kommun, tisdag 8 december 2026 kl. 10.00. ${a} Vatten finns i en tank vid Torget. Ta med egna dunkar. ${b} Nästa uppdatering kl. 14.00 på hagby.se/info.`,
  );
const enNews = (a: string, b: string) =>
  bulletin(
    "Update",
    `Hagford Council, Tuesday 8 December 2026, 10am. ${a} Drinking water is available from a tank on Market Square. Bring your own containers. ${b} Next update at 2pm at hagford.gov.uk/news.`,
    "en",
  );

describe("[FA15] contradictions in more shapes", () => {
  it("refuses a fire out and still fought, fully reopened and a part closed, safe and boil, one meeting on two days", () => {
    check([
      [
        "FA15",
        svNews("Branden är helt släckt.", "Räddningstjänsten arbetar fortfarande med att släcka branden."),
        true,
      ],
      ["FA15", enNews("The fire is now completely out.", "Crews are still working to put out the fire."), true],
      [
        "FA15",
        enNews(
          "The A12 has fully reopened in both directions.",
          "The northbound carriageway of the A12 remains closed.",
        ),
        true,
      ],
      [
        "FA15",
        enNews("The water is now safe to drink as normal.", "Please continue to boil your water until further notice."),
        true,
      ],
      [
        "FA15",
        svNews(
          "Informationsmötet hålls tisdag 15 december kl. 18 i Folkets hus.",
          "Välkommen till informationsmötet onsdag 16 december kl. 18 i Folkets hus.",
        ),
        true,
      ],
      [
        "FA15",
        enNews("Water is expected back on at 4pm today.", "We expect water supplies to return at 8pm this evening."),
        true,
      ],
    ]);
  });

  it("lets damping down after the fire, a second meeting and a lifted notice's history through", () => {
    check([
      ["FA15", enNews("The fire is out.", "Crews are still damping down hotspots and will stay overnight."), false],
      [
        "FA15",
        svNews("Branden är släckt.", "Eftersläckningen pågår fortfarande och räddningstjänsten är kvar på platsen."),
        false,
      ],
      [
        "FA15",
        svNews(
          "Det första informationsmötet hålls tisdag 15 december kl. 18.",
          "Ett andra informationsmöte hålls onsdag 16 december kl. 18.",
        ),
        false,
      ],
    ]);
  });
});

describe("[FA25] the injured and the affected counted twice", () => {
  it("refuses two counts of the injured and an affected group taken back by a clause", () => {
    check([
      ["FA25", svNews("Tre personer har skadats i olyckan.", "De fem skadade har förts till Hagby sjukhus."), true],
      ["FA25", enNews("Three people were injured in the collision.", "All five injured people are in hospital."), true],
      [
        "FA25",
        msg(
          "sms",
          "Hagby Energi 24/1 kl 07.30: Ca 1 200 kunder i Kvarnviken är utan ström. De 800 kunder som berörs kan räkna med ström i kväll. Info: hagbyenergi.se",
        ),
        true,
      ],
    ]);
  });

  it("lets further injured and a part of the group through", () => {
    check([
      [
        "FA25",
        enNews("Three people were injured in the collision.", "Two further injured people were found later."),
        false,
      ],
      [
        "FA25",
        msg(
          "sms",
          "Hagby Energi 24/1 kl 07.30: Ca 1 200 kunder i Kvarnviken är utan ström. Av dem kan 800 kunder räkna med ström i kväll. Info: hagbyenergi.se",
        ),
        false,
      ],
    ]);
  });
});

describe("[FA19] a return today and a later lower bound at a clock time", () => {
  it("refuses 'reopen by 11:30' against 'until at least 2 p.m.'", () => {
    check([
      [
        "FA19",
        enNews(
          "Highway 14 is closed and is expected to reopen by 11:30 a.m.",
          "The closure is expected to last until at least 2 p.m.",
        ),
        true,
      ],
    ]);
  });

  it("lets a bound before the return through", () => {
    check([
      [
        "FA19",
        enNews("Highway 14 is expected to reopen by 6 p.m.", "The closure will last until at least 2 p.m."),
        false,
      ],
    ]);
  });
});

describe("[FA7] a test result promised before it exists", () => {
  it("refuses 'the results will be clear' while samples are at the laboratory", () => {
    check([
      [
        "FA7",
        enNews(
          "Samples were taken this morning and are being tested at the laboratory.",
          "The results will be clear, so the notice will be lifted on Wednesday.",
        ),
        true,
      ],
    ]);
  });
});

describe("[IM1] [IM12] [IM3] [IM14] [IM9] blame, boasts, sides and alarm in other words", () => {
  it("refuses a private person named as the cause, a utility's boast, a side against the council and a dramatised forecast", () => {
    check([
      ["IM1", enNews("The leak was caused by Mr. Gary Holt of 18 Elm Street.", "Residents can return home."), true],
      [
        "IM12",
        enNews("Once more our crews have shown we are the best-run utility in the province.", "Power is back."),
        true,
      ],
      [
        "IM3",
        enNews(
          "Thanks to the barrier that the Lowbridge First councillors fought for against opposition from the rest of council, the town centre stayed dry.",
          "Debris pick-up runs next week.",
        ),
        true,
      ],
      [
        "IM14",
        enNews("A catastrophic, once-in-a-lifetime blizzard is about to hit.", "Stay home on Saturday if you can."),
        true,
      ],
      ["IM9", svNews("Grattis, ni vet vilka ni är.", "Kör aldrig in i vatten på vägen."), true],
    ]);
  });

  it("lets a cause found in the pipe and a plain forecast through", () => {
    check([
      [
        "IM1",
        enNews("The leak was caused by a cracked joint in the service line.", "Residents can return home."),
        false,
      ],
      ["IM14", enNews("A blizzard with 15 to 25 cm of snow is forecast for Saturday.", "Stay home if you can."), false],
    ]);
  });
});

describe("[OP6] [FA13] a review kept inside; the reader asked to report", () => {
  it("refuses findings that will not be released, and lets a call to post reports on X through", () => {
    check([
      [
        "OP6",
        enNews(
          "The review of the flood response will be completed by August.",
          "The findings will be used internally and will not be released.",
        ),
        true,
      ],
      [
        "FA13",
        enNews("Freezing rain is expected tonight.", "To report severe weather, post reports on X using #ONStorm."),
        false,
      ],
    ]);
  });
});

describe("[AU19] the trades' own words", () => {
  it("refuses a grid operator's and a public-health unit's shorthand", () => {
    check([
      [
        "AU19",
        msg(
          "sms",
          "Hagby Elnät: Fel i nätstation N12 på mellanspänningsnätet. Omkoppling via reservmatning pågår. Beräknad spänningssättning kl 17.30. Info: hagbyelnat.se",
        ),
        true,
      ],
      [
        "AU19",
        enNews(
          "Close contacts of the index case are being identified for chemoprophylaxis with a macrolide.",
          "Symptomatic contacts should be excluded pending antimicrobial therapy.",
        ),
        true,
      ],
    ]);
  });

  it("lets one such word in a plain notice through", () => {
    check([
      [
        "AU19",
        enNews("Boil potable water for one minute before drinking it.", "The pressure zone map is on our website."),
        false,
      ],
      [
        "AU19",
        svNews("Råvattnet i sjön har hög turbiditet efter regnet.", "Koka vattnet innan du dricker det."),
        false,
      ],
    ]);
  });
});
