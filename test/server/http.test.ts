import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Incident } from "../../shared/index.js";
import type { ApiClient } from "../helpers/http.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

describe("HTTP edges: JSON errors, validation, limits", () => {
  let server: TestServer;
  let lead: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    lead = await server.as("lead");
  });
  afterAll(() => server.close());

  it("answers invalid JSON with 400 bad_json", async () => {
    const res = await lead.request("POST", "/api/incidents", '{"title": "trasig', {});
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: "bad_json" } });
  });

  it("answers a body over 1 MB with 413 too_large", async () => {
    const res = await lead.request(
      "POST",
      "/api/incidents",
      JSON.stringify({ title: "stor", description: "x".repeat(1_100_000) }),
    );
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: { code: "too_large" } });
  });

  it("answers unknown /api routes with a JSON 404, signed in or not", async () => {
    for (const client of [lead, server.anonymous()]) {
      const res = await client.request("GET", "/api/nothing/here");
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/application\/json/);
      expect(res.body).toMatchObject({ error: { code: "not_found", requestId: expect.any(String) } });
    }
    expect((await lead.request("DELETE", "/api/incidents")).status).toBe(404);
  });

  it.each([
    [{}, "title"],
    [{ title: "   " }, "title"],
    [{ title: "ok", affectedAreas: ["Norrby", ""] }, "affectedAreas.1"],
    [{ title: "ok", exercise: "ja" }, "exercise"],
    [{ title: "ok", severity: "catastrophic" }, "severity"],
    [{ title: "ok", startedAt: "igår" }, "startedAt"],
    [{ title: "x".repeat(201) }, "title"],
  ])("names the offending field of %j: %s", async (body, field) => {
    const res = await lead.post("/api/incidents", body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: "validation", field, message: expect.stringContaining(field) } });
  });

  it("rejects an empty patch without naming a field, and writes nothing on any validation error", async () => {
    const incident = (await lead.post<Incident>("/api/incidents", { title: "Orörd" })).body;
    const empty = await lead.patch(`/api/incidents/${incident.id}`, {});
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ error: { code: "validation", message: "at least one field is required" } });
    // A valid field beside an invalid one: nothing of it is applied.
    const mixed = await lead.patch(`/api/incidents/${incident.id}`, { title: "Ändrad", affectedAreas: [42] });
    expect(mixed.body).toMatchObject({ error: { field: "affectedAreas.0" } });
    expect((await lead.get<Incident>(`/api/incidents/${incident.id}`)).body).toEqual(incident);
  });

  it("treats a missing body as an empty object", async () => {
    const res = await lead.request("POST", "/api/incidents");
    expect(res.body).toMatchObject({ error: { code: "validation", field: "title" } });
  });

  it("sets security headers and a per-request id on every response", async () => {
    const res = await lead.get("/api/me");
    expect(res.headers.get("content-security-policy")).toMatch(
      /default-src 'self'.*script-src 'self'.*connect-src 'self' ws:\/\/127\.0\.0\.1:\d+/,
    );
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-powered-by")).toBeNull();
  });
});

describe("unexpected failures", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("turns an unknown error into 500 internal with the request id and no stack trace", async () => {
    const viewer = await server.as("viewer");
    // A table the query needs goes missing (renamed, so other tables' foreign keys do not object).
    await sql`ALTER TABLE incidents RENAME TO incidents_gone`.execute(server.database.db);
    const res = await viewer.get("/api/incidents");
    expect(res.status).toBe(500);
    const requestId = res.headers.get("x-request-id");
    expect(res.body).toEqual({
      error: { code: "internal", message: `Something went wrong; quote request id ${requestId}`, requestId },
    });
    expect(res.text).not.toMatch(/incidents|sqlite|at .*\.ts/i);
  });

  it("reports an unhealthy database on /healthz with 503", async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    await server.database.db.destroy();
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ok: false });
  });
});

describe("serving the built console", () => {
  let server: TestServer;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "krisrum-static-"));
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>Krisrum</title>");
    writeFileSync(join(dir, "assets", "index-abc123.js"), "console.log('hi')");
    writeFileSync(join(dir, "favicon.svg"), "<svg/>");
    server = await startTestServer({ staticDir: dir });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers /healthz with {ok:true} without a session", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it("serves index.html for / and client-side routes, always revalidated", async () => {
    for (const path of ["/", "/incidents/123", "/admin/users"]) {
      const res = await fetch(server.url + path, { headers: { accept: "text/html" } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("<title>Krisrum</title>");
      expect(res.headers.get("cache-control")).toBe("no-cache");
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    }
  });

  it("caches hashed assets for a year and other files briefly", async () => {
    const asset = await fetch(`${server.url}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const icon = await fetch(`${server.url}/favicon.svg`);
    expect(icon.headers.get("cache-control")).toBe("no-cache");
  });

  it("does not answer API paths or missing assets with index.html", async () => {
    const api = await fetch(`${server.url}/api/unknown`, { headers: { accept: "text/html" } });
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: "not_found" } });
    const missing = await fetch(`${server.url}/assets/gone.js`, { headers: { accept: "application/javascript" } });
    expect(missing.status).toBe(404);
  });

  it("explains a missing client build instead of failing silently", async () => {
    const bare = await startTestServer();
    try {
      const res = await fetch(`${bare.url}/`, { headers: { accept: "text/html" } });
      expect(res.status).toBe(503);
      expect(await res.text()).toMatch(/npm run build/);
      expect((await fetch(`${bare.url}/healthz`)).status).toBe(200);
    } finally {
      await bare.close();
    }
  });
});
