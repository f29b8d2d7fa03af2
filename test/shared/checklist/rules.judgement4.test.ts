/**
 * Fourth round: the failure mechanisms found in blind6's results (contempt words, a statement refused with another
 * verb, a contradiction through a generic noun or a count of the injured, a vague promise under a time stamp, a
 * drifting danger answered only by a cordon, an unsigned SMS), each next to the nearest form a real authority writes,
 * and the real-notice forms the round stopped refusing.
 */
import { describe, expect, it } from "vitest";
import { GOOD_EN, GOOD_SV, ruleIds, score } from "./helpers.js";

const sv = (s: string) => ruleIds({ body: `${GOOD_SV} ${s}` });
const en = (s: string) => ruleIds({ body: `${GOOD_EN} ${s}`, language: "en" });

describe("IM7: contempt words for people stigmatise wherever they stand", () => {
  it("[IM7] flags 'psykfall', 'galning', 'fyllon', 'junkies', 'nutter' without any blame nearby", () => {
    expect(sv("Mannen är ett psykfall.")).toContain("IM7");
    expect(sv("En galning har hotat personal vid stationen.")).toContain("IM7");
    expect(sv("Fyllon har kastat glas på lekplatsen.")).toContain("IM7");
    expect(en("The junkies by the benches have been moved on.")).toContain("IM7");
    expect(en("A local nutter threatened staff.")).toContain("IM7");
    expect(score({ body: `${GOOD_SV} Mannen är ett psykfall.` }).impartial.status).toBe("fail");
  });

  it("[IM7] spares the neutral words for the same people and microbes ('parasiter')", () => {
    expect(sv("En man med psykisk ohälsa har förts till sjukhus.")).not.toContain("IM7");
    expect(sv("Kokning dödar bakterier, virus och parasiter.")).not.toContain("IM7");
    expect(en("A man who appeared to be in mental distress was taken to hospital.")).not.toContain("IM7");
  });
});

describe("OP6: a statement refused with any verb", () => {
  it("[OP6] flags 'will not be making any statement', 'is not issuing any comment', 'kommer inte att göra något uttalande'", () => {
    expect(en("Hillcrest Water will not be making any statement at this time.")).toContain("OP6");
    expect(en("The trust is not issuing any comment on the outbreak.")).toContain("OP6");
    expect(sv("Bolaget kommer inte att göra något uttalande om provsvaren.")).toContain("OP6");
    expect(sv("Kommunen gör i nuläget inga uttalanden om läckan.")).toContain("OP6");
  });

  it("[OP6] spares a statement that is made", () => {
    expect(en("The council will make a statement at 4 pm.")).not.toContain("OP6");
    expect(sv("Kommunen gör ett uttalande kl. 16.00.")).not.toContain("OP6");
  });
});

describe("FA15: the same thing named twice, the injured counted", () => {
  it("[FA15] flags 'The A614 … is closed' against 'The road is open' and 'Riverside Primary is closed' against 'The school is open'", () => {
    const road =
      "The A614 at Holme Bridge is closed in both directions after a lorry fire. The road is open to all traffic.";
    expect(ruleIds({ body: road, language: "en" })).toContain("FA15");
    expect(
      ruleIds({
        body: "Riverside Primary is closed today. The school is open and pupils should come in.",
        language: "en",
      }),
    ).toContain("FA15");
    expect(ruleIds({ body: "Storgatan är avstängd vid torget. Vägen är öppen för all trafik." })).toContain("FA15");
  });

  it("[FA15] spares two different things: 'The A614 is closed … The car park is open'", () => {
    expect(
      ruleIds({ body: "The A614 at Holme Bridge is closed. The car park is open as usual.", language: "en" }),
    ).not.toContain("FA15");
    expect(ruleIds({ body: "Storgatan är avstängd vid torget. Biblioteket är öppet." })).not.toContain("FA15");
  });

  it("[FA15] flags 'Ingen person skadades' against 'Två av de skadade har förts till sjukhus', in both languages", () => {
    expect(
      ruleIds({ body: "Ingen person skadades i branden på Ringvägen 4. Två av de skadade har förts till sjukhus." }),
    ).toContain("FA15");
    expect(ruleIds({ body: "Inga personer kom till skada. Tre av de skadade vårdas på sjukhus." })).toContain("FA15");
    expect(
      ruleIds({
        body: "Nobody was hurt in the fire. Two of the injured are being treated in hospital.",
        language: "en",
      }),
    ).toContain("FA15");
  });

  it("[FA15] spares a count without a denial", () => {
    expect(ruleIds({ body: "Två av de skadade har förts till sjukhus. Ingen annan behövde vård." })).not.toContain(
      "FA15",
    );
  });
});

