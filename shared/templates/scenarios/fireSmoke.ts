import { SLOT } from "../slots.js";
import type { ScenarioTemplate } from "../types.js";

/**
 * Fire smoke: close windows and ventilation. The standard VMA instruction ("Gå inomhus och stäng dörrar, fönster och
 * ventilation. Lyssna på Sveriges Radio P4"), as in the VMA texts on krisinformation.se and municipal VMA pages
 * (https://www.lund.se/kommun--politik/kommunens-organisation/kommunens-krisorganisation/viktigt-meddelande-till-allmanheten-vma/,
 * https://www.storstockholm.brand.se/kunskapsartiklar/viktigt-meddelande-till-allmanheten/); see
 * ../shared/research/checklist-rules.md §7.
 */
export const fireSmoke: ScenarioTemplate = {
  id: "fire-smoke",
  version: 1,
  title: { sv: "Brandrök: stäng fönster och ventilation", en: "Fire smoke: close windows and ventilation" },
  description: { sv: "En brand ger rök över ett område.", en: "A fire sends smoke over an area." },
  sources: [
    "https://www.lund.se/kommun--politik/kommunens-organisation/kommunens-krisorganisation/viktigt-meddelande-till-allmanheten-vma/",
    "https://www.storstockholm.brand.se/kunskapsartiklar/viktigt-meddelande-till-allmanheten/",
  ],
  slots: [SLOT.avsändare, SLOT.område, SLOT.tid, SLOT.telefon, SLOT.webb, SLOT.nästa_uppdatering],
  cap: {
    categories: ["Fire", "Health"],
    severity: "Severe",
    urgency: "Immediate",
    certainty: "Observed",
    expiresAfterHours: 12,
  },
  audiences: ["residents", "affected-area", "businesses", "visitors"],
  channels: ["web"],
  texts: {
    sv: {
      headline: "Brandrök i {område}: stäng fönster och ventilation",
      body:
        "{avsändare} informerar: Sedan {tid} brinner det i {område}. Räddningstjänsten släcker branden. Röken kan vara skadlig att andas in. " +
        "Nästa besked kommer {nästa_uppdatering}.",
      instruction:
        "Gå inomhus. Stäng dörrar, fönster och ventilation. Lyssna på Sveriges Radio P4. Håll dig borta från området så att räddningstjänsten kan arbeta. " +
        "Ring 112 om du har besvär med andningen. Har du andra frågor? Ring {telefon} eller läs mer på {webb}.",
      sms: "{avsändare}: Brand i {område}. Gå inomhus. Stäng dörrar, fönster och ventilation. Lyssna på P4. Andningsbesvär: 112. Frågor: {telefon}.",
      social:
        "Brand i {område} sedan {tid}. Gå inomhus och stäng dörrar, fönster och ventilation. Lyssna på Sveriges Radio P4. Håll dig borta från området. Frågor? Ring {telefon}. Vi uppdaterar {nästa_uppdatering} på {webb}.",
      script:
        "Det brinner i {område} sedan {tid}. Gå inomhus och stäng dörrar, fönster och ventilation. Lyssna på P4. Ring 112 vid besvär med andningen. Nästa besked kommer {nästa_uppdatering}.",
      faq: [
        {
          question: "Vad ska jag göra om jag känner röklukt?",
          answer: "Gå inomhus. Stäng dörrar, fönster och ventilation. Lyssna på Sveriges Radio P4.",
        },
        {
          question: "Hur stänger jag av ventilationen?",
          answer:
            "Stäng ventiler och stäng av fläktar. Bor du i hyresrätt kan fastighetsägaren hjälpa dig. Ring {telefon} om du har frågor.",
        },
      ],
    },
    "sv-lattlast": {
      headline: "Det brinner. Gå inomhus och stäng fönstren",
      body: "{avsändare} informerar. Det brinner i {område}. Det började {tid}. Röken kan vara farlig. Vi ger nytt besked {nästa_uppdatering}.",
      instruction:
        "Gå inomhus. Stäng dörrar och fönster. Stäng av fläktar. Lyssna på radio P4. Ring 112 om du får svårt att andas. Ring {telefon} om du har frågor.",
      sms: "{avsändare}: Det brinner i {område}. Gå inomhus. Stäng dörrar och fönster. Lyssna på radio P4.",
      social:
        "Det brinner i {område}. Gå inomhus. Stäng dörrar och fönster. Stäng av fläktar. Lyssna på radio P4. Ring 112 om du får svårt att andas.",
      script:
        "Det brinner i {område}. Gå inomhus. Stäng dörrar och fönster. Lyssna på radio P4. Vi ger nytt besked {nästa_uppdatering}.",
      faq: [
        { question: "Vad ska jag göra?", answer: "Gå inomhus. Stäng dörrar och fönster. Stäng av fläktar." },
        { question: "Vad gör jag om jag får svårt att andas?", answer: "Ring 112." },
      ],
    },
    en: {
      headline: "Fire smoke in {område}: close windows and ventilation",
      body:
        "This is a message from {avsändare}. Since {tid} there is a fire in {område}. The fire and rescue service is putting it out. The smoke can be harmful to breathe. " +
        "The next update comes at {nästa_uppdatering}.",
      instruction:
        "Go indoors. Close doors, windows and ventilation. Listen to Sveriges Radio P4, which also has news in English on sverigesradio.se. Keep away from the area so that the fire and rescue service can work. " +
        "Call 112 if you have trouble breathing. Other questions? Call {telefon} or read more at {webb}.",
      sms: "{avsändare}: Fire in {område}. Go indoors. Close doors, windows and ventilation. Trouble breathing: 112. Questions: {telefon}.",
      social:
        "Fire in {område} since {tid}. Go indoors and close doors, windows and ventilation. Keep away from the area. Questions? Call {telefon}. We will update at {nästa_uppdatering} on {webb}.",
      script:
        "There is a fire in {område} since {tid}. Go indoors and close doors, windows and ventilation. Call 112 if you have trouble breathing. The next update comes at {nästa_uppdatering}.",
      faq: [
        {
          question: "What should I do if I smell smoke?",
          answer: "Go indoors. Close doors, windows and ventilation. Call 112 if you have trouble breathing.",
        },
        {
          question: "How do I turn off the ventilation?",
          answer:
            "Close the vents and turn off fans. If you rent, your landlord can help. Call {telefon} if you have questions.",
        },
      ],
    },
    fi: {
      headline: "Palon savua alueella {område}: sulje ikkunat ja ilmanvaihto",
      body:
        "{avsändare} tiedottaa: Alueella {område} on palo {tid} alkaen. Pelastuslaitos sammuttaa paloa. Savun hengittäminen voi olla haitallista. " +
        "Seuraava tiedote tulee {nästa_uppdatering}.",
      instruction:
        "Mene sisälle. Sulje ovet, ikkunat ja ilmanvaihto. Kuuntele Sveriges Radio P4:ää. Pysy poissa alueelta, jotta pelastuslaitos voi tehdä työnsä. " +
        "Soita 112, jos sinulla on hengitysvaikeuksia. Muita kysymyksiä? Soita {telefon} tai lue lisää {webb}.",
      sms: "{avsändare}: Palo alueella {område}. Mene sisälle. Sulje ovet, ikkunat ja ilmanvaihto. Hengitysvaikeudet: 112. Kysymykset: {telefon}.",
      social:
        "Palo alueella {område} {tid} alkaen. Mene sisälle ja sulje ovet, ikkunat ja ilmanvaihto. Pysy poissa alueelta. Kysyttävää? Soita {telefon}. Seuraava tiedote {nästa_uppdatering}: {webb}.",
      script:
        "Alueella {område} on palo {tid} alkaen. Mene sisälle ja sulje ovet, ikkunat ja ilmanvaihto. Soita 112, jos sinulla on hengitysvaikeuksia. Seuraava tiedote tulee {nästa_uppdatering}.",
      faq: [
        {
          question: "Mitä teen, jos haistan savua?",
          answer: "Mene sisälle. Sulje ovet, ikkunat ja ilmanvaihto. Soita 112, jos sinulla on hengitysvaikeuksia.",
        },
        {
          question: "Miten suljen ilmanvaihdon?",
          answer:
            "Sulje venttiilit ja sammuta tuulettimet. Vuokralaisena saat apua kiinteistön omistajalta. Soita {telefon}, jos sinulla on kysyttävää.",
        },
      ],
    },
  },
};
