import { SLOT, slot } from "../slots.js";
import type { ScenarioTemplate } from "../types.js";

/**
 * School or care home closed. Follows how municipalities announce a closed school or unit during a disruption
 * (Skolverket on closing schools in a crisis, https://www.skolverket.se/regler-och-ansvar/ansvar-i-skolfragor/stangning-av-skolor-och-forskolor,
 * and Krisinformation's guidance that a message says who is affected, what to do and when the next update comes):
 * who is affected, care for children of parents in essential services, relatives of care-home residents.
 */
export const schoolClosed: ScenarioTemplate = {
  id: "school-closed",
  version: 1,
  title: { sv: "Skola eller boende stängt", en: "School or care home closed" },
  description: {
    sv: "En skola, förskola eller ett boende håller stängt.",
    en: "A school, preschool or care home is closed.",
  },
  sources: [
    "https://www.skolverket.se/regler-och-ansvar/ansvar-i-skolfragor/stangning-av-skolor-och-forskolor",
    "https://www.krisinformation.se/om-krisinformation",
  ],
  slots: [
    SLOT.avsändare,
    slot("verksamhet", { sv: "Skola eller boende", en: "School or care home" }, "Norrby skola"),
    {
      ...slot("orsak", { sv: "Orsak", en: "Cause" }, ""),
      translatable: true,
      example: {
        sv: "det är vattenavbrott i lokalerna",
        "sv-lattlast": "det kommer inget vatten i skolan",
        en: "there is no water in the building",
        fi: "rakennuksessa on vesikatko",
      },
    },
    { ...SLOT.tid, label: { sv: "Stängt från", en: "Closed from" } },
    slot("alternativ", { sv: "Omsorg eller annan plats", en: "Care or other place" }, "Söderängs skola"),
    SLOT.telefon,
    SLOT.webb,
    SLOT.nästa_uppdatering,
  ],
  cap: {
    categories: ["Safety", "Infra"],
    severity: "Minor",
    urgency: "Expected",
    certainty: "Observed",
    expiresAfterHours: 48,
  },
  audiences: ["residents", "staff", "vulnerable-groups"],
  channels: ["web"],
  texts: {
    sv: {
      headline: "{verksamhet} är stängd från {tid}",
      body:
        "{avsändare} informerar: {verksamhet} är stängd från {tid} eftersom {orsak}. Vi har fattat beslutet för att barnens och personalens säkerhet går först. " +
        "Nästa besked kommer {nästa_uppdatering}.",
      instruction:
        "Låt barnen stanna hemma om du kan. Behöver ditt barn omsorg för att du arbetar i en samhällsviktig verksamhet? Då finns plats på {alternativ}. " +
        "Anhöriga till boende får besked direkt av personalen. Har du frågor? Ring {telefon} eller läs mer på {webb}.",
      sms: "{avsändare}: {verksamhet} är stängd från {tid}. Omsorg för barn till föräldrar i samhällsviktiga yrken: {alternativ}. Frågor: {telefon}.",
      social:
        "{verksamhet} är stängd från {tid} eftersom {orsak}. Behöver ditt barn omsorg för att du arbetar i en samhällsviktig verksamhet? Då finns plats på {alternativ}. Frågor? Ring {telefon}. Vi uppdaterar {nästa_uppdatering} på {webb}.",
      script:
        "{verksamhet} är stängd från {tid} eftersom {orsak}. Barn till föräldrar i samhällsviktiga yrken kan få omsorg på {alternativ}. Nästa besked kommer {nästa_uppdatering}.",
      faq: [
        {
          question: "Varför är {verksamhet} stängd?",
          answer: "Den är stängd eftersom {orsak}. Barnens och personalens säkerhet går först.",
        },
        {
          question: "Var kan mitt barn vara?",
          answer:
            "Låt barnet stanna hemma om du kan. Arbetar du i en samhällsviktig verksamhet finns plats på {alternativ}.",
        },
      ],
    },
    "sv-lattlast": {
      headline: "{verksamhet} är stängd",
      body: "{avsändare} informerar. {verksamhet} är stängd från {tid}. Det är stängt för att {orsak}. Vi ger nytt besked {nästa_uppdatering}.",
      instruction:
        "Låt barnen vara hemma om du kan. Måste du arbeta? Då kan ditt barn vara på {alternativ}. Ring {telefon} om du har frågor.",
      sms: "{avsändare}: {verksamhet} är stängd från {tid}. Barn kan vara på {alternativ}. Frågor: ring {telefon}.",
      social:
        "{verksamhet} är stängd från {tid}. Låt barnen vara hemma om du kan. Måste du arbeta? Då kan ditt barn vara på {alternativ}. Ring {telefon} om du har frågor.",
      script:
        "{verksamhet} är stängd från {tid}. Barn kan vara på {alternativ}. Vi ger nytt besked {nästa_uppdatering}.",
      faq: [
        { question: "Varför är det stängt?", answer: "Det är stängt för att {orsak}." },
        {
          question: "Var kan mitt barn vara?",
          answer: "Låt barnet vara hemma om du kan. Måste du arbeta? Då kan barnet vara på {alternativ}.",
        },
      ],
    },
    en: {
      headline: "{verksamhet} is closed from {tid}",
      body:
        "This is a message from {avsändare}. {verksamhet} is closed from {tid} because {orsak}. We made the decision because the safety of children and staff comes first. " +
        "The next update comes at {nästa_uppdatering}.",
      instruction:
        "Keep your children at home if you can. Does your child need care because you work in an essential service? There is room at {alternativ}. " +
        "Relatives of residents hear directly from the staff. Questions? Call {telefon} or read more at {webb}.",
      sms: "{avsändare}: {verksamhet} is closed from {tid}. Care for children of parents in essential services: {alternativ}. Questions: {telefon}.",
      social:
        "{verksamhet} is closed from {tid} because {orsak}. Does your child need care because you work in an essential service? There is room at {alternativ}. Questions? Call {telefon}. We will update at {nästa_uppdatering} on {webb}.",
      script:
        "{verksamhet} is closed from {tid} because {orsak}. Children of parents in essential services can get care at {alternativ}. The next update comes at {nästa_uppdatering}.",
      faq: [
        {
          question: "Why is {verksamhet} closed?",
          answer: "It is closed because {orsak}. The safety of children and staff comes first.",
        },
        {
          question: "Where can my child go?",
          answer:
            "Keep your child at home if you can. If you work in an essential service, there is room at {alternativ}.",
        },
      ],
    },
    fi: {
      headline: "{verksamhet} on suljettu {tid} alkaen",
      body:
        "{avsändare} tiedottaa: {verksamhet} on suljettu {tid} alkaen, koska {orsak}. Teimme päätöksen, koska lasten ja henkilökunnan turvallisuus on tärkeintä. " +
        "Seuraava tiedote tulee {nästa_uppdatering}.",
      instruction:
        "Pidä lapset kotona, jos voit. Tarvitseeko lapsesi hoitoa, koska työskentelet yhteiskunnan kannalta tärkeässä tehtävässä? Paikka on tarjolla: {alternativ}. " +
        "Asukkaiden omaiset saavat tiedon suoraan henkilökunnalta. Kysyttävää? Soita {telefon} tai lue lisää {webb}.",
      sms: "{avsändare}: {verksamhet} on suljettu {tid} alkaen. Hoito tärkeissä tehtävissä työskentelevien lapsille: {alternativ}. Kysymykset: {telefon}.",
      social:
        "{verksamhet} on suljettu {tid} alkaen, koska {orsak}. Tarvitseeko lapsesi hoitoa, koska työskentelet tärkeässä tehtävässä? Paikka on tarjolla: {alternativ}. Kysyttävää? Soita {telefon}. Seuraava tiedote {nästa_uppdatering}: {webb}.",
      script:
        "{verksamhet} on suljettu {tid} alkaen, koska {orsak}. Tärkeissä tehtävissä työskentelevien lapset saavat hoitoa: {alternativ}. Seuraava tiedote tulee {nästa_uppdatering}.",
      faq: [
        {
          question: "Miksi {verksamhet} on suljettu?",
          answer: "Se on suljettu, koska {orsak}. Lasten ja henkilökunnan turvallisuus on tärkeintä.",
        },
        {
          question: "Missä lapseni voi olla?",
          answer:
            "Pidä lapsi kotona, jos voit. Jos työskentelet tärkeässä tehtävässä, paikka on tarjolla: {alternativ}.",
        },
      ],
    },
  },
};
