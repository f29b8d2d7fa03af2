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