describe("FS7: a vague promise in place of a time, and the reason that excuses it", () => {
  const stamped = (promise: string) =>
    score({
      title: "Avloppsstopp i Norrby",
      body: `Uppdaterad 9 maj kl. 10.15. Ett stopp i avloppsledningen på Björkgatan gör att avloppet i ett 40-tal hus i Norrby inte fungerar. Spola inte i toaletter förrän felet är åtgärdat. ${promise} Exempelby kommun, 0123-45 67 00`,
    });

  it("[FS7] an error under a time stamp when nothing says why no time can be given", () => {
    expect(stamped("Vi meddelar mer här längre fram.").fast.status).toBe("fail");
    expect(stamped("Vi berättar mer så fort vi kan.").fast.status).toBe("fail");
    const enPost = score({
      title: "Beach closed",
      body: "Updated 9 May, 9.40 am. Beacon Beach is closed after a sewage overflow. Keep out of the water. We'll post more when we have it. Coastal Borough Council, 0800 555 050",
      language: "en",
    });
    expect(enPost.fast.findings.map((f) => f.ruleId)).toContain("FS7");
    expect(enPost.fast.status).toBe("fail");
  });

  it("[FS7] only a warning when the text says why no time can be given, or the bulletin carries a next-update time", () => {
    expect(
      stamped("Felet är ännu inte lokaliserat och i nuläget saknas prognos. Vi meddelar mer här längre fram.").fast
        .status,
    ).toBe("warn");
    const withTime = score({
      title: "Avloppsstopp i Norrby",
      body: "Uppdaterad 9 maj kl. 10.15. Ett stopp i avloppsledningen gör att avloppet i Norrby inte fungerar. Spola inte i toaletter. Vi meddelar mer här längre fram. Exempelby kommun, 0123-45 67 00",
      nextUpdateAt: "2026-05-09T14:00:00Z",
    });
    expect(withTime.fast.status).not.toBe("fail");
  });
});

describe("AC11: a danger drifting towards people needs an instruction, a cordon is not one", () => {
  const gas =
    "Kl. 10.20 upptäcktes en gasläcka vid Stationsgatan 12 i Forsby. Räddningstjänsten har spärrat av området 100 meter runt läckan. Gasen är giftig och vinden ligger på mot bostadsområdet Bergdala. Nästa uppdatering kl. 12.00 på forsby.se. Forsby kommun";

  it("[AC11] an error when the gas or smoke drifts towards homes and only a cordon is announced", () => {
    expect(score({ title: "Gasläcka vid Stationsgatan", body: gas }).active.status).toBe("fail");
    const fumes = score({
      title: "Chlorine leak",
      body: "At 11.20 am a chlorine leak was found at Ashby Leisure Centre. The wind is carrying the fumes towards Hill Street. Fire crews have closed Mill Lane. Next update at 1 pm on ashby.gov.uk. Ashby Council",
      language: "en",
    });
    expect(fumes.active.status).toBe("fail");
  });

  it("[AC11] passes once the people downwind are told what to do; a storm warning answered by closures is not drifting", () => {
    const told = gas.replace(
      "Nästa uppdatering",
      "Boende i Bergdala ska stänga fönster och stanna inomhus. Nästa uppdatering",
    );
    expect(score({ title: "Gasläcka vid Stationsgatan", body: told }).active.status).not.toBe("fail");
    const storm = score({
      title: "Skolorna stängda",
      body: "SMHI har utfärdat en varning för storm i Exempelby från onsdag. Exempelby kommun har därför beslutat att alla skolor är stängda onsdag och torsdag. Nästa uppdatering kl. 15.00 på exempelby.se.",
    });
    expect(storm.active.findings.filter((f) => f.ruleId === "AC11" && f.severity === "error")).toHaveLength(0);
  });
});

