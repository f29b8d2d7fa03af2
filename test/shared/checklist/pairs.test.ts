/**
 * Pairs: the same message with and without one flaw. The flaw must lower exactly the principle it concerns and
 * leave the other five scores unchanged.
 */
import { describe, expect, it } from "vitest";
import { PRINCIPLES, scoreMessage, type Principle } from "../../../shared/checklist/index.js";
import type { MessageInput, ScoringContext } from "../../../shared/schemas/checklist.js";
import { EN_BOIL_BODY } from "./corpus/en.js";
import { BOIL_GOOD_BODY, IT_GOOD_BODY, STORM_GOOD_BODY } from "./corpus/svBulletins.js";
import { CORRECTION_GOOD_BODY, SMS_GOOD } from "./corpus/svOther.js";

interface Pair {
  name: string;
  principle: Principle;
  good: MessageInput;
  flawed: MessageInput;
  context?: ScoringContext;
  flawedContext?: ScoringContext;
  /** Principles the same flaw concerns by design (a missing next-update time is both inactive and slow). */
  also?: Principle[];
}

const boil: MessageInput = {
  kind: "bulletin",
  title: "Koka dricksvattnet i Norrby",
  body: BOIL_GOOD_BODY,
  language: "sv",
};
const storm: MessageInput = {
  kind: "bulletin",
  title: "Elavbrott efter stormen",
  body: STORM_GOOD_BODY,
  language: "sv",
};
const it_: MessageInput = { kind: "bulletin", title: "IT-attack mot kommunen", body: IT_GOOD_BODY, language: "sv" };
const enBoil: MessageInput = {
  kind: "bulletin",
  title: "Boil tap water in Northside",
  body: EN_BOIL_BODY,
  language: "en",
};
const correction: MessageInput = {
  kind: "correction",
  title: "Kranvattnet utanför Norrby går att dricka",
  body: CORRECTION_GOOD_BODY,
  language: "sv",
};
const sms: MessageInput = { kind: "sms", body: SMS_GOOD, language: "sv" };
const fire: MessageInput = {
  kind: "bulletin",
  title: "Hamnvägen i Norrby",
  body: "Uppdaterad 3 december kl. 07.30. En brand har startat i en lagerlokal på Hamnvägen i Norrby. Undvik området. Nästa uppdatering kommer kl. 12.00. Mer information: exempelby.se. Exempelby kommun",
  language: "sv",
};

const edit = (m: MessageInput, from: string, to: string): MessageInput => {
  if (!m.body.includes(from)) throw new Error(`pair fixture: "${from}" not in body`);
  return { ...m, body: m.body.replace(from, to) };
};

