/**
 * Seventh round: the failure mechanisms found in the misses of blind12 (the sixth round's held-out set, tuning material
 * now), each fixed as a construction and shown next to the nearest form a real authority writes. The wordings are
 * paraphrases written for these tests, not the set's items.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, type Input } from "./helpers.js";

/** The rules that say "error" for a text: the ones that make the publish gate refuse it. */
const errors = (input: Input) =>
  findingsOf(input)
    .filter((f) => f.severity === "error")
    .map((f) => f.ruleId);
const sv = (title: string, body: string) => errors({ title, body });
/** Every rule that reports on the text, whatever the severity (an event-clause promise under a stamp is a warning). */
const anySv = (title: string, body: string) => findingsOf({ title, body }).map((f) => f.ruleId);
const anyEn = (title: string, body: string) => findingsOf({ title, body, language: "en" }).map((f) => f.ruleId);
const en = (title: string, body: string) => errors({ title, body, language: "en" });

describe("FA15: a permission and a ban clash only over the same action", () => {
  it("[FA15] flags a permission for the very action a ban forbids", () => {
    expect(
      sv(
        "Grillning i Ekoparken",
        "Kl. 09.00. Det är inte tillåtet att grilla i Ekoparken. I Ekoparken går det bra att grilla som vanligt. Tallby kommun, tallby.se",
      ),
    ).toContain("FA15");
    expect(
      sv(
        "Bad vid Norrviken",
        "Kl. 09.00. Det är förbjudet att bada vid Norrviken. Vid Norrviken går det även bra att bada som vanligt. Tallby kommun, tallby.se",
      ),
    ).toContain("FA15");
  });

  it("[FA15] spares a ban on one action and a permission for another (a rule and its alternative)", () => {
    expect(
      sv(
        "Sophämtning vid halka",
        "Vägarna är isiga. Extra kärl står vid återvinningen. Det är inte tillåtet att slänga annat än hushållsavfall i de extra kärlen. Det går också bra att ställa en säck bredvid ditt vanliga kärl. Tallby kommun",
      ),
    ).not.toContain("FA15");
    expect(
      sv(
        "Eldning i naturreservatet",
        "Kl. 09.00. Det är förbjudet att elda i naturreservatet. I naturreservatet går det bra att använda stormkök på grusplanen. Tallby kommun, tallby.se",
      ),
    ).not.toContain("FA15");
  });
});

describe("FA15: open again against closed until a clock time, with a phrase between", () => {
  it("[FA15] flags 'open again' and 'the road is closed in both directions until 18'", () => {
    expect(
      sv(
        "",
        "Väg 40 vid Bryne är öppen igen efter olyckan. Omledning via Öxnevalla gäller och vägen är avstängd i båda riktningar till kl. 18. Nästa uppdatering kl. 15. /Tallby kommun, ons 28 jan kl. 12.40",
      ),
    ).toContain("FA15");
    expect(
      en(
        "",
        "The B1040 at Thorney is open again after the crash. A diversion via Eye is in place and the road is closed in both directions until 6pm. Next update 3pm. Westbury Council, Wed 28 Jan 12:40",
      ),
    ).toContain("FA15");
  });

  it("[FA15] spares a road open again and another road closed until a time", () => {
    expect(
      sv(
        "",
        "Väg 40 vid Bryne är öppen igen efter olyckan. Länsväg 156 vid Öxnevalla är avstängd i båda riktningar till kl. 18. Nästa uppdatering kl. 15. /Tallby kommun, ons 28 jan kl. 12.40",
      ),
    ).not.toContain("FA15");
  });
});

describe("FA12: a participle after an article is an adjective, not a guess about the past", () => {
  it("[FA12] still flags a hedge over a past-tense clause", () => {
    expect(
      sv(
        "Brand i skogen",
        "Kl. 14.00. Det ser ut att vara en slarvig grillare som startade branden. Räddningstjänsten är på plats. Tallby kommun",
      ),
    ).toContain("FA12");
  });

  it("[FA12] spares a forecast that names the burnt area with a participle", () => {
    expect(
      sv(
        "Skogsbrand vid Finnö",
        "Uppdatering 14.24. Branden är under kontroll. Vädret ser ut att bli gynnsamt med regn över det brandskadade området under natten. Räddningstjänsten",
      ),
    ).not.toContain("FA12");
    expect(
      en(
        "Wildfire at Pine Ridge",
        "Update 2:24 pm. The fire is contained. Rain will probably fall over the burned area overnight. Pine Ridge Fire",
      ),
    ).not.toContain("FA12");
  });
});

describe("FS7: resuming 'as soon as we safely can' is an effort, as 'så snart vi kan' is", () => {
  it("[FS7] flags the service's return promised for 'soon'", () => {
    expect(
      en(
        "Power restoration",
        "Monday 7:30 pm. Crews have suspended power restoration. Power will be restored soon. Westbury Electric",
      ),
    ).toContain("FS7");
  });

  it("[FS7] spares 'we will resume as soon as we (safely) can' after the reason for the pause", () => {
    expect(
      en(
        "Suspending power restoration",
        "Monday 7:30 pm. Due to dangerous winds we have suspended power restoration. Conditions are too dangerous for our crews. We will resume restoration as soon as we safely can.",
      ),
    ).not.toContain("FS7");
    expect(
      en(
        "Suspending repairs",
        "Monday 7:30 pm. Lightning in the area means our crews have stopped work on the water main. We will resume the repair as soon as we can.",
      ),
    ).not.toContain("FS7");
  });
});

describe("AU21: an all-clear asks nothing of its readers, and that is its message", () => {
  it("[AU21] still flags a passive text with a stock phrase that tells nobody anything", () => {
    expect(
      en(
        "Water supply",
        "A review of the incident has been carried out in consultation with stakeholders. Measures have been taken. Further steps were agreed.",
      ),
    ).toContain("AU21");
  });

  it("[AU21] spares a lifted state of emergency that names the stakeholders it consulted", () => {
    expect(
      en(
        "State of emergency lifted",
        "The state of emergency declared for the district yesterday has been lifted as of 10am today. The declaration was made in consultation with stakeholders and elected officials as a precaution. The powers were not needed. The alert was sent by phone.",
      ),
    ).not.toContain("AU21");
  });
});

