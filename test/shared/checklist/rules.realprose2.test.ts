/**
 * Seventh round, real prose, second pass: constructions in realExtra5.ts (real messages only, collected by an engineer
 * who had not tuned the rules) that a rule misread. Each fix is a pair: the real construction that must pass, and the
 * nearest flawed form that must still be flagged. The wordings are paraphrases written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, type Input } from "./helpers.js";

/** The rules that say "error" for a text: the ones that make the publish gate refuse it. */
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

describe("FA16: a collision or a loss of power named is what happened", () => {
  it("[FA16] spares a police appeal that calls the collision 'the incident'", () => {
    expect(
      flagsOf.en(
        "Appeal after collision in Mill Lane",
        "Officers are appealing for witnesses after a serious injury collision in Mill Lane on Monday 3 March at 4pm. A cyclist was taken to hospital. Anyone who saw the incident is asked to call 101, quoting incident number 22:457.",
      ),
    ).not.toContain("FA16");
    expect(
      flagsOf.en(
        "Kitchen update",
        "Shortly after 6.30am we learnt that the kitchen and most classrooms didn't have electricity. We could not tell when the situation would end. Thank you for your patience.",
      ),
    ).not.toContain("FA16");
    expect(
      flagsOf.sv(
        "Vittnen söks",
        "Polisen söker vittnen efter en krock på Storgatan i måndags kl. 16. En cyklist fördes till sjukhus. Den som sett händelsen ombeds ringa 114 14.",
      ),
    ).not.toContain("FA16");
  });

  it("[FA16] still flags an appeal that only speaks of 'the incident'", () => {
    expect(
      flagsOf.en(
        "Appeal in Mill Lane",
        "Officers are appealing for witnesses after an incident in Mill Lane on Monday 3 March at 4pm. Anyone who saw the incident is asked to call 101, quoting incident number 22:457.",
      ),
    ).toContain("FA16");
    expect(
      flagsOf.en(
        "Kitchen update",
        "Shortly after 6.30am we learnt of an issue in the kitchen and most classrooms. We could not tell when the situation would end. Thank you for your patience.",
      ),
    ).toContain("FA16");
  });
});

describe("FA18: a title's place after 'between', and the police's event heading", () => {
  it("[FA18] spares a flood warning whose title names the stretch between two towns", () => {
    expect(
      en(
        "Flood warning: River Ash between Northside and Millbrook",
        "Flooding is expected in this area. Properties are at risk of flooding. Please act to protect yourself and your property, and avoid walking or driving through flood water.",
      ),
    ).not.toContain("FA18");
  });

  it("[FA18] spares a police event heading that ends with the municipality", () => {
    expect(
      sv(
        "09 december 14.27, Brand, Tallby",
        "Polis beordrad till en lägenhetsbrand i ett flerfamiljshus. Uppdatering 15.20: Polisen kontrollerar de lägenheter som är evakuerade. Uppdatering 16.58: Polisen har lämnat platsen.",
      ),
    ).not.toContain("FA18");
  });

  it("[FA18] still flags the same warning and heading with no place", () => {
    expect(
      en(
        "Flood warning: river levels rising",
        "Flooding is expected in this area. Properties are at risk of flooding. Please act to protect yourself and your property, and avoid walking or driving through flood water.",
      ),
    ).toContain("FA18");
    expect(
      sv(
        "09 december 14.27, Brand",
        "Polis beordrad till en lägenhetsbrand i ett flerfamiljshus. Uppdatering 15.20: Polisen kontrollerar de lägenheter som är evakuerade. Uppdatering 16.58: Polisen har lämnat platsen.",
      ),
    ).toContain("FA18");
  });
});

describe("FA15: a safe statement conditional on the warning, or the one a later notice will make", () => {
  it("[FA15] spares 'ofarligt om det kokas' and the all-clear officials 'will notify' customers of", () => {
    expect(
      sv(
        "Koka vattnet i Norrby",
        "Efter en vattenläcka kan vattnet i Norrby vara förorenat. Vi rekommenderar hushållen i Norrby att koka allt vatten som ska drickas. Vattnet är ofarligt om det kokas. Vattentankar står vid Norrby skola. Svar på proverna kommer på måndag.",
      ),
    ).not.toContain("FA15");
    expect(
      en(
        "Boil Water Notice for Northside",
        "Due to a water line break, all customers in Northside must boil their water before drinking it. When it is no longer necessary to boil the water, officials will notify customers that the water is safe to drink. Questions: 555-0100.",
      ),
    ).not.toContain("FA15");
  });

  it("[FA15] still flags a safe statement made now beside the warning", () => {
    expect(
      sv(
        "Koka vattnet i Norrby",
        "Efter en vattenläcka kan vattnet i Norrby vara förorenat. Vi rekommenderar hushållen i Norrby att koka allt vatten som ska drickas. Vattnet är ofarligt. Vattentankar står vid Norrby skola. Svar på proverna kommer på måndag.",
      ),
    ).toContain("FA15");
    expect(
      en(
        "Boil Water Notice for Northside",
        "Due to a water line break, all customers in Northside must boil their water before drinking it. Officials have told customers that the water is safe to drink. Questions: 555-0100.",
      ),
    ).toContain("FA15");
  });
});

