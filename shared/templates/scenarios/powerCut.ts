import { SLOT } from "../slots.js";
import type { ScenarioTemplate } from "../types.js";

/**
 * Power cut (elavbrott). Advice as Krisinformation and Energimyndigheten give it
 * (https://www.krisinformation.se/detta-kan-handa/handelser-och-storningar/elavbrott,
 * https://www.energimyndigheten.se/trygg-energiforsorjning/elavbrott/) and municipalities repeat it
 * (https://rtog.se/hem-fritid/krisberedskap/stromavbrott/): battery radio and Sveriges Radio P4, candles and stoves
 * never left alone and aired often, 112 if life is in danger, check on neighbours who need help.
 */
export const powerCut: ScenarioTemplate = {
  id: "power-cut",
  version: 1,
  title: { sv: "Elavbrott", en: "Power cut" },
  description: { sv: "Strömmen är borta i ett område.", en: "The power is out in an area." },
  sources: [
    "https://www.krisinformation.se/detta-kan-handa/handelser-och-storningar/elavbrott",
    "https://www.energimyndigheten.se/trygg-energiforsorjning/elavbrott/",
    "https://rtog.se/hem-fritid/krisberedskap/stromavbrott/",
  ],
  slots: [SLOT.avsändare, SLOT.område, SLOT.tid, SLOT.telefon, SLOT.webb, SLOT.nästa_uppdatering],
  cap: {
    categories: ["Infra"],
    severity: "Moderate",
    urgency: "Immediate",
    certainty: "Observed",
    expiresAfterHours: 24,
  },
  audiences: ["residents", "affected-area", "vulnerable-groups"],
  channels: ["web"],
  texts: {
    sv: {
      headline: "Elavbrott i {område}",
      body:
        "{avsändare} informerar: Sedan {tid} är strömmen borta i {område}. Elnätsbolaget arbetar med att laga felet. " +
        "Vi vet ännu inte när strömmen kommer tillbaka. Nästa besked kommer {nästa_uppdatering}.",
      instruction:
        "Lyssna på Sveriges Radio P4 i en batteriradio eller bilradio. Lämna aldrig levande ljus eller friluftskök utan tillsyn och vädra ofta. " +
        "Hör av dig till grannar som kan behöva hjälp. Ring 112 om det är fara för liv. Har du andra frågor? Ring {telefon} eller läs mer på {webb}.",
      sms: "{avsändare}: Elavbrott i {område} sedan {tid}. Lyssna på P4. Lämna inte levande ljus utan tillsyn. Vid fara för liv: 112. Frågor: {telefon}. Nytt besked {nästa_uppdatering}.",
      social:
        "Elavbrott i {område} sedan {tid}. Elnätsbolaget lagar felet. Lyssna på Sveriges Radio P4. Lämna aldrig levande ljus utan tillsyn. Ring 112 vid fara för liv. Frågor? Ring {telefon}. Vi uppdaterar {nästa_uppdatering} på {webb}.",
      script:
        "Strömmen är borta i {område} sedan {tid}. Elnätsbolaget lagar felet. Vi vet inte när strömmen kommer tillbaka. Lyssna på P4 och ring 112 om det är fara för liv. Nästa besked kommer {nästa_uppdatering}.",
      faq: [
        {
          question: "När kommer strömmen tillbaka?",
          answer: "Vi vet inte ännu. Elnätsbolaget lagar felet. Nästa besked kommer {nästa_uppdatering}.",
        },
        {
          question: "Vart vänder jag mig om jag behöver hjälp?",
          answer: "Ring 112 om det är fara för liv. Har du andra frågor kan du ringa {telefon}.",
        },
      ],
    },
    "sv-lattlast": {
      headline: "Strömmen är borta i {område}",
      body: "{avsändare} informerar. Strömmen är borta i {område}. Det började {tid}. Vi vet inte när strömmen kommer tillbaka. Vi ger nytt besked {nästa_uppdatering}.",
      instruction:
        "Lyssna på radio P4. Använd en radio med batterier. Var försiktig med levande ljus. Ring 112 om det är fara för liv. Ring {telefon} om du har andra frågor.",
      sms: "{avsändare}: Strömmen är borta i {område}. Lyssna på radio P4. Ring 112 om det är fara för liv. Frågor: ring {telefon}.",
      social:
        "Strömmen är borta i {område}. Lyssna på radio P4. Var försiktig med levande ljus. Ring 112 om det är fara för liv. Ring {telefon} om du har frågor. Nytt besked {nästa_uppdatering}.",
      script:
        "Strömmen är borta i {område}. Vi vet inte när strömmen kommer tillbaka. Lyssna på radio P4. Ring 112 om det är fara för liv. Vi ger nytt besked {nästa_uppdatering}.",
      faq: [
        { question: "När kommer strömmen?", answer: "Vi vet inte än. Vi ger nytt besked {nästa_uppdatering}." },
        {
          question: "Vad gör jag om någon behöver hjälp?",
          answer: "Ring 112 om det är fara för liv. Ring {telefon} om du har andra frågor.",
        },
      ],
    },
    en: {
      headline: "Power cut in {område}",
      body:
        "This is a message from {avsändare}. Since {tid} the power is out in {område}. The grid company is repairing the fault. " +
        "We do not yet know when the power will be back. The next update comes at {nästa_uppdatering}.",
      instruction:
        "Listen to Sveriges Radio P4 on a battery radio or car radio. Never leave candles or camping stoves unattended, and air the room often. " +
        "Check on neighbours who may need help. Call 112 if a life is in danger. Other questions? Call {telefon} or read more at {webb}.",
      sms: "{avsändare}: Power cut in {område} since {tid}. Listen to P4. Never leave candles unattended. Danger to life: 112. Questions: {telefon}. Next update {nästa_uppdatering}.",
      social:
        "Power cut in {område} since {tid}. The grid company is repairing the fault. Listen to Sveriges Radio P4. Never leave candles unattended. Call 112 if a life is in danger. Questions? Call {telefon}. We will update at {nästa_uppdatering} on {webb}.",
      script:
        "The power is out in {område} since {tid}. The grid company is repairing the fault. We do not know when the power will be back. Listen to P4 and call 112 if a life is in danger. The next update comes at {nästa_uppdatering}.",
      faq: [
        {
          question: "When will the power be back?",
          answer:
            "We do not know yet. The grid company is repairing the fault. The next update comes at {nästa_uppdatering}.",
        },
        {
          question: "Where do I turn if I need help?",
          answer: "Call 112 if a life is in danger. For other questions, call {telefon}.",
        },
      ],
    },
    fi: {
      headline: "Sähkökatko alueella {område}",
      body:
        "{avsändare} tiedottaa: Alueella {område} on ollut sähkökatko {tid} alkaen. Sähköverkkoyhtiö korjaa vikaa. " +
        "Emme vielä tiedä, milloin sähkö palaa. Seuraava tiedote tulee {nästa_uppdatering}.",
      instruction:
        "Kuuntele Sveriges Radio P4:ää paristoradiosta tai autoradiosta. Älä koskaan jätä kynttilöitä tai retkikeittimiä ilman valvontaa, ja tuuleta usein. " +
        "Tarkista, tarvitsevatko naapurit apua. Soita 112, jos henki on vaarassa. Muita kysymyksiä? Soita {telefon} tai lue lisää {webb}.",
      sms: "{avsändare}: Sähkökatko alueella {område} {tid} alkaen. Kuuntele P4:ää. Älä jätä kynttilöitä ilman valvontaa. Hengenvaara: 112. Kysymykset: {telefon}.",
      social:
        "Sähkökatko alueella {område} {tid} alkaen. Sähköverkkoyhtiö korjaa vikaa. Kuuntele Sveriges Radio P4:ää. Älä jätä kynttilöitä ilman valvontaa. Soita 112, jos henki on vaarassa. Kysyttävää? Soita {telefon}. Seuraava tiedote {nästa_uppdatering}: {webb}.",
      script:
        "Alueella {område} on sähkökatko {tid} alkaen. Sähköverkkoyhtiö korjaa vikaa. Emme tiedä, milloin sähkö palaa. Kuuntele P4:ää ja soita 112, jos henki on vaarassa. Seuraava tiedote tulee {nästa_uppdatering}.",
      faq: [
        {
          question: "Milloin sähkö palaa?",
          answer: "Emme vielä tiedä. Sähköverkkoyhtiö korjaa vikaa. Seuraava tiedote tulee {nästa_uppdatering}.",
        },
        { question: "Mistä saan apua?", answer: "Soita 112, jos henki on vaarassa. Muissa asioissa soita {telefon}." },
      ],
    },
  },
};
