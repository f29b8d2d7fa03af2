import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin } from "../../../shared/index.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createBulletin, createFact, createIncident, goodBulletin } from "../bulletins/fixtures.js";

// Hardening: a state-changing request must say JSON and must not come from another site.

/** A raw request as a browser form or a foreign page's fetch would send it, with the victim's cookie. */
async function raw(
  server: TestServer,
  client: ApiClient,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
) {
  const res = await fetch(server.url + path, {
    method,
    headers: { cookie: client.cookie ?? "", ...headers },
    ...(body !== undefined ? { body } : {}),
  });
  const text = await res.text();
  return {
    status: res.status,
    text,
    body:
      text && (res.headers.get("content-type") ?? "").includes("json")
        ? (JSON.parse(text) as { error?: { code: string } })
        : null,
  };
}

describe("cross-site request forgery guard", () => {
  let server: TestServer;
  let lead: ApiClient;
  let approved: Bulletin;
  const statusOf = async () => (await lead.get<Bulletin>(`/api/bulletins/${approved.id}`)).body.status;

  beforeAll(async () => {
    server = await startTestServer();
    lead = await server.as("lead");
    const communicator = await server.as("communicator");
    const incident = await createIncident(lead, { exercise: true });
    const fact = await createFact(communicator, incident.id, "Huvudledningen vid Storgatan har gått sönder.");
    const draft = await createBulletin(communicator, incident.id, goodBulletin([fact.id]));
    const submitted = (await communicator.post<Bulletin>(`/api/bulletins/${draft.id}/submit`, {})).body;
    approved = (await lead.post<Bulletin>(`/api/bulletins/${draft.id}/approve`, { expectedVersion: submitted.version }))
      .body;
    expect(approved.status).toBe("approved");
  });
  afterAll(() => server.close());

  it.each([
    ["text/plain", "text/plain", "{}"],
    ["text/plain without a body", "text/plain", undefined],
    ["a form", "application/x-www-form-urlencoded", "reason=x"],
    ["a multipart form", "multipart/form-data; boundary=x", "--x--"],
    ["no Content-Type", undefined, undefined],
  ])(
    "refuses a publish sent as %s with 415 unsupported_media_type and publishes nothing",
    async (_name, type, body) => {
      const res = await raw(
        server,
        lead,
        "POST",
        `/api/bulletins/${approved.id}/publish`,
        type ? { "content-type": type } : {},
        body,
      );
      expect(res.status).toBe(415);
      expect(res.body?.error).toMatchObject({ code: "unsupported_media_type" });
      expect(await statusOf()).toBe("approved");
    },
  );

  it.each([
    ["a foreign Origin", { origin: "https://evil.example" }],
    ["another port of the same host", { origin: "http://127.0.0.1:1" }],
    ["Origin: null", { origin: "null" }],
    ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
    ["Sec-Fetch-Site: same-site", { "sec-fetch-site": "same-site" }],
  ])("refuses a JSON publish from %s with 403 cross_origin", async (_name, headers) => {
    const res = await raw(
      server,
      lead,
      "POST",
      `/api/bulletins/${approved.id}/publish`,
      { "content-type": "application/json", ...headers },
      "{}",
    );
    expect(res.status).toBe(403);
    expect(res.body?.error).toMatchObject({ code: "cross_origin" });
    expect(await statusOf()).toBe("approved");
  });

  it("refuses a cross-site login and a text/plain logout; a JSON logout without a body still works", async () => {
    const login = await raw(
      server,
      lead,
      "POST",
      "/api/auth/login",
      { "content-type": "application/json", origin: "https://evil.example" },
      '{"username":"lead","password":"x"}',
    );
    expect(login.status).toBe(403);
    const client = await server.as("viewer");
    const plain = await raw(server, client, "POST", "/api/auth/logout", { "content-type": "text/plain" });
    expect(plain.status).toBe(415);
    expect((await client.get("/api/me")).status).toBe(200);
    const json = await raw(server, client, "POST", "/api/auth/logout", { "content-type": "application/json" });
    expect(json.status).toBe(204);
    expect((await client.get("/api/me")).status).toBe(401);
  });

  it("lets reads through from anywhere (CORS keeps their answers from foreign pages)", async () => {
    const res = await raw(server, lead, "GET", `/api/bulletins/${approved.id}`, {
      origin: "https://evil.example",
      "sec-fetch-site": "cross-site",
    });
    expect(res.status).toBe(200);
  });

  it("publishes a same-origin JSON request: 200", async () => {
    const res = await raw(
      server,
      lead,
      "POST",
      `/api/bulletins/${approved.id}/publish`,
      { "content-type": "application/json; charset=utf-8", origin: server.url, "sec-fetch-site": "same-origin" },
      "{}",
    );
    expect(res.status, res.text).toBe(200);
    expect(await statusOf()).toBe("published");
  });
});
