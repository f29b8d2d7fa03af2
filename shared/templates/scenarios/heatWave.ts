import { SLOT } from "../slots.js";
import type { ScenarioTemplate } from "../types.js";

/**
 * Heat wave (värmebölja). Advice from Folkhälsomyndigheten and Krisinformation
 * (https://www.folkhalsomyndigheten.se/livsvillkor-levnadsvanor/miljohalsa-och-halsoskydd/klimat-och-halsa/varmebolja/,
 * https://www.krisinformation.se/detta-kan-handa/extremvader/varmebolja): drink water, stay in the shade, keep the home
 * cool, check on the elderly and sick, never leave children or animals in a car, 1177 for advice.
 */
export const heatWave: ScenarioTemplate = {
  id: "heat-wave",
  version: 1,
  title: { sv: "Värmebölja", en: "Heat wave" },
  description: { sv: "SMHI varnar för höga temperaturer.", en: "SMHI warns of high temperatures." },
  sources: [
    "https://www.folkhalsomyndigheten.se/livsvillkor-levnadsvanor/miljohalsa-och-halsoskydd/klimat-och-halsa/varmebolja/",
    "https://www.krisinformation.se/detta-kan-handa/extremvader/varmebolja",
  ],
  slots: [
    SLOT.avsändare,
    SLOT.område,
    { ...SLOT.tid, label: { sv: "Från när", en: "From when" } },
    SLOT.telefon,
    SLOT.webb,
    SLOT.nästa_uppdatering,
  ],
  cap: {
    categories: ["Met", "Health"],
    severity: "Moderate",
    urgency: "Expected",
    certainty: "Likely",
    expiresAfterHours: 72,
  },
  audiences: ["residents", "vulnerable-groups", "staff"],
  channels: ["web"],
  texts: {
    sv: {
      headline: "Värmebölja i {område}: drick vatten och sök skugga",
      body:
        "{avsändare} informerar: SMHI varnar för höga temperaturer i {område} från {tid}. Värmen kan vara farlig för äldre, små barn och personer med sjukdomar. " +
        "Nästa besked kommer {nästa_uppdatering}.",
      instruction:
        "Drick vatten ofta, även om du inte är törstig. Håll dig i skuggan mitt på dagen. Håll bostaden sval: dra ner persiennerna och vädra på natten. " +
        "Hör av dig till äldre och sjuka grannar. Lämna aldrig barn eller djur i en bil. Ring 1177 för råd om hälsan och 112 vid fara för liv. Har du andra frågor? Ring {telefon} eller läs mer på {webb}.",
      sms: "{avsändare}: Värmebölja i {område} från {tid}. Drick vatten ofta och sök skugga. Hör av dig till äldre grannar. Råd om hälsan: 1177. Frågor: {telefon}.",
      social:
        "Värmebölja i {område} från {tid}. Drick vatten ofta och håll dig i skuggan mitt på dagen. Hör av dig till äldre och sjuka grannar. Lämna aldrig barn eller djur i bilen. Råd om hälsan: ring 1177. Vi uppdaterar {nästa_uppdatering} på {webb}.",
      script:
        "SMHI varnar för höga temperaturer i {område} från {tid}. Drick vatten ofta och håll dig i skuggan. Hör av dig till äldre och sjuka grannar. Ring 1177 för råd om hälsan. Nästa besked kommer {nästa_uppdatering}.",
      faq: [
        {
          question: "Hur skyddar jag mig mot värmen?",
          answer:
            "Drick vatten ofta, håll dig i skuggan mitt på dagen och håll bostaden sval. Ring 1177 för råd om hälsan.",
        },
        {
          question: "Vem är mest utsatt?",
          answer: "Äldre, små barn och personer med sjukdomar. Hör av dig till äldre och sjuka grannar.",
        },
      ],
    },
    "sv-lattlast": {
      headline: "Det blir mycket varmt",
      body: "{avsändare} informerar. Det blir mycket varmt i {område}. Det gäller från {tid}. Värmen kan vara farlig för gamla och små barn. Vi ger nytt besked {nästa_uppdatering}.",
      instruction:
        "Drick mycket vatten. Var i skuggan mitt på dagen. Fråga gamla grannar hur de mår. Lämna aldrig barn eller djur i bilen. Ring 1177 om du mår dåligt. Ring {telefon} om du har frågor.",
      sms: "{avsändare}: Mycket varmt i {område} från {tid}. Drick mycket vatten. Var i skuggan. Mår du dåligt? Ring 1177.",
      social:
        "Det blir mycket varmt i {område} från {tid}. Drick mycket vatten. Var i skuggan mitt på dagen. Fråga gamla grannar hur de mår. Ring 1177 om du mår dåligt.",
      script:
        "Det blir mycket varmt i {område} från {tid}. Drick mycket vatten. Var i skuggan. Ring 1177 om du mår dåligt. Vi ger nytt besked {nästa_uppdatering}.",
      faq: [
        { question: "Vad ska jag göra när det är varmt?", answer: "Drick mycket vatten. Var i skuggan mitt på dagen." },
        { question: "Vart ringer jag om jag mår dåligt?", answer: "Ring 1177. Ring 112 om det är fara för liv." },
      ],
    },
    en: {
      headline: "Heat wave in {område}: drink water and find shade",
      body:
        "This is a message from {avsändare}. SMHI warns of high temperatures in {område} from {tid}. The heat can be dangerous for older people, small children and people with illnesses. " +
        "The next update comes at {nästa_uppdatering}.",
      instruction:
        "Drink water often, even if you are not thirsty. Stay in the shade in the middle of the day. Keep your home cool: close the blinds and air the rooms at night. " +
        "Check on older and sick neighbours. Never leave children or animals in a car. Call 1177 for health advice and 112 if a life is in danger. Other questions? Call {telefon} or read more at {webb}.",
      sms: "{avsändare}: Heat wave in {område} from {tid}. Drink water often and find shade. Check on older neighbours. Health advice: 1177. Questions: {telefon}.",
      social:
        "Heat wave in {område} from {tid}. Drink water often and stay in the shade in the middle of the day. Check on older and sick neighbours. Never leave children or animals in the car. Health advice: call 1177. We will update at {nästa_uppdatering} on {webb}.",
      script:
        "SMHI warns of high temperatures in {område} from {tid}. Drink water often and stay in the shade. Check on older and sick neighbours. Call 1177 for health advice. The next update comes at {nästa_uppdatering}.",
      faq: [
        {
          question: "How do I protect myself from the heat?",
          answer:
            "Drink water often, stay in the shade in the middle of the day and keep your home cool. Call 1177 for health advice.",
        },
        {
          question: "Who is most at risk?",
          answer: "Older people, small children and people with illnesses. Check on older and sick neighbours.",
        },
      ],
    },
    fi: {
      headline: "Helle alueella {område}: juo vettä ja hakeudu varjoon",
      body:
        "{avsändare} tiedottaa: SMHI varoittaa korkeista lämpötiloista alueella {område} {tid} alkaen. Kuumuus voi olla vaarallista iäkkäille, pienille lapsille ja sairaille. " +
        "Seuraava tiedote tulee {nästa_uppdatering}.",
      instruction:
        "Juo vettä usein, vaikka et olisi janoinen. Pysy varjossa keskipäivällä. Pidä koti viileänä: laske sälekaihtimet ja tuuleta yöllä. " +
        "Tarkista, miten iäkkäät ja sairaat naapurit voivat. Älä koskaan jätä lapsia tai eläimiä autoon. Soita 1177 terveysneuvontaan ja 112, jos henki on vaarassa. Muita kysymyksiä? Soita {telefon} tai lue lisää {webb}.",
      sms: "{avsändare}: Helle alueella {område} {tid} alkaen. Juo vettä usein ja hakeudu varjoon. Tarkista iäkkäät naapurit. Terveysneuvonta: 1177.",
      social:
        "Helle alueella {område} {tid} alkaen. Juo vettä usein ja pysy varjossa keskipäivällä. Tarkista, miten iäkkäät ja sairaat naapurit voivat. Älä koskaan jätä lapsia tai eläimiä autoon. Terveysneuvonta: soita 1177. Seuraava tiedote {nästa_uppdatering}: {webb}.",
      script:
        "SMHI varoittaa korkeista lämpötiloista alueella {område} {tid} alkaen. Juo vettä usein ja pysy varjossa. Tarkista iäkkäät ja sairaat naapurit. Soita 1177 terveysneuvontaan. Seuraava tiedote tulee {nästa_uppdatering}.",
      faq: [
        {
          question: "Miten suojaudun kuumuudelta?",
          answer: "Juo vettä usein, pysy varjossa keskipäivällä ja pidä koti viileänä. Soita 1177 terveysneuvontaan.",
        },
        {
          question: "Kuka on suurimmassa vaarassa?",
          answer: "Iäkkäät, pienet lapset ja sairaat. Tarkista, miten iäkkäät ja sairaat naapurit voivat.",
        },
      ],
    },
  },
};