describe("FS4: the National Weather Service's clock is a time stamp", () => {
  const body = (at: string) =>
    `The National Weather Service has issued a Flash Flood Warning for Northern Tarrin County${at}. Doppler radar indicated thunderstorms producing heavy rain. The expected rainfall rate is 1 to 2 inches in 3 hours. Turn around, don't drown when encountering flooded roads.`;

  it("[FS4] spares a warning stamped 'At 617 PM CDT' and 'until 815 PM CDT'", () => {
    expect(en("Flash Flood Warning", body(" until 815 PM CDT. At 617 PM CDT, radar showed the storm"))).not.toContain(
      "FS4",
    );
  });

  it("[FS4] still refuses the same warning with no stamp to count its hours from", () => {
    expect(en("Flash Flood Warning", body(""))).toContain("FS4");
  });
});

describe("IM7: scum on water is a substance, not people", () => {
  it("[IM7] spares an algae advisory that describes green or brown scum floating on the water", () => {
    expect(
      en(
        "Blue-green algae advisory for Mill Pond",
        "The health department warns people and dogs to avoid contact with algae in Mill Pond. The algae looks like green or brown scum, foam or mats floating on the water. Blooms can produce toxins. Symptoms in dogs include vomiting and convulsions.",
      ),
    ).not.toContain("IM7");
  });

  it("[IM7] still flags 'scum' said of people", () => {
    expect(
      en(
        "Vandalism at Mill Pond",
        "The scum who vandalised the pumping station at Mill Pond caused the outage. Police are investigating. Water is back on in Mill Lane.",
      ),
    ).toContain("IM7");
  });
});

describe("AU20: the prefix 'post-' names no social-media post", () => {
  it("[AU20] spares a 'Post-storm Update' that opens with the facts", () => {
    expect(
      en(
        "Post-storm Update",
        "A number of our schools are still without power this evening. We will reassess the situation at 6am and post any closures on our website by 6.30am.",
      ),
    ).not.toContain("AU20");
  });

  it("[AU20] still flags a title that names a post before the fact", () => {
    expect(
      en(
        "Posts about schools closing",
        "A number of our schools are still without power this evening. We will reassess the situation at 6am and post any closures on our website by 6.30am.",
      ),
    ).toContain("AU20");
  });
});

describe("FS7: a vague promise beside the expected end or the next decision", () => {
  it("[FS7] spares 'så fort vi kan' after 'Vi räknar med att skolan är öppen imorgon'", () => {
    expect(
      sv(
        "Norrbyskolan stängd idag",
        "På grund av en vattenläcka har vattnet stängts av på Norrbyskolan. Skolan är därför stängd idag. Vi räknar med att skolan är öppen som vanligt imorgon tisdag. Vi uppdaterar här med mer information så fort vi kan.",
      ),
    ).not.toContain("FS7");
    expect(
      en(
        "Schools without power",
        "Dear school community, several of our schools are still without power this evening. We will reassess the situation early in the morning. If any closures are necessary, we will update you as soon as possible.",
      ),
    ).not.toContain("FS7");
  });

  it("[FS7] still refuses the same promise with no time to plan by", () => {
    expect(
      sv(
        "Norrbyskolan stängd idag",
        "På grund av en vattenläcka har vattnet stängts av på Norrbyskolan. Skolan är därför stängd idag. Vi räknar med att läckan lagas. Vi uppdaterar här med mer information så fort vi kan.",
      ),
    ).toContain("FS7");
    expect(
      en(
        "Schools without power",
        "Dear school community, several of our schools are still without power this evening. We will reassess the situation. If any closures are necessary, we will update you as soon as possible.",
      ),
    ).toContain("FS7");
  });
});

describe("FA12: the police's formal suspicion behind an investigation it opens", () => {
  const notice = (suspicion: string, inquiry: string) =>
    sv(
      "Brand i lägenhet, Norrby",
      `Det har brunnit i en lägenhet i Norrby under natten. ${suspicion} Räddningstjänsten har släckt branden. ${inquiry}Ingen har skadats.`,
    );

  it("[FA12] spares 'Branden misstänks i nuläget vara anlagd' when a förundersökning is opened", () => {
    expect(
      notice(
        "Branden misstänks i nuläget vara anlagd.",
        "En förundersökning om grov mordbrand är inledd och en teknisk undersökning ska göras. ",
      ),
    ).not.toContain("FA12");
  });

  it("[FA12] still flags the suspicion with a culprit named, or with no investigation", () => {
    expect(
      notice(
        "Branden misstänks i nuläget vara anlagd av ungdomar från området.",
        "En förundersökning om grov mordbrand är inledd och en teknisk undersökning ska göras. ",
      ),
    ).toContain("FA12");
    expect(notice("Branden misstänks i nuläget vara anlagd.", "")).toContain("FA12");
  });
});

describe("IM1: the sanction a breach may bring is a warning, not blame", () => {
  const notice = (warning: string) =>
    en(
      "Road condition report for Wednesday 12 June",
      `Tarrin Shire Council advises that all unsealed roads remain closed to all traffic until further notice due to rain. Council asks drivers to choose an alternative route. ${warning} Next update Thursday 13 June at 10am.`,
    );

  it("[IM1] spares 'irresponsible disregard for this appeal could lead to prosecution'", () => {
    expect(notice("Flagrant and irresponsible disregard for this appeal could lead to prosecution.")).not.toContain(
      "IM1",
    );
  });

  it("[IM1] still flags blame for what happened", () => {
    expect(notice("Irresponsible drivers have already damaged several roads.")).toContain("IM1");
  });
});
