import type { FaqCreate, FaqEntry, InquiryCreate, User } from "../../../shared/index.js";
import { demoScene } from "../demoScene.js";
import type { DomainDeps } from "../context.js";
import { createContactCentre } from "./index.js";

type Seed = Pick<FaqCreate, "question" | "answer" | "tags">;

// Answers agree with the demo incident (seed.ts): Norrby, Söderäng and Västra industriområdet, tank trucks at Norrby
// skola and Söderäng library, boil for at least a minute, a new sample tomorrow morning.
const INCIDENT_FAQ: Seed[] = [
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

const GENERAL_FAQ: Seed[] = [
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

/** Demo FAQ, a few answered calls and one open suggestion, so the contact centre is not empty on first start. */
export async function seedDemoContactCentre(deps: DomainDeps, created: User[]): Promise<void> {
  const scene = await demoScene(deps.db, created);
  if (!scene) return;
  const { incident, as } = scene;
  const contact = createContactCentre(deps);
  const publish = (seed: Seed, incidentId: string | null) =>
    contact.faq.create(
      { ...seed, incidentId, audiences: ["residents"], language: "sv", factIds: [], publish: true },
      as("communicator"),
    );
  const entries: FaqEntry[] = [];
  for (const seed of INCIDENT_FAQ) entries.push(await publish(seed, incident.id));
  for (const seed of GENERAL_FAQ) await publish(seed, null);

  const agent = as("agent");
  const call = (question: string, entryIndex: number | null, extra: Partial<InquiryCreate> = {}) =>
    contact.inquiries.log(
      {
        channel: "phone",
        question,
        faqEntryId: entryIndex === null ? null : (entries[entryIndex]?.id ?? null),
        resolution: "answered_first_contact",
        fromSuggestion: false,
        forwardedTo: null,
        callbackNumber: null,
        incidentId: incident.id,
        claimId: null,
        openedAt: new Date(Date.now() - 45_000).toISOString(),
        ...extra,
      },
      agent,
    );
  await call("måste vi koka vattnet", 0);
  await call("koka vatten i Norrby?", 0);
  await call("var står tankbilen", 2);
  await call("tankbil söderäng", 2, { channel: "chat" });
  await call("kan man duscha", 4);
  await call("får jag grilla i parken", null, { resolution: "forwarded", forwardedTo: "Räddningstjänsten" });
  await call("har druckit vatten och mår illa", 7, {
    resolution: "forwarded",
    forwardedTo: "1177 Vårdguiden",
    channel: "email",
  });
  await contact.suggestions.suggest({ question: "Får jag fylla poolen?", incidentId: incident.id }, agent);
}
