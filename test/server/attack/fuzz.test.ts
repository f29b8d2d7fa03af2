import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ack } from "../../../shared/index.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { ROUTE_TABLE } from "./routeTable.js";
import { buildWorld, fillPath, type World } from "./world.js";

// Hardening: hostile input to every write route (and the socket events) with a fixed seed, on both engines.
// The one assertion: no answer is a 5xx — every bad request is refused with a 4xx, nothing crashes the server.

const SEED = 0x13_2026;
const CASES_PER_ROUTE = 24;
const SOCKET_CASES = 60; // per event

/** mulberry32: small, seedable, good enough to pick cases. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A plausible body per write route, which the fuzzer then breaks field by field. */
function templates(w: World): Record<string, Record<string, unknown>> {
  const now = new Date().toISOString();
  return {
    "POST /api/auth/login": { username: "admin", password: "fel-lösenord-123" },
    "PATCH /api/me": { language: "en" },
    "POST /api/users": {
      username: "fuzz.user",
      displayName: "Fuzz",
      role: "viewer",
      password: "ett-långt-lösenord",
      language: "sv",
    },
    "PATCH /api/users/:id": { displayName: "Mål", role: "viewer", disabled: false, language: "sv" },
    "POST /api/users/:id/password": { password: "ett-annat-långt-lösenord" },
    "POST /api/incidents": {
      title: "Fuzz",
      description: "Text",
      severity: "moderate",
      status: "active",
      exercise: true,
      affectedAreas: ["Norrby"],
      startedAt: now,
      nextUpdateDue: now,
    },
    "PATCH /api/incidents/:id": { title: "Fuzz", status: "monitoring", nextUpdateDue: now, expectedVersion: 1 },
    "POST /api/incidents/:id/log": {
      kind: "note",
      text: "Anteckning",
      counterpart: "Räddningstjänsten",
      occurredAt: now,
      refersTo: null,
    },
    "POST /api/incidents/:id/facts": {
      statement: "Påstående",
      source: "VA-jouren",
      status: "confirmed",
      verifiedAt: now,
    },
    "PATCH /api/facts/:id": { statement: "Nytt", status: "unconfirmed", expectedVersion: 1 },
    "POST /api/incidents/:id/bulletins": {
      headline: "Rubrik",
      body: "Text",
      instruction: "Gör så här",
      language: "sv",
      audiences: ["residents"],
      channels: ["web", "sms"],
      factIds: [w.fact],
      area: { description: "Norrby", point: { lat: 59.3, lon: 18.1, radiusKm: 2 }, polygon: null },
      nextUpdateAt: now,
      translationOf: null,
    },
    "POST /api/incidents/:id/bulletins/from-template": {
      templateId: "boil-water",
      language: "sv",
      slots: {
        avsändare: "Norrby kommun",
        område: "Norrby",
        tid: now,
        vattenplats: "Norrby skola",
        telefon: "0123-45 67 00",
        webb: "norrby.se",
        nästa_uppdatering: now,
      },
    },
    "POST /api/national/:id/cite": { incidentId: w.incident },
    "PUT /api/templates/:id": {
      template: {
        title: { sv: "Mall", en: "Template" },
        description: { sv: "Mall", en: "Template" },
        sources: [],
        slots: [],
        cap: {
          categories: ["Safety"],
          severity: "Minor",
          urgency: "Expected",
          certainty: "Observed",
          expiresAfterHours: 12,
        },
        audiences: ["residents"],
        channels: ["web"],
        texts: {},
      },
      expectedVersion: 1,
    },
    "POST /api/templates/:id/approve": { version: 2 },
    "PUT /api/bulletins/:id": {
      headline: "Rubrik",
      body: "Text",
      instruction: "Gör så här",
      factIds: [w.fact],
      expectedVersion: 1,
    },
    "POST /api/bulletins/:id/submit": { expectedVersion: 1 },
    "POST /api/bulletins/:id/return": { reason: "Skäl", expectedVersion: 1 },
    "POST /api/bulletins/:id/approve": { expectedVersion: 1, reason: "Skäl" },
    "POST /api/bulletins/:id/publish": { reason: "Skäl", expectedVersion: 1 },
    "POST /api/bulletins/:id/retract": { reason: "Skäl", expectedVersion: 1 },
    "POST /api/bulletins/:id/channels": { channel: "sms", text: "Kort text" },
    "PUT /api/bulletins/:id/channels/:channel": { text: "Kort text", expectedVersion: 1 },
    "POST /api/bulletins/:id/faq": { question: "Stämmer det?" },
    "POST /api/faq": {
      question: "Fråga?",
      answer: "Svar.",
      tags: ["vatten"],
      incidentId: w.incident,
      factIds: [w.fact],
      publish: false,
    },
    "PATCH /api/faq/:id": { question: "Fråga?", answer: "Svar.", expectedVersion: 1 },
    "POST /api/faq/:id/status": { status: "archived", expectedVersion: 1 },
    "POST /api/faq/:id/submit": { expectedVersion: 1 },
    "POST /api/faq/:id/approve": { expectedVersion: 2, reason: "Granskat" },
    "POST /api/faq/:id/return": { reason: "Skriv om svaret", expectedVersion: 2 },
    "POST /api/faq/:id/publish": { expectedVersion: 3 },
    "POST /api/faq/suggestions": { question: "Fråga?", incidentId: w.incident },
    "POST /api/faq/suggestions/:id/draft": { question: "Fråga?", answer: "Svar." },
    "POST /api/faq/suggestions/:id/dismiss": {},
    "POST /api/inquiries": {
      channel: "phone",
      question: "Fråga?",
      resolution: "callback",
      callbackNumber: "070-123 45 67",
      faqEntryId: w.faq,
      fromSuggestion: false,
      incidentId: w.incident,
      claimId: w.claim,
      openedAt: now,
    },
    "PUT /api/inquiries/:id/called-back": { done: true },
    "POST /api/incidents/:id/claims": {
      text: "Rykte",
      sourceChannel: "social",
      link: "https://example.org/x",
      reach: "low",
      severity: "high",
      refutingFactIds: [w.fact],
      firstSeenAt: now,
    },
    "PATCH /api/claims/:id": { text: "Rykte", link: null, refutingFactIds: [w.fact], expectedVersion: 1 },
    "POST /api/claims/:id/triage": { severity: "critical", reach: "high" },
    "POST /api/claims/:id/take": {},
    "POST /api/claims/:id/assign": { assigneeId: w.user },
    "POST /api/claims/:id/correct": { refutingFactIds: [w.fact] },
    "POST /api/claims/:id/dismiss": { reason: "Skäl" },
    "POST /api/claims/:id/confirm-facts": { expectedVersion: 1 },
    "POST /api/claims/:id/notes": { text: "Anteckning" },
    "POST /api/claims/:id/merge": { into: w.claim },
    "POST /api/webhooks": {
      url: "https://93.184.215.14/fuzz",
      events: ["bulletin.published"],
      incidentId: w.incident,
      description: "Fuzz",
      exercise: true,
    },
    "PATCH /api/webhooks/:id": {
      url: "https://93.184.215.14/fuzz",
      events: ["incident.closed"],
      incidentId: null,
      description: "Fuzz",
      exercise: false,
      disabled: true,
    },
    "DELETE /api/webhooks/:id": {},
    "POST /api/webhooks/:id/test": {},
  };
}

