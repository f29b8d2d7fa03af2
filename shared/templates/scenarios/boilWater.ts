import { SLOT, slot } from "../slots.js";
import type { ScenarioTemplate } from "../types.js";

/**
 * Boil-water notice (kokningsrekommendation). The advice follows the joint fact sheet of Livsmedelsverket,
 * Folkhälsomyndigheten and Svenskt Vatten "Kokning av dricksvatten", as municipalities publish it (e.g.
 * https://monsteras.se/bo-bygga-och-miljo/vatten-och-avlopp/nar-dricksvatten-maste-kokas, its English version
 * https://temab.tierp.se/vatten-och-avlopp/driftstorningar/kokning-av-dricksvatten/boiling-recommendation.html):
 * boil until it bubbles strongly; boiled water for drinks, ice, rinsing fruit and brushing teeth; shower, but small
 * children must not swallow the water.
 */
export const boilWater: ScenarioTemplate = {
  id: "boil-water",
  version: 1,
  title: { sv: "Kokningsrekommendation", en: "Boil-water notice" },
  description: {
    sv: "Risk för bakterier i dricksvattnet: koka vattnet.",
    en: "Risk of bacteria in the tap water: boil it.",
  },
  sources: [
    "https://monsteras.se/bo-bygga-och-miljo/vatten-och-avlopp/nar-dricksvatten-maste-kokas",
    "https://temab.tierp.se/vatten-och-avlopp/driftstorningar/kokning-av-dricksvatten/boiling-recommendation.html",
    "https://www.trollhattanenergi.se/vatten-och-avlopp/dricksvatten/koka-dricksvattnet/",
  ],
  slots: [
    SLOT.avsändare,
    SLOT.område,
    SLOT.tid,
    slot("vattenplats", { sv: "Var man hämtar vatten", en: "Where to fetch water" }, "Norrby skola"),
    SLOT.telefon,
    SLOT.webb,
    SLOT.nästa_uppdatering,
  ],
  cap: {
    categories: ["Health", "Infra"],
    severity: "Moderate",
    urgency: "Immediate",
    certainty: "Likely",
    expiresAfterHours: 48,
  },
  audiences: ["residents", "affected-area", "businesses"],
  channels: ["web"],
  texts: {
    sv: {
      headline: "Koka dricksvattnet i {område}",
      body:
        "{avsändare} informerar: Sedan {tid} finns det risk för bakterier i dricksvattnet i {område}. Vi tar prover på vattnet och väntar på svaren. " +
        "Därför rekommenderar vi alla i området att koka vattnet. Rekommendationen gäller tills vi säger att den är slut. Nästa besked kommer {nästa_uppdatering}.",
      instruction:
        "Koka allt vatten som du ska dricka eller laga mat med. Låt vattnet koka upp tills det bubblar kraftigt. Använd kokt vatten när du borstar tänderna, gör is och sköljer frukt. " +
        "Du kan duscha och spola toaletten som vanligt, men se till att små barn inte sväljer vatten. Du kan hämta vatten vid {vattenplats}. Har du frågor? Ring {telefon} eller läs mer på {webb}.",
      sms: "{avsändare}: Koka dricksvattnet i {område} tills vidare. Koka upp tills det bubblar. Dusch går bra. Vatten finns vid {vattenplats}. Frågor: {telefon}. Nytt besked {nästa_uppdatering}.",
      social:
        "Koka dricksvattnet i {område}. Det finns risk för bakterier i vattnet sedan {tid}. Koka vatten som du ska dricka eller laga mat med tills det bubblar kraftigt. Du kan hämta vatten vid {vattenplats}. Frågor? Ring {telefon}. Vi uppdaterar {nästa_uppdatering} på {webb}.",
      script:
        "Det finns risk för bakterier i dricksvattnet i {område} sedan {tid}. Koka vatten som du ska dricka eller laga mat med tills det bubblar kraftigt. Du kan duscha och spola som vanligt. Du kan hämta vatten vid {vattenplats}. Nästa besked kommer {nästa_uppdatering}.",
      faq: [
        {
          question: "Måste jag koka vattnet i {område}?",
          answer:
            "Ja. Koka allt vatten som du ska dricka eller laga mat med tills det bubblar kraftigt. Rekommendationen gäller tills vi säger att den är slut. Nästa besked kommer {nästa_uppdatering}.",
        },
        {
          question: "Kan jag duscha?",
          answer:
            "Ja, du kan duscha och spola toaletten som vanligt. Se till att små barn inte sväljer vatten och undvik bad.",
        },
      ],
    },
    "sv-lattlast": {
      headline: "Koka vattnet innan du dricker det",
      body: "{avsändare} informerar. Vattnet i kranen kan ha bakterier. Det gäller i {område}. Det började {tid}. Vi undersöker vattnet nu. Vi ger nytt besked {nästa_uppdatering}.",
      instruction:
        "Koka vattnet innan du dricker det. Koka vattnet innan du lagar mat med det. Vattnet ska bubbla mycket. Du kan duscha som vanligt. Du kan hämta vatten vid {vattenplats}. Ring {telefon} om du har frågor.",
      sms: "{avsändare}: Koka vattnet innan du dricker det. Det gäller i {område}. Vatten finns vid {vattenplats}. Frågor: ring {telefon}. Nytt besked {nästa_uppdatering}.",
      social:
        "Koka vattnet innan du dricker det. Det gäller i {område}. Vattnet kan ha bakterier. Du kan hämta vatten vid {vattenplats}. Ring {telefon} om du har frågor. Nytt besked {nästa_uppdatering}.",
      script:
        "Vattnet i {område} kan ha bakterier. Koka vattnet innan du dricker det. Koka vattnet innan du lagar mat. Du kan duscha som vanligt. Vi ger nytt besked {nästa_uppdatering}.",
      faq: [
        {
          question: "Måste jag koka vattnet?",
          answer:
            "Ja. Koka vattnet innan du dricker det. Vattnet ska bubbla mycket. Vi ger nytt besked {nästa_uppdatering}.",
        },
        {
          question: "Kan jag duscha?",
          answer: "Ja. Du kan duscha som vanligt. Små barn ska inte dricka vattnet i duschen.",
        },
      ],
    },
    en: {
      headline: "Boil your drinking water in {område}",
      body:
        "This is a message from {avsändare}. Since {tid} there is a risk of bacteria in the drinking water in {område}. We are testing the water and waiting for the results. " +
        "We therefore recommend everyone in the area to boil the water. The advice applies until we say it is over. The next update comes at {nästa_uppdatering}.",
      instruction:
        "Boil all water that you drink or cook with. Boil the water until it bubbles strongly. Use boiled water to brush your teeth, make ice and rinse fruit. " +
        "You can shower and flush the toilet as usual, but make sure small children do not swallow the water. You can fetch water at {vattenplats}. Questions? Call {telefon} or read more at {webb}.",
      sms: "{avsändare}: Boil drinking water in {område} until further notice. Boil until it bubbles. Showers are fine. Water at {vattenplats}. Questions: {telefon}. Next update {nästa_uppdatering}.",
      social:
        "Boil your drinking water in {område}. There is a risk of bacteria in the water since {tid}. Boil water that you drink or cook with until it bubbles strongly. You can fetch water at {vattenplats}. Questions? Call {telefon}. We will update at {nästa_uppdatering} on {webb}.",
      script:
        "There is a risk of bacteria in the drinking water in {område} since {tid}. Boil water that you drink or cook with until it bubbles strongly. You can shower and flush as usual. You can fetch water at {vattenplats}. The next update comes at {nästa_uppdatering}.",
      faq: [
        {
          question: "Do I have to boil the water in {område}?",
          answer:
            "Yes. Boil all water you drink or cook with until it bubbles strongly. The advice applies until we say it is over. The next update comes at {nästa_uppdatering}.",
        },
        {
          question: "Can I shower?",
          answer:
            "Yes, you can shower and flush the toilet as usual. Make sure small children do not swallow the water, and avoid baths.",
        },
      ],
    },
    fi: {
      headline: "Keitä juomavesi alueella {område}",
      body:
        "{avsändare} tiedottaa: Juomavedessä on {tid} alkaen bakteerien riski alueella {område}. Otamme vedestä näytteitä ja odotamme tuloksia. " +
        "Siksi suosittelemme, että kaikki alueella keittävät veden. Suositus on voimassa, kunnes kerromme sen päättyneen. Seuraava tiedote tulee {nästa_uppdatering}.",
      instruction:
        "Keitä kaikki vesi, jonka juot tai jota käytät ruoanlaittoon. Kuumenna vesi, kunnes se kuplii voimakkaasti. Käytä keitettyä vettä hampaiden pesuun, jääpaloihin ja hedelmien huuhteluun. " +
        "Voit käydä suihkussa ja vetää vessan tavalliseen tapaan, mutta varmista, etteivät pienet lapset niele vettä. Voit hakea vettä paikasta {vattenplats}. Kysyttävää? Soita {telefon} tai lue lisää {webb}.",
      sms: "{avsändare}: Keitä juomavesi alueella {område} toistaiseksi. Keitä kunnes vesi kuplii. Suihku on sallittu. Vettä: {vattenplats}. Kysymykset: {telefon}. Seuraava tiedote {nästa_uppdatering}.",
      social:
        "Keitä juomavesi alueella {område}. Vedessä on {tid} alkaen bakteerien riski. Keitä juomavesi ja ruoanlaittovesi, kunnes se kuplii voimakkaasti. Voit hakea vettä paikasta {vattenplats}. Kysyttävää? Soita {telefon}. Seuraava tiedote {nästa_uppdatering}: {webb}.",
      script:
        "Juomavedessä on {tid} alkaen bakteerien riski alueella {område}. Keitä juomavesi ja ruoanlaittovesi, kunnes se kuplii voimakkaasti. Suihku ja vessa toimivat tavalliseen tapaan. Vettä voi hakea paikasta {vattenplats}. Seuraava tiedote tulee {nästa_uppdatering}.",
      faq: [
        {
          question: "Pitääkö minun keittää vesi alueella {område}?",
          answer:
            "Kyllä. Keitä kaikki juomavesi ja ruoanlaittovesi, kunnes se kuplii voimakkaasti. Seuraava tiedote tulee {nästa_uppdatering}.",
        },
        {
          question: "Voinko käydä suihkussa?",
          answer: "Kyllä, voit käydä suihkussa tavalliseen tapaan. Varmista, etteivät pienet lapset niele vettä.",
        },
      ],
    },
  },
};
