import { request } from "node:http";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin, Incident } from "../../../shared/index.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createBulletin, createFact, createIncident, goodBulletin, publish } from "./fixtures.js";

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * The cached public outputs are answered by a fast path mounted before the middleware stack (server/public/router.ts)
 * and, for URLs it leaves alone, by the stack's own routes. Both must answer alike: an upper-case /PUBLIC and a
 * percent-escaped id reach the same output through the stack, so each answer is compared with its twin.
 */
describe("public outputs: the fast path answers as the stack does", () => {
  let server: TestServer;
  let incident: Incident;
  let bulletin: Bulletin;

  beforeAll(async () => {
    server = await startTestServer();
    const [lead, communicator] = await Promise.all([server.as("lead"), server.as("communicator")]);
    incident = await createIncident(lead, { title: "Vattenläcka i Norrby" });
    const fact = await createFact(communicator, incident.id, "Huvudledningen har gått sönder.");
    bulletin = await publish(
      communicator,
      lead,
      await createBulletin(communicator, incident.id, goodBulletin([fact.id], { body: "Koka vattnet. ".repeat(120) })),
    );
  });
  afterAll(() => server.close());

  const raw = (method: string, path: string, headers: Record<string, string> = {}) =>
    new Promise<Raw>((resolve, reject) => {
      const req = request(`${server.url}${path}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on("error", reject);
      req.end();
    });

  /** Everything but the headers that differ per response by design. */
  function comparable(res: Raw) {
    const { date: _date, "x-request-id": requestId, ...headers } = res.headers;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    return { status: res.status, headers, body: res.body.toString("base64") };
  }

  const escaped = (id: string) => id.replace(/-/g, "%2D");

  it("sends the same status, headers and bytes for every output, plain and gzipped, GET and HEAD", async () => {
    const paths = (id: string, bulletinId: string) => [
      "/public",
      "/public/",
      "/public/tillganglighet",
      "/public/tillganglighet?lang=en",
      `/public/incidents/${id}`,
      `/public/incidents/${id}?lang=en`,
      `/public/incidents/${id}/feed.atom`,
      `/public/incidents/${id}/feed.json`,
      `/public/incidents/${id}/cap.atom`,
      `/public/bulletins/${bulletinId}/cap.xml`,
      "/public/feed.atom",
      "/public/feed.json/",
    ];
    const fast = paths(incident.id, bulletin.id);
    const stack = paths(escaped(incident.id), escaped(bulletin.id)).map((p) => p.replace(/^\/public/, "/PUBLIC"));
    let gzipped = 0;
    for (const [i, path] of fast.entries()) {
      for (const method of ["GET", "HEAD"]) {
        for (const headers of [{}, { "accept-encoding": "gzip, deflate, br" }] as Array<Record<string, string>>) {
          const a = await raw(method, path, headers);
          const b = await raw(method, stack[i]!, headers);
          expect(a.status, path).toBe(200);
          expect(comparable(a), `${method} ${path} ${JSON.stringify(headers)}`).toEqual(comparable(b));
          if (a.headers["content-encoding"] === "gzip") gzipped++;
          if (method === "HEAD") expect(a.body.length).toBe(0);
          else expect(a.body.length).toBe(Number(a.headers["content-length"]));
        }
      }
    }
    expect(gzipped).toBeGreaterThan(0);
  });

  it("keeps the security headers and the request id on the fast path", async () => {
    const res = await raw("GET", `/public/incidents/${incident.id}/feed.atom`);
    expect(res.headers["content-security-policy"]).toMatch(
      /default-src 'self'.*connect-src 'self' ws:\/\/127\.0\.0\.1:\d+/,
    );
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["referrer-policy"]).toBe("no-referrer");
    expect(res.headers["x-frame-options"]).toBe("DENY");
    expect(res.headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(res.headers["permissions-policy"]).toBe("camera=(), microphone=(), geolocation=()");
    expect(res.headers["x-powered-by"]).toBeUndefined();
  });

  it("answers 304 alike, and 404 alike for an unknown or malformed id", async () => {
    const path = `/public/bulletins/${bulletin.id}/cap.xml`;
    const etag = String((await raw("GET", path)).headers.etag);
    const a = await raw("GET", path, { "if-none-match": etag });
    const b = await raw("GET", `/PUBLIC/bulletins/${escaped(bulletin.id)}/cap.xml`, { "if-none-match": etag });
    expect(a.status).toBe(304);
    expect(a.body.length).toBe(0);
    expect(comparable(a)).toEqual(comparable(b));

    for (const id of ["00000000-0000-4000-8000-000000000000", "not-an-id"]) {
      const missing = await raw("GET", `/public/incidents/${id}/feed.atom`);
      expect(missing.status).toBe(404);
      expect(missing.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(comparable(missing)).toEqual(comparable(await raw("GET", `/PUBLIC/incidents/${id}/feed.atom`)));
    }
  });

  it("reports a failure on the fast path as the stack would: 500 with the request id it sent", async () => {
    await sql`ALTER TABLE event_counter RENAME TO event_counter_gone`.execute(server.database.db);
    try {
      const res = await raw("GET", `/public/incidents/${incident.id}/feed.atom`);
      expect(res.status).toBe(500);
      const requestId = res.headers["x-request-id"];
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(JSON.parse(res.body.toString())).toEqual({
        error: { code: "internal", message: `Something went wrong; quote request id ${requestId}`, requestId },
      });
      expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    } finally {
      await sql`ALTER TABLE event_counter_gone RENAME TO event_counter`.execute(server.database.db);
    }
    expect((await raw("GET", `/public/incidents/${incident.id}/feed.atom`)).status).toBe(200);
  });
});