describe("FA14: a phone number is no fact for a reassurance to rest on", () => {
  it("[FA14] flags an empty reassurance followed by a phone number", () => {
    expect(
      en(
        "",
        "Some online services are down today. We want to reassure residents that everything is fully under control and there is no need to worry about your data. Please call 0300 555 0199 for urgent matters. Next update tomorrow at 10am. Westbury Council, Tue 3 Jun",
      ),
    ).toContain("FA14");
    expect(
      sv(
        "Störning i e-tjänsterna",
        "Tisdag 3 juni kl. 08.00. Våra e-tjänster ligger nere. Det finns ingen anledning till oro. Ring 0951-140 00 om du behöver hjälp. Tallby kommun",
      ),
    ).toContain("FA14");
  });

  it("[FA14] spares the reassurance that rests on a count or a measurement", () => {
    expect(
      en(
        "",
        "Some online services are down today. There is no need to worry about your data: 2 300 accounts were checked and none were accessed. Please call 0300 555 0199 for urgent matters. Next update tomorrow at 10am. Westbury Council, Tue 3 Jun",
      ),
    ).not.toContain("FA14");
  });
});

describe("IM7: a group as the agent of a passive harm, and people named by having no home", () => {
  it("[IM7] flags 'started by' a group label, in either language", () => {
    expect(
      en(
        "Grass fire",
        "Wednesday 2:15 PM. Crews are at a grass fire along the river path. The fire was started by rough sleepers under the bridge. The path is closed. Westbury Fire",
      ),
    ).toContain("IM7");
    expect(
      en(
        "Grass fire",
        "Wednesday 2:15 PM. Crews are at a grass fire along the river path. Drifters who camp by the bridge are believed to have lit it. Westbury Fire",
      ),
    ).toContain("IM7");
    expect(
      sv(
        "Gräsbrand",
        "Onsdag kl. 14.15. Räddningstjänsten släcker en gräsbrand vid ån. Branden anlades av bostadslösa som håller till under bron. Gångvägen är avstängd. Tallby kommun",
      ),
    ).toContain("IM7");
  });

  it("[IM7] flags a contempt word for people without a home wherever it stands", () => {
    expect(
      en(
        "Grass fire",
        "Wednesday 2:15 PM. Crews are at a grass fire along the river path near the spot where vagrants sleep. Westbury Fire",
      ),
    ).toContain("IM7");
    expect(
      sv(
        "Gräsbrand",
        "Onsdag kl. 14.15. Räddningstjänsten släcker en gräsbrand vid ån, där luffarna brukar sova. Tallby kommun",
      ),
    ).toContain("IM7");
  });

  it("[IM7] spares help given by someone to the same people", () => {
    expect(
      sv(
        "Kylan",
        "Onsdag kl. 14.15. Ett extra härbärge har öppnats av kommunen för hemlösa. Mat har skänkts av frivilliga till bostadslösa. Tallby kommun",
      ),
    ).not.toContain("IM7");
    expect(
      en(
        "Cold weather",
        "Wednesday 2:15 PM. An emergency shelter has been set up by the council for rough sleepers. Westbury Council",
      ),
    ).not.toContain("IM7");
  });
});

describe("FS7: a service that 'comes again' soon, and the spoken 'sen'", () => {
  it("[FS7] flags a return promised for 'snart' and a promise for 'sen'", () => {
    expect(
      sv(
        "",
        "Tågen i Tallby går inte just nu. Det är för halt. Tågen går snart igen. Tallby kommun, tisdag 2 december",
      ),
    ).toContain("FS7");
    expect(
      sv("", "Vattnet i Tallby är avstängt just nu. Vi meddelar mer sen. Tallby kommun, tisdag 2 december"),
    ).toContain("FS7");
    expect(
      en(
        "",
        "Buses in Westbury are not running right now. Roads are too icy. Buses will run again soon. Westbury Council, Tue 2 Dec",
      ),
    ).toContain("FS7");
  });

  it("[FS7] spares a return at a clock time and a late evening", () => {
    expect(
      sv(
        "",
        "Tågen i Tallby går inte just nu. Det är för halt. Tågen går igen från kl. 15. Tallby kommun, tisdag 2 december",
      ),
    ).not.toContain("FS7");
    expect(
      sv(
        "",
        "Vattnet i Tallby är avstängt. Vi meddelar mer sen kväll, senast kl. 22. Tallby kommun, tisdag 2 december kl. 14",
      ),
    ).not.toContain("FS7");
  });
});

describe("FA13: the teller and the verb of telling are two words", () => {
  it("[FA13] flags posts that say people were hurt", () => {
    expect(
      en(
        "Storm",
        "Friday 9am. Posts online claim two people were injured by a falling tree on Mill Lane. Westbury Council",
      ),
    ).toContain("FA13");
  });

  it("[FA13] spares 'lamp posts' beside 'missing signs'", () => {
    expect(
      en(
        "Storm clean-up",
        "Friday 9am. All roads are now passable. Damaged lamp posts have been made safe and missing signs will be replaced. Westbury Council",
      ),
    ).not.toContain("FA13");
  });
});

describe("FS7: people at work over the coming days are an effort, not a promised return", () => {
  it("[FS7] flags the road's return promised 'over the next few days'", () => {
    expect(
      en(
        "Storm clean-up",
        "Friday 9am. Fallen trees block Mill Lane. The road will be open again over the next few days. Westbury Council",
      ),
    ).toContain("FS7");
  });

  it("[FS7] spares crews who will be working over the next few days", () => {
    expect(
      en(
        "Storm clean-up",
        "Friday 9am. Highways crews will be working over the next few days clearing debris from roads. All roads are passable. Westbury Council",
      ),
    ).not.toContain("FS7");
  });
});

describe("FA18: the sender's own area is a place", () => {
  it("[FA18] flags a warning that names no place at all", () => {
    expect(
      sv(
        "Varning för höga flöden",
        "Måndag kl. 10. SMHI har utfärdat en gul varning för höga flöden. Flödena väntas öka de närmaste dagarna. Håll dig uppdaterad.",
      ),
    ).toContain("FA18");
  });

  it("[FA18] spares 'i delar av vårt område' and 'across our district'", () => {
    expect(
      sv(
        "Varning för höga flöden",
        "Måndag kl. 10. SMHI har utfärdat en gul varning för höga flöden i delar av vårt område. Flödena väntas öka de närmaste dagarna. Håll dig uppdaterad.",
      ),
    ).not.toContain("FA18");
    expect(
      en(
        "Flood warning",
        "Monday 10am. A flood warning has been issued for rivers across our district. Levels are expected to rise. Keep up to date.",
      ),
    ).not.toContain("FA18");
  });
});

