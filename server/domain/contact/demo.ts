import type { FaqEntry, InquiryCreate, User } from "../../../shared/index.js";
import { demoScene } from "../demoScene.js";
import type { DomainDeps } from "../context.js";
import { DEMO_GENERAL_FAQ, DEMO_INCIDENT_FAQ, type DemoFaqSeed } from "./demoFaq.js";
import { createContactCentre } from "./index.js";

/** Demo FAQ, a few answered calls and one open suggestion, so the contact centre is not empty on first start. */
export async function seedDemoContactCentre(deps: DomainDeps, created: User[]): Promise<void> {
  const scene = await demoScene(deps.db, created);
  if (!scene) return;
  const { incident, as } = scene;
  const contact = createContactCentre(deps);
  const publish = (seed: DemoFaqSeed, incidentId: string | null) =>
    contact.faq.create(
      { ...seed, incidentId, audiences: ["residents"], language: "sv", factIds: [], publish: true },
      as("communicator"),
      { oneStep: true }, // the demo starts with a published FAQ, as if it had been reviewed before
    );
  const entries: FaqEntry[] = [];
  for (const seed of DEMO_INCIDENT_FAQ) entries.push(await publish(seed, incident.id));
  for (const seed of DEMO_GENERAL_FAQ) await publish(seed, null);

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
        callCounted: false,
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
