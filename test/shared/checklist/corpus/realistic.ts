import type { CorpusCase } from "./types.js";

/** Realistic messages written after the rules were tuned: a check that good professional texts are not flagged. */
export const realistic: CorpusCase[] = [
  {
    name: "water leak update modelled on Herrljunga",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Vattenläcka på Västra vägen",
      body: `Uppdaterad: 2024-01-14 kl. 10:45

Vi har en vattenläcka på Västra vägen i Herrljunga. Vi felsöker just nu och arbetar för att åtgärda läckan så snabbt som möjligt. Boende på Västra vägen, Östra vägen och Stationsgatan kan ha lågt tryck eller vara helt utan vatten.

Eftersom nätet varit utan tryck ska du koka kranvattnet innan du dricker det. Det gäller fram till dess vi meddelar något annat.

En vattentank finns utställd vid Coop. Ta med egna dunkar.

Vi återkommer med mer information ca kl 15:00 idag.

Herrljunga kommun, VA-avdelningen, tel. 0513-170 00`,
    },
    must: [],
    mustNot: ["FA1", "FA2", "FA7", "AC1", "OP1", "IM1", "IM2", "IM5", "AU1", "AU9"],
    overallAtLeast: 95,
  },
  {
    name: "fire update modelled on Räddningstjänsten Storgöteborg",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Brand i industribyggnad på Ringön",
      body: `Uppdatering kl 16.30: Räddningstjänsten Storgöteborg arbetar fortfarande med branden i en industribyggnad på Ringön. Branden är inte under kontroll. Räddningsledaren har beslutat att inte använda släckskum för att undvika en miljöskada. Röken kommer därför att fortsätta under kvällen.

Räddningstjänstens prognos är att branden pågår till i morgon. Det finns ingen risk för spridning till andra byggnader enligt räddningsledaren.

Håll fönster och dörrar stängda om du bor i Brämaregården eller på Hisingen och känner lukt av rök. Stäng av ventilationen.

Nästa uppdatering kommer kl 20.00. Frågor? Ring Göteborgs stads kontaktcenter 031-365 00 00.`,
    },
    must: [],
    mustNot: ["FA1", "FA2", "FA7", "AC1", "OP1", "IM1", "IM2", "IM5", "AU1", "AU9"],
    overallAtLeast: 95,
  },
  {
    name: "FAQ: coffee needs no extra boiling",
    input: {
      kind: "faq",
      language: "sv",
      title: "Måste jag koka vattnet till kaffe?",
      body: "Nej, vattnet kokar när du gör kaffe eller te, så du behöver inte koka det först.",
    },
    must: [],
    mustNot: ["FA1", "FA2", "FA7", "AC1", "OP1", "IM1", "IM2", "IM5", "AU1", "AU9"],
    overallAtLeast: 95,
  },
  {
    name: "FAQ: why no SMS, with empathy",
    input: {
      kind: "faq",
      language: "sv",
      title: "Varför har ni inte skickat sms?",
      body: "Vi skickar sms till alla som bor i området via tjänsten Ring 113 13. Om du inte fått något sms kan du anmäla ditt nummer på exempelby.se/sms. Vi förstår att det är oroande att inte få information.",
    },
    must: [],
    mustNot: ["FA1", "FA2", "FA7", "AC1", "OP1", "IM1", "IM2", "IM5", "AU1", "AU9"],
    overallAtLeast: 95,
  },
  {
    name: "VMA as an SMS",
    input: {
      kind: "sms",
      language: "sv",
      body: "VMA: Gå inomhus och stäng dörrar, fönster och ventilation. Brand i Norrby. Lyssna på Sveriges Radio P4. /Räddningstjänsten",
    },
    must: [],
    mustNot: ["FA1", "FA2", "FA7", "AC1", "OP1", "IM1", "IM2", "IM5", "AU1", "AU9"],
    overallAtLeast: 95,
  },
  {
    name: "social all-clear with thanks",
    input: {
      kind: "social",
      language: "sv",
      body: "Kokningsrekommendationen i Norrby är hävd från i dag 26 november kl 10. Vattenproverna är godkända och du kan dricka vattnet som vanligt igen. Tack för ditt tålamod! /Exempelby kommun",
    },
    must: [],
    mustNot: ["FA1", "FA2", "FA7", "AC1", "OP1", "IM1", "IM2", "IM5", "AU1", "AU9"],
    overallAtLeast: 95,
  },
  {
    name: "correction of a school-closure rumour",
    input: {
      kind: "correction",
      language: "sv",
      title: "Skolorna i Exempelby är öppna",
      body: "Uppdaterad 25 november kl 12.00. I sociala medier sprids ett påstående om att alla skolor i kommunen stänger i morgon på grund av vattnet. Det är felaktigt. Alla skolor är öppna som vanligt. Skolorna i Norrby serverar kokt vatten och flaskvatten. Frågor? Kontakta din skola eller kommunens kontaktcenter på 0480-45 00 00.",
    },
    must: [],
    mustNot: ["FA1", "FA2", "FA7", "AC1", "OP1", "IM1", "IM2", "IM5", "AU1", "AU9"],
    overallAtLeast: 95,
  },
  {
    name: "English all-clear",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Boil water notice lifted",
      body: "Updated 27 November 2025, 10 am. The boil water notice for Northside has been lifted. Two rounds of tests show that the water is safe. You can drink tap water as normal again. Run the tap for a few minutes before first use. Thank you for your patience. Exampletown Council. Questions: exampletown.gov/water",
    },
    must: [],
    mustNot: ["FA1", "FA2", "FA7", "AC1", "OP1", "IM1", "IM2", "IM5", "AU1", "AU9"],
    overallAtLeast: 95,
  },
  {
    name: "English storm warning without a sender",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Storm Eowyn: stay at home",
      body: "Updated Friday 24 January, 7 am. A red weather warning is in place until 2 pm today. Winds may reach 100 mph in coastal areas. Stay at home if you can. Do not travel unless it is essential. If you lose power, call 105. Check on elderly neighbours if it is safe to do so. Next update at noon. More: exampletown.gov/storm",
    },
    must: ["AU14"],
    mustNot: ["FA1", "FA2", "FA7", "AC1", "OP1", "IM1", "IM2", "IM5", "AU1", "AU9"],
    overallAtLeast: 95,
  },
  {
    name: "flood update citing SMHI",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Höga flöden i Ljusnan",
      body: `Uppdaterad måndag 6 maj kl. 08.00.

Vattennivån i Ljusnan stiger efter snösmältningen. SMHI har utfärdat en gul varning för höga flöden. Enligt SMHI kan nivån stiga ytterligare under veckan.

Om du bor nära ån: flytta värdesaker från källaren och håll koll på vattennivån. Sandsäckar finns att hämta vid kommunförrådet på Industrigatan 4.

Vi bedömer att det inte finns någon fara för dricksvattnet.

Nästa uppdatering kommer onsdag 8 maj. Frågor? Ring kommunens växel 0270-750 00.
Söderhamns kommun`,
    },
    must: [],
    mustNot: ["FA1", "FA2", "FA7", "AC1", "OP1", "IM1", "IM2", "IM5", "AU1", "AU9"],
    overallAtLeast: 95,
  },
  {
    name: "heat-wave warning citing Folkhälsomyndigheten",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Värmebölja",
      body: "Uppdaterad 20 juli kl. 09.00. Folkhälsomyndigheten varnar för mycket höga temperaturer de kommande dagarna. Äldre och personer med kroniska sjukdomar är särskilt känsliga. Drick mycket vatten och håll dig i skuggan mitt på dagen. Hör gärna av dig till äldre grannar. Känner du dig sjuk, ring 1177. Nästa uppdatering kommer fredag 21 juli kl. 09.00. Exempelby kommun.",
    },
    must: [],
    mustNot: ["FA1", "FA2", "FA7", "AC1", "OP1", "IM1", "IM2", "IM5", "AU1", "AU9"],
    overallAtLeast: 95,
  },
  {
    name: "English cyber-incident update",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Cyber incident",
      body: "Updated 12 March, 9 am. Exampletown Council has been hit by a cyber attack. Our website and phone lines are down. We do not yet know whether personal data has been stolen. The police are investigating. Do not reply to emails that ask for your password, even if they look like they come from us. For urgent matters, call 0123-45 67 00. Next update at 3 pm today.",
    },
    must: [],
    mustNot: ["FA1", "FA2", "FA7", "AC1", "OP1", "IM1", "IM2", "IM5", "AU1", "AU9"],
    overallAtLeast: 95,
  },
  {
    name: "English correction quoting an angry post",
    input: {
      kind: "correction",
      language: "en",
      title: "The water in Eastside is safe",
      body: 'Updated 25 November, 3 pm. A post shared widely on Facebook says that "the whole town is being poisoned and the council is covering it up!!" This is not true. Only Northside is affected, and tests show the water elsewhere is safe. Exampletown Council publishes all test results at exampletown.gov/water.',
    },
    must: [],
    mustNot: ["FA1", "FA2", "FA7", "AC1", "OP1", "IM1", "IM2", "IM5", "AU1", "AU9"],
    overallAtLeast: 95,
  },
  {
    name: "FAQ whose question contains 'kanske'",
    input: {
      kind: "faq",
      language: "sv",
      title: "Kan jag kanske använda vattnet till växterna?",
      body: "Ja, det går bra att vattna med kranvatten.",
    },
    must: [],
    mustNot: ["FA1", "FA2", "FA7", "AC1", "OP1", "IM1", "IM2", "IM5", "AU1", "AU9"],
    overallAtLeast: 95,
  },
  {
    name: "FAQ: how do I know if I live in the area",
    input: {
      kind: "faq",
      language: "sv",
      title: "Hur vet jag om jag bor i området?",
      body: "Området gäller alla adresser söder om Storgatan i Norrby. På kartan på exempelby.se/vatten kan du söka på din adress. Är du osäker, ring kontaktcenter på 0480-45 00 00 så hjälper vi dig.",
    },
    must: [],
    mustNot: ["FA1", "FA2", "FA7", "AC1", "OP1", "IM1", "IM2", "IM5", "AU1", "AU9"],
    overallAtLeast: 95,
  },
  {
    name: "storm update with a reasoned closure",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Stormen Hans – lägesbild",
      body: "Uppdaterad tisdag 8 augusti kl. 18.00.\n\nStormen Hans ger mycket regn i kväll och i natt. SMHI har utfärdat en orange varning. Vägar kan bli översvämmade och det kan bli strömavbrott.\n\nUndvik onödiga resor. Kör inte genom vatten på vägen. Ladda mobilen och ha en ficklampa hemma.\n\nKommunen har beslutat att stänga Strandbadet och campingen i Sörvik eftersom risken för översvämning är stor.\n\nNästa uppdatering kommer onsdag 9 augusti kl. 08.00 på exempelby.se. Exempelby kommun",
    },
    must: [],
    mustNot: ["FA1", "FA2", "FA7", "AC1", "OP1", "IM1", "IM2", "IM5", "AU1", "AU9"],
    overallAtLeast: 95,
  },
  {
    name: "a badly written Swedish bulletin",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Problem med vattnet",
      body: "Det verkar som att det har kommit in bakterier i vattnet, troligen från en trasig ledning vid reningsverket. Enligt uppgifter i sociala medier har flera personer blivit sjuka. Det är en skandal att entreprenören inte har skött underhållet!! Vattnet kommer att vara drickbart igen på fredag.",
    },
    must: ["AC1", "AC2", "AC3", "FA1", "FA2", "FA7", "FS4", "IM1", "IM4"],
    mustNot: [],
    overallAtMost: 79,
  },
  {
    name: "a badly written English bulletin",
    input: {
      kind: "bulletin",
      language: "en",
      title: "WATER PROBLEM",
      body: "We think there might have been a contamination event in the network. Sources say several people are sick. This is an outrageous failure by the contractor! The water will be safe again on Friday.",
    },
    must: ["AC1", "AC2", "AC3", "FA1", "FA2", "FA7", "IM1", "IM4", "IM5", "AU14"],
    mustNot: [],
    overallAtMost: 79,
  },
  {
    name: "a bureaucratic SMS promising information but giving no route",
    input: {
      kind: "sms",
      language: "sv",
      body: "Viktigt: Kokningsrekommendation gäller för abonnenter i Norrby p.g.a. förekomst av koliforma bakterier. Vattnet ska kokas i minst en minut före förtäring. Rekommendationen gäller tills vidare. Mer information kommer.",
    },
    must: ["AC3", "AU10", "AU14", "AU7", "AU5"],
    mustNot: [],
    overallAtMost: 95,
  },
];