describe("AC11: wind 'över 25 m/s' is a strength, not a direction", () => {
  it("[AC11] flags wind carrying smoke over homes with nothing to do", () => {
    expect(
      sv(
        "Brand i sågverket",
        "Kl. 08.50. Det brinner i sågverket. Vinden för röken in över Skogsbacken. Räddningstjänsten släcker. Tallby kommun",
      ),
    ).toContain("AC11");
  });

  it("[AC11] spares a storm report whose wind is 'över 25 meter i sekunden'", () => {
    expect(
      sv(
        "Storm i fjällen",
        "Söndag kl. 10. Det blåser kraftigt i fjällen med vindar över 25 meter i sekunden. Stormen kan orsaka skador på skog. Räddningstjänsten har inga larm. Tallby kommun",
      ),
    ).not.toContain("AC11");
  });
});

describe("AC10: a limit lowered to a figure and a restriction for road users carry what and what to do", () => {
  it("[AC10] still refuses a short notice with nothing but a place", () => {
    expect(sv("Kvarnbron", "Vid en inspektion av Kvarnbron hittades brister i bron.")).toContain("AC10");
  });

  it("[AC10] spares a bridge notice that lowers the weight limit and turns heavy traffic away", () => {
    expect(
      sv(
        "Begränsad bärighet på Kvarnbron",
        "Vid en inspektion av Kvarnbron upptäcktes att bron har begränsad bärighet. Bärigheten sänks nu till 4 ton i väntan på nya beräkningar och underhåll av bron. Tunga fordon får inte köra över bron.",
      ),
    ).not.toContain("AC10");
  });
});

describe("FA18: a shelter order, 'varnar för' and 'flooding expected' are warnings that need a place", () => {
  it("[FA18] flags each of them with no place named", () => {
    expect(
      sv(
        "",
        "Polisen: En man med kniv har setts i området. Gå inomhus och stäng dörrar och fönster. Ring 112 om du ser något.",
      ),
    ).toContain("FA18");
    expect(
      sv(
        "",
        "Räddningstjänsten varnar för giftig rök från en brand i ett lager. Stäng fönster och ventilation. /Räddningstjänsten Mitt",
      ),
    ).toContain("FA18");
    expect(
      en(
        "",
        "Flooding likely tonight. Move valuables upstairs and do not drive through floodwater. – County Emergency Management",
      ),
    ).toContain("FA18");
  });

  it("[FA18] spares a national authority warning of a heat wave, which holds for the whole region", () => {
    expect(
      sv(
        "Värmebölja",
        "Uppdaterad 20 juli kl. 09.00. Folkhälsomyndigheten varnar för mycket höga temperaturer de kommande dagarna. Drick mycket vatten. Tallby kommun.",
      ),
    ).not.toContain("FA18");
  });

  it("[FA18] spares the same orders with the place, in the text or after a preposition or compass word in the title", () => {
    expect(
      sv(
        "",
        "Polisen: En man med kniv har setts vid Björkskolan i Tallby. Gå inomhus och stäng dörrar och fönster. Ring 112 om du ser något.",
      ),
    ).not.toContain("FA18");
    expect(
      en(
        "Smoke from Hollins Moor fire",
        "Residents in areas affected by smoke should stay indoors and keep doors and windows closed. Smoke can irritate the eyes.",
      ),
    ).not.toContain("FA18");
    expect(
      sv(
        "Gul varning norra Norrland – risk för höga flöden",
        "SMHI varnar för höga flöden under helgen. Undvik att gå nära vattendrag.",
      ),
    ).not.toContain("FA18");
  });
});

describe("AC11: a release in progress needs an instruction, as a drift does", () => {
  it("[AC11] flags gas or ammonia still escaping with only a cordon announced", () => {
    expect(
      sv(
        "Gasläcka på Kvarngatan",
        "Fredag kl. 11.35. En grävmaskin har skadat en gasledning på Kvarngatan. Räddningstjänsten har spärrat av 100 meter runt platsen. Gasen läcker fortfarande ut. Nästa uppdatering kl. 13.00. Räddningstjänsten Tallby",
      ),
    ).toContain("AC11");
    expect(
      sv(
        "Läcka vid ishallen",
        "Fredag kl. 11.35. Det pyser ut ammoniak från kylanläggningen i ishallen på Kvarngatan. Räddningstjänsten är på plats. Nästa uppdatering kl. 13.00. Räddningstjänsten Tallby",
      ),
    ).toContain("AC11");
    expect(
      en(
        "Gas leak on Mill Street",
        "Friday 11:35am. A digger damaged a gas main on Mill Street. Gas is still escaping near the junction with Park Road. Engineers are on site. Next update 1pm. Westbury Council",
      ),
    ).toContain("AC11");
  });

  it("[AC11] spares the same release with an instruction, and a leak that has been stopped", () => {
    expect(
      sv(
        "Gasläcka på Kvarngatan",
        "Fredag kl. 11.35. En grävmaskin har skadat en gasledning på Kvarngatan. Gasen läcker fortfarande ut. Håll dig borta från området och stäng fönster om du bor nära. Nästa uppdatering kl. 13.00. Räddningstjänsten Tallby",
      ),
    ).not.toContain("AC11");
    expect(
      en(
        "Gas leak on Mill Street",
        "Friday 11:35am. A digger damaged a gas main on Mill Street. Engineers stopped the leak at 11am and the road is open. Westbury Council",
      ),
    ).not.toContain("AC11");
  });
});

describe("FA15: the same people told to stay inside and told to leave", () => {
  it("[FA15] flags both orders for the same block or street", () => {
    expect(
      sv(
        "Brand på Vallgatan",
        "Kl. 03.15. Det brinner i ett flerbostadshus på Vallgatan 12. Alla boende i kvarteret Vallen ska stanna inomhus med stängda fönster. Boende i kvarteret Vallen uppmanas att omedelbart lämna sina bostäder. Räddningstjänsten Tallby",
      ),
    ).toContain("FA15");
    expect(
      en(
        "Fire on Mill Street",
        "3:15am. A block of flats on Mill Street is on fire. Residents of Mill Street must stay indoors with windows closed. Residents of Mill Street are urged to leave their homes now. Westbury Fire",
      ),
    ).toContain("FA15");
  });

  it("[FA15] spares an evacuation of the nearest homes and a stay-inside order for the wider area", () => {
    expect(
      en(
        "Police incident",
        "Residents in the immediate vicinity are being evacuated as a precaution. Cordons around the wider area remain in place, and residents within this area are advised to remain inside. Westbury Police",
      ),
    ).not.toContain("FA15");
    expect(
      sv(
        "Brand på Vallgatan",
        "Kl. 03.15. Boende på Vallgatan 12 ska lämna sina bostäder. Boende i resten av kvarteret Vallen ska stanna inomhus med stängda fönster. Räddningstjänsten Tallby",
      ),
    ).not.toContain("FA15");
  });
});

