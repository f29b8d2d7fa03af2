import { SLOT, slot } from "../slots.js";
import type { ScenarioTemplate } from "../types.js";

/**
 * No water (vattenavbrott). Follows how water utilities announce an interruption and emergency water: where the tanks
 * stand, bring clean containers, save water, and a tap may give discoloured water when it returns (Livsmedelsverket's
 * "Nödvatten" guidance; e.g. https://www.trollhattanenergi.se/vatten-och-avlopp/dricksvatten/ and Krisinformation's
 * "Vattenavbrott" advice, https://www.krisinformation.se/detta-kan-handa/handelser-och-storningar/vattenavbrott).
 */
export const noWater: ScenarioTemplate = {
  id: "no-water",
  version: 1,
  title: { sv: "Vattenavbrott", en: "No water" },
  description: {
    sv: "Inget vatten i kranen: var det finns nödvatten.",
    en: "No tap water: where to fetch emergency water.",
  },
  sources: [
    "https://www.krisinformation.se/detta-kan-handa/handelser-och-storningar/vattenavbrott",
    "https://www.livsmedelsverket.se/produktion-handel--kontroll/dricksvattenproduktion/nodvatten",
  ],
  slots: [
    SLOT.avsändare,
    SLOT.område,
    SLOT.tid,
    slot(
      "vattenplats",
      { sv: "Var nödvattnet står", en: "Where the emergency water is" },
      "Norrby skola och ICA Söderäng",
    ),
    SLOT.telefon,
    SLOT.webb,
    SLOT.nästa_uppdatering,
  ],
  cap: {
    categories: ["Infra"],
    severity: "Moderate",
    urgency: "Immediate",
    certainty: "Observed",
    expiresAfterHours: 24,
  },
  audiences: ["residents", "affected-area", "businesses"],
  channels: ["web"],
  texts: {
    sv: {
      headline: "Inget vatten i kranen i {område}",
      body:
        "{avsändare} informerar: Sedan {tid} är det vattenavbrott i {område}. En vattenledning har gått sönder och vi lagar den nu. " +
        "Vi vet ännu inte när vattnet kommer tillbaka. Nästa besked kommer {nästa_uppdatering}.",
      instruction:
        "Hämta dricksvatten vid {vattenplats}. Ta med rena dunkar eller flaskor med lock. Spara på vattnet du har. Hjälp gärna grannar som inte kan gå själva. " +
        "När vattnet kommer tillbaka kan det vara missfärgat: spola kallt vatten tills det är klart. Har du frågor? Ring {telefon} eller läs mer på {webb}.",
      sms: "{avsändare}: Vattenavbrott i {område}. Dricksvatten finns vid {vattenplats}. Ta med rena dunkar. Frågor: {telefon}. Nytt besked {nästa_uppdatering}.",
      social:
        "Vattenavbrott i {område} sedan {tid}. Vi lagar en trasig vattenledning. Hämta dricksvatten vid {vattenplats} och ta med rena dunkar. Frågor? Ring {telefon}. Vi uppdaterar {nästa_uppdatering} på {webb}.",
      script:
        "Det är vattenavbrott i {område} sedan {tid}. En vattenledning har gått sönder och lagas nu. Dricksvatten finns vid {vattenplats}. Ta med rena dunkar. Nästa besked kommer {nästa_uppdatering}.",
      faq: [
        {
          question: "Var kan jag hämta vatten?",
          answer: "Dricksvatten finns vid {vattenplats}. Ta med rena dunkar eller flaskor med lock.",
        },
        {
          question: "När kommer vattnet tillbaka?",
          answer: "Vi vet inte ännu. Vi lagar ledningen nu. Nästa besked kommer {nästa_uppdatering}.",
        },
      ],
    },
    "sv-lattlast": {
      headline: "Det kommer inget vatten i kranen",
      body: "{avsändare} informerar. Det kommer inget vatten i kranen i {område}. Det började {tid}. Ett rör har gått sönder. Vi lagar röret nu. Vi ger nytt besked {nästa_uppdatering}.",
      instruction:
        "Du kan hämta vatten vid {vattenplats}. Ta med rena dunkar eller flaskor. Spara på vattnet. Ring {telefon} om du har frågor.",
      sms: "{avsändare}: Inget vatten i kranen i {område}. Hämta vatten vid {vattenplats}. Ta med rena dunkar. Frågor: ring {telefon}.",
      social:
        "Det kommer inget vatten i kranen i {område}. Hämta vatten vid {vattenplats}. Ta med rena dunkar. Ring {telefon} om du har frågor. Nytt besked {nästa_uppdatering}.",
      script:
        "Det kommer inget vatten i {område}. Ett rör har gått sönder. Du kan hämta vatten vid {vattenplats}. Vi ger nytt besked {nästa_uppdatering}.",
      faq: [
        { question: "Var finns vatten?", answer: "Du kan hämta vatten vid {vattenplats}. Ta med rena dunkar." },
        {
          question: "När kommer vattnet?",
          answer: "Vi vet inte än. Vi lagar röret nu. Vi ger nytt besked {nästa_uppdatering}.",
        },
      ],
    },
    en: {
      headline: "No tap water in {område}",
      body:
        "This is a message from {avsändare}. Since {tid} there is no tap water in {område}. A water main has broken and we are repairing it now. " +
        "We do not yet know when the water will be back. The next update comes at {nästa_uppdatering}.",
      instruction:
        "Fetch drinking water at {vattenplats}. Bring clean containers or bottles with lids. Save the water you have. Please help neighbours who cannot go themselves. " +
        "When the water returns it may be discoloured: run the cold tap until it is clear. Questions? Call {telefon} or read more at {webb}.",
      sms: "{avsändare}: No tap water in {område}. Drinking water at {vattenplats}. Bring clean containers. Questions: {telefon}. Next update {nästa_uppdatering}.",
      social:
        "No tap water in {område} since {tid}. We are repairing a broken water main. Fetch drinking water at {vattenplats} and bring clean containers. Questions? Call {telefon}. We will update at {nästa_uppdatering} on {webb}.",
      script:
        "There is no tap water in {område} since {tid}. A water main has broken and is being repaired. Drinking water is available at {vattenplats}. Bring clean containers. The next update comes at {nästa_uppdatering}.",
      faq: [
        {
          question: "Where can I get water?",
          answer: "Drinking water is available at {vattenplats}. Bring clean containers or bottles with lids.",
        },
        {
          question: "When will the water be back?",
          answer: "We do not know yet. We are repairing the main now. The next update comes at {nästa_uppdatering}.",
        },
      ],
    },
    fi: {
      headline: "Vesikatko alueella {område}",
      body:
        "{avsändare} tiedottaa: Alueella {område} on ollut vesikatko {tid} alkaen. Vesijohto on rikkoutunut, ja korjaamme sitä nyt. " +
        "Emme vielä tiedä, milloin vesi palaa. Seuraava tiedote tulee {nästa_uppdatering}.",
      instruction:
        "Hae juomavettä paikasta {vattenplats}. Ota mukaan puhtaita kanistereita tai pulloja, joissa on kansi. Säästä vettä. Auta naapureita, jotka eivät pääse itse. " +
        "Kun vesi palaa, se voi olla värjäytynyttä: juoksuta kylmää vettä, kunnes se on kirkasta. Kysyttävää? Soita {telefon} tai lue lisää {webb}.",
      sms: "{avsändare}: Vesikatko alueella {område}. Juomavettä: {vattenplats}. Ota mukaan puhtaat kanisterit. Kysymykset: {telefon}. Seuraava tiedote {nästa_uppdatering}.",
      social:
        "Vesikatko alueella {område} {tid} alkaen. Korjaamme rikkoutunutta vesijohtoa. Hae juomavettä paikasta {vattenplats} ja ota mukaan puhtaat kanisterit. Kysyttävää? Soita {telefon}. Seuraava tiedote {nästa_uppdatering}: {webb}.",
      script:
        "Alueella {område} on vesikatko {tid} alkaen. Vesijohto on rikkoutunut, ja sitä korjataan. Juomavettä saa paikasta {vattenplats}. Ota mukaan puhtaat kanisterit. Seuraava tiedote tulee {nästa_uppdatering}.",
      faq: [
        {
          question: "Mistä saan vettä?",
          answer: "Juomavettä saa paikasta {vattenplats}. Ota mukaan puhtaita kanistereita tai pulloja.",
        },
        {
          question: "Milloin vesi palaa?",
          answer: "Emme vielä tiedä. Korjaamme vesijohtoa nyt. Seuraava tiedote tulee {nästa_uppdatering}.",
        },
      ],
    },
  },
};