describe("OP8: an SMS names its sender", () => {
  const sms =
    "Vattnet i Norrby stängs av i dag kl. 9–15 på grund av en läcka. Tappa upp vatten före kl. 9. Frågor: 0123-45 67 00";

  it("[OP8] an unsigned SMS fails open; signed, or sent under the configured sender, it passes", () => {
    expect(score({ kind: "sms", channels: ["sms"], body: sms }).open.status).toBe("fail");
    expect(score({ kind: "sms", channels: ["sms"], body: `${sms} /Exempelby kommun` }).open.status).not.toBe("fail");
    expect(score({ kind: "sms", channels: ["sms"], body: sms }, { sender: "Exempelby kommun" }).open.status).not.toBe(
      "fail",
    );
  });

  it("[OP8] a web bulletin without a sender is still only a warning; 'Greenfield Water' names one", () => {
    expect(score({ body: sms }).open.findings.find((f) => f.ruleId === "OP8")?.severity).toBe("warn");
    expect(
      ruleIds({
        body: "Greenfield Water has issued a boil water notice for Greenfield. Boil all tap water. Questions: 0800 222 333.",
        language: "en",
      }),
    ).not.toContain("OP8");
    expect(
      ruleIds({
        body: "BOIL WATER NOTICE. Boil all tap water in Greenfield. Questions: 0800 222 333.",
        language: "en",
      }),
    ).toContain("OP8");
  });
});

describe("real-notice forms the round stopped refusing", () => {
  it("[FA12] spares an investigating authority's hypothesis about a natural cause with tests pending", () => {
    const body =
      "The Public Health Branch is working to stem an outbreak of illness at a banquet facility. The cause of the outbreak is believed to be a contagious virus. Samples have been taken but results are still pending.";
    expect(ruleIds({ body, language: "en" })).not.toContain("FA12");
    expect(ruleIds({ body: body.replace("a contagious virus", "deliberate tampering"), language: "en" })).toContain(
      "FA12",
    );
  });

  it("[FA12] reads the tense of the hedge's own clause: 'som troligen kan kopplas till korven'", () => {
    expect(
      sv(
        "Hittills har 30 personer rapporterats sjuka av en salmonellabakterie som alltså troligen kan kopplas till korven.",
      ),
    ).not.toContain("FA12");
    expect(sv("Förmodligen har kylan spräckt röret.")).toContain("FA12");
  });

  it("[AU2] a 52-word sentence is long, not an error; over 60 words it is", () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? "Residents" : "word")).join(" ");
    // The rest of the message: since the sixth round's second pass, a long sentence that is the whole message is an
    // error at 40 words (AU2 in rules.judgement7.test.ts); this test is about length alone.
    const rest =
      " Call 0300 123 4567 for help. Sandbags are at the depot on Mill Lane. Bring your own spade and bags. Next update at noon today on our website.";
    const at = (n: number) =>
      score({ body: `${words(n)}.${rest}`, language: "en" }).audienceAdapted.findings.find((f) => f.ruleId === "AU2");
    expect(at(52)?.severity).toBe("info");
    expect(at(61)?.severity).toBe("error");
  });

  it("[AU18] [AU19] a term named by an apposition is explained; DIY is no staff shorthand", () => {
    const body =
      "Our Highways team with service provider, Ringway worked through the night to supply sandbags in North MK. Most DIY stores will stock them.";
    const ids = ruleIds({ body, language: "en" });
    expect(ids).not.toContain("AU18");
    expect(ids).not.toContain("AU19");
  });
});

describe("second probe round: not ruling out, new hearsay and reassurance forms, mockery of rumour spreaders", () => {
  it("[FA12] flags the writer not ruling out a culprit or a cause; spares the police's own and a precaution", () => {
    expect(sv("Vi utesluter inte att branden är anlagd.")).toContain("FA12");
    expect(en("We can't rule out that the contractor's digging caused it.")).toContain("FA12");
    expect(sv("Polisen utesluter inte att branden är anlagd.")).not.toContain("FA12");
    expect(sv("Det går inte att utesluta att föremålet kan vara farligt.")).not.toContain("FA12");
  });

  it("[FA13] [FA14] [IM9] flag 'word on the street', 'lose sleep over' and 'dumma rykten'", () => {
    expect(en("Word on the street is that four children died.")).toContain("FA13");
    expect(en("There's nothing here anyone needs to lose sleep over.")).toContain("FA14");
    expect(sv("Det är bara dumma rykten från folk som inte har något bättre för sig.")).toContain("IM9");
  });

  it("[AC11] a storm or a flood arriving tonight with nothing to do is an error", () => {
    const storm = score({
      title: "Storm",
      body: "Uppdaterad 3 dec kl. 10.00. Stormen Ada når Åby i kväll med vindbyar upp till 30 m/s. Träd kan falla över vägar. Nästa uppdatering kl. 15.00 på aby.se. Åby kommun",
    });
    expect(storm.active.status).toBe("fail");
    const told = score({
      title: "Storm",
      body: "Uppdaterad 3 dec kl. 10.00. Stormen Ada når Åby i kväll med vindbyar upp till 30 m/s. Stanna inomhus i kväll. Nästa uppdatering kl. 15.00 på aby.se. Åby kommun",
    });
    expect(told.active.status).not.toBe("fail");
  });
});