describe("IM9: feigned surprise at the obvious, and turning on those who got in touch", () => {
  it("[IM9] flags 'förvånande nog', 'surprisingly enough' and a contemptuous verb for callers", () => {
    expect(
      sv(
        "Sophämtningen och snön",
        "Ja, det har snöat. Det brukar det göra i februari, förvånande nog. Skotta fram kärlen så tömmer vi dem på lördag. /Renhållningen, Tallby kommun",
      ),
    ).toContain("IM9");
    expect(
      sv(
        "Sophämtningen och snön",
        "Till er som ringt och gnällt om sophämtningen: det har snöat. Skotta fram kärlen så tömmer vi dem på lördag. /Renhållningen, Tallby kommun",
      ),
    ).toContain("IM9");
    expect(
      en(
        "Bins and the snow",
        "To everyone who has been moaning about the bins: it snowed. That happens in February, surprisingly enough. Clear the snow from your bins and we will empty them on Saturday. Westbury Council",
      ),
    ).toContain("IM9");
  });

  it("[IM9] spares a sincere word to those who complained", () => {
    expect(
      sv(
        "Sophämtningen och snön",
        "Till alla som hört av sig och klagat på sophämtningen: vi förstår att det är besvärligt. Skotta fram kärlen så tömmer vi dem på lördag. /Renhållningen, Tallby kommun",
      ),
    ).not.toContain("IM9");
  });
});

describe("AU20: a numbered myth list, named hearers and an English weekday stamp", () => {
  it("[AU20] flags a list of numbered myths before the fact", () => {
    expect(
      sv(
        "Vanliga myter om vaccinet",
        "Myt 1: Vaccinet ger dig influensa.\nMyt 2: Vaccinet innehåller kvicksilver.\n\nInget av detta stämmer. Vaccinet är säkert. Boka tid via 1177.se. Region Tallby",
      ),
    ).toContain("AU20");
    expect(
      en(
        "Common myths about the flu jab",
        "Myth 1: The jab gives you flu.\nMyth 2: Healthy adults never need it.\n\nNone of this is true. The vaccine is safe. Book at westbury.nhs.uk. Westbury Health",
      ),
    ).toContain("AU20");
  });

  it("[AU20] flags named hearers of a rumour opening the text after a weekday stamp", () => {
    expect(
      en(
        "",
        "Friday 21 February, 3:00 PM. Many parents have read online that the measles cases at Greenhill School came from the water fountains. That is not true. Measles spreads through the air. Westbury Health",
      ),
    ).toContain("AU20");
    expect(
      sv(
        "",
        "Fredag 21 februari kl. 15.00. Många föräldrar har läst på nätet att mässlingsfallen på Ekskolan kom från vattenautomaterna. Det stämmer inte. Mässling sprids genom luften. Region Tallby",
      ),
    ).toContain("AU20");
  });

  it("[AU20] spares the fact first, and a warning given for years (no rumour)", () => {
    expect(
      en(
        "",
        "Friday 21 February, 3:00 PM. Measles spreads through the air, not through water. Many parents have read online that the cases at Greenhill School came from the water fountains. That is not true. Westbury Health",
      ),
    ).not.toContain("AU20");
    expect(
      sv(
        "Översvämning på Norrgatan",
        "Fastighetsägarna har i flera år fått höra att brunnarna är för små. Kommunen lånar ut pumpar. Ring 0250-260 00.",
      ),
    ).not.toContain("AU20");
  });
});

describe("AU4: nominal style as a construction - actions told as nouns or by empty verbs", () => {
  it("[AU4] refuses a notice whose actions are nouns hung on 'av' and empty verbs", () => {
    expect(
      sv(
        "Öppnande av evakueringsplats",
        "Måndag 24 augusti kl. 17.15. Med anledning av skogsbranden vid Tallsjön har ett öppnande av skolan i Ån som evakueringsplats skett. Utdelning av mat och filtar genomförs av frivilliga. Beslut om utrymning av fler byar fattas av räddningsledaren. Nästa uppdatering kl. 20.00 på tallby.se. Tallby kommun",
      ),
    ).toContain("AU4");
    expect(
      en(
        "Opening of rest centre",
        "Monday 24 August, 5:15pm. Following the spread of the fire at Pine Ridge, the opening of the school as a rest centre has taken place. The distribution of food and blankets is carried out by volunteers. A decision on the evacuation of further villages will be taken later tonight. Next update 8pm. Westbury Council",
      ),
    ).toContain("AU4");
  });

  it("[AU4] refuses a single officialese sentence whose instruction is a noun ('rekommenderas kokning av')", () => {
    expect(
      sv(
        "",
        "Med anledning av konstaterad förorening av ledningsnätet rekommenderar miljöförvaltningen i samråd med Livsmedelsverket kokning av dricksvatten avsett för förtäring inom Tallby tätort intill dess att ny provtagning visar tjänligt vatten. /Tallby kommun, tallby.se",
      ),
    ).toContain("AU4");
  });

  it("[AU4] spares the same notice told with verbs", () => {
    expect(
      sv(
        "Evakueringsplats i Ån",
        "Måndag 24 augusti kl. 17.15. Skogsbranden vid Tallsjön sprider sig. Kommunen har öppnat skolan i Ån för dig som måste lämna ditt hem. Frivilliga delar ut mat och filtar. Räddningsledaren bestämmer om fler byar ska utrymmas. Nästa uppdatering kl. 20.00 på tallby.se. Tallby kommun",
      ),
    ).not.toContain("AU4");
  });
});

