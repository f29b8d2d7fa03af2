import { SLOT } from "../slots.js";
import type { ScenarioTemplate } from "../types.js";

/**
 * Storm (storm, SMHI warning). Advice as Krisinformation gives it for storms
 * (https://www.krisinformation.se/detta-kan-handa/extremvader/storm) with SMHI's impact-based warnings
 * (https://www.smhi.se/vader/varningar-och-brandrisk/varningar-och-meddelanden): stay indoors, avoid forests and
 * coasts, secure loose objects, prepare for power cuts, follow smhi.se and P4.
 */
export const storm: ScenarioTemplate = {
  id: "storm",
  version: 1,
  title: { sv: "Storm", en: "Storm" },
  description: { sv: "SMHI varnar för storm i kommunen.", en: "SMHI warns of a storm in the municipality." },
  sources: [
    "https://www.krisinformation.se/detta-kan-handa/extremvader/storm",
    "https://www.smhi.se/vader/varningar-och-brandrisk/varningar-och-meddelanden",
  ],
  slots: [
    SLOT.avsändare,
    SLOT.område,
    { ...SLOT.tid, label: { sv: "När stormen väntas", en: "When the storm is expected" } },
    SLOT.telefon,
    SLOT.webb,
    SLOT.nästa_uppdatering,
  ],
  cap: { categories: ["Met"], severity: "Severe", urgency: "Expected", certainty: "Likely", expiresAfterHours: 36 },
  audiences: ["residents", "affected-area", "visitors"],
  channels: ["web"],
  texts: {
    sv: {
      headline: "SMHI varnar för storm i {område}",
      body:
        "{avsändare} informerar: SMHI har utfärdat en varning för storm i {område}. Stormen väntas från {tid}. " +
        "Träd kan falla över vägar och ledningar, och elavbrott kan bli följden. Nästa besked kommer {nästa_uppdatering}.",
      instruction:
        "Stanna inomhus när det blåser som mest. Undvik skog och stränder. Surra fast eller ta in saker som kan blåsa iväg. " +
        "Ladda telefonen och ha en ficklampa nära till hands. Följ SMHI:s varningar på smhi.se och lyssna på Sveriges Radio P4. Har du frågor? Ring {telefon} eller läs mer på {webb}.",
      sms: "{avsändare}: SMHI varnar för storm i {område} från {tid}. Stanna inomhus. Undvik skog och stränder. Frågor: {telefon}. Nytt besked {nästa_uppdatering}.",
      social:
        "SMHI varnar för storm i {område} från {tid}. Stanna inomhus när det blåser som mest och undvik skog och stränder. Ta in saker som kan blåsa iväg. Frågor? Ring {telefon}. Vi uppdaterar {nästa_uppdatering} på {webb}.",
      script:
        "SMHI varnar för storm i {område} från {tid}. Stanna inomhus när det blåser som mest. Undvik skog och stränder. Förbered dig på elavbrott. Nästa besked kommer {nästa_uppdatering}.",
      faq: [
        {
          question: "Vad ska jag göra när stormen kommer?",
          answer: "Stanna inomhus när det blåser som mest. Undvik skog och stränder. Ta in saker som kan blåsa iväg.",
        },
        {
          question: "Var hittar jag varningen?",
          answer:
            "Följ SMHI:s varningar på smhi.se och lyssna på Sveriges Radio P4. Nästa besked från oss kommer {nästa_uppdatering}.",
        },
      ],
    },
    "sv-lattlast": {
      headline: "Det kommer en storm",
      body: "{avsändare} informerar. Det kommer en storm till {område}. Stormen kommer {tid}. Träd kan falla. Strömmen kan gå. Vi ger nytt besked {nästa_uppdatering}.",
      instruction:
        "Stanna inne när det blåser mycket. Gå inte i skogen. Ta in saker som kan blåsa bort. Ladda din telefon. Lyssna på radio P4. Ring {telefon} om du har frågor.",
      sms: "{avsändare}: Storm i {område} {tid}. Stanna inne. Gå inte i skogen. Frågor: ring {telefon}.",
      social:
        "Det kommer en storm till {område} {tid}. Stanna inne när det blåser mycket. Gå inte i skogen. Ring {telefon} om du har frågor. Nytt besked {nästa_uppdatering}.",
      script:
        "Det kommer en storm till {område} {tid}. Stanna inne när det blåser mycket. Gå inte i skogen. Vi ger nytt besked {nästa_uppdatering}.",
      faq: [
        {
          question: "Vad ska jag göra?",
          answer: "Stanna inne när det blåser mycket. Gå inte i skogen. Ladda din telefon.",
        },
        { question: "Var får jag veta mer?", answer: "Lyssna på radio P4. Vi ger nytt besked {nästa_uppdatering}." },
      ],
    },
    en: {
      headline: "SMHI warns of a storm in {område}",
      body:
        "This is a message from {avsändare}. SMHI has issued a storm warning for {område}. The storm is expected from {tid}. " +
        "Trees may fall across roads and power lines, and power cuts may follow. The next update comes at {nästa_uppdatering}.",
      instruction:
        "Stay indoors while the wind is at its strongest. Avoid forests and beaches. Tie down or bring in things that can blow away. " +
        "Charge your phone and keep a torch close at hand. Follow SMHI's warnings on smhi.se and listen to Sveriges Radio P4. Questions? Call {telefon} or read more at {webb}.",
      sms: "{avsändare}: SMHI storm warning for {område} from {tid}. Stay indoors. Avoid forests and beaches. Questions: {telefon}. Next update {nästa_uppdatering}.",
      social:
        "SMHI warns of a storm in {område} from {tid}. Stay indoors while the wind is at its strongest and avoid forests and beaches. Bring in things that can blow away. Questions? Call {telefon}. We will update at {nästa_uppdatering} on {webb}.",
      script:
        "SMHI warns of a storm in {område} from {tid}. Stay indoors while the wind is at its strongest. Avoid forests and beaches. Be ready for power cuts. The next update comes at {nästa_uppdatering}.",
      faq: [
        {
          question: "What should I do when the storm comes?",
          answer:
            "Stay indoors while the wind is at its strongest. Avoid forests and beaches. Bring in things that can blow away.",
        },
        {
          question: "Where can I find the warning?",
          answer:
            "Follow SMHI's warnings on smhi.se and listen to Sveriges Radio P4. Our next update comes at {nästa_uppdatering}.",
        },
      ],
    },
    fi: {
      headline: "SMHI varoittaa myrskystä alueella {område}",
      body:
        "{avsändare} tiedottaa: SMHI on antanut myrskyvaroituksen alueelle {område}. Myrskyä odotetaan {tid} alkaen. " +
        "Puita voi kaatua teille ja sähkölinjoille, ja sähkökatkoja voi tulla. Seuraava tiedote tulee {nästa_uppdatering}.",
      instruction:
        "Pysy sisällä, kun tuulee kovimmin. Vältä metsiä ja rantoja. Kiinnitä tai tuo sisään tavarat, jotka voivat lentää tuulessa. " +
        "Lataa puhelimesi ja pidä taskulamppu lähellä. Seuraa SMHI:n varoituksia osoitteessa smhi.se ja kuuntele Sveriges Radio P4:ää. Kysyttävää? Soita {telefon} tai lue lisää {webb}.",
      sms: "{avsändare}: SMHI:n myrskyvaroitus alueelle {område} {tid} alkaen. Pysy sisällä. Vältä metsiä ja rantoja. Kysymykset: {telefon}.",
      social:
        "SMHI varoittaa myrskystä alueella {område} {tid} alkaen. Pysy sisällä, kun tuulee kovimmin, ja vältä metsiä ja rantoja. Tuo sisään tavarat, jotka voivat lentää tuulessa. Kysyttävää? Soita {telefon}. Seuraava tiedote {nästa_uppdatering}: {webb}.",
      script:
        "SMHI varoittaa myrskystä alueella {område} {tid} alkaen. Pysy sisällä, kun tuulee kovimmin. Vältä metsiä ja rantoja. Varaudu sähkökatkoihin. Seuraava tiedote tulee {nästa_uppdatering}.",
      faq: [
        {
          question: "Mitä teen, kun myrsky tulee?",
          answer:
            "Pysy sisällä, kun tuulee kovimmin. Vältä metsiä ja rantoja. Tuo sisään tavarat, jotka voivat lentää tuulessa.",
        },
        {
          question: "Mistä löydän varoituksen?",
          answer:
            "Seuraa SMHI:n varoituksia osoitteessa smhi.se ja kuuntele Sveriges Radio P4:ää. Seuraava tiedote tulee {nästa_uppdatering}.",
        },
      ],
    },
  },
};
