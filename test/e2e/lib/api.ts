/** REST calls from a browser test (through a signed-in page's request context), and the correction they share. */
import type { APIRequestContext } from "playwright-core";
import { expect } from "vitest";

export type Api = <T>(
  request: APIRequestContext,
  method: "get" | "post" | "put" | "patch",
  path: string,
  data?: unknown,
  status?: number,
) => Promise<T>;

/** A JSON call against the server at `baseUrl` that expects `status` (200 unless said) and returns the body. */
export function jsonApi(baseUrl: () => string): Api {
  return async <T>(
    request: APIRequestContext,
    method: "get" | "post" | "put" | "patch",
    path: string,
    data?: unknown,
    status = 200,
  ): Promise<T> => {
    const res = await request[method](`${baseUrl()}${path}`, data === undefined ? {} : { data });
    expect(res.status(), await res.text()).toBe(status);
    return (await res.json()) as T;
  };
}

export interface CorrectionWords {
  headline: string;
  /** Appended to the drafted body (which leads with the refuting fact). */
  addition: string;
  instruction: string;
}

/**
 * The misinformation desk's correction through the API (its screens are covered by claims.test.ts): the communicator
 * takes the claim, drafts and saves the correction and submits it; the lead approves and publishes with `reason`.
 */
export async function publishCorrection(
  api: Api,
  people: { communicator: APIRequestContext; lead: APIRequestContext },
  claimId: string,
  words: CorrectionWords,
  reason: string,
): Promise<void> {
  const { communicator, lead } = people;
  await api(communicator, "post", `/api/claims/${claimId}/take`, {});
  const { bulletin } = await api<{ bulletin: { id: string; version: number; body: string; factIds: string[] } }>(
    communicator,
    "post",
    `/api/claims/${claimId}/correct`,
    {},
    201,
  );
  const saved = await api<{ version: number }>(communicator, "put", `/api/bulletins/${bulletin.id}`, {
    kind: "correction",
    claimId,
    headline: words.headline,
    body: `${bulletin.body}\n${words.addition}`,
    instruction: words.instruction,
    factIds: bulletin.factIds,
    audiences: ["residents"],
    expectedVersion: bulletin.version,
  });
  const submitted = await api<{ version: number }>(communicator, "post", `/api/bulletins/${bulletin.id}/submit`, {
    expectedVersion: saved.version,
  });
  await api(lead, "post", `/api/bulletins/${bulletin.id}/approve`, { expectedVersion: submitted.version });
  await api(lead, "post", `/api/bulletins/${bulletin.id}/publish`, { reason });
}

/**
 * "Info / Läget är oklart.", written by the communicator and approved by the lead: the weak bulletin whose publishing
 * asks for a written reason, the publish dialog's longest form.
 */
export async function approvedWeakBulletin(
  api: Api,
  people: { communicator: APIRequestContext; lead: APIRequestContext },
  incidentId: string,
): Promise<{ id: string; version: number }> {
  const weak = await api<{ id: string }>(
    people.communicator,
    "post",
    `/api/incidents/${incidentId}/bulletins`,
    { headline: "Info", body: "Läget är oklart.", audiences: ["residents"] },
    201,
  );
  const submitted = await api<{ version: number }>(people.communicator, "post", `/api/bulletins/${weak.id}/submit`, {});
  await api(people.lead, "post", `/api/bulletins/${weak.id}/approve`, { expectedVersion: submitted.version });
  return { id: weak.id, version: submitted.version };
}
