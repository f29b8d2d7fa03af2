import { expect } from "vitest";
import type { ApiClient } from "../../helpers/http.js";

/** Ids of one of everything, so a route's `:id` names something real. */
export interface World {
  incident: string;
  fact: string;
  bulletin: string;
  claim: string;
  faq: string;
  suggestion: string;
  inquiry: string;
  user: string;
  webhook: string;
}

async function made<T extends { id: string }>(
  pending: Promise<{ status: number; body: unknown; text: string }>,
  key = "id",
): Promise<string> {
  const res = await pending;
  expect(res.status, res.text).toBeLessThan(300);
  const body = res.body as Record<string, unknown>;
  return (key === "id" ? (body as T).id : (body[key] as T).id) as string;
}

export async function buildWorld(admin: ApiClient): Promise<World> {
  const incident = await made(
    admin.post("/api/incidents", { title: "Attackprov", exercise: true, affectedAreas: ["Norrby"] }),
  );
  const fact = await made(
    admin.post(`/api/incidents/${incident}/facts`, { statement: "Vattnet är avstängt i Norrby.", source: "VA-jouren" }),
  );
  const bulletin = await made(
    admin.post(`/api/incidents/${incident}/bulletins`, {
      headline: "Vattnet är avstängt",
      body: "Vattnet är avstängt i Norrby.",
      factIds: [fact],
    }),
  );
  const claim = await made(
    admin.post(`/api/incidents/${incident}/claims`, { text: "Vattnet är förgiftat", sourceChannel: "social" }),
  );
  const faq = await made(
    admin.post("/api/faq", {
      question: "Kan jag dricka vattnet?",
      answer: "Koka det först.",
      incidentId: incident,
      publish: true,
    }),
  );
  const suggestion = await made(
    admin.post("/api/faq/suggestions", { question: "När kommer vattnet tillbaka?", incidentId: incident }),
  );
  const inquiry = await made(
    admin.post("/api/inquiries", {
      channel: "phone",
      question: "Kan jag duscha?",
      resolution: "answered_first_contact",
      incidentId: incident,
      openedAt: new Date().toISOString(),
    }),
  );
  const user = await made(
    admin.post("/api/users", {
      username: "attack.target",
      displayName: "Mål",
      role: "viewer",
      password: "ett-långt-lösenord",
    }),
    "user",
  );
  // A public address (no DNS, nothing private): the test server does not allow private webhook addresses.
  const webhook = await made(
    admin.post("/api/webhooks", { url: "https://93.184.215.14/krisrum", events: ["bulletin.published"] }),
  );
  return { incident, fact, bulletin, claim, faq, suggestion, inquiry, user, webhook };
}

/** The route's path with every parameter filled from the world (`:id` by the route's resource). */
export function fillPath(route: string, w: World): string {
  const path = route.split(" ")[1]!;
  const idFor = (p: string): string => {
    if (p.startsWith("/api/incidents/")) return w.incident;
    if (p.startsWith("/api/facts/")) return w.fact;
    if (p.startsWith("/api/bulletins/")) return w.bulletin;
    if (p.startsWith("/api/claims/")) return w.claim;
    if (p.startsWith("/api/faq/suggestions/")) return w.suggestion;
    if (p.startsWith("/api/faq/")) return w.faq;
    if (p.startsWith("/api/inquiries/")) return w.inquiry;
    if (p.startsWith("/api/users/")) return w.user;
    if (p.startsWith("/api/webhooks/")) return w.webhook;
    if (p.startsWith("/api/national/")) return "news:none"; // no item: the role check comes before the lookup
    if (p.startsWith("/api/templates/")) return "boil-water";
    throw new Error(`no id for ${p}`);
  };
  return (path.includes(":id") ? path.replace(":id", idFor(path)) : path)
    .replace(":version", "1")
    .replace(":channel", "sms");
}