describe("FS4: a current and an earlier state in one text, with no time stamp", () => {
  it("[FS4] refuses an update with a section headed as the earlier one and no stamp", () => {
    expect(
      sv(
        "Vattenläckan på Kvarngatan",
        "Läckan är lagad och vattnet är tillbaka. Spola kallvatten tills det är klart.\n\nFöregående information: 40 hushåll på Kvarngatan saknade vatten.\n\nVA-avdelningen, Tallby kommun, 0123-456 00",
      ),
    ).toContain("FS4");
    expect(
      en(
        "Mill Road gas leak",
        "Engineers have made the leak safe and residents can return home.\n\nEarlier update – around 60 homes were evacuated as a precaution.\n\nWestbury Council, 01632 960 555",
      ),
    ).toContain("FS4");
  });

  it("[FS4] spares the same update with its time, and updates appended one after another", () => {
    expect(
      en(
        "Mill Road gas leak",
        "Updated 6 May, 4pm. Engineers have made the leak safe and residents can return home.\n\nEarlier update – around 60 homes were evacuated as a precaution.\n\nWestbury Council, 01632 960 555",
      ),
    ).not.toContain("FS4");
    expect(
      findingsOf({
        title: "Misstänkt farligt föremål, Åsgatan",
        body: "Polis är på Åsgatan med anledning av ett misstänkt farligt föremål. Området är avspärrat.\n\nUppdatering: Bombskyddet är på plats.\n\nUppdatering: Avspärrningarna hävs och de boende får återvända.",
      }).filter((f) => f.ruleId === "FS4" && f.severity === "error"),
    ).toEqual([]);
  });
});

describe("IM10: a headline in capitals with an alarm word is an alarm", () => {
  it("[IM10] refuses a capitalised alarm headline over a calm body", () => {
    expect(
      sv(
        "KAOS I TALLBY – VATTNET KAN VARA DÖDLIGT",
        "Onsdag 1 oktober kl. 07.50. Ett prov visade bakterier i vattnet. Koka vattnet som du dricker. Nästa uppdatering kl. 16.00. Tallby kommun, 0123-456 00",
      ),
    ).toContain("IM10");
    expect(
      en(
        "DEADLY WATER IN WESTBURY",
        "Wednesday 1 October, 7:50am. A sample showed bacteria in the water. Boil water before drinking it. Next update 4pm. Westbury Water",
      ),
    ).toContain("IM10");
  });

  it("[IM10] spares the VMA heading in capitals, and an alarm word in normal case", () => {
    expect(
      sv(
        "VIKTIGT MEDDELANDE TILL ALLMÄNHETEN",
        "Onsdag 1 oktober kl. 07.50. Det brinner i en lagerlokal i Tallby. Gå inomhus och stäng fönster. Lyssna på P4. Räddningstjänsten Tallby",
      ),
    ).not.toContain("IM10");
    expect(
      sv(
        "Livsfarlig gas i Tallby?",
        "Onsdag 1 oktober kl. 07.50. Ett prov visade bakterier i vattnet. Koka vattnet som du dricker. Nästa uppdatering kl. 16.00. Tallby kommun, 0123-456 00",
      ),
    ).not.toContain("IM10");
  });
});

describe("probes of the seventh round: own paraphrases of the failure patterns, caught by construction", () => {
  const S = "Tallby kommun, 0123-456 00, tallby.se";
  const E = "Westbury Council, 01632 960 555, westbury.gov.uk";

  it("[IM1] a Swedish counterfactual reproach with a long condition", () => {
    expect(
      sv(
        "Översvämning i centrum",
        `Tisdag kl. 09.00. Flera källare har översvämmats. Hade Trafikverket rensat diket som vi bad om hade detta aldrig hänt. Pumpar finns på brandstationen. ${S}`,
      ),
    ).toContain("IM1");
    expect(
      sv(
        "Översvämning i centrum",
        `Tisdag kl. 09.00. Flera källare har översvämmats. Hade regnet fortsatt hela natten hade vi behövt stänga fler gator. Pumpar finns på brandstationen. ${S}`,
      ),
    ).not.toContain("IM1");
  });

  it("[OP6] declining or refusing whatever the verb of telling", () => {
    expect(
      en(
        "School fire",
        `Tuesday 9am. There was a fire at Oak School. The council declines to go into any detail about it. ${E}`,
      ),
    ).toContain("OP6");
    expect(
      sv(
        "Brand i skolan",
        `Tisdag kl. 09.00. Det har brunnit i Ekskolan. Kommunen avböjer att gå in på detaljer om branden. ${S}`,
      ),
    ).toContain("OP6");
    expect(
      en("Crash", `Tuesday 9am. The driver refused to stop for police and crashed on Mill Lane. Avoid the area. ${E}`),
    ).not.toContain("OP6");
  });

  it("[AU20] a quoted claim tagged afterwards opens the text", () => {
    expect(
      en(
        "",
        `Tuesday 9am. "The tap water is poisoned and will make your kids sick" – that's what some parents are sharing online. It is not true. The water is safe to drink. ${E}`,
      ),
    ).toContain("AU20");
    expect(
      sv(
        "",
        `Tisdag kl. 09.00. ”Vattnet är förgiftat” – det är vad många skriver i sociala medier. Det stämmer inte. Vattnet går att dricka. ${S}`,
      ),
    ).toContain("AU20");
  });

  it("[FA15] the water 'går att dricka' against an order to boil it", () => {
    expect(
      sv(
        "Vattnet i Norrby",
        `Tisdag kl. 09.00. Vattnet i Norrby går att dricka direkt från kranen. Koka allt vatten du dricker i Norrby tills vidare. ${S}`,
      ),
    ).toContain("FA15");
    expect(
      sv(
        "Vattnet i Norrby",
        `Tisdag kl. 09.00. Vattnet i Norrby går att dricka efter kokning. Koka allt vatten du dricker i Norrby tills vidare. ${S}`,
      ),
    ).not.toContain("FA15");
  });

  it("[FS7] 'we expect supply to be back in due course' and a promise waiting on an event", () => {
    expect(
      en(
        "Power cut",
        `Tuesday 9am. 400 homes in Northside have no power. We expect supply to be back in due course. ${E}`,
      ),
    ).toContain("FS7");
    expect(
      anySv(
        "Vattenläcka",
        `Tisdag kl. 09.00. Vattnet är avstängt på Storgatan. Vi meddelar när vattnet kommer tillbaka. ${S}`,
      ),
    ).toContain("FS7");
    expect(
      sv(
        "Vattenläcka",
        `Tisdag kl. 09.00. Vattnet är avstängt på Storgatan. Vi meddelar när vattnet kommer tillbaka, senast kl. 15. ${S}`,
      ),
    ).not.toContain("FS7");
  });

  it("[FA18] closing windows and ventilation is a shelter order that needs a place", () => {
    expect(
      sv(
        "",
        "Räddningstjänsten: Brand i ett lager. Mycket rök. Stäng fönster och ventilation. Räddningstjänsten Tallby, kl. 14.10.",
      ),
    ).toContain("FA18");
    expect(
      sv(
        "",
        "Räddningstjänsten: Brand i ett lager vid Hamnen i Tallby. Mycket rök. Stäng fönster och ventilation. Räddningstjänsten Tallby, kl. 14.10.",
      ),
    ).not.toContain("FA18");
  });

  it("[AU4] a list of labelled levels is headings, not nominal style", () => {
    expect(
      sv(
        "Vattenbesparing klass 2 från 1 juli",
        "Klasserna:\n\nKlass 1: Information om sjunkande vattennivåer.\n\nKlass 2: Uppmaning om att minska förbrukningen.\n\nKlass 3: Förbud av bevattning.\n\nKlass 4: Ransonering av dricksvatten.\n\nFrån 1 juli gäller klass 2. Tallby kommun",
      ),
    ).not.toContain("AU4");
  });
});

