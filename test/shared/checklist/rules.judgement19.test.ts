/**
 * Nineteenth round: readings that refused ordinary authority texts (blind32's real notices, studied) and the rules
 * that came from the round's studied sets. The wordings are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, type Input } from "./helpers.js";

describe("[FS7] a purpose clause is no promise", () => {
  const policy = (sentence: string): Input => ({
    language: "en",
    title: "Severe weather and school closures",
    body: `The district decides on school closures by 6:30 a.m. Closures are posted on the district website. ${sentence} Parents are responsible for their child's safe travel to school.`,
  });

  it("leaves 'To reach as many people as possible - as quickly as possible - we work with local media'", () => {
    const text = policy(
      "To reach as many people as possible - as quickly as possible - we work closely with our local media to share information.",
    );
    expect(findingsOf(text, undefined, "FS7")).toHaveLength(0);
    const sv: Input = {
      title: "Skolor vid oväder",
      body: "Kommunen beslutar om stängda skolor senast kl. 06.30. För att nå så många som möjligt så snabbt som möjligt samarbetar vi med lokala medier för att sprida information. Vårdnadshavare ansvarar för barnens resa till skolan.",
    };
    expect(findingsOf(sv, undefined, "FS7")).toHaveLength(0);
  });

  it("still flags a promise that opens with its purpose", () => {
    expect(
      findingsOf(policy("To keep you safe, we will share more information as soon as possible."), undefined, "FS7"),
    ).toHaveLength(1);
    const sv: Input = {
      title: "Storm",
      body: "Träd har fallit över flera vägar i kommunen. För att hålla er informerade återkommer vi så snart som möjligt.",
    };
    expect(findingsOf(sv, undefined, "FS7")).toHaveLength(1);
  });
});

describe("[AU21] a named body that acts is no officialese", () => {
  const SHOWERS =
    "Vid en tidigare kontroll visades förhöjda värden av legionella på två boenden. Rören har spolats och rengjorts. Nya prover visar lägre värden.";

  it("leaves a passive notice in which the council or the unit plainly acts", () => {
    const unit: Input = {
      title: "Lägre värden av legionella",
      body: `${SHOWERS} Smittskyddsenheten i Norrby, som är rådgivande till miljöförvaltningen, har bedömt att duscharna nu kan användas igen. Ytterligare provsvar inväntas.`,
    };
    expect(findingsOf(unit, undefined, "AU21")).toHaveLength(0);
    const council: Input = {
      language: "en",
      title: "Water main works",
      body: "The water main has been broken several times and water has been turned off while repairs are made. Council is working to install a more robust supply. Supply has been maintained through temporary lines. Council apologises for any inconvenience.",
    };
    expect(findingsOf(council, undefined, "AU21")).toHaveLength(0);
  });

  it("still refuses the same notice when the body is passive too ('har kontaktats', 'has been informed')", () => {
    const unit: Input = {
      title: "Lägre värden av legionella",
      body: `${SHOWERS} Smittskyddsenheten i Norrby har kontaktats och ett beslut har fattats. Ytterligare provsvar inväntas.`,
    };
    expect(findingsOf(unit, undefined, "AU21")).toHaveLength(1);
    const council: Input = {
      language: "en",
      title: "Water main works",
      body: "The water main has been broken several times and water has been turned off while repairs are made. Council has been informed. Supply has been maintained through temporary lines. Action has been taken.",
    };
    expect(findingsOf(council, undefined, "AU21")).toHaveLength(1);
  });
});

describe("[FA12] a forecast softened twice, and speculation named, are no guesses", () => {
  it("leaves 'a stranded motorist that could possibly create traffic congestion'", () => {
    const alert: Input = {
      language: "en",
      kind: "social",
      title: "Traffic alert",
      body: "At 10:58 AM a stranded motorist that could possibly create traffic congestion has been reported near Mile Marker 5 on Interstate 26. Motorists should consider an alternate route.",
    };
    expect(findingsOf(alert, undefined, "FA12")).toHaveLength(0);
  });

  it("leaves a rumour 'fueled by speculation and hearsay'", () => {
    const correction: Input = {
      language: "en",
      kind: "correction",
      title: "There was no threat at the high school",
      body: "There was never a threat to students or staff. Something overheard was misunderstood and turned into a rumor, which was fueled by speculation and hearsay. Police investigated and found it unfounded.",
    };
    expect(findingsOf(correction, undefined, "FA12")).toHaveLength(0);
  });

  it("still refuses 'could possibly have been started by youths' and 'there is speculation that it was arson'", () => {
    const fire: Input = {
      language: "en",
      title: "School fire",
      body: "The fire at Norrby School on 3 May could possibly have been started by youths. Police are at the scene.",
    };
    expect(findingsOf(fire, undefined, "FA12")).toHaveLength(1);
    const rumour: Input = {
      language: "en",
      title: "School fire",
      body: "The fire at Norrby School broke out at 02:00 on 3 May. There is speculation that it was set by youths. Police are at the scene.",
    };
    expect(findingsOf(rumour, undefined, "FA12")).toHaveLength(1);
  });
});

describe("[AU20] a correction that names the rumour without stating it first", () => {
  const au20 = (input: Input) => findingsOf(input, undefined, "AU20");
  const FACTS =
    "There never was an actual threat; at no time were students or staff in harm's way. Police investigated and found the rumor unfounded.";

  it("leaves a headline that names the rumour as its topic, or calls it one", () => {
    expect(au20({ language: "en", kind: "correction", title: "Update to the reported HS rumor", body: FACTS })).toEqual(
      [],
    );
    expect(
      au20({ language: "en", kind: "correction", title: "Just a rumor, no threat of school shooting", body: FACTS }),
    ).toEqual([]);
    expect(
      au20({
        kind: "correction",
        title: "Information om ryktena kring skolan",
        body: "Det finns inget hot mot skolan. Polisen har utrett uppgifterna.",
      }),
    ).toEqual([]);
  });

  it("leaves 'we have been made aware of rumors …' followed at once by the verdict", () => {
    const aware: Input = {
      language: "en",
      kind: "correction",
      title: "",
      body: "We have been made aware of rumors of a threat being made against the high school. We are in close contact with police. At this early stage, they have found no evidence to substantiate the allegation.",
    };
    expect(au20(aware)).toEqual([]);
  });

  it("still refuses a headline that states the rumour, and an awareness opening with no verdict", () => {
    expect(
      au20({ language: "en", kind: "correction", title: "Rumours say the tap water is poisoned", body: FACTS }),
    ).toHaveLength(1);
    const noVerdict: Input = {
      language: "en",
      kind: "correction",
      title: "",
      body: "We are aware of rumours that the tap water in Norrby is poisoned. We are in contact with the water utility. Call 0300 555 0100 with questions.",
    };
    expect(au20(noVerdict)).toHaveLength(1);
  });
});

describe("[FA15] a negation is no shared subject", () => {
  it("leaves bathing places 'öppna som vanligt' beside a recommendation 'att inte tillåta tung trafik'", () => {
    const ground: Input = {
      title: "Markstabiliteten i Aröd utreds",
      body: "Det finns frågetecken kring markstabiliteten längs Södra Arödsvägen. Vi vill understryka att det inte är någon omedelbar fara för skred och därför är de kommunala badplatserna öppna som vanligt. Vår rekommendation till vägföreningen är att inte tillåta tung trafik i området.",
    };
    expect(findingsOf(ground, undefined, "FA15")).toEqual([]);
  });

  it("still refuses a bathing place open as usual and bathing not allowed there", () => {
    const clash: Input = {
      title: "Algblomning vid Aröds badplats",
      body: "Aröds badplats är öppen som vanligt. Det är inte tillåtet att bada vid Aröds badplats på grund av algblomning.",
    };
    expect(findingsOf(clash, undefined, "FA15")).toHaveLength(1);
  });
});

describe("[OP12] 'it is very difficult … to provide reliable estimates' says no time can be given", () => {
  it("leaves the power cooperative's answer, and refuses an answer that talks around the question", () => {
    const honest: Input = {
      language: "en",
      kind: "faq",
      title: "When will my power be restored?",
      body: "It is very difficult, especially in the early stages of storm restoration, to provide reliable estimates of restoration times for specific locations. Crews are assigned as outages arise.",
    };
    expect(findingsOf(honest, undefined, "OP12")).toEqual([]);
    const evasive: Input = {
      language: "en",
      kind: "faq",
      title: "When will my power be restored?",
      body: "Restoring power is our top priority. Crews are assigned as outages arise and work hard in all conditions.",
    };
    expect(findingsOf(evasive, undefined, "OP12")).toHaveLength(1);
  });
});

describe("[FA14] calm that rests on a claim shown false", () => {
  it("leaves 'Var lugn - faktauppgifterna är felaktiga' in a correction, and refuses a bare 'Var lugn'", () => {
    const correction: Input = {
      kind: "correction",
      title: "Felaktiga uppgifter i tidningen",
      body: "Var lugn - faktauppgifterna i artikeln är felaktiga och tidningen rättar dem i nästa nummer. Våra bolag har bidragit positivt till kommunen under lång tid.",
    };
    expect(findingsOf(correction, undefined, "FA14")).toEqual([]);
    const bare: Input = {
      title: "Lukt i centrum",
      body: "Flera har hört av sig om en lukt i centrum. Var lugn, det finns ingen anledning till oro. Norrby kommun, 7 december kl. 10.00.",
    };
    expect(findingsOf(bare, undefined, "FA14")).toHaveLength(1);
  });
});

describe("[AC15] told to leave, not where to go", () => {
  it("refuses 'Lämna bostaden nu' and 'Residents must evacuate immediately' with nowhere to go", () => {
    const sv: Input = {
      kind: "sms",
      title: "",
      body: "Räddningstjänsten Norrby: Gasläcka på Hagavägen. Lämna bostaden nu. Mer på norrby.se kl. 16.",
    };
    const en: Input = {
      language: "en",
      kind: "sms",
      title: "",
      body: "Norrby Fire: Gas leak on Haga Road. Residents must evacuate immediately. Updates at norrby.gov at 4 pm.",
    };
    for (const input of [sv, en]) {
      const found = findingsOf(input, undefined, "AC15");
      expect(found).toHaveLength(1);
      expect(found[0]?.severity).toBe("error");
    }
  });

  it("leaves an order with a place, a direction or shelter, and a leaving that is no order", () => {
    for (const body of [
      "Räddningstjänsten Norrby: Gasläcka på Hagavägen. Lämna bostaden nu och gå till samlingsplatsen vid Hagaskolan.",
      "Räddningstjänsten lämnar strax platsen. Trafiken släpps på när alla fordon kan lämna platsen.",
    ])
      expect(findingsOf({ kind: "sms", title: "", body }, undefined, "AC15")).toEqual([]);
    for (const body of [
      "Norrby Fire: Gas leak on Haga Road. Residents must evacuate immediately, heading north away from Haga Road.",
      "Residents are advised to leave their bin out and the waste team will empty it by Sunday.",
    ])
      expect(findingsOf({ language: "en", kind: "sms", title: "", body }, undefined, "AC15")).toEqual([]);
  });
});

describe("[AC11] where to ask is no protection", () => {
  it("refuses smoke drifting over homes when the only imperative says where to ask", () => {
    const smoke: Input = {
      title: "Brand i lagerbyggnad i Hällebo",
      body: "Räddningstjänsten arbetar sedan kl. 12.50 med en brand i en lagerbyggnad i Hällebo. Branden ger kraftig svart rök som just nu driver mot bostadsområdet Norrängen. Vi uppdaterar här kl. 16.00. Frågor om röken: ring 113 13.",
    };
    expect(findingsOf(smoke, undefined, "AC11")[0]?.severity).toBe("error");
    const told: Input = { ...smoke, body: `${smoke.body} Håll fönster och dörrar stängda i Norrängen.` };
    expect(findingsOf(told, undefined, "AC11")).toEqual([]);
  });

  it("reads a tornado moving towards towns as a danger", () => {
    const tornado: Input = {
      language: "en",
      title: "Tornado warning for Clay County",
      body: "The National Weather Service has issued a tornado warning for central Clay County until 6:45 p.m. At 6:10 p.m. a tornado was reported near Burnsville, moving northeast at 30 mph toward Carlton. Clay County Emergency Management will post updates on claycountyem.gov.",
    };
    expect(findingsOf(tornado, undefined, "AC11")[0]?.severity).toBe("error");
  });
});

describe("[OP6] a report held back without a reason", () => {
  it("refuses 'We will not be sharing the report or its findings at this stage', not the same with a reason", () => {
    const held = (why: string): Input => ({
      language: "en",
      title: "Coast Road landslip – update",
      body: `The Coast Road remains closed after last week's landslip. The council has received the engineers' report on the cliff. We will not be sharing the report or its findings at this stage${why}. Next update: Friday 27 February.`,
    });
    expect(findingsOf(held(""), undefined, "OP6")).toHaveLength(1);
    expect(findingsOf(held(" because the police investigation is ongoing"), undefined, "OP6")).toEqual([]);
    const sv: Input = {
      title: "Skredet vid Kustvägen",
      body: "Kustvägen är fortsatt avstängd. Kommunen har fått geoteknikernas rapport. Vi kommer inte att dela rapporten eller dess resultat i nuläget. Nästa uppdatering fredag 27 februari.",
    };
    expect(findingsOf(sv, undefined, "OP6")).toHaveLength(1);
  });
});

describe("[AC15] 'ska lämna sina hem'", () => {
  it("refuses an order to leave one's home with nowhere to go", () => {
    const sms: Input = {
      kind: "sms",
      title: "",
      body: "Tallvikens kommun och Polisen: Risk för nytt skred vid Lindåsvägen. Alla boende på Lindåsvägen 2–30 ska lämna sina hem senast kl. 20.00 i kväll. Ta med mediciner. Frågor: 0570-84 10 00.",
    };
    expect(findingsOf(sms, undefined, "AC15")).toHaveLength(1);
  });
});

describe("[AU24] an English message whose routes onwards are in Swedish only", () => {
  const sms = (route: string): Input => ({
    language: "en",
    kind: "sms",
    title: "",
    body: `Tallviken Municipality: Flooding in Sjöhaga. Do not drive through water on roads. Sjöhagavägen is closed. For more information ${route}.`,
  });

  it("refuses an SMS whose only line is answered in Swedish, and warns on a page", () => {
    expect(findingsOf(sms("call 0570-84 10 00 (Swedish only)"), undefined, "AU24")[0]?.severity).toBe("error");
    const page: Input = { ...sms("read tallmark.se/brand (in Swedish only)"), kind: "bulletin" };
    expect(findingsOf(page, undefined, "AU24")[0]?.severity).toBe("warn");
  });

  it("leaves a route in English beside it, and a Swedish message", () => {
    expect(findingsOf(sms("call 0570-84 10 00 (Swedish only) or read tallviken.se/en"), undefined, "AU24")).toEqual([]);
    expect(
      findingsOf(
        { kind: "sms", title: "", body: "Tallvikens kommun: Översvämning i Sjöhaga. Ring 0570-84 10 00 (svenska)." },
        undefined,
        "AU24",
      ),
    ).toEqual([]);
  });
});

describe("[OP13] a yes-or-no question the answer talks around", () => {
  const faq = (title: string, body: string, language: "sv" | "en" = "en"): Input => ({
    language,
    kind: "faq",
    title,
    body,
  });

  it("refuses answers that never say yes, no or not known", () => {
    for (const input of [
      faq(
        "Are cooling centres open this weekend?",
        "Cooling centres are an important part of our heatwave plan. Each summer we work closely with our partners. You can read the full plan at millbrook.gov.uk/heatplan.",
      ),
      faq(
        "Is it safe for my children to play outside while the smoke is visible?",
        "Air quality is a top priority for Linn County. We are monitoring conditions closely and will keep residents informed.",
      ),
      faq(
        "Har mina personuppgifter läckt vid it-angreppet?",
        "Kommunen arbetar aktivt med informationssäkerhet och tar skyddet av personuppgifter på största allvar. Läs mer om hur vi behandlar personuppgifter på tallviken.se/dataskydd.",
        "sv",
      ),
    ])
      expect(findingsOf(input, undefined, "OP13"), input.title ?? "").toHaveLength(1);
  });

  it("leaves answers that say it, or say what the reader may do, or that nobody knows yet", () => {
    for (const input of [
      faq("Are cooling centres open this weekend?", "Cooling centres are open Saturday and Sunday, 10am to 6pm."),
      faq("Is it safe for my children to play outside?", "Keep children indoors while the smoke is visible."),
      faq("Kan jag dricka kranvattnet?", "Du kan dricka vattnet som vanligt. Proverna från i går var bra.", "sv"),
      faq(
        "Har mina personuppgifter läckt?",
        "Det vet vi inte ännu. Utredningen pågår och vi meddelar alla som berörs direkt.",
        "sv",
      ),
    ])
      expect(findingsOf(input, undefined, "OP13"), input.title ?? "").toEqual([]);
  });
});

describe("[FA15] an all-clear only promised, drinking 'as usual', and a reopening that clashes", () => {
  const fa15 = (input: Input) => findingsOf(input, undefined, "FA15");

  it("refuses 'safe to drink straight from the tap' beside 'keep boiling until we say the notice is lifted'", () => {
    const water: Input = {
      title: "Dricksvattnet i Granlunda",
      body: "De nya provsvaren visar att vattnet nu är tjänligt och säkert att dricka direkt från kranen. Fortsätt att koka allt vatten som ska användas till dryck och matlagning tills kommunen meddelar att kokningsrekommendationen är hävd.",
    };
    expect(fa15(water)).toHaveLength(1);
    const lifted: Input = {
      title: "Kokningsrekommendationen är hävd",
      body: "Kokningsrekommendationen i Granlunda är hävd. Vattnet är tjänligt och säkert att dricka direkt från kranen.",
    };
    expect(fa15(lifted)).toEqual([]);
  });

  it("refuses 'kan drickas som vanligt' beside a precautionary boil, and leaves a precaution alone", () => {
    const both: Input = {
      kind: "faq",
      title: "Kan jag dricka kranvattnet i Norrby nu?",
      body: "Ja. Proverna visar att dricksvattnet i Norrby är helt ofarligt och kan drickas som vanligt. Som en försiktighetsåtgärd ska du ändå koka allt vatten till dryck och matlagning tills nya provsvar kommer.",
    };
    expect(fa15(both)).toHaveLength(1);
    const precaution: Input = {
      title: "Koka vattnet i Norrby",
      body: "Inga bakterier har hittats i vattnet. Som en försiktighetsåtgärd ska du ändå koka allt vatten till dryck och matlagning tills nya provsvar kommer.",
    };
    expect(fa15(precaution)).toEqual([]);
  });

  it("refuses a reopening today beside staying closed until tomorrow, not the two in dated updates", () => {
    const road: Input = {
      language: "en",
      title: "Highway 30 closure",
      body: "Highway 30 is closed after a tanker rolled over at 8:30 a.m. The highway will reopen at 1 p.m. today. Because the cleanup will take all day, the road is expected to stay closed until tomorrow morning.",
    };
    expect(fa15(road)).toHaveLength(1);
    const log: Input = {
      language: "en",
      title: "Highway 30 closure",
      body: "Update 12:30 p.m.\nThe cleanup will take all day: the road is expected to stay closed until tomorrow morning.\n\nUpdate 9:00 a.m.\nThe highway will reopen at 1 p.m. today.",
    };
    expect(fa15(log)).toEqual([]);
  });
});

describe("[FS12] a stamp without a year, and an estimate already passed", () => {
  it("refuses an update stamped Wednesday 13 March whose repair and next update were due on Monday 11 March", () => {
    const stale: Input = {
      title: "Vattenläckan på Storgatan – uppdaterad onsdag 13 mars kl. 10.00",
      body: "Vattnet är fortfarande avstängt på Storgatan 2–40. Reparationen beräknas vara klar måndag 11 mars kl. 18.00. En vattentank finns vid Torget. Nästa uppdatering kommer måndag 11 mars kl. 14.00.",
    };
    expect(findingsOf(stale, undefined, "FS12")).toHaveLength(1);
    const current: Input = {
      ...stale,
      body: "Vattnet är fortfarande avstängt på Storgatan 2–40. Reparationen beräknas vara klar fredag 15 mars kl. 18.00. Nästa uppdatering kommer torsdag 14 mars kl. 14.00.",
    };
    expect(findingsOf(current, undefined, "FS12")).toEqual([]);
  });
});

describe("[FS14] the first word days after the event", () => {
  it("refuses a first notice that says it comes days late", () => {
    const sv: Input = {
      title: "Information om dataintrånget",
      body: "Lunnebo kommun drabbades av ett dataintrång i torsdags kväll, den 7 november. Nu, måndag 11 november, vill vi informera om vad som har hänt. Kommunens e-tjänster fungerar inte. Nästa uppdatering onsdag 13 november kl. 12.00.",
    };
    const en: Input = {
      language: "en",
      title: "Cyber incident affecting council services",
      body: "On Friday evening, 8 March, Ashby Borough Council was hit by a cyber attack. We are now, on Wednesday 13 March, able to share some information with residents. Online payments are not working.",
    };
    for (const input of [sv, en]) expect(findingsOf(input, undefined, "FS14"), input.title ?? "").toHaveLength(1);
  });

  it("leaves the same day, and a wait with its reason", () => {
    const sameDay: Input = {
      title: "Information om dataintrånget",
      body: "Lunnebo kommun drabbades av ett dataintrång i natt, den 11 november. Nu, måndag 11 november, vill vi informera om vad som har hänt.",
    };
    expect(findingsOf(sameDay, undefined, "FS14")).toEqual([]);
    const reason: Input = {
      title: "Information om dataintrånget",
      body: "Lunnebo kommun drabbades av ett dataintrång den 7 november. På polisens begäran har vi väntat med att berätta. Nu, måndag 11 november, vill vi informera om vad som har hänt.",
    };
    expect(findingsOf(reason, undefined, "FS14")).toEqual([]);
  });
});

describe("[IM16] a shop's 'best prices in the municipality'", () => {
  it("refuses a recommendation ending in 'bästa priserna i kommunen just nu!', not a neutral pointer", () => {
    const shop: Input = {
      kind: "social",
      title: "",
      body: "Strömavbrottet i Ytterby: elbolaget räknar med att alla har ström igen kl. 20.00. Vill du vara förberedd nästa gång rekommenderar vi ett reservaggregat från Järnhandeln i Ytterby – bästa priserna i kommunen just nu! /Ytterby kommun 12 jan kl. 14.10",
    };
    expect(findingsOf(shop, undefined, "IM16")).toHaveLength(1);
    const neutral: Input = {
      ...shop,
      body: "Strömavbrottet i Ytterby: elbolaget räknar med att alla har ström igen kl. 20.00. Läs om hur du förbereder dig för strömavbrott på krisinformation.se. /Ytterby kommun 12 jan kl. 14.10",
    };
    expect(findingsOf(neutral, undefined, "IM16")).toEqual([]);
  });
});

describe("[IM1, IM3] a service shortfall laid at a party's vote", () => {
  it("refuses 'more plows out if the Republican majority … had not voted down our budget'", () => {
    const swipe: Input = {
      language: "en",
      kind: "social",
      title: "",
      body: "Town of Riverton, 2 Dec, 8:00 a.m.: Snow plows will work through the day. Please park off the street. We would have more plows out if the Republican majority on the county board had not voted down our equipment budget last spring. Next update 2 p.m. at riverton.gov/snow",
    };
    expect(findingsOf(swipe, undefined, "IM1")).toHaveLength(1);
    expect(findingsOf(swipe, undefined, "IM3")[0]?.severity).toBe("error");
    const plain: Input = {
      ...swipe,
      body: "Town of Riverton, 2 Dec, 8:00 a.m.: Snow plows will work through the day; side streets may not be cleared before evening. Please park off the street. Next update 2 p.m. at riverton.gov/snow",
    };
    expect(findingsOf(plain, undefined, "IM1")).toEqual([]);
  });
});

describe("[AU25] a light tone about a death", () => {
  it("refuses grins and 'grab a coffee' in a post about a fatal crash, and leaves a siren and a plain post", () => {
    const jokey: Input = {
      language: "en",
      kind: "social",
      title: "",
      body: "Yikes!! Nasty crash on Highway 12 near Fenwick this morning 😬 Sadly one person didn't make it. Highway 12 is closed, so grab a coffee ☕ and take Route 4 instead 👍 – Fenwick County Sheriff's Office",
    };
    expect(findingsOf(jokey, undefined, "AU25")).toHaveLength(1);
    const plain: Input = {
      ...jokey,
      body: "🚨 Fatal crash on Highway 12 near Fenwick this morning. One person died. Highway 12 is closed both ways; use Route 4. – Fenwick County Sheriff's Office",
    };
    expect(findingsOf(plain, undefined, "AU25")).toEqual([]);
    const dog: Input = {
      ...jokey,
      body: "Lost dog found near the Fenwick exit 👍 Call the shelter if he is yours. – Fenwick County Sheriff's Office",
    };
    expect(findingsOf(dog, undefined, "AU25")).toEqual([]);
  });
});

describe("[AC16] told not to drink, given nothing to drink", () => {
  const notice = (extra: string): Input => ({
    language: "en",
    title: "Do Not Drink notice – Westbrook Heights",
    body: `Issued Tuesday 4 June, 8:00 a.m. by Westbrook Water. Tests found a cleaning chemical in the water supply. Do not drink the tap water and do not use it for cooking. Boiling the water will not remove the chemical.${extra} Next update at 2 p.m. at westbrookwater.org.`,
  });

  it("refuses a do-not-drink notice with no water to drink, and only warns when it says what the water can still do", () => {
    expect(findingsOf(notice(""), undefined, "AC16")[0]?.severity).toBe("error");
    expect(
      findingsOf(notice(" Water can still be used for flushing toilets and showers."), undefined, "AC16")[0]?.severity,
    ).toBe("warn");
  });

  it("leaves a notice with bottled water or a tank, and a lake's untreated water", () => {
    expect(
      findingsOf(notice(" Bottled water is handed out at the Civic Centre until 8 p.m."), undefined, "AC16"),
    ).toEqual([]);
    const tank: Input = {
      title: "Drick inte kranvattnet i Lövsta",
      body: "Drick inte kranvattnet i Lövsta. En vattentank står vid skolan, dygnet runt. Nästa besked kl. 15.",
    };
    expect(findingsOf(tank, undefined, "AC16")).toEqual([]);
    const lake: Input = {
      language: "en",
      title: "Algal bloom",
      body: "Do not drink the water from the lake or use it for cooking. Keep pets away from the shore.",
    };
    expect(findingsOf(lake, undefined, "AC16")).toEqual([]);
  });
});

describe("[AC13, AC11] vague advice to those 'within 1 mile', and a toxic leak named as such", () => {
  it("refuses 'Residents within 1 mile are advised to take precautions' and 'Boende inom 1 km uppmanas att vidta …'", () => {
    const en: Input = {
      language: "en",
      kind: "sms",
      title: "",
      body: "Eastmere County Council: A chemical leak occurred at 15:40 at Eastmere Industrial Estate. Residents within 1 mile are advised to take precautions. Updates: eastmere.gov.uk/incident",
    };
    const sv: Input = {
      kind: "sms",
      title: "",
      body: "Räddningstjänsten Norrby: Kemikalieläcka vid Hamnen kl. 15.40. Boende inom 1 km uppmanas att vidta nödvändiga försiktighetsåtgärder. Mer på norrby.se",
    };
    for (const input of [en, sv]) expect(findingsOf(input, undefined, "AC13"), input.body).toHaveLength(1);
  });

  it("refuses an ammonia leak reported with nothing for those nearby, and leaves one with an instruction", () => {
    const leak: Input = {
      title: "Ammoniakläcka vid ishallen i Sörby",
      body: "Klockan 10.40 i dag upptäcktes en läcka av ammoniak i kylanläggningen i Sörby ishall. Räddningstjänsten är på plats och arbetar med att stoppa läckan. Ishallen är utrymd. Vi uppdaterar på sorby.se kl. 12.00. Sörby kommun",
    };
    expect(findingsOf(leak, undefined, "AC11")[0]?.severity).toBe("error");
    const told: Input = { ...leak, body: `${leak.body} Du som är i närheten: gå inomhus och stäng fönster.` };
    expect(findingsOf(told, undefined, "AC11")).toEqual([]);
  });
});

describe("[FA26] casualties guessed at", () => {
  it("refuses 'Several students may be injured' and 'flera kan ha omkommit'", () => {
    const en: Input = {
      language: "en",
      kind: "sms",
      title: "",
      body: "Ridgeview School District: Ridgeview High is in lockdown. Several students may be injured. Do NOT come to the school. Family reunification at Carnford Arena, 200 Park Ave.",
    };
    const sv: Input = {
      title: "Olycka på E4",
      body: "En buss har kört av vägen vid Tallby kl. 07.40. Flera personer kan ha omkommit. E4 är avstängd. Nästa uppdatering kl. 10.00.",
    };
    for (const input of [en, sv]) expect(findingsOf(input, undefined, "FA26"), input.body).toHaveLength(1);
  });

  it("leaves confirmed figures and warnings to the reader", () => {
    for (const body of [
      "Police confirm two people were taken to hospital. We do not yet know whether anyone else is hurt.",
      "Flood water can be deadly: you could be injured or killed if you drive through it.",
    ])
      expect(findingsOf({ language: "en", title: "Flooding", body }, undefined, "FA26"), body).toEqual([]);
  });
});

describe("[AC17] a message that is only a link", () => {
  it("refuses 'Läs mer om utsläppet här 👉 link' and 'Important information about …: link'", () => {
    for (const [language, body] of [
      ["sv", "Tallvikens kommun: Läs mer om utsläppet i Kvarnåsen här 👉 https://bit.ly/3xKvQ7p"],
      ["en", "Important information about the water outage in Harlow Heights: https://bit.ly/3HwQx7z – Town of Harlow"],
    ] as const)
      expect(findingsOf({ language, kind: "social", title: "", body }, undefined, "AC17"), body).toHaveLength(1);
  });

  it("leaves a post that says what happened and what to do before its link", () => {
    const body =
      "Tallvikens kommun: Utsläpp av kemikalier vid Kvarnåsen. Håll fönster och dörrar stängda i Kvarnåsen tills vidare. Läs mer här: tallviken.se/utslapp";
    expect(findingsOf({ kind: "social", title: "", body }, undefined, "AC17")).toEqual([]);
  });
});

describe("[AC18] a verdict with no fact", () => {
  it("refuses a claim and 'This is false.' with nothing else", () => {
    const bare: Input = {
      language: "en",
      kind: "correction",
      title: "Statement about the River Dun",
      body: "Eastmere County Council, 9 September 2026\n\nPosts on social media say the River Dun is poisoned after Tuesday's chemical spill. This is false.",
    };
    expect(findingsOf(bare, undefined, "AC18")).toHaveLength(1);
  });

  it("leaves a verdict that carries its fact, and one followed by the facts", () => {
    for (const body of [
      "There are rumours around that the two bridges over the Fitzroy will be closed. This is not true and they will not be affected.",
      "Posts on social media say the River Dun is poisoned. This is false. Samples taken on Wednesday show no trace of the chemical.",
    ])
      expect(findingsOf({ language: "en", kind: "correction", title: "", body }, undefined, "AC18"), body).toEqual([]);
  });
});

describe("[FS7] a promise that is the whole sentence", () => {
  it("refuses 'We'll keep you posted.' and 'Vi återkommer.' with no time to plan by", () => {
    const en: Input = {
      language: "en",
      kind: "social",
      title: "",
      body: "Port Aldous Town Council, 20 Feb 2026, 8:10am: Overnight a section of cliff collapsed onto the Coast Road. The road is closed; please use Hill Lane. Stay away from the cliff edge. We'll keep you posted.",
    };
    const sv: Input = {
      kind: "social",
      title: "",
      body: "Norrby kommun 20 feb kl. 08.10: Ett ras har skett vid Kustvägen. Vägen är avstängd; kör via Backvägen. Vi återkommer.",
    };
    for (const input of [en, sv]) expect(findingsOf(input, undefined, "FS7"), input.body).toHaveLength(1);
  });

  it("only notes it beside a next-update time, and leaves it in an older entry of a running log", () => {
    const timed: Input = {
      language: "en",
      kind: "social",
      title: "",
      body: "Port Aldous Town Council, 8:10am: The Coast Road is closed; please use Hill Lane. We'll keep you posted. Next update at 12:00.",
    };
    // Beside a next-update time the vague words are a note, as for every vague promise.
    expect(findingsOf(timed, undefined, "FS7").map((f) => f.severity)).toEqual(["warn"]);
    const log: Input = {
      title: "Trafikolycka",
      body: "Uppdatering 07:07\nBärgare är på väg. Trafiken släpps strax på.\nUppdatering 06:46\nFortsatt helt stopp. Prognos 20 minuter.\nUppdatering 06:36\nVägen är avstängd. Räddningstjänsten är på väg. Mer information kommer.",
    };
    expect(findingsOf(log, undefined, "FS7")).toEqual([]);
  });
});

describe("[AU26] the answer locked in colours, an image or an attachment", () => {
  it("refuses areas 'markerade med rött' and a list in the attached scanned PDF", () => {
    const colour: Input = {
      kind: "faq",
      title: "Vilka adresser omfattas av kokningsrekommendationen?",
      body: "Se kartan i bilden nedan. Områden markerade med rött omfattas av kokningsrekommendationen, områden markerade med grönt gör det inte.",
    };
    const pdf: Input = {
      language: "en",
      kind: "faq",
      title: "Which streets will be affected by the rolling outages?",
      body: "The list of affected streets and times is in the attached scanned notice (PDF, 6 MB, page 4, table 2).",
    };
    for (const input of [colour, pdf]) expect(findingsOf(input, undefined, "AU26")[0]?.severity).toBe("error");
  });

  it("only notes 'click here', and leaves an answer written in the text", () => {
    const click: Input = {
      language: "en",
      title: "Heatwave",
      body: "Never leave children or pets in cars. For more information on surviving the heat, click here.",
    };
    expect(findingsOf(click, undefined, "AU26").map((f) => f.severity)).toEqual(["warn"]);
    const text: Input = {
      kind: "faq",
      title: "Vilka adresser omfattas?",
      body: "Rekommendationen gäller Granlunda och Älvsätra, inte Storsjön. På kartan på tallviken.se/vatten kan du söka på din adress.",
    };
    expect(findingsOf(text, undefined, "AU26")).toEqual([]);
  });
});
