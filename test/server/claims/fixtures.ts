import { expect } from "vitest";
import type { Claim, ClaimCreate } from "../../../shared/index.js";
import { login, type ApiClient } from "../../helpers/http.js";
import { DEMO_PASSWORD, type TestServer } from "../../helpers/server.js";

export { createFact, createIncident, publish } from "../bulletins/fixtures.js";

export const RUMOUR = "Kranvattnet är förgiftat i hela kommunen, drick inte en droppe!";

export async function createClaim(
  client: ApiClient,
  incidentId: string,
  body: Partial<ClaimCreate> = {},
): Promise<Claim> {
  const res = await client.post<Claim>(`/api/incidents/${incidentId}/claims`, {
    text: RUMOUR,
    sourceChannel: "social",
    link: "https://social.example/p/123",
    ...body,
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

export async function ok<T = Claim>(
  promise: Promise<{ status: number; body: unknown; text: string }>,
  status = 200,
): Promise<T> {
  const res = await promise;
  expect(res.status, res.text).toBe(status);
  return res.body as T;
}

/** `count` extra users of one role, created by the admin and logged in. */
export async function extraUsers(
  server: TestServer,
  role: "communicator" | "lead",
  count: number,
  prefix: string,
): Promise<ApiClient[]> {
  const admin = await server.as("admin");
  const clients: ApiClient[] = [];
  for (let i = 0; i < count; i += 1) {
    const username = `${prefix}${i}`;
    const res = await admin.post("/api/users", {
      username,
      displayName: `${prefix} ${i}`,
      role,
      password: DEMO_PASSWORD,
    });
    expect(res.status, res.text).toBe(201);
    clients.push(await login(server.url, username, DEMO_PASSWORD));
  }
  return clients;
}

export async function userId(client: ApiClient): Promise<string> {
  const res = await client.get<{ user: { id: string } }>("/api/me");
  expect(res.status, res.text).toBe(200);
  return res.body.user.id;
}
