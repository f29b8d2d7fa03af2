import type { FaqEntry, Incident, Inquiry } from "../../../shared/index.js";
import type { ApiClient } from "../../helpers/http.js";

export async function demoIncidentId(client: ApiClient): Promise<string> {
  const { body } = await client.get<{ incidents: Incident[] }>("/api/incidents");
  const demo = body.incidents.find((i) => i.title.startsWith("Kokningsrekommendation"));
  if (!demo) throw new Error("no demo incident");
  return demo.id;
}

export async function createFaq(client: ApiClient, body: Record<string, unknown>): Promise<FaqEntry> {
  const res = await client.post<FaqEntry>("/api/faq", body);
  if (res.status !== 201) throw new Error(`create FAQ: ${res.status} ${res.text}`);
  return res.body;
}

/** The outcome is required; calls here default to the commonest one unless the body names another. */
export async function logInquiry(client: ApiClient, body: Record<string, unknown>): Promise<Inquiry> {
  const res = await client.post<Inquiry>("/api/inquiries", {
    channel: "phone",
    resolution: "answered_first_contact",
    openedAt: new Date(Date.now() - 20_000).toISOString(),
    ...body,
  });
  if (res.status !== 201) throw new Error(`log inquiry: ${res.status} ${res.text}`);
  return res.body;
}

export const secondsAgo = (s: number): string => new Date(Date.now() - s * 1000).toISOString();

/**
 * An FAQ entry taken the whole way through review (create → submit → approve → publish), as review requires for a
 * normal incident: `writer` writes and submits, `approver` (a lead or admin) approves and publishes. When they are
 * the same person, the approval gives the four-eyes reason a lone duty officer would.
 */
export async function createPublishedFaq(
  writer: ApiClient,
  body: Record<string, unknown>,
  approver: ApiClient = writer,
): Promise<FaqEntry> {
  const draft = await createFaq(writer, body);
  return publishDraft(draft, writer, approver);
}

export async function publishDraft(draft: FaqEntry, writer: ApiClient, approver: ApiClient): Promise<FaqEntry> {
  const step = async (client: ApiClient, path: string, payload: Record<string, unknown>): Promise<FaqEntry> => {
    const res = await client.post<FaqEntry>(`/api/faq/${draft.id}/${path}`, payload);
    if (res.status !== 200) throw new Error(`FAQ ${path}: ${res.status} ${res.text}`);
    return res.body;
  };
  const submitted = await step(writer, "submit", { expectedVersion: draft.version });
  const approved = await step(approver, "approve", {
    expectedVersion: submitted.version,
    ...(writer === approver ? { reason: "Ensam i tjänst" } : {}),
  });
  return step(approver, "publish", { expectedVersion: approved.version });
}