describe("third probe round: counterfactual blame, origin in a community, officialese stock phrases, new forms", () => {
  it("[IM1] [IM7] [FA14] [FA13] [IM9] flag the forms found", () => {
    expect(en("Had the county listened to us in 2019, this would not be happening.")).toContain("IM1");
    expect(en("Six cases of hepatitis A have been confirmed, mostly among the Polish community.")).toContain("IM7");
    expect(en("It's really nothing to get worked up about.")).toContain("FA14");
    expect(sv("Enligt vad som sägs på stan har en person mist livet.")).toContain("FA13");
    expect(en("Bet you're all glad you bought those candles now.")).toContain("IM9");
  });

  it("[IM7] spares a town named like a nationality ('Roma water testing update')", () => {
    expect(
      ruleIds({
        title: "Roma water testing update",
        body: "Council wishes to advise Roma residents that the second day of water tests showed no E. coli. Illness from the supply is not expected.",
        language: "en",
      }),
    ).not.toContain("IM7");
  });

  it("[AU21] refuses administrative hand-on without an actor ('har verkställts … i avvaktan på', 'implemented pending … review')", () => {
    const svText =
      "Uppdaterad 4 dec kl. 09.00. Med anledning av uppkommen läckagesituation i distributionssystemet har avstängning av vattnet verkställts inom berört område i avvaktan på reparationsinsats. Exempelby kommun, 0123-45 67 00";
    expect(ruleIds({ body: svText })).toContain("AU21");
    const enText =
      "Updated 4 Dec, 9 am. Following an event affecting the network, an isolation has been implemented pending condition assessment, with reinstatement subject to operational review. Ashby Water, 0800 555 070";
    expect(ruleIds({ body: enText, language: "en" })).toContain("AU21");
  });
});

describe("fourth probe round: vague matters, a cloud heading for town, leave or stay", () => {
  it("[FA16] [AC11] flag 'an ongoing matter' and a vapour cloud 'heading for the town centre'", () => {
    expect(
      ruleIds({
        body: "There is an ongoing matter in the area. Our teams are dealing with it. Ashby Council, 0800 555 080",
        language: "en",
      }),
    ).toContain("FA16");
    const cloud = score({
      body: "Updated 5 Dec, 8 am. A tanker has spilled ammonia at Eastfield. The vapour cloud is heading for the town centre. Police are at the scene. Next update at 10 am. Ashby Council, 0800 555 080",
      language: "en",
    });
    expect(cloud.active.status).toBe("fail");
  });

  it("[FA15] flags told to leave and told to stay about the same houses, not about other house numbers", () => {
    expect(ruleIds({ body: "Boende på Åsgatan 1–9 evakueras. Boende på Åsgatan kan stanna hemma." })).toContain("FA15");
    expect(
      ruleIds({
        body: "All residents of Elm Court must leave now. Residents of Elm Court do not need to leave.",
        language: "en",
      }),
    ).toContain("FA15");
    expect(
      ruleIds({ body: "Boende på Åsgatan 1–9 evakueras. Boende på Åsgatan 11–21 kan stanna hemma." }),
    ).not.toContain("FA15");
  });
});

describe("fifth probe round: a near-certain culprit, a passing driver as the teller", () => {
  it("[FA12] [FA13] flag 'almost certainly the work of copper thieves' and 'a driver … told us two people were killed'", () => {
    expect(en("The power cut is almost certainly the work of copper thieves.")).toContain("FA12");
    expect(sv("Strömavbrottet är med all sannolikhet ett verk av koppartjuvar.")).toContain("FA12");
    expect(en("A driver who stopped at the scene told us at least two people were killed.")).toContain("FA13");
    expect(en("Police told us two people were taken to hospital.")).not.toContain("FA13");
  });
});

describe("sixth probe round: a utility's operations words", () => {
  it("[AU18] [AU19] flag 'tryckstegring', 'högreservoaren', 'driftsatt', 'larm kvitterat av jourhavande drifttekniker'", () => {
    const ids = sv(
      "Pga tryckstegring har vi driftsatt reservpump och avlastat högreservoaren. Larm kvitterat av jourhavande drifttekniker.",
    );
    expect(ids).toContain("AU18");
    expect(ids).toContain("AU19");
  });
});