const PAIRS: Pair[] = [
  {
    name: "a guess about the cause",
    principle: "factual",
    good: boil,
    flawed: edit(boil, "Orsaken utreds.", "Orsaken utreds. Läckan beror förmodligen på ett materialfel."),
  },
  {
    name: "an unconfirmed report",
    principle: "factual",
    good: storm,
    flawed: edit(
      storm,
      "Ring 112 om någon är i fara.",
      "Ring 112 om någon är i fara. Enligt uppgift har en bil kört i diket.",
    ),
  },
  {
    name: "a certain-sounding forecast",
    principle: "factual",
    good: it_,
    flawed: edit(
      it_,
      "Polisen utreder händelsen.",
      "Polisen utreder händelsen. Växeln kommer att vara igång i morgon.",
    ),
  },
  {
    name: "a retracted fact cited",
    principle: "factual",
    good: { ...boil, factIds: ["f1"] },
    flawed: { ...boil, factIds: ["f1", "f2"] },
    context: {
      facts: [
        { id: "f1", statement: "E. coli i Norrby", status: "confirmed" },
        { id: "f2", statement: "Sabotage", status: "retracted" },
      ],
    },
  },
  {
    name: "English speculation",
    principle: "factual",
    good: enBoil,
    flawed: edit(
      enBoil,
      "Engineers are checking the network.",
      "Engineers are checking the network. It was probably a broken valve.",
    ),
  },
  {
    name: "the next-update promise removed",
    principle: "active",
    also: ["fast"],
    good: boil,
    flawed: edit(boil, "Nästa uppdatering kommer senast kl. 18.00. ", ""),
  },
  {
    name: "the instruction removed",
    principle: "active",
    good: sms,
    flawed: edit(sms, "Koka kranvattnet i Norrby innan du dricker det. ", ""),
    // What is left is too thin to act on (AC10) and gives no time at all: slow as well (FS10).
    also: ["fast"],
  },
  {
    name: "the route to more information removed",
    principle: "active",
    good: sms,
    flawed: edit(sms, " Mer info: exempelby.se/vatten", ""),
  },
  {
    name: "the correction's verdict removed",
    principle: "active",
    good: correction,
    flawed: edit(correction, " Det stämmer inte.", ""),
  },
  {
    name: "a decision's reason removed",
    principle: "open",
    good: it_,
    flawed: edit(it_, " eftersom vi vill hindra att attacken sprids", ""),
  },
  {
    name: "an unknown no longer acknowledged",
    principle: "open",
    good: boil,
    flawed: edit(
      boil,
      "Vi vet ännu inte varför bakterierna har kommit in i ledningarna. Orsaken utreds.",
      "Bakterierna har kommit in i ledningarna.",
    ),
    context: { facts: [{ id: "u", statement: "Orsaken", status: "unconfirmed" }] },
  },
  {
    name: "an overdue promised update",
    principle: "fast",
    good: boil,
    flawed: boil,
    context: {
      now: "2025-11-25T14:00:00+01:00",
      incident: { lastPublishedAt: "2025-11-25T12:00:00+01:00", nextUpdateDue: "2025-11-25T15:00:00+01:00" },
    },
    flawedContext: {
      now: "2025-11-25T14:00:00+01:00",
      incident: { lastPublishedAt: "2025-11-25T12:00:00+01:00", nextUpdateDue: "2025-11-25T13:00:00+01:00" },
    },
  },
  {
    name: "a first bulletin two hours into the incident",
    principle: "fast",
    good: it_,
    flawed: it_,
    context: { now: "2025-11-25T14:00:00+01:00", incident: { startedAt: "2025-11-25T13:30:00+01:00" } },
    flawedContext: { now: "2025-11-25T14:00:00+01:00", incident: { startedAt: "2025-11-25T12:00:00+01:00" } },
  },
  {
    name: "a next-update time that has passed",
    principle: "fast",
    good: { ...storm, nextUpdateAt: "2025-12-03T12:00:00+01:00" },
    flawed: { ...storm, nextUpdateAt: "2025-12-03T07:00:00+01:00" },
    context: { now: "2025-12-03T07:30:00+01:00" },
  },
  {
    name: "an exclamation mark",
    principle: "impartial",
    good: boil,
    flawed: edit(boil, "Koka vattnet i minst en minut.", "Koka vattnet i minst en minut!"),
  },
  {
    name: "a blaming word",
    principle: "impartial",
    // Blame states a cause and a culprit as fact: unfactual as well (FA23).
    also: ["factual"],
    good: it_,
    flawed: edit(it_, "har drabbats av en IT-attack.", "har drabbats av en skandalös IT-attack."),
  },
  {
    name: "SHOUTING",
    principle: "impartial",
    good: enBoil,
    flawed: edit(enBoil, "Bring the water to a rolling boil", "BRING THE WATER to a rolling boil"),
  },
  {
    name: "a bureaucratic word",
    principle: "audienceAdapted",
    good: storm,
    flawed: edit(storm, "Håll dig borta från", "Tillse att du håller dig borta från"),
  },
  {
    name: "an SMS dash that forces Unicode",
    principle: "audienceAdapted",
    good: sms,
    flawed: edit(sms, "Bakterier har hittats i vattnet.", "Bakterier – har hittats."),
  },
  {
    name: "the sender removed from an SMS",
    principle: "audienceAdapted",
    also: ["open"],
    good: sms,
    flawed: edit(sms, "Exempelby kommun: ", ""),
  },
  {
    name: "a missing Finnish version",
    principle: "audienceAdapted",
    good: boil,
    flawed: boil,
    context: { requiredLanguages: ["sv", "fi"], availableLanguages: ["fi"] },
    flawedContext: { requiredLanguages: ["sv", "fi"], availableLanguages: [] },
  },
  {
    name: "[FA12] a guess at a culprit",
    principle: "factual",
    also: ["impartial"],
    good: it_,
    flawed: edit(
      it_,
      "Polisen utreder händelsen.",
      "Polisen utreder händelsen. Det är troligen ryska hackare som ligger bakom.",
    ),
  },
  {
    name: "[FA13] deaths passed on from social media",
    principle: "factual",
    good: storm,
    flawed: edit(
      storm,
      "Ring 112 om någon är i fara.",
      "Ring 112 om någon är i fara. Enligt uppgifter på sociala medier har två personer omkommit.",
    ),
  },
  {
    name: "[FA14] empty reassurance",
    principle: "factual",
    // Reassurance or "the incident" in place of what is known is not open either (OP10).
    also: ["open"],
    good: it_,
    flawed: edit(it_, "Polisen utreder händelsen.", "Polisen utreder händelsen. Allt är under kontroll."),
  },
  {
    name: "[FA15] a text that contradicts itself",
    principle: "factual",
    good: boil,
    flawed: edit(boil, "Du kan duscha som vanligt.", "Du kan duscha som vanligt. Kranvattnet är säkert att dricka."),
  },
  {
    name: "[FS7] a vague promise instead of a time",
    principle: "fast",
    also: ["active"],
    good: boil,
    flawed: edit(boil, "Nästa uppdatering kommer senast kl. 18.00.", "Vi återkommer med mer information så småningom."),
  },
  {
    name: "[OP6] refusing to comment",
    principle: "open",
    good: it_,
    flawed: edit(it_, "Polisen utreder händelsen.", "Polisen utreder händelsen. Vi kommenterar inte attacken."),
  },
  {
    name: "[OP7] action without an actor",
    principle: "open",
    good: storm,
    flawed: edit(
      storm,
      "Ring 112 om någon är i fara.",
      "Ring 112 om någon är i fara. Nödvändiga åtgärder har vidtagits.",
    ),
  },
  {
    name: "[IM9] mockery",
    principle: "impartial",
    // A joke is also read literally by readers in a second language (AU23).
    also: ["audienceAdapted"],
    good: it_,
    flawed: edit(it_, "Polisen utreder händelsen.", "Polisen utreder händelsen. Foliehattarna får gärna lugna sig."),
  },
  {
    name: "[AU18] a word of the crisis organisation",
    principle: "audienceAdapted",
    good: storm,
    flawed: edit(
      storm,
      "Ellevio arbetar med att laga ledningarna.",
      "Ellevio arbetar med att laga ledningarna. Kommunen har gått upp i stabsläge.",
    ),
  },
  {
    name: "[FA16] an event never named",
    principle: "factual",
    // Reassurance or "the incident" in place of what is known is not open either (OP10).
    also: ["open"],
    good: fire,
    flawed: edit(fire, "En brand har startat i en lagerlokal", "Det har inträffat en händelse i en lagerlokal"),
  },
  {
    name: "[AU19] the crisis room's shorthand",
    principle: "audienceAdapted",
    good: storm,
    flawed: edit(
      storm,
      "Ellevio arbetar med att laga ledningarna.",
      "Ellevio arbetar med att laga ledningarna. Kommunen har gått upp i stabsläge, TiB är larmad och KLG sammanträder.",
    ),
  },
  {
    name: "[AU21] officialese with nobody acting",
    principle: "audienceAdapted",
    also: ["open"],
    good: it_,
    flawed: edit(
      it_,
      "Polisen utreder händelsen.",
      "Polisen utreder händelsen. Åtgärder har vidtagits och berörda instanser har underrättats.",
    ),
  },
  {
    name: "easy Swedish held to its stricter target",
    principle: "audienceAdapted",
    good: storm,
    flawed: { ...storm, language: "sv-lattlast" },
  },
  // Generalised by pattern (inflections, compounds, other verbs and word orders), not by the corpus's wording.
  {
    name: "[FA12] intent guessed with a modal ('kan vara sabotage')",
    principle: "factual",
    // The guess points at someone (a former employee, a contractor): it takes a side as well (IM15).
    also: ["impartial"],
    good: it_,
    flawed: edit(
      it_,
      "Polisen utreder händelsen.",
      "Polisen utreder händelsen. Det kan vara sabotage från en tidigare anställd.",
    ),
  },
  {
    name: "[FA12] English: a cause guessed as the most likely",
    principle: "factual",
    // The guess points at someone (a former employee, a contractor): it takes a side as well (IM15).
    also: ["impartial"],
    good: enBoil,
    flawed: edit(
      enBoil,
      "Engineers are checking the network.",
      "Engineers are checking the network. Most likely the bacteria came from a contractor's work on Mill Road.",
    ),
  },
  {
    name: "[FA13] casualties from a platform compound ('TikTok videos')",
    principle: "factual",
    good: enBoil,
    flawed: edit(
      enBoil,
      "Engineers are checking the network.",
      "Engineers are checking the network. TikTok videos suggest two people died after drinking the water.",
    ),
  },
  {
    name: "[FA13] Swedish: neighbours say someone died",
    principle: "factual",
    good: storm,
    flawed: edit(
      storm,
      "Ring 112 om någon är i fara.",
      "Ring 112 om någon är i fara. Grannar berättar att en man ska ha omkommit.",
    ),
  },
  {
    name: "[FA14] reassurance after a 'following' (no reason)",
    principle: "factual",
    // Reassurance or "the incident" in place of what is known is not open either (OP10).
    also: ["open"],
    good: enBoil,
    flawed: edit(
      enBoil,
      "Engineers are checking the network.",
      "Engineers are checking the network. Following calls from residents, we wish to reassure everyone that there is no cause for alarm.",
    ),
  },
  {
    name: "[FA14] 'under full kontroll'",
    principle: "factual",
    // Reassurance or "the incident" in place of what is known is not open either (OP10).
    also: ["open"],
    good: it_,
    flawed: edit(it_, "Polisen utreder händelsen.", "Polisen utreder händelsen. Vi har läget under full kontroll."),
  },
  {
    name: "[FA15] a contradiction with words between ('koka därför vattnet')",
    principle: "factual",
    good: storm,
    flawed: edit(
      storm,
      "Ring 112 om någon är i fara.",
      "Ring 112 om någon är i fara. Dricksvattnet i kommunen är säkert att dricka. Koka därför vattnet innan du dricker det.",
    ),
  },
  {
    name: "[IM1] blame by counterfactual",
    principle: "impartial",
    // Blame states a cause and a culprit as fact: unfactual as well (FA23).
    also: ["factual"],
    good: it_,
    flawed: edit(
      it_,
      "Polisen utreder händelsen.",
      "Polisen utreder händelsen. Angreppet hade kunnat undvikas om leverantören hade skött sitt arbete.",
    ),
  },
  {
    name: "[IM1] English: a utility that has failed the town",
    principle: "impartial",
    // Blame states a cause and a culprit as fact: unfactual as well (FA23).
    also: ["factual"],
    good: enBoil,
    flawed: edit(
      enBoil,
      "Engineers are checking the network.",
      "Engineers are checking the network. The water company has failed this town for years.",
    ),
  },
  {
    name: "[IM7] a stigmatising label next to blame",
    principle: "impartial",
    good: enBoil,
    flawed: edit(
      enBoil,
      "Engineers are checking the network.",
      "Engineers are checking the network. The homeless addicts camping by the reservoir are the obvious suspects.",
    ),
  },
  {
    name: "[IM3] credit given to a party ('only possible because')",
    principle: "impartial",
    good: enBoil,
    flawed: edit(
      enBoil,
      "Engineers are checking the network.",
      "Engineers are checking the network. Free bottled water is only possible because the Conservative group kept the reserve.",
    ),
  },
  {
    name: "[OP6] refusing to comment with another verb ('kan inte uttala sig')",
    principle: "open",
    good: it_,
    flawed: edit(
      it_,
      "Polisen utreder händelsen.",
      "Polisen utreder händelsen. Kommunen kan i dagsläget inte uttala sig om attacken.",
    ),
  },
  {
    name: "[OP6] English: 'will not be commenting'",
    principle: "open",
    good: enBoil,
    flawed: edit(
      enBoil,
      "Engineers are checking the network.",
      "Engineers are checking the network. The council will not be commenting further on the contamination.",
    ),
  },
  {
    name: "[FS7] English vague time ('at the earliest opportunity')",
    principle: "fast",
    also: ["active"],
    good: enBoil,
    flawed: edit(
      enBoil,
      "The next update will be at 6 pm today.",
      "We will share more information at the earliest opportunity.",
    ),
  },
  {
    name: "[FA13] the reportive 'ska ha omkommit' names no teller and still passes on deaths",
    principle: "factual",
    good: storm,
    flawed: edit(
      storm,
      "Ring 112 om någon är i fara.",
      "Ring 112 om någon är i fara. Två personer ska ha omkommit i Åby.",
    ),
  },
  {
    name: "[FA13] English: casualties 'reportedly' killed",
    principle: "factual",
    good: enBoil,
    flawed: edit(
      enBoil,
      "Engineers are checking the network.",
      "Engineers are checking the network. Two residents have reportedly died.",
    ),
  },
  {
    name: "[FA13] a crowd as the teller ('skriver flera att')",
    principle: "factual",
    good: storm,
    flawed: edit(
      storm,
      "Ring 112 om någon är i fara.",
      "Ring 112 om någon är i fara. I en grupp för Åbybor skriver flera att tre personer har dött.",
    ),
  },
  {
    name: "[IM7] origin named next to a crime ('en man från Somalia')",
    principle: "impartial",
    good: storm,
    flawed: edit(
      storm,
      "Ring 112 om någon är i fara.",
      "Ring 112 om någon är i fara. Polisen har gripit en person för stöld av kabel. Det rör sig om en man från Somalia.",
    ),
  },
  {
    name: "[FA15] 'som vanligt' against a ban on the same thing",
    principle: "factual",
    good: boil,
    flawed: edit(
      boil,
      "Orsaken utreds.",
      "Orsaken utreds. Det är förbjudet att bada vid Norrbybadet. Det går bra att bada som vanligt vid Norrbybadet.",
    ),
  },
  {
    name: "[FA15] English: 'as normal' against a closure of the same place",
    principle: "factual",
    good: enBoil,
    flawed: edit(
      enBoil,
      "Engineers are checking the network.",
      "Engineers are checking the network. Northside pool is closed today because of the tests. You can swim at Northside pool as normal.",
    ),
  },
  {
    name: "[FA12] a guess named as such ('our guess is …')",
    principle: "factual",
    good: enBoil,
    flawed: edit(
      enBoil,
      "Engineers are checking the network.",
      "Engineers are checking the network. Our guess is a cracked main near the school.",
    ),
  },
  {
    name: "[FA12] an insinuated culprit ('kan knappast vara en slump')",
    principle: "factual",
    good: storm,
    flawed: edit(
      storm,
      "Ring 112 om någon är i fara.",
      "Ring 112 om någon är i fara. Att två ledningar gick sönder samma natt kan knappast vara en slump.",
    ),
  },
  {
    name: "[FA13] 'det pratas om att' passes on deaths",
    principle: "factual",
    good: storm,
    flawed: edit(storm, "Ring 112 om någon är i fara.", "Ring 112 om någon är i fara. Det pratas om att två har dött."),
  },
  {
    name: "[FA15] 'safe to drink' against 'do not drink the tap water'",
    principle: "factual",
    good: enBoil,
    flawed: edit(
      enBoil,
      "Engineers are checking the network.",
      "Engineers are checking the network. The water is safe to drink.",
    ),
  },
  {
    name: "[IM3] credit to a politician without a party name ('our Mayor's vision')",
    principle: "impartial",
    good: enBoil,
    flawed: edit(
      enBoil,
      "Engineers are checking the network.",
      "Engineers are checking the network. The Mayor's vision and hard work got the tests done quickly.",
    ),
  },
  {
    name: "[IM1] 'has let everyone down'",
    principle: "impartial",
    // Blame states a cause and a culprit as fact: unfactual as well (FA23).
    also: ["factual"],
    good: enBoil,
    flawed: edit(
      enBoil,
      "Engineers are checking the network.",
      "Engineers are checking the network. The contractor has let everyone down.",
    ),
  },
  {
    name: "[AU20] a correction headed by a question",
    principle: "audienceAdapted",
    // FA17 reads the same opening from the factual side (the claim is what people remember).
    also: ["factual"],
    good: correction,
    flawed: { ...correction, title: "Stänger skolorna i Norrby på måndag?" },
  },
  {
    name: "[IM7] a contempt word for people ('junkies') with no blame nearby",
    principle: "impartial",
    good: enBoil,
    flawed: edit(
      enBoil,
      "Engineers are checking the network.",
      "Engineers are checking the network. The junkies by the pumping station have been moved on.",
    ),
  },
  {
    name: "[OP6] 'will not be making any statement'",
    principle: "open",
    good: enBoil,
    flawed: edit(
      enBoil,
      "Engineers are checking the network.",
      "Engineers are checking the network. Exampletown Council will not be making any statement about the cause.",
    ),
  },
  {
    name: "[FA15] the road named twice: 'Storgatan är avstängd' against 'Vägen är öppen'",
    principle: "factual",
    good: storm,
    flawed: edit(
      storm,
      "Ring 112 om någon är i fara.",
      "Ring 112 om någon är i fara. Storgatan är avstängd eftersom ett träd har fallit. Vägen är öppen.",
    ),
  },
];

describe("pairs: one flaw lowers exactly its own principle", () => {
  it("covers every principle", () => {
    expect(new Set(PAIRS.map((p) => p.principle))).toEqual(new Set(PRINCIPLES));
  });

  for (const p of PAIRS) {
    it(`${p.principle}: ${p.name}`, () => {
      const good = scoreMessage(p.good, p.context);
      const flawed = scoreMessage(p.flawed, p.flawedContext ?? p.context);
      expect(flawed[p.principle].score, `${p.principle} must drop`).toBeLessThan(good[p.principle].score);
      for (const also of p.also ?? [])
        expect(flawed[also].score, `${also} must drop too`).toBeLessThan(good[also].score);
      for (const other of PRINCIPLES.filter((x) => x !== p.principle && !(p.also ?? []).includes(x))) {
        expect(flawed[other].score, `${other} must not change`).toBe(good[other].score);
      }
      expect(flawed.overall).toBeLessThanOrEqual(good.overall);
    });
  }
});