describe("probes of the seventh round, second batch", () => {
  const S = "Tallby kommun, 0123-456 00, tallby.se";
  const E = "Westbury Council, 01632 960 555, westbury.gov.uk";

  it("[FA13] witnesses telling of people shot or stabbed", () => {
    expect(
      sv(
        "Skottlossning",
        `Onsdag kl. 21.00. Skott har avlossats i Norrby. Vittnen uppger att två personer har skjutits. Undvik området vid torget i Norrby. ${S}`,
      ),
    ).toContain("FA13");
    expect(
      en(
        "Stabbing",
        `Wednesday 9pm. Police are at Mill Street. Neighbours say a man was stabbed outside the shop. Avoid Mill Street. ${E}`,
      ),
    ).toContain("FA13");
    expect(
      sv(
        "Skottlossning",
        `Onsdag kl. 21.00. Polisen bekräftar att två personer har skjutits i Norrby. Undvik området vid torget i Norrby. ${S}`,
      ),
    ).not.toContain("FA13");
  });

  it("[IM1] a named other's failure told as a habit", () => {
    expect(
      sv(
        "",
        `Onsdag kl. 09.00. Ännu en gång har elbolaget misslyckats med att hålla näten igång. 3 000 hushåll i Norrby saknar ström. ${S}`,
      ),
    ).toContain("IM1");
    expect(
      sv(
        "",
        `Onsdag kl. 09.00. Elbolaget har ännu en gång fått larm om ett fel i Norrby. 3 000 hushåll saknar ström. ${S}`,
      ),
    ).not.toContain("IM1");
  });

  it("[IM3] a governing side as the subject of a credit verb", () => {
    expect(
      sv(
        "Snöovädret",
        `Onsdag kl. 09.00. Vägarna är plogade. Den nya majoriteten har sett till att vi har fler plogbilar än någonsin. Kör försiktigt. ${S}`,
      ),
    ).toContain("IM3");
    expect(
      en(
        "Storm",
        `Tuesday 9am. Roads are gritted. The administration has invested in twice as many gritters as last year. Drive carefully. ${E}`,
      ),
    ).toContain("IM3");
    expect(
      sv(
        "Snöovädret",
        `Onsdag kl. 09.00. Vägarna är plogade. Kommunstyrelsens ordförande har beslutat att öppna värmestugor. Kör försiktigt. ${S}`,
      ),
    ).not.toContain("IM3");
  });

  it("[IM7] a disease said to have come with travellers from a country", () => {
    expect(
      sv(
        "Mässling",
        `Onsdag kl. 09.00. Tre fall av mässling har konstaterats i Norrby. Smittan har kommit med turister från Rumänien. Kontrollera ditt vaccinationsskydd på 1177.se. ${S}`,
      ),
    ).toContain("IM7");
    expect(
      en(
        "Measles",
        `Wednesday 9am. Three measles cases are confirmed in Westbury. The infection came with holidaymakers from Spain. Check your MMR status. ${E}`,
      ),
    ).toContain("IM7");
    expect(
      sv(
        "Mässling",
        `Onsdag kl. 09.00. Tre fall av mässling har konstaterats i Norrby. Smittan har troligen kommit med en person som varit utomlands. Kontrollera ditt vaccinationsskydd på 1177.se. ${S}`,
      ),
    ).not.toContain("IM7");
  });

  it("[FA14] 'ingen fara alls' and the order to relax", () => {
    expect(
      sv("", `Onsdag kl. 09.00. Angående röken över Norrby: ingen fara alls, slappna av och njut av dagen! ${S}`),
    ).toContain("FA14");
  });

  it("[FS7] a passive promise waiting on an event", () => {
    expect(
      en("Power cut", "500 homes in Northside have no power. Further updates will be posted once the fault is found."),
    ).toContain("FS7");
    expect(
      anySv(
        "Strömavbrott",
        `Onsdag kl. 09.00. 500 kunder i Norrby saknar ström. Ny information publiceras när felet är lokaliserat. ${S}`,
      ),
    ).toContain("FS7");
    expect(
      anyEn(
        "Power cut",
        `Tuesday 9am. 500 homes in Northside have no power. Further updates will be posted once the fault is found. ${E}`,
      ),
    ).toContain("FS7");
    expect(
      sv(
        "Strömavbrott",
        `Onsdag kl. 09.00. 500 kunder i Norrby saknar ström. Ny information publiceras kl. 12, eller tidigare när felet är lokaliserat. ${S}`,
      ),
    ).not.toContain("FS7");
  });

  it("[FS4] a section headed 'Tidigare:' with no stamp", () => {
    expect(
      sv(
        "Uppdatering: branden i Norrby",
        `Uppdatering: Branden är släckt och de boende kan återvända.\n\nTidigare: 40 personer evakuerades. ${S}`,
      ),
    ).toContain("FS4");
  });

  it("[FA18] 'avoid the area' of a hazard with no place named", () => {
    expect(sv("", "Räddningstjänsten: Gasläcka. Gå inte till området. Räddningstjänsten Tallby kl 14.10.")).toContain(
      "FA18",
    );
    expect(
      en(
        "",
        "Gas leak reported at 2:10pm. Stay away from the area while engineers make it safe. – County Fire and Rescue Service",
      ),
    ).toContain("FA18");
    expect(
      sv(
        "",
        "Räddningstjänsten: Gasläcka på Storgatan i Tallby. Gå inte till området. Räddningstjänsten Tallby kl 14.10.",
      ),
    ).not.toContain("FA18");
  });
});

