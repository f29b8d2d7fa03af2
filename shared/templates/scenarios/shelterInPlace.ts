import { SLOT, slot } from "../slots.js";
import type { ScenarioTemplate } from "../types.js";

/**
 * Shelter in place, VMA style. The observed VMA template on krisinformation.se ("Viktigt meddelande till allmänheten
 * i <ort> … Räddningsledaren uppmanar alla i området att gå inomhus och stänga dörrar, fönster och ventilation. För
 * mer information lyssna på Sveriges Radio P4"), and the four content requirements of a VMA (what has happened, the
 * threat, what to do, how to help the rescue work), research/checklist-rules.md §7 and
 * https://www.storstockholm.brand.se/kunskapsartiklar/viktigt-meddelande-till-allmanheten/. The English version
 * points to a source in English as well as P4 (the research notes flag P4-only pointers in English).
 */
export const shelterInPlace: ScenarioTemplate = {
  id: "shelter-in-place",
  version: 1,
  title: { sv: "Gå inomhus (VMA)", en: "Shelter in place (VMA)" },
  description: {
    sv: "Viktigt meddelande till allmänheten: gå inomhus.",
    en: "Important public announcement: go indoors.",
  },
  sources: [
    "https://www.storstockholm.brand.se/kunskapsartiklar/viktigt-meddelande-till-allmanheten/",
    "https://www.krisinformation.se/detta-kan-handa/vma-viktigt-meddelande-till-allmanheten",
  ],
  slots: [
    SLOT.avsändare,
    SLOT.område,
    SLOT.tid,
    {
      ...slot("orsak", { sv: "Vad som har hänt", en: "What has happened" }, ""),
      translatable: true,
      example: {
        sv: "en brand i en industrilokal gett kraftig rök",
        "sv-lattlast": "en brand gett mycket rök",
        en: "a fire in an industrial building has caused heavy smoke",
        fi: "teollisuusrakennuksen palo on aiheuttanut voimakasta savua",
      },
    },
    SLOT.telefon,
    SLOT.webb,
    SLOT.nästa_uppdatering,
  ],
  cap: {
    categories: ["Safety", "CBRNE"],
    severity: "Severe",
    urgency: "Immediate",
    certainty: "Observed",
    expiresAfterHours: 6,
  },
  audiences: ["residents", "affected-area", "businesses", "visitors"],
  channels: ["web"],
  texts: {
    sv: {
      headline: "Viktigt meddelande till allmänheten i {område}",
      body:
        "Viktigt meddelande till allmänheten i {område}. {avsändare} informerar: Sedan {tid} har {orsak}. Räddningsledaren uppmanar alla i området att gå inomhus. " +
        "Nästa besked kommer {nästa_uppdatering}.",
      instruction:
        "Gå inomhus. Stäng dörrar, fönster och ventilation. Lyssna på Sveriges Radio P4. Håll dig borta från området så att räddningstjänsten kan arbeta. " +
        "Ring bara 112 om det är fara för liv. Har du andra frågor? Ring {telefon} eller läs mer på {webb}.",
      sms: "VMA {område}: Gå inomhus. Stäng dörrar, fönster och ventilation. Lyssna på P4. {avsändare}, frågor: {telefon}.",
      social:
        "Viktigt meddelande till allmänheten i {område}. Gå inomhus och stäng dörrar, fönster och ventilation. Lyssna på Sveriges Radio P4. Ring 112 bara vid fara för liv. Vi uppdaterar {nästa_uppdatering} på {webb}.",
      script:
        "Det gäller ett viktigt meddelande till allmänheten i {område}. Alla i området ska gå inomhus och stänga dörrar, fönster och ventilation. Lyssna på P4. Nästa besked kommer {nästa_uppdatering}.",
      faq: [
        {
          question: "Vad betyder VMA?",
          answer:
            "Viktigt meddelande till allmänheten. Gå inomhus, stäng dörrar, fönster och ventilation och lyssna på Sveriges Radio P4.",
        },
        {
          question: "När kan jag gå ut igen?",
          answer:
            "När meddelandet inte gäller längre. Då säger vi det här och i P4. Nästa besked kommer {nästa_uppdatering}.",
        },
      ],
    },
    "sv-lattlast": {
      headline: "Viktigt meddelande: gå inomhus",
      body: "Viktigt meddelande till allmänheten i {område}. {avsändare} informerar. Det har hänt något farligt {tid}. Alla ska gå inomhus. Vi ger nytt besked {nästa_uppdatering}.",
      instruction:
        "Gå inomhus. Stäng dörrar och fönster. Stäng av fläktar. Lyssna på radio P4. Ring 112 om det är fara för liv. Ring {telefon} om du har frågor.",
      sms: "VMA {område}: Gå inomhus. Stäng dörrar och fönster. Lyssna på radio P4. Från {avsändare}.",
      social:
        "Viktigt meddelande i {område}. Gå inomhus. Stäng dörrar och fönster. Stäng av fläktar. Lyssna på radio P4.",
      script:
        "Alla i {område} ska gå inomhus. Stäng dörrar och fönster. Lyssna på radio P4. Vi ger nytt besked {nästa_uppdatering}.",
      faq: [
        {
          question: "Vad är VMA?",
          answer: "Ett viktigt meddelande till alla. Gå inomhus. Stäng dörrar och fönster. Lyssna på radio P4.",
        },
        {
          question: "När får jag gå ut?",
          answer: "Vi säger till när faran är över. Vi ger nytt besked {nästa_uppdatering}.",
        },
      ],
    },
    en: {
      headline: "Important public announcement in {område}",
      body:
        "Important public announcement in {område}. This is a message from {avsändare}. Since {tid}, {orsak}. The incident commander urges everyone in the area to go indoors. " +
        "The next update comes at {nästa_uppdatering}.",
      instruction:
        "Go indoors. Close doors, windows and ventilation. Follow {webb} for updates in English, or listen to Sveriges Radio P4. Keep away from the area so that the fire and rescue service can work. " +
        "Call 112 only if a life is in danger. Other questions? Call {telefon}.",
      sms: "Important announcement {område}: Go indoors. Close doors, windows and ventilation. Updates: {webb}. {avsändare}, questions: {telefon}.",
      social:
        "Important public announcement in {område}. Go indoors and close doors, windows and ventilation. Call 112 only if a life is in danger. We will update at {nästa_uppdatering} on {webb}.",
      script:
        "This is an important public announcement for {område}. Everyone in the area should go indoors and close doors, windows and ventilation. The next update comes at {nästa_uppdatering}.",
      faq: [
        {
          question: "What does VMA mean?",
          answer:
            "It is an important public announcement. Go indoors, close doors, windows and ventilation, and follow {webb} for updates.",
        },
        {
          question: "When can I go out again?",
          answer:
            "When the announcement no longer applies. We will say so on {webb}. The next update comes at {nästa_uppdatering}.",
        },
      ],
    },
    fi: {
      headline: "Tärkeä tiedote yleisölle alueella {område}",
      body:
        "Tärkeä tiedote yleisölle alueella {område}. {avsändare} tiedottaa: {tid} alkaen {orsak}. Pelastustoiminnan johtaja kehottaa kaikkia alueella menemään sisälle. " +
        "Seuraava tiedote tulee {nästa_uppdatering}.",
      instruction:
        "Mene sisälle. Sulje ovet, ikkunat ja ilmanvaihto. Kuuntele Sveriges Radio P4:ää tai seuraa sivua {webb}. Pysy poissa alueelta, jotta pelastuslaitos voi tehdä työnsä. " +
        "Soita 112 vain, jos henki on vaarassa. Muita kysymyksiä? Soita {telefon}.",
      sms: "Tärkeä tiedote {område}: Mene sisälle. Sulje ovet, ikkunat ja ilmanvaihto. Kuuntele P4:ää. {avsändare}, kysymykset: {telefon}.",
      social:
        "Tärkeä tiedote yleisölle alueella {område}. Mene sisälle ja sulje ovet, ikkunat ja ilmanvaihto. Kuuntele Sveriges Radio P4:ää. Soita 112 vain, jos henki on vaarassa. Seuraava tiedote {nästa_uppdatering}: {webb}.",
      script:
        "Kyseessä on tärkeä tiedote yleisölle alueella {område}. Kaikkien alueella on mentävä sisälle ja suljettava ovet, ikkunat ja ilmanvaihto. Seuraava tiedote tulee {nästa_uppdatering}.",
      faq: [
        {
          question: "Mitä VMA tarkoittaa?",
          answer:
            "Se on tärkeä tiedote yleisölle. Mene sisälle, sulje ovet, ikkunat ja ilmanvaihto ja kuuntele Sveriges Radio P4:ää.",
        },
        {
          question: "Milloin voin mennä ulos?",
          answer:
            "Kun tiedote ei ole enää voimassa. Kerromme sen täällä ja P4:ssä. Seuraava tiedote tulee {nästa_uppdatering}.",
        },
      ],
    },
  },
};
