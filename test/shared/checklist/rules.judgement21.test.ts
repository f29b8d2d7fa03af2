/**
 * Twenty-first round: rules from the studied sets' misses (blind41, blind42, blind44) and the guidance they cite. The
 * wordings are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, msg } from "./helpers.js";

describe("[AC21] help on offer with no place", () => {
  it("refuses emergency water, cooling centres and help points that are nowhere", () => {
    expect(
      findingsOf(
        msg("sms", "Vattenavbrott i Hagby från kl 13 i dag pga ledningsbrott. Nödvatten finns utställt. /Hagby kommun"),
        undefined,
        "AC21",
      ),
    ).toHaveLength(1);
    expect(
      findingsOf(
        msg("social", "Cooling centers are open today across Milltown. Stay cool and check on your neighbors!", "en"),
        undefined,
        "AC21",
      ),
    ).toHaveLength(1);
    expect(
      findingsOf(
        msg(
          "faq",
          "Kommunen har ställt ut vattentankar på flera platser i de berörda områdena. Ta med egna dunkar.",
          "sv",
          "Var kan jag hämta vatten?",
        ),
        undefined,
        "AC21",
      ),
    ).toHaveLength(1);
  });

  it("leaves help with a building, a street, a list, the sentence before or a page that lists the places", () => {
    const placed = [
      msg("sms", "Vattenavbrott i Hagby. Nödvatten finns vid Hagby skola till kl 20. /Hagby kommun"),
      msg("sms", "Vattenavbrott i Hagby. Nödvatten finns utställt vid återvinningscentralen. /Hagby kommun"),
      msg("social", "Sandbags are available at the council depot on Station Road until 6pm.", "en"),
      msg("bulletin", "Cooling centres are open at these places:\nCentral Library, 10 Main Street\nTown Hall", "en"),
      msg(
        "bulletin",
        "Trygghetspunkten på Hagby bibliotek öppnade i morse. På trygghetspunkten kan du ladda mobilen och få varm dryck.",
      ),
      msg("bulletin", "Cooling centres are open across the county. Find your nearest at county.gov/cooling.", "en"),
      msg("bulletin", "Kommunens trygghetspunkter i Holm och Västanå är öppna dygnet runt."),
    ];
    for (const text of placed) expect(findingsOf(text, undefined, "AC21"), text.body).toHaveLength(0);
  });

  it("leaves help handed out in the past, kept at home, closed or only conditional", () => {
    const notOffered = [
      msg("bulletin", "Over the last few hours we have distributed over 1,000 sandbags to properties at risk.", "en"),
      msg("bulletin", "You should keep a supply of sandbags available if you live in a risk area.", "en"),
      msg("bulletin", "Om strömavbrottet blir långvarigt öppnar kommunen värmestugor."),
      msg("bulletin", "The cooling centres are closed from today now that the heat has passed.", "en"),
    ];
    for (const text of notOffered) expect(findingsOf(text, undefined, "AC21"), text.body).toHaveLength(0);
  });
});

describe("[AC22] a shelter closes with nowhere to go", () => {
  it("refuses a rest centre or an evacuation centre closing while people still need it", () => {
    expect(
      findingsOf(
        msg("bulletin", "The rest centre at Hill School will close at 8pm tonight. Thank you to our volunteers.", "en"),
        undefined,
        "AC22",
      ),
    ).toHaveLength(1);
    expect(
      findingsOf(
        msg("social", "Evakueringsplatsen i Hagby sporthall stänger i kväll kl. 22. Skogsbranden pågår fortfarande."),
        undefined,
        "AC22",
      ),
    ).toHaveLength(1);
  });

  it("leaves a closing with a transfer, a way home or the need gone", () => {
    const answered = [
      msg(
        "social",
        "The shelter at Hill School closes at noon. Residents will be moved by bus to Ash High School.",
        "en",
      ),
      msg("bulletin", "Evakueringsplatsen stänger kl. 16. De boende på Industrigatan kan återvända från kl. 14.", "sv"),
      msg("bulletin", "Alla har fått tillbaka strömmen. Värmestugan i bygdegården stänger kl. 17.", "sv"),
      msg("bulletin", "The evacuation order has been lifted and the evacuation centre will close at 6pm.", "en"),
      msg("bulletin", "If the fire is under control by Sunday, the evacuation centre will close.", "en"),
    ];
    for (const text of answered) expect(findingsOf(text, undefined, "AC22"), text.body).toHaveLength(0);
  });
});

describe("[IM16] a business praised as the best, or shopping there urged", () => {
  it("refuses thanks that turn into an advertisement", () => {
    expect(
      findingsOf(
        msg(
          "bulletin",
          "Tack vare Snöfix AB, som är överlägset den bästa entreprenören i länet, är bussgatorna plogade.",
        ),
        undefined,
        "IM16",
      ),
    ).toHaveLength(1);
    expect(
      findingsOf(
        msg("bulletin", "Thanks to Bell's Hardware, the best hardware store in the valley, for 500 free tarps.", "en"),
        undefined,
        "IM16",
      ),
    ).toHaveLength(1);
    expect(
      findingsOf(
        msg("bulletin", "Gratis flaskvatten finns vid Konsum i Hagby. Passa gärna på att göra helgens inköp där!"),
        undefined,
        "IM16",
      ),
    ).toHaveLength(1);
  });

  it("leaves the best way, a scam warning and a business named for what it does", () => {
    const fine = [
      msg("bulletin", "The best way to keep cool is to stay out of the sun between 11am and 3pm.", "en"),
      msg("bulletin", "Beware of rogue traders who call themselves the best roofing company in town.", "en"),
      msg("bulletin", "Konsum i Hagby delar ut gratis flaskvatten i dag kl. 9–18."),
    ];
    for (const text of fine) expect(findingsOf(text, undefined, "IM16"), text.body).toHaveLength(0);
  });
});

describe("[AU26] an SMS pointing to a map", () => {
  it("refuses a map the SMS cannot carry, and leaves the same words on a page", () => {
    const text = "Hagby kommun 8/4: Vattnet stängs av i morgon kl 8-15 i området som markeras på kartan nedan.";
    expect(findingsOf(msg("sms", text), undefined, "AU26")).toHaveLength(1);
    expect(findingsOf(msg("bulletin", text), undefined, "AU26")).toHaveLength(0);
  });
});

describe("real texts the studied sets refused (twenty-first round)", () => {
  it("[FA21] reads an acronym in brackets after the name it shortens as no slot, and keeps a slot", () => {
    const named = msg("faq", "Vi samarbetar med Myndigheten för samhällsskydd och beredskap [MSB] och regionerna.");
    expect(findingsOf(named, undefined, "FA21")).toHaveLength(0);
    expect(findingsOf(msg("bulletin", "Vatten finns vid [Plats] från kl. 12."), undefined, "FA21")).toHaveLength(1);
    expect(findingsOf(msg("bulletin", "Vatten finns vid [ORT] från kl. 12."), undefined, "FA21")).toHaveLength(1);
  });

  it("[FA12] reads who is at risk and advice about sources as no guess at a cause", () => {
    const atRisk = msg(
      "bulletin",
      "Infants, older people and people with asthma appear to be at higher risk for health effects caused by mold.",
      "en",
    );
    expect(findingsOf(atRisk, undefined, "FA12")).toHaveLength(0);
    const sources = msg("bulletin", "Discourage others from sharing information from unverified sources.", "en");
    expect(findingsOf(sources, undefined, "FA12")).toHaveLength(0);
    const guess = msg("bulletin", "The fire appears to have been started by the tenants of the flat.", "en");
    expect(findingsOf(guess, undefined, "FA12")).toHaveLength(1);
  });

  it("[FA13] leaves talk named a hoax as it is told", () => {
    const hoax = msg(
      "correction",
      "The agency has been contacted about hoax email and Twitter messages stating that detergent packets were contaminated with anthrax. These rumors are false.",
      "en",
      "Health hoaxes",
    );
    expect(findingsOf(hoax, undefined, "FA13")).toHaveLength(0);
  });

  it("[IM1] reads a rule for everyone as no blame, and keeps blame", () => {
    const rule = msg("faq", "Man får inte kasta cigarettfimpar vårdslöst utomhus.", "sv", "Eldningsförbud");
    expect(findingsOf(rule, undefined, "IM1")).toHaveLength(0);
    const blame = msg("bulletin", "Branden startade när grannen vårdslöst grillade på balkongen.");
    expect(findingsOf(blame, undefined, "IM1")).toHaveLength(1);
  });

  it("[AU19] knows UV, UVA, UVB and SPF", () => {
    const sun = msg(
      "bulletin",
      "Use a broad-spectrum (UVA and UVB) sunscreen with SPF 30 or more. The UV index is high today.",
      "en",
    );
    expect(findingsOf(sun, undefined, "AU19")).toHaveLength(0);
  });

  it("[FS7] reads work that starts as no service promised back", () => {
    const work = msg(
      "bulletin",
      "Ledningen håller inte tillräckligt hög kvalitet. Kommunen är inne i en upphandling som snart kan slutföras så att arbetet ska kunna sätta igång.",
    );
    expect(findingsOf(work, undefined, "FS7")).toHaveLength(0);
  });

  it("[AC19] takes 'you should follow the procedures' as an answer, and 'follow us' as none", () => {
    const follow = msg(
      "faq",
      "You should follow the normal procedures to disinfect your well.",
      "en",
      "How can I clean my well?",
    );
    expect(findingsOf(follow, undefined, "AC19")).toHaveLength(0);
    const onwards = msg("faq", "Follow us on Facebook for updates.", "en", "What should I do with my well?");
    expect(findingsOf(onwards, undefined, "AC19")).toHaveLength(1);
  });
});

describe("[FA13] illness told as a toll, and residents or the press as the source", () => {
  it("refuses unconfirmed illness and talk from residents or the media passed on", () => {
    const passedOn = [
      msg("sms", "Hagby kommun: Kranvattnet kan vara förorenat. Flera ska ha blivit magsjuka. Koka vattnet. hagby.se"),
      msg("social", "Local media are reporting that up to 40 people have fallen ill after eating at a takeaway.", "en"),
      msg("bulletin", "Vattnet är avstängt. Enligt boende i området ska en entreprenör ha grävt av ledningen i morse."),
      msg("sms", "Region Hagby: Enligt uppgifter har flera äldre redan vårdats för värmeslag. Drick mycket vatten."),
    ];
    for (const text of passedOn) expect(findingsOf(text, undefined, "FA13"), text.body).toHaveLength(1);
  });

  it("leaves illness the authority confirms and advice about what to share", () => {
    const fine = [
      msg(
        "bulletin",
        "Smittskyddsläkaren bekräftar att tolv personer har blivit magsjuka efter att ha druckit vattnet.",
      ),
      msg("bulletin", "Dela endast bekräftade uppgifter i sociala medier. Lägg inte ut bilder på drabbade."),
    ];
    for (const text of fine) expect(findingsOf(text, undefined, "FA13"), text.body).toHaveLength(0);
  });
});

describe("[FA7] an all-clear while the investigation is still open", () => {
  it("refuses 'there is no way' while the investigation is under way, and leaves it once the cause is known", () => {
    const ahead = msg(
      "faq",
      "Yes. While the investigation is still under way, there is no way the water could have been affected.",
      "en",
      "Is my tap water safe after the cyber attack?",
    );
    expect(findingsOf(ahead, undefined, "FA7")).toHaveLength(1);
    const after = msg(
      "faq",
      "Yes. The attackers reached only the billing system, which is separate from water treatment, so there is no way the water could have been affected.",
      "en",
      "Is my tap water safe after the cyber attack?",
    );
    expect(findingsOf(after, undefined, "FA7")).toHaveLength(0);
  });
});

describe("[IM3] a politician thanked or blamed, a side contrasted with the last one", () => {
  it("refuses thanks to a politician, a majority contrasted with the previous one and an office blamed", () => {
    const partisan = [
      msg("social", "Särskilt vill vi tacka kommunstyrelsens ordförande Eva Berg (S), som öppnade evakueringsplatsen."),
      msg(
        "bulletin",
        "Att vi klarar torkan beror på att den nuvarande majoriteten, till skillnad från den förra, har prioriterat ledningarna.",
      ),
      msg(
        "bulletin",
        "We began with local funds because the Governor has still not signed the disaster declaration.",
        "en",
      ),
      msg(
        "faq",
        "The centres were closed by the previous Conservative administration in 2019.",
        "en",
        "Why no centre here?",
      ),
    ];
    for (const text of partisan) expect(findingsOf(text, undefined, "IM3"), text.body).not.toHaveLength(0);
    for (const text of partisan)
      expect(
        findingsOf(text, undefined, "IM3").some((f) => f.severity === "error"),
        text.body,
      ).toBe(true);
  });

  it("leaves a politician quoted or thanking others, and the previous update", () => {
    const neutral = [
      msg("bulletin", "Kommunstyrelsens ordförande Eva Berg (S) tackar alla frivilliga som ställt upp under helgen."),
      msg(
        "bulletin",
        "The Governor has declared a state of emergency for the county, which opens state funding.",
        "en",
      ),
      msg("bulletin", "Till skillnad från den förra uppdateringen är nu alla vägar öppna."),
    ];
    for (const text of neutral)
      expect(
        findingsOf(text, undefined, "IM3").filter((f) => f.severity === "error"),
        text.body,
      ).toHaveLength(0);
  });
});

describe("[OP14] the rulebook or the decider in place of a reason", () => {
  it("refuses a why answered by who decided or under which rule", () => {
    const authority = [
      msg(
        "faq",
        "The Utility Board voted to move to Stage 3 of the Drought Plan at its meeting, in accordance with Chapter 13 of the City Code. Stage 3 stays until the Board decides otherwise.",
        "en",
        "Why are we in Stage 3 when the lake looks full?",
      ),
      msg(
        "faq",
        "Kommunen har följt sina rutiner för information vid driftstörningar. Vi beklagar om du upplever att informationen inte nått fram.",
        "sv",
        "Varför fick vi inget sms?",
      ),
    ];
    for (const text of authority) expect(findingsOf(text, undefined, "OP14"), text.body).toHaveLength(1);
  });

  it("leaves a reason given beside the rule", () => {
    const reason = msg(
      "faq",
      "In accordance with our Winter Service Plan we grit bus routes and hills first, because that is where most accidents happen.",
      "en",
      "Why wasn't my road gritted?",
    );
    expect(findingsOf(reason, undefined, "OP14")).toHaveLength(0);
  });
});

describe("[AC23] an exposure notice with nothing to do", () => {
  it("refuses exposure places listed with no advice for those who were there", () => {
    const bare = msg(
      "bulletin",
      "A person with confirmed measles was infectious when they visited the following places: Hill Shopping Centre, Saturday 1 March, 11am to 2pm. Measles is a highly infectious illness.",
      "en",
      "Measles: possible exposure",
    );
    expect(findingsOf(bare, undefined, "AC23")).toHaveLength(1);
  });

  it("leaves a notice that says what to do, and a disease text with no exposure", () => {
    const advised = msg(
      "bulletin",
      "En person med mässling har varit smittsam mellan 24 och 28 februari och har besökt Hagby vårdcentral. Om du var där och inte är vaccinerad, var uppmärksam på feber och ring 1177.",
    );
    expect(findingsOf(advised, undefined, "AC23")).toHaveLength(0);
    const general = msg("bulletin", "Mässling är en mycket smittsam sjukdom. Vaccinet ges i två doser.");
    expect(findingsOf(general, undefined, "AC23")).toHaveLength(0);
  });
});

describe("[IM7] people labelled by origin or as transients", () => {
  it("refuses the cases labelled by origin and a contempt label for the homeless", () => {
    const labelled = [
      msg("correction", "Fallen hör till samma familj med utländsk bakgrund. Ring 1177 om du har frågor."),
      msg("social", "The cooling centers are for residents, not a place for transients to hang out.", "en"),
    ];
    for (const text of labelled) expect(findingsOf(text, undefined, "IM7"), text.body).toHaveLength(1);
  });

  it("leaves a pressure transient and a language route", () => {
    const fine = [
      msg("bulletin", "Following a pressure transient in the network, customers should boil water.", "en"),
      msg("bulletin", "Information på lätt svenska och för dig med annat modersmål finns på hagby.se/sprak."),
    ];
    for (const text of fine) expect(findingsOf(text, undefined, "IM7"), text.body).toHaveLength(0);
  });
});

describe("real texts of blind47, blind49 and blind50 no longer refused", () => {
  it("[FA13] reads the sender's own channels as no hearsay", () => {
    const own = [
      msg("bulletin", "The tanker locations will be published on our website and shared on social media.", "en"),
      msg(
        "bulletin",
        "Hydro Ottawa will continue to post information regarding these outages on our website, on Facebook.",
        "en",
      ),
    ];
    for (const text of own) expect(findingsOf(text, undefined, "FA13"), text.body).toHaveLength(0);
  });

  it("[IM7] reads returning travellers as people on a journey", () => {
    const text = msg(
      "bulletin",
      "The chief health officer said these cases demonstrate the importance of returning travellers knowing the symptoms of coronavirus infection.",
      "en",
    );
    expect(findingsOf(text, undefined, "IM7")).toHaveLength(0);
  });

  it("[FA15] reads boiling asked for earlier as no contradiction of the all-clear", () => {
    const text = msg(
      "bulletin",
      "Provsvaren visar att vattnet återigen är drickbart. Risken för ohälsa var mycket liten under perioden som vi bett er att koka vattnet.",
    );
    expect(findingsOf(text, undefined, "FA15")).toHaveLength(0);
    const clash = msg(
      "bulletin",
      "Provsvaren visar att vattnet återigen är drickbart. Koka allt vatten tills vidare. Hagby kommun, 6 juni kl. 10.00.",
    );
    expect(findingsOf(clash, undefined, "FA15")).toHaveLength(1);
  });

  it("[FA12] reads what the work averted as no guess at a cause", () => {
    const text = msg(
      "bulletin",
      "Utan de åtgärder vi gjort i elnätet hade troligen omkring 25 000 kunder varit utan ström.",
    );
    expect(findingsOf(text, undefined, "FA12")).toHaveLength(0);
  });
});

describe("[IM7] an outbreak tied to a nationality named by its form", () => {
  it("refuses 'de thailändska bärplockarna' in an outbreak, and leaves the same words with no disease", () => {
    const tied = msg(
      "bulletin",
      "Provsvaren visar norovirus. Smittan har framför allt spridits bland de thailändska bärplockarna vid Skogsvägen.",
    );
    expect(findingsOf(tied, undefined, "IM7")).toHaveLength(1);
    const neutral = msg("bulletin", "Kommunen hälsar de thailändska bärplockarna välkomna till sommarens säsong.");
    expect(findingsOf(neutral, undefined, "IM7")).toHaveLength(0);
  });
});

describe("[FS15] news held back for the full picture", () => {
  it("refuses a sender that says it chose to wait", () => {
    const held = [
      msg(
        "bulletin",
        "Läckan var stoppad kl. 11.30. Vi valde att vänta med att informera allmänheten tills vi hade en fullständig bild.",
      ),
      msg(
        "faq",
        "We prefer not to publish partial information, so we waited until all samples were back before issuing the notice.",
        "en",
        "Why weren't we told sooner?",
      ),
    ];
    for (const text of held) expect(findingsOf(text, undefined, "FS15"), text.body).toHaveLength(1);
  });

  it("leaves an apology for having waited too long", () => {
    const sorry = msg("bulletin", "Vi väntade för länge med att informera allmänheten, och det beklagar vi.");
    expect(findingsOf(sorry, undefined, "FS15")).toHaveLength(0);
  });
});

describe("[OP15] a decision given a reason in name only", () => {
  it("refuses 'for operational reasons' and leaves a reason spelt out after it", () => {
    const empty = msg("bulletin", "All schools will be closed on Thursday for operational reasons.", "en");
    expect(findingsOf(empty, undefined, "OP15")).toHaveLength(1);
    const spelt = msg(
      "bulletin",
      "All schools will be closed on Thursday for operational reasons: the heating has failed in three buildings.",
      "en",
    );
    expect(findingsOf(spelt, undefined, "OP15")).toHaveLength(0);
    const safety = msg("bulletin", "Vägen är avstängd av säkerhetsskäl eftersom slänten kan rasa.");
    expect(findingsOf(safety, undefined, "OP15")).toHaveLength(0);
  });
});

describe("[OP12] a time answered by what it depends on, or by saying times are hard to give", () => {
  it("leaves 'until consumption is back to normal' and 'ETAs are tough'", () => {
    const fine = [
      msg(
        "faq",
        "Förbudet gäller tills vi ser att förbrukningen är nere på normala nivåer.",
        "sv",
        "Hur länge gäller förbudet?",
      ),
      msg(
        "faq",
        "The honest answer is that ETAs are tough: timelines change once crews start troubleshooting.",
        "en",
        "When will power be back on?",
      ),
    ];
    for (const text of fine) expect(findingsOf(text, undefined, "OP12"), text.body).toHaveLength(0);
    const none = msg("faq", "Vi arbetar för fullt med att lösa problemet.", "sv", "Hur länge gäller förbudet?");
    expect(findingsOf(none, undefined, "OP12")).toHaveLength(1);
  });
});

describe("[AC24] the ways in are down and no other is given", () => {
  it("refuses an outage of phones and e-services with no other route, and leaves one with a number or a desk", () => {
    const none = msg(
      "sms",
      "Hagby kommun: Kommunen har utsatts för en it-attack. Telefonväxel, e-post och e-tjänster fungerar inte. Ny information kl 15 på hagby.se.",
    );
    expect(findingsOf(none, undefined, "AC24")).toHaveLength(1);
    const routed = [
      msg("sms", "Hagby kommun: Telefonväxeln fungerar inte. Ring 0123-45 67 00 för brådskande ärenden."),
      msg("bulletin", "Our phone lines are down. You can visit reception at the Town Hall in person until 5 pm.", "en"),
    ];
    for (const text of routed) expect(findingsOf(text, undefined, "AC24"), text.body).toHaveLength(0);
  });
});
