/**
 * The demo FAQ (the boil-water incident of the demo scene and two general entries), in its own module so the search
 * evaluation can build the same entries without the server.
 */
import type { FaqCreate } from "../../../shared/index.js";

export type DemoFaqSeed = Pick<FaqCreate, "question" | "answer" | "tags">;

// Answers agree with the demo incident (seed.ts): Norrby, Söderäng and Västra industriområdet, tank trucks at Norrby
// skola and Söderäng library, boil for at least a minute, a new sample tomorrow morning.
export const DEMO_INCIDENT_FAQ: readonly DemoFaqSeed[] = [
  {
    question: "Måste jag koka vattnet?",
    tags: ["kokningsrekommendation", "dricksvatten"],
    answer:
      "Ja, om du bor eller arbetar i Norrby, Söderäng eller Västra industriområdet. Koka vatten som du ska dricka eller laga mat med i minst en minut. Det gäller tills kommunen meddelar något annat.",
  },
  {
    question: "Vilka områden gäller kokningsrekommendationen?",
    tags: ["områden", "karta"],
    answer:
      "Norrby, Söderäng och Västra industriområdet. Övriga delar av kommunen berörs inte. På kommunens webbplats kan du söka på din adress.",
  },
  {
    question: "Var kan jag hämta dricksvatten?",
    tags: ["tankbil", "nödvatten"],
    answer:
      "Tankbilar med dricksvatten står vid Norrby skola och vid biblioteket i Söderäng. Ta med egna rena dunkar eller flaskor. Kan du inte ta dig dit? Ring kommunens kontaktcenter så hjälper vi dig.",
  },
  {
    question: "Hur länge gäller kokningsrekommendationen?",
    tags: ["prover", "upphör"],
    answer:
      "Tills proverna visar att vattnet är rent. Ett nytt prov tas i morgon förmiddag. Vi meddelar här och i lokalradion så snart rekommendationen upphör.",
  },
  {
    question: "Kan jag duscha och bada?",
    tags: ["dusch", "hygien"],
    answer:
      "Ja, du kan duscha och bada som vanligt. Undvik att få vatten i munnen. Tvätta små barn med tvättlapp i stället för att bada dem.",
  },
  {
    question: "Kan jag borsta tänderna med kranvatten?",
    tags: ["tandborstning"],
    answer: "Nej. Använd kokt vatten som har svalnat, eller vatten på flaska, när du borstar tänderna.",
  },
  {
    question: "Vad gäller för bröstmjölksersättning och välling?",
    tags: ["spädbarn", "välling"],
    answer:
      "Använd kokt vatten som har svalnat, eller vatten på flaska. Diska nappflaskor och skölj dem med kokt vatten. Har du frågor, kontakta barnavårdscentralen.",
  },
  {
    question: "Jag har druckit okokt vatten – vad ska jag göra?",
    tags: ["symtom", "1177"],
    answer:
      "De flesta blir inte sjuka. Får du diarré, kräkningar eller feber, drick mycket och ring 1177 Vårdguiden för råd.",
  },
  {
    question: "Kan jag diska och tvätta kläder?",
    tags: ["disk", "tvättmaskin"],
    answer:
      "Ja. Tvättmaskinen går att använda som vanligt. Diskmaskinen går bra på minst 60 grader. Diskar du för hand, skölj med kokt vatten.",
  },
  {
    question: "Varför ska vattnet kokas?",
    tags: ["ledningsbrott", "bakterier"],
    answer:
      "En huvudvattenledning gick sönder vid Storgatan i Norrby. När trycket föll kan smutsigt vatten ha kommit in i ledningarna. Kokning dödar bakterier som kan ge magsjukdom.",
  },
];

export const DEMO_GENERAL_FAQ: readonly DemoFaqSeed[] = [
  {
    question: "Hur når jag kommunens kontaktcenter?",
    tags: ["telefon", "öppettider"],
    answer:
      "Ring kommunens kontaktcenter på vardagar kl. 8–17. Under en kris har vi förlängda öppettider, som vi meddelar på webbplatsen.",
  },
  {
    question: "Var hittar jag aktuell information från kommunen?",
    tags: ["webbplats", "information"],
    answer:
      "På kommunens webbplats under Aktuellt. Där publicerar vi alla meddelanden så snart de är beslutade. Viktiga meddelanden sänds också i lokalradion.",
  },
];