const HOSTILE: unknown[] = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u001b[2J",
  "\ud800",
  "x".repeat(100_000),
  "🚒".repeat(3000),
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  '=HYPERLINK("http://x")',
  "../../etc/passwd",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-4fff-bfff-ffffffffffff",
  "2026-13-45T25:61:00Z",
  "9999-12-31T23:59:59.999Z",
  "NaN",
  -1,
  0,
  1e308,
  -1e308,
  2 ** 53 + 1,
  3.5,
  true,
  null,
  [],
  [null],
  {},
  { __proto__: { admin: true } },
  { constructor: { prototype: { x: 1 } } },
  Array.from({ length: 600 }, (_, i) => i),
];

describe.each(ENGINES)("seeded fuzz of every write route on %s", (engine) => {
  let server: TestServer;
  let admin: ApiClient;
  let world: World;
  beforeAll(async () => {
    server = await startTestServer({ engine });
    admin = await server.as("admin");
    world = await buildWorld(admin);
  });
  afterAll(() => server.close());

  const writeRoutes = Object.keys(ROUTE_TABLE).filter(
    (r) => /^(POST|PUT|PATCH|DELETE) /.test(r) && r !== "POST /api/auth/logout",
  );

  it("covers every write route but logout with a template", () => {
    expect(Object.keys(templates({} as World)).sort()).toEqual([...writeRoutes].sort());
  });

  it.each(writeRoutes)(`%s: ${CASES_PER_ROUTE} hostile requests, no 5xx`, async (route) => {
    const rand = random(SEED ^ [...route].reduce((h, c) => Math.imul(h, 31) + c.charCodeAt(0), 7));
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const template = templates(world)[route]!;
    const [method, pathTemplate] = route.split(" ") as [string, string];
    const client = route === "POST /api/auth/login" ? server.anonymous() : admin;
    const failures: string[] = [];
    for (let i = 0; i < CASES_PER_ROUTE; i++) {
      let path = fillPath(route, world);
      let body: unknown = { ...template };
      let raw: string | undefined;
      const kind = rand();
      if (kind < 0.55) {
        // Break one to three fields.
        const fields = Object.keys(template);
        for (let k = 0, n = 1 + Math.floor(rand() * 3); k < n; k++) {
          const field =
            fields.length > 0 && rand() < 0.85 ? pick(fields) : pick(["extra", "__proto__", "constructor", "\u0000"]);
          (body as Record<string, unknown>)[field] = pick(HOSTILE);
        }
      } else if (kind < 0.65) {
        for (const f of Object.keys(template)) if (rand() < 0.5) delete (body as Record<string, unknown>)[f];
      } else if (kind < 0.75) {
        body = pick(HOSTILE); // not an object at all
      } else if (kind < 0.85) {
        raw = pick([
          '{"title":',
          "[1,2,",
          "\u0000",
          '{"a":1}{"b":2}',
          "null",
          '"text"',
          "{".repeat(5000) + "}".repeat(5000),
        ]);
      } else if (pathTemplate.includes(":id")) {
        path = pathTemplate
          .replace(
            ":id",
            pick([
              "not-a-uuid",
              "00000000-0000-4000-8000-000000000000",
              "%00",
              "x".repeat(5000),
              "..%2F..%2Fetc",
              world.incident,
              world.user,
            ]),
          )
          .replace(":version", pick(["1", "-1", "x", "99999999999999999999"]))
          .replace(":channel", pick(["sms", "cap", "%00", "x"]));
      } else {
        body = { ...template, ...Object.fromEntries(Array.from({ length: 200 }, (_, k) => [`f${k}`, k])) };
      }
      const res =
        raw !== undefined ? await client.request(method, path, raw) : await client.request(method, path, body);
      if (res.status >= 500)
        failures.push(
          `${res.status} ${method} ${path} ${(raw ?? JSON.stringify(body)).slice(0, 200)} → ${res.text.slice(0, 200)}`,
        );
    }
    expect(failures).toEqual([]);
  });

  it(`socket events: ${SOCKET_CASES} hostile payloads each are refused by ack, the socket stays up`, async () => {
    const socket = await server.socket(admin);
    const rand = random(SEED);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const emit = (event: string, payload: unknown) =>
      new Promise<Ack<unknown>>((resolve) =>
        (socket.emit as (e: string, p: unknown, cb: (a: Ack<unknown>) => void) => void)(event, payload, resolve),
      );
    let refused = 0;
    for (const event of ["sync", "presence:join", "presence:leave"]) {
      for (let i = 0; i < SOCKET_CASES; i++) {
        const payload =
          rand() < 0.5
            ? pick(HOSTILE)
            : {
                since: pick(HOSTILE),
                incidentId: rand() < 0.3 ? world.incident : pick(HOSTILE),
                editing: pick(HOSTILE),
              };
        const ack = await emit(event, payload);
        if (!ack.ok) {
          refused += 1;
          expect(ack.error.code).not.toBe("internal");
        }
      }
    }
    expect(refused).toBeGreaterThan(SOCKET_CASES); // most are refused
    expect(socket.connected).toBe(true);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
