import { SLOT, slot } from "../slots.js";
import type { ScenarioTemplate } from "../types.js";

/**
 * Evacuation (utrymning). Built on Krisinformation's evacuation advice
 * (https://www.krisinformation.se/detta-kan-handa/handelser-och-storningar/utrymning-och-evakuering) and the VMA
 * structure (what has happened, the threat, what to do, how to help the rescue work; research/checklist-rules.md §7):
 * leave by the named route, take medicines and ID, help neighbours, tell the assembly point you have left.
 */
export const evacuation: ScenarioTemplate = {
  id: "evacuation",
  version: 1,
  title: { sv: "Utrymning", en: "Evacuation" },
  description: { sv: "Alla i ett område måste lämna sina hem.", en: "Everyone in an area must leave their homes." },
  sources: [
    "https://www.krisinformation.se/detta-kan-handa/handelser-och-storningar/utrymning-och-evakuering",
    "https://www.storstockholm.brand.se/kunskapsartiklar/viktigt-meddelande-till-allmanheten/",
  ],
  slots: [
    SLOT.avsändare,
    SLOT.område,
    SLOT.tid,
    {
      ...slot("orsak", { sv: "Orsak", en: "Cause" }, ""),
      translatable: true,
      example: {
        sv: "en skogsbrand närmar sig bebyggelsen",
        "sv-lattlast": "en skogsbrand kommer närmare husen",
        en: "a forest fire is approaching the houses",
        fi: "metsäpalo lähestyy asutusta",
      },
    },
    slot("samlingsplats", { sv: "Samlingsplats", en: "Assembly point" }, "Norrby sporthall"),
    SLOT.telefon,
    SLOT.webb,
    SLOT.nästa_uppdatering,
  ],
  cap: {
    categories: ["Safety", "Rescue"],
    severity: "Extreme",
    urgency: "Immediate",
    certainty: "Observed",
    expiresAfterHours: 12,
  },
  audiences: ["residents", "affected-area", "visitors", "vulnerable-groups"],
  channels: ["web"],
  texts: {
    sv: {
      headline: "Lämna {område} nu",
      body:
        "{avsändare} informerar: Räddningsledaren har beslutat att alla i {område} ska lämna området. Beslutet fattades {tid} eftersom {orsak}. " +
        "Nästa besked kommer {nästa_uppdatering}.",
      instruction:
        "Lämna området nu. Ta med mediciner, id-handling, mobiltelefon och laddare. Hjälp grannar som behöver hjälp. Gå till {samlingsplats}. Där får du hjälp och besked. " +
        "Berätta där att du har lämnat ditt hem. Ring 112 om det är fara för liv. Har du andra frågor? Ring {telefon} eller läs mer på {webb}.",
      sms: "{avsändare}: Lämna {område} nu. Ta med mediciner och id. Gå till {samlingsplats}. Vid fara för liv: 112. Frågor: {telefon}.",
      social:
        "Alla i {område} ska lämna området nu, eftersom {orsak}. Ta med mediciner och id. Gå till {samlingsplats}. Hjälp grannar som behöver hjälp. Frågor? Ring {telefon}. Vi uppdaterar {nästa_uppdatering} på {webb}.",
      script:
        "Räddningsledaren har beslutat att alla i {område} ska lämna området, eftersom {orsak}. Gå till {samlingsplats}. Ta med mediciner och id. Ring 112 om det är fara för liv. Nästa besked kommer {nästa_uppdatering}.",
      faq: [
        { question: "Vart ska jag ta vägen?", answer: "Gå till {samlingsplats}. Där får du hjälp och besked." },
        { question: "När får jag komma hem?", answer: "Vi vet inte ännu. Nästa besked kommer {nästa_uppdatering}." },
      ],
    },
    "sv-lattlast": {
      headline: "Du måste lämna ditt hem nu",
      body: "{avsändare} informerar. Alla i {område} måste lämna sina hem. Det bestämdes {tid}. Det är farligt att stanna. Vi ger nytt besked {nästa_uppdatering}.",
      instruction:
        "Lämna ditt hem nu. Ta med dina mediciner. Ta med id-kort och telefon. Gå till {samlingsplats}. Där får du hjälp. Ring 112 om det är fara för liv. Ring {telefon} om du har frågor.",
      sms: "{avsändare}: Lämna ditt hem i {område} nu. Ta med mediciner. Gå till {samlingsplats}.",
      social:
        "Alla i {område} måste lämna sina hem nu. Ta med dina mediciner. Gå till {samlingsplats}. Där får du hjälp. Ring 112 om det är fara för liv.",
      script:
        "Alla i {område} måste lämna sina hem nu. Gå till {samlingsplats}. Ta med mediciner. Vi ger nytt besked {nästa_uppdatering}.",
      faq: [
        { question: "Vart ska jag gå?", answer: "Gå till {samlingsplats}. Där får du hjälp." },
        { question: "När får jag gå hem?", answer: "Vi vet inte än. Vi ger nytt besked {nästa_uppdatering}." },
      ],
    },
    en: {
      headline: "Leave {område} now",
      body:
        "This is a message from {avsändare}. The incident commander of the fire and rescue service has decided that everyone in {område} must leave the area. The decision was made at {tid} because {orsak}. " +
        "The next update comes at {nästa_uppdatering}.",
      instruction:
        "Leave the area now. Take medicines, ID, your mobile phone and charger. Help neighbours who need help. Go to {samlingsplats}. You will get help and information there. " +
        "Tell the staff there that you have left your home. Call 112 if a life is in danger. Other questions? Call {telefon} or read more at {webb}.",
      sms: "{avsändare}: Leave {område} now. Take medicines and ID. Go to {samlingsplats}. Danger to life: 112. Questions: {telefon}.",
      social:
        "Everyone in {område} must leave the area now, because {orsak}. Take medicines and ID. Go to {samlingsplats}. Help neighbours who need help. Questions? Call {telefon}. We will update at {nästa_uppdatering} on {webb}.",
      script:
        "The incident commander has decided that everyone in {område} must leave the area, because {orsak}. Go to {samlingsplats}. Take medicines and ID. Call 112 if a life is in danger. The next update comes at {nästa_uppdatering}.",
      faq: [
        { question: "Where should I go?", answer: "Go to {samlingsplats}. You will get help and information there." },
        {
          question: "When can I go home?",
          answer: "We do not know yet. The next update comes at {nästa_uppdatering}.",
        },
      ],
    },
    fi: {
      headline: "Poistu alueelta {område} nyt",
      body:
        "{avsändare} tiedottaa: Pelastustoiminnan johtaja on päättänyt, että kaikkien alueella {område} on poistuttava alueelta. Päätös tehtiin {tid}, koska {orsak}. " +
        "Seuraava tiedote tulee {nästa_uppdatering}.",
      instruction:
        "Poistu alueelta nyt. Ota mukaan lääkkeet, henkilöllisyystodistus, matkapuhelin ja laturi. Auta naapureita, jotka tarvitsevat apua. Mene paikkaan {samlingsplats}. Sieltä saat apua ja tietoa. " +
        "Kerro siellä, että olet lähtenyt kotoasi. Soita 112, jos henki on vaarassa. Muita kysymyksiä? Soita {telefon} tai lue lisää {webb}.",
      sms: "{avsändare}: Poistu alueelta {område} nyt. Ota mukaan lääkkeet ja henkilöllisyystodistus. Mene paikkaan {samlingsplats}. Hengenvaara: 112.",
      social:
        "Kaikkien alueella {område} on poistuttava nyt, koska {orsak}. Ota mukaan lääkkeet ja henkilöllisyystodistus. Mene paikkaan {samlingsplats}. Auta naapureita. Kysyttävää? Soita {telefon}. Seuraava tiedote {nästa_uppdatering}: {webb}.",
      script:
        "Pelastustoiminnan johtaja on päättänyt, että kaikkien alueella {område} on poistuttava, koska {orsak}. Mene paikkaan {samlingsplats}. Ota mukaan lääkkeet. Soita 112, jos henki on vaarassa. Seuraava tiedote tulee {nästa_uppdatering}.",
      faq: [
        { question: "Minne minun pitää mennä?", answer: "Mene paikkaan {samlingsplats}. Sieltä saat apua ja tietoa." },
        { question: "Milloin pääsen kotiin?", answer: "Emme vielä tiedä. Seuraava tiedote tulee {nästa_uppdatering}." },
      ],
    },
  },
};