describe("probes of the seventh round, third batch", () => {
  const S = "Tallby kommun, 0123-456 00, tallby.se";
  const E = "Westbury Council, 01632 960 555, westbury.gov.uk";

  it("[FA12] a hedged cause put as 'down to'", () => {
    expect(
      en(
        "Sinkhole",
        `Thursday 8am. A sinkhole has opened on Elm Road. It's almost certainly down to the old mine workings. Elm Road is closed. ${E}`,
      ),
    ).toContain("FA12");
    expect(
      en(
        "Sinkhole",
        `Thursday 8am. A sinkhole has opened on Elm Road. Engineers have confirmed it is down to a burst water main. Elm Road is closed. ${E}`,
      ),
    ).not.toContain("FA12");
  });

  it("[IM3] a side's policy said to work", () => {
    expect(
      sv(
        "",
        `Torsdag kl. 08.00. Översvämningsskyddet i Norrby höll. Ett kvitto på att Moderaternas satsningar fungerar. Håll er borta från ån. ${S}`,
      ),
    ).toContain("IM3");
    expect(
      en(
        "",
        `Thursday 8am. The flood barrier held. This is proof that the Labour investment in flood defences is paying off. Stay away from the river. ${E}`,
      ),
    ).toContain("IM3");
  });

  it("[IM7] young people named by where they come from, as the usual culprits", () => {
    expect(
      en(
        "",
        `Thursday 8am. Cars were vandalised on Mill Lane. As usual, it's the kids from the Northside estate. Report damage on 101. ${E}`,
      ),
    ).toContain("IM7");
    expect(
      en("", `Thursday 8am. A youth club for kids from the Northside estate opens at the library today. ${E}`),
    ).not.toContain("IM7");
  });

  it("[FA14] told to carry on as normal with nothing to rest on", () => {
    expect(
      en(
        "Chemical smell",
        `Thursday 8am. Residents have reported a chemical smell near the works. People should carry on as normal. ${E}`,
      ),
    ).toContain("FA14");
  });

  it("[AU20] a belief of some of the public opening the text, and a question about a cause", () => {
    expect(
      en(
        "Does the new mast cause the power cuts?",
        `Thursday 8am. Some residents believe the new mast on Hill Road is causing the power cuts. It isn't. The cause is a faulty cable. ${E}`,
      ),
    ).toContain("AU20");
    expect(
      sv(
        "",
        `Torsdag kl. 08.00. Vissa boende tror att masten på Kullen orsakar strömavbrotten. Det stämmer inte. Orsaken är en trasig kabel. ${S}`,
      ),
    ).toContain("AU20");
    expect(
      en(
        "Power cuts in Northside",
        `Thursday 8am. A faulty cable is causing the power cuts in Northside. Some residents believe the new mast is to blame; it is not. ${E}`,
      ),
    ).not.toContain("AU20");
  });

  it("[FA15] 'keep boiling' after the boil notice is lifted", () => {
    expect(
      en(
        "",
        "Westbury Council: The boil water notice for Northside has been lifted. Keep boiling your water in Northside until further notice. westbury.gov.uk",
      ),
    ).toContain("FA15");
  });

  it("[IM9] 'shock horror'", () => {
    expect(
      en("Snow", `Thursday 8am. Shock horror, it snowed in January. Bin collections are a day late. ${E}`),
    ).toContain("IM9");
  });

  it("[FS7] 'inom de närmaste dagarna' for a service's return", () => {
    expect(
      sv(
        "Fjärrvärmen",
        `Torsdag kl. 08.00. Fjärrvärmen är avbruten i Norrby. Värmen kommer tillbaka inom de närmaste dagarna. ${S}`,
      ),
    ).toContain("FS7");
  });

  it("[AC11] a contaminant in the water supply with nothing to do; discoloured water after a fire is spared", () => {
    expect(
      en(
        "",
        "Westbury Council: E. coli has been found in the water supply in Northside. More at westbury.gov.uk at 11am.",
      ),
    ).toContain("AC11");
    expect(
      sv(
        "Missfärgat vatten",
        "Efter branden i Björköby kan det förekomma missfärgningar i vattenledningsnätet. Spolning av ledningsnätet pågår.",
      ),
    ).not.toContain("AC11");
  });

  it("[FA18] smoke and an order to close windows, with no place", () => {
    expect(
      sv("", "Torsdag kl. 08.00. Brand med kraftig rökutveckling. Stäng fönster och dörrar. /Räddningstjänsten"),
    ).toContain("FA18");
    expect(
      sv(
        "",
        "Torsdag kl. 08.00. Brand med kraftig rökutveckling i Norrby. Stäng fönster och dörrar. /Räddningstjänsten",
      ),
    ).not.toContain("FA18");
  });

  it("[AU4] a short easy-Swedish notice told in nouns", () => {
    expect(
      errors({
        title: "Vattnet",
        body: "Torsdag kl. 08.00. Med anledning av konstaterad förekomst av bakterier rekommenderas kokning av vattnet. Tallby kommun.",
        language: "sv-lattlast",
      }),
    ).toContain("AU4");
  });
});

