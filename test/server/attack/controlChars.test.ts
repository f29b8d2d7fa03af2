import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BulletinCreate,
  FactCreate,
  IncidentCreate,
  LogEntryCreate,
  LoginRequest,
  PresenceJoin,
  UserCreate,
} from "../../../shared/index.js";
import type { Incident } from "../../../shared/index.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";

// Hardening: control characters are refused with a 400 naming the field, on both engines, so a NUL never
// reaches PostgreSQL (which answered it with a 500) nor is stored by SQLite.

const NUL = "\u0000";

describe("shared schemas refuse control characters by themselves", () => {
  const fieldOf = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) =>
    r.error?.issues[0]?.path.join(".");

  it.each([
    ["a NUL", `Vatten${NUL}läcka`],
    ["only a NUL", NUL],
    ["an escape", "Vatten\u001b[31m"],
    ["DEL", "Vatten\u007f"],
    ["a C1 control", "Vatten\u0085"],
    ["a line feed", "Vatten\nläcka"],
    ["a tab", "Vatten\tläcka"],
  ])("a one-line title with %s", (_name, title) => {
    expect(fieldOf(IncidentCreate.safeParse({ title }))).toBe("title");
  });

  it("keeps tab and line breaks in text that may span lines, but not a NUL, a lone CR or an escape", () => {
    expect(IncidentCreate.safeParse({ title: "Vattenläcka", description: "Rad 1\r\nRad 2\n\tindrag" }).success).toBe(
      true,
    );
    expect(LogEntryCreate.safeParse({ kind: "note", text: "Första raden\nAndra raden" }).success).toBe(true);
    expect(fieldOf(IncidentCreate.safeParse({ title: "ok", description: `a${NUL}` }))).toBe("description");
    expect(fieldOf(IncidentCreate.safeParse({ title: "ok", description: "a\rb" }))).toBe("description");
    expect(fieldOf(LogEntryCreate.safeParse({ kind: "note", text: "a\u001bb" }))).toBe("text");
    expect(fieldOf(FactCreate.safeParse({ statement: "ok", source: `VA${NUL}` }))).toBe("source");
    expect(fieldOf(BulletinCreate.safeParse({ headline: "Rubrik\nmed radbrytning" }))).toBe("headline");
    expect(fieldOf(BulletinCreate.safeParse({ body: `text${NUL}` }))).toBe("body");
  });

  it("refuses them in the login username, user names and presence", () => {
    expect(fieldOf(LoginRequest.safeParse({ username: `admin${NUL}`, password: "x" }))).toBe("username");
    expect(
      fieldOf(
        UserCreate.safeParse({
          username: "anna",
          displayName: `Anna${NUL}`,
          role: "viewer",
          password: "a-long-passphrase-1",
        }),
      ),
    ).toBe("displayName");
    expect(
      fieldOf(
        PresenceJoin.safeParse({ incidentId: "00000000-0000-4000-8000-000000000000", editing: `bulletin:${NUL}` }),
      ),
    ).toBe("editing");
  });
});

describe.each(ENGINES)("control characters over HTTP on %s", (engine) => {
  let server: TestServer;
  let admin: ApiClient;
  let incident: Incident;
  beforeAll(async () => {
    server = await startTestServer({ engine });
    admin = await server.as("admin");
    incident = (await admin.post<Incident>("/api/incidents", { title: "Kontrolltecken" })).body;
  });
  afterAll(() => server.close());

  it("answers a NUL in the login username with 400 naming it, not 500", async () => {
    const res = await server
      .anonymous()
      .post("/api/auth/login", { username: `admin${NUL}`, password: "whatever-password" });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: "validation", field: "username" } });
  });

  const cases: Array<[string, string, (id: string) => string, (text: string) => unknown, string]> = [
    ["incident title", "POST", () => "/api/incidents", (t) => ({ title: t }), "title"],
    ["incident description", "PATCH", (id) => `/api/incidents/${id}`, (t) => ({ description: t }), "description"],
    ["log text", "POST", (id) => `/api/incidents/${id}/log`, (t) => ({ kind: "note", text: t }), "text"],
    [
      "log counterpart",
      "POST",
      (id) => `/api/incidents/${id}/log`,
      (t) => ({ kind: "call", text: "Samtal", counterpart: t }),
      "counterpart",
    ],
    [
      "fact statement",
      "POST",
      (id) => `/api/incidents/${id}/facts`,
      (t) => ({ statement: t, source: "VA-jouren" }),
      "statement",
    ],
    ["bulletin headline", "POST", (id) => `/api/incidents/${id}/bulletins`, (t) => ({ headline: t }), "headline"],
    [
      "claim text",
      "POST",
      (id) => `/api/incidents/${id}/claims`,
      (t) => ({ text: t, sourceChannel: "social" }),
      "text",
    ],
    ["FAQ question", "POST", () => "/api/faq", (t) => ({ question: t }), "question"],
    [
      "inquiry question",
      "POST",
      () => "/api/inquiries",
      (t) => ({
        channel: "phone",
        question: t,
        resolution: "forwarded",
        forwardedTo: "VA",
        openedAt: new Date().toISOString(),
      }),
      "question",
    ],
    [
      "user display name",
      "POST",
      () => "/api/users",
      (t) => ({ username: "ctrl.user", displayName: t, role: "viewer", password: "a-long-passphrase-1" }),
      "displayName",
    ],
    [
      "an areas entry",
      "POST",
      () => "/api/incidents",
      (t) => ({ title: "ok", affectedAreas: ["Norrby", t] }),
      "affectedAreas.1",
    ],
  ];

  it.each(cases)("refuses a NUL in the %s with 400 naming the field", async (_name, method, path, body, field) => {
    for (const text of [NUL, `före${NUL}efter`]) {
      const res = await admin.request(method, path(incident.id), body(text));
      expect(res.status, res.text).toBe(400);
      expect(res.body).toMatchObject({ error: { code: "validation", field } });
    }
  });

  it("refuses a line feed in a one-line field and keeps it in text", async () => {
    const title = await admin.post("/api/incidents", { title: "Rad ett\nRad två" });
    expect(title.status).toBe(400);
    expect(title.body).toMatchObject({ error: { field: "title" } });
    const note = await admin.post<{ text: string }>(`/api/incidents/${incident.id}/log`, {
      kind: "note",
      text: "Rad ett\n\tRad två",
    });
    expect(note.status).toBe(201);
    expect(note.body.text).toBe("Rad ett\n\tRad två");
  });

  it("refuses control characters in keys and in fields no schema names, and in the query string", async () => {
    const key = await admin.post("/api/incidents", { title: "ok", [`x${NUL}`]: 1 });
    expect(key.status).toBe(400);
    const nested = await admin.post("/api/incidents", { title: "ok", extra: { deep: [`a${NUL}`] } });
    expect(nested.status).toBe(400);
    expect(nested.body).toMatchObject({ error: { code: "validation", field: "extra.deep.0" } });
    const query = await admin.get(`/api/faq/search?q=${encodeURIComponent(`vatten${NUL}`)}`);
    expect(query.status).toBe(400);
    expect(query.body).toMatchObject({ error: { field: "q" } });
    // Nothing of it was stored.
    const incidents = (await admin.get<{ incidents: Incident[] }>("/api/incidents")).body.incidents;
    expect(incidents.some((i) => i.title.includes(NUL))).toBe(false);
  });
});
