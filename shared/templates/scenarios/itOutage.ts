import { SLOT, slot } from "../slots.js";
import type { ScenarioTemplate } from "../types.js";

/**
 * IT or telephony outage. Follows Krisinformation's advice for disrupted telephony and IT
 * (https://www.krisinformation.se/detta-kan-handa/handelser-och-storningar/storningar-i-it-och-telefoni) and PTS on
 * reaching 112 when the network is down (https://www.pts.se/sv/privat/telefoni/ring-112/): another operator's phone
 * or a landline may work, go to a staffed place, and what the municipality offers instead.
 */
export const itOutage: ScenarioTemplate = {
  id: "it-outage",
  version: 1,
  title: { sv: "IT- eller telefonistörning", en: "IT or telephony outage" },
  description: {
    sv: "Kommunens telefoni eller e-tjänster fungerar inte.",
    en: "The municipality's phones or e-services are down.",
  },
  sources: [
    "https://www.krisinformation.se/detta-kan-handa/handelser-och-storningar/storningar-i-it-och-telefoni",
    "https://www.pts.se/sv/privat/telefoni/ring-112/",
  ],
  slots: [
    SLOT.avsändare,
    {
      ...slot("tjänst", { sv: "Vad som inte fungerar", en: "What is down" }, ""),
      translatable: true,
      example: {
        sv: "kommunens växel och e-tjänster",
        "sv-lattlast": "kommunens telefon och e-tjänster",
        en: "the municipal switchboard and e-services",
        fi: "kunnan vaihde ja sähköiset palvelut",
      },
    },
    SLOT.tid,
    slot("plats", { sv: "Bemannad plats", en: "Staffed place" }, "medborgarkontoret i stadshuset"),
    { ...SLOT.telefon, label: { sv: "Reservnummer", en: "Backup number" }, example: "070-123 45 67" },
    SLOT.webb,
    SLOT.nästa_uppdatering,
  ],
  cap: { categories: ["Infra"], severity: "Minor", urgency: "Immediate", certainty: "Observed", expiresAfterHours: 24 },
  audiences: ["residents", "businesses", "staff"],
  channels: ["web"],
  texts: {
    sv: {
      headline: "Störning: {tjänst} fungerar inte",
      body:
        "{avsändare} informerar: Sedan {tid} fungerar inte {tjänst}. Vi felsöker och arbetar med att rätta till felet. Vi vet ännu inte när det fungerar igen. " +
        "Nästa besked kommer {nästa_uppdatering}.",
      instruction:
        "Ring vårt reservnummer {telefon} eller besök {plats}. Ring 112 om det är fara för liv. Fungerar inte ditt mobilnät? Prova en annan telefon eller gå till {plats}. " +
        "Du kan läsa mer på {webb}.",
      sms: "{avsändare}: {tjänst} fungerar inte sedan {tid}. Ring {telefon} eller besök {plats}. Vid fara för liv: 112. Nytt besked {nästa_uppdatering}.",
      social:
        "Sedan {tid} fungerar inte {tjänst}. Vi arbetar med att rätta till felet. Ring vårt reservnummer {telefon} eller besök {plats}. Ring 112 vid fara för liv. Vi uppdaterar {nästa_uppdatering} på {webb}.",
      script:
        "Sedan {tid} fungerar inte {tjänst}. Vi arbetar med att rätta till felet. Hänvisa till reservnumret {telefon} eller {plats}. Nästa besked kommer {nästa_uppdatering}.",
      faq: [
        { question: "Hur når jag kommunen?", answer: "Ring reservnumret {telefon} eller besök {plats}." },
        {
          question: "När fungerar det igen?",
          answer: "Vi vet inte ännu. Vi arbetar med att rätta till felet. Nästa besked kommer {nästa_uppdatering}.",
        },
      ],
    },
    "sv-lattlast": {
      headline: "Det är fel på {tjänst}",
      body: "{avsändare} informerar. Det är fel på {tjänst}. Det började {tid}. Vi lagar felet nu. Vi ger nytt besked {nästa_uppdatering}.",
      instruction:
        "Ring {telefon} om du vill prata med oss. Du kan också gå till {plats}. Ring 112 om det är fara för liv.",
      sms: "{avsändare}: Det är fel på {tjänst}. Ring {telefon} eller gå till {plats}.",
      social:
        "Det är fel på {tjänst}. Vi lagar felet nu. Ring {telefon} eller gå till {plats}. Ring 112 om det är fara för liv.",
      script:
        "Det är fel på {tjänst}. Vi lagar felet nu. Ring {telefon} eller gå till {plats}. Vi ger nytt besked {nästa_uppdatering}.",
      faq: [
        { question: "Hur pratar jag med kommunen?", answer: "Ring {telefon} eller gå till {plats}." },
        { question: "När är det lagat?", answer: "Vi vet inte än. Vi ger nytt besked {nästa_uppdatering}." },
      ],
    },
    en: {
      headline: "Disruption: {tjänst} are not working",
      body:
        "This is a message from {avsändare}. Since {tid} {tjänst} are not working. We are tracing the fault and working to fix it. We do not yet know when they will work again. " +
        "The next update comes at {nästa_uppdatering}.",
      instruction:
        "Call our backup number {telefon} or visit {plats}. Call 112 if a life is in danger. Is your mobile network down? Try another phone or go to {plats}. " +
        "You can read more at {webb}.",
      sms: "{avsändare}: {tjänst} down since {tid}. Call {telefon} or visit {plats}. Danger to life: 112. Next update {nästa_uppdatering}.",
      social:
        "Since {tid} {tjänst} are not working. We are working to fix the fault. Call our backup number {telefon} or visit {plats}. Call 112 if a life is in danger. We will update at {nästa_uppdatering} on {webb}.",
      script:
        "Since {tid} {tjänst} are not working. We are working to fix the fault. Refer callers to the backup number {telefon} or to {plats}. The next update comes at {nästa_uppdatering}.",
      faq: [
        { question: "How do I reach the municipality?", answer: "Call the backup number {telefon} or visit {plats}." },
        {
          question: "When will it work again?",
          answer: "We do not know yet. We are working to fix the fault. The next update comes at {nästa_uppdatering}.",
        },
      ],
    },
    fi: {
      headline: "Häiriö: {tjänst} eivät toimi",
      body:
        "{avsändare} tiedottaa: {tid} alkaen {tjänst} eivät ole toimineet. Selvitämme vikaa ja korjaamme sitä. Emme vielä tiedä, milloin ne toimivat taas. " +
        "Seuraava tiedote tulee {nästa_uppdatering}.",
      instruction:
        "Soita varanumeroomme {telefon} tai käy paikassa {plats}. Soita 112, jos henki on vaarassa. Eikö matkapuhelinverkkosi toimi? Kokeile toista puhelinta tai mene paikkaan {plats}. " +
        "Lue lisää {webb}.",
      sms: "{avsändare}: {tjänst} eivät toimi {tid} alkaen. Soita {telefon} tai käy paikassa {plats}. Hengenvaara: 112.",
      social:
        "{tid} alkaen {tjänst} eivät ole toimineet. Korjaamme vikaa. Soita varanumeroomme {telefon} tai käy paikassa {plats}. Soita 112, jos henki on vaarassa. Seuraava tiedote {nästa_uppdatering}: {webb}.",
      script:
        "{tid} alkaen {tjänst} eivät ole toimineet. Korjaamme vikaa. Ohjaa soittajat varanumeroon {telefon} tai paikkaan {plats}. Seuraava tiedote tulee {nästa_uppdatering}.",
      faq: [
        { question: "Miten tavoitan kunnan?", answer: "Soita varanumeroon {telefon} tai käy paikassa {plats}." },
        {
          question: "Milloin palvelut toimivat taas?",
          answer: "Emme vielä tiedä. Korjaamme vikaa. Seuraava tiedote tulee {nästa_uppdatering}.",
        },
      ],
    },
  },
};