describe("probes of the seventh round, fourth batch", () => {
  const S = "Tallby kommun, 0123-456 00, tallby.se";
  const E = "Westbury Council, 01632 960 555, westbury.gov.uk";

  it("[IM12] 'the best in the region' and 'bättre än grannkommunerna'", () => {
    expect(
      en("Storm", `Friday 7am. Our response to the storm was the best in the region. Roads are now clear. ${E}`),
    ).toContain("IM12");
    expect(
      sv("", `Fredag kl. 07.00. Vi har klarat stormen bättre än grannkommunerna. Vägarna är röjda. ${S}`),
    ).toContain("IM12");
    expect(
      en("Storm", `Friday 7am. The storm hit the region hardest in the west. Roads are now clear. ${E}`),
    ).not.toContain("IM12");
  });

  it("[IM3] credit to the municipal leadership", () => {
    expect(
      sv(
        "",
        `Fredag kl. 07.00. Tack vare vår socialdemokratiska kommunledning har vi klarat stormen. Vägarna är röjda. ${S}`,
      ),
    ).toContain("IM3");
  });

  it("[FA14] 'perfectly fine to drink' with nothing behind it", () => {
    expect(
      en(
        "Water",
        `Friday 7am. Some residents noticed a taste in the water. We can assure everyone it is perfectly fine to drink. ${E}`,
      ),
    ).toContain("FA14");
  });

  it("[AU20] a quoted claim the sender has 'seen going around'", () => {
    expect(
      en(
        "",
        `Friday 7am. "The council is putting chemicals in the water" – we've seen this going around. It's not true. ${E}`,
      ),
    ).toContain("AU20");
  });

  it("[IM9] the sarcastic address and congratulation", () => {
    expect(
      en(
        "",
        `Friday 7am. To the genius who drove round the road closed signs on Mill Lane: congratulations, you're now stuck in a flood. ${E}`,
      ),
    ).toContain("IM9");
  });

  it("[FS7] 'we will let residents know when it can be lifted'", () => {
    expect(
      anyEn(
        "Boil notice",
        `Friday 7am. A boil water notice is in place for Northside. We will let residents know when it can be lifted. ${E}`,
      ),
    ).toContain("FS7");
    expect(
      sv(
        "Vattenläcka",
        `Fredag kl. 07.00. Vattnet är avstängt på Storgatan. Vi hoppas kunna släppa på vattnet inom kort. ${S}`,
      ),
    ).toContain("FS7");
  });

  it("[AC11] flooding expected tonight and gas 'sprids mot' homes, with nothing to do", () => {
    expect(
      en(
        "Flood alert",
        `Friday 7am. River levels in Westbury are rising fast. Flooding of properties is expected tonight. Stay tuned. ${E}`,
      ),
    ).toContain("AC11");
    expect(
      sv(
        "Ammoniak",
        `Fredag kl. 07.00. Ammoniak läcker från ishallen på Storgatan och gasen sprids mot bostadsområdet Åsen. Räddningstjänsten är på plats. ${S}`,
      ),
    ).toContain("AC11");
  });

  it("[FA12] 'det är säkert ett sabotage'", () => {
    expect(
      sv(
        "",
        `Fredag kl. 07.00. Strömmen är borta i Norrby igen. Det är säkert ett nytt sabotage. Nästa uppdatering kl. 10. ${S}`,
      ),
    ).toContain("FA12");
    expect(
      sv("", `Fredag kl. 07.00. Vattnet i Norrby är säkert att dricka igen. Nästa uppdatering kl. 10. ${S}`),
    ).not.toContain("FA12");
  });

  it("[IM7] a nationality before a compound gang word", () => {
    expect(
      sv(
        "Stölder",
        `Fredag kl. 07.00. Båtmotorer har stulits i hamnen. Polisen tror att det rör sig om ett litauiskt ligagäng. Ring 114 14. ${S}`,
      ),
    ).toContain("IM7");
  });

  it("[FA18] 'var beredd att lämna hemmet' with no place; 'lämna positionen' is no evacuation", () => {
    expect(sv("", "Räddningstjänsten: Skogsbrand. Var beredd att lämna hemmet. Kl 07.05.")).toContain("FA18");
    expect(
      sv(
        "Hjälp oss hitta bränder",
        "Hittar ni en brand så ring 112 och var beredd att lämna positionen på branden. Räddningstjänsten",
      ),
    ).not.toContain("FA18");
  });
});

describe("FA18: a street by its form names the place, wherever it stands in a title", () => {
  it("[FA18] spares 'avoid the area' under a title that names the street", () => {
    expect(
      en("Gas leak, Station Road", "Engineers are repairing a gas leak. Please avoid the area. Westbury Council"),
    ).not.toContain("FA18");
    expect(
      sv(
        "Brand Storgatan",
        "Räddningstjänsten släcker en brand i ett förråd. Undvik området. Räddningstjänsten Tallby",
      ),
    ).not.toContain("FA18");
    expect(
      sv("Kvarngatan: gasläcka", "Det läcker gas från en ledning. Gå inte till området. Räddningstjänsten"),
    ).not.toContain("FA18");
  });

  it("[FA18] still flags the same notice under a title with no place", () => {
    expect(sv("Gasläcka", "Det läcker gas från en ledning. Gå inte till området. Räddningstjänsten")).toContain("FA18");
  });
});

describe("precision against real-style notices (seventh round)", () => {
  const S = "Tallby kommun, 0123-456 00, tallby.se";
  const E = "Westbury Council, 01632 960 555, westbury.gov.uk";

  it("[AU4] spares a notice in a real register that also speaks in the imperative", () => {
    expect(
      sv(
        "Vattenavstängning på Åsgatan",
        `Fredag kl. 14.00. På grund av reparation av en vattenledning stängs vattnet av på Åsgatan 1–15 mellan kl. 9 och 12 på måndag. Fyll på vatten i förväg. Avstängning av vattnet sker med kort varsel om läckan växer. ${S}`,
      ),
    ).not.toContain("AU4");
  });

  it("[IM7] spares a traveller on a journey next to a disease; the Traveller community blamed is still flagged", () => {
    expect(
      en(
        "Measles case confirmed",
        `Friday 2pm. A case of measles has been confirmed in a traveller who returned from a trip abroad. Health officials are contacting people who may have been exposed. ${E}`,
      ),
    ).not.toContain("IM7");
    expect(
      en(
        "Measles",
        `Friday 2pm. Measles is spreading among travellers at the site on Mill Lane. Check your MMR status. ${E}`,
      ),
    ).toContain("IM7");
  });

  it("[IM10] spares a VMA heading in capitals that names a deadly danger", () => {
    expect(
      sv(
        "VIKTIGT MEDDELANDE TILL ALLMÄNHETEN – LIVSFARLIG RÖK I NORRBY",
        "Viktigt meddelande till allmänheten i Norrby. Det brinner i en industri med kraftig rökutveckling. Gå inomhus och stäng dörrar, fönster och ventilation. Lyssna på Sveriges Radio P4.",
      ),
    ).not.toContain("IM10");
  });
});

describe("precision: sincere uses of this round's sarcasm and blame forms", () => {
  const S = "Tallby kommun, 0123-456 00, tallby.se";

  it("[IM9] spares 'Förvånande nog skadades ingen' (sentence-initial, sincere)", () => {
    expect(
      sv("Branden i Norrby", `Fredag kl. 14.00. Branden i Norrby är släckt. Förvånande nog skadades ingen. ${S}`),
    ).not.toContain("IM9");
  });

  it("[IM1] spares the sender's own apology ('återigen har vi misslyckats')", () => {
    expect(
      sv(
        "Sophämtningen",
        `Fredag kl. 14.00. Vi ber om ursäkt. Återigen har vi misslyckats med att hålla tiderna i Norrby. ${S}`,
      ),
    ).not.toContain("IM1");
  });
});
