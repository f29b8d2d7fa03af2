import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Incident } from "../../shared/index.js";
import { ENGINES } from "../helpers/db.js";
import type { ApiClient } from "../helpers/http.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

describe.each(ENGINES)("incidents API on %s", (engine) => {
  let server: TestServer;
  let lead: ApiClient;
  let viewer: ApiClient;
  beforeAll(async () => {
    server = await startTestServer({ engine });
    [lead, viewer] = await Promise.all([server.as("lead"), server.as("viewer")]);
  });
  afterAll(() => server.close());

  it("creates an incident from a title alone, filling in every default", async () => {
    const before = Date.now();
    const res = await lead.post<Incident>("/api/incidents", { title: "  Strömavbrott i centrum " });
    expect(res.status).toBe(201);
    const incident = res.body;
    expect(incident).toMatchObject({
      title: "Strömavbrott i centrum",
      description: "",
      severity: "moderate",
      status: "active",
      exercise: false,
      affectedAreas: [],
      closedAt: null,
      lastPublishedAt: null,
      version: 1,
    });
    expect(incident.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(incident.startedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(incident.nextUpdateDue ?? "")).toBe(Date.parse(incident.startedAt) + 60 * 60_000);
    expect((await viewer.get(`/api/incidents/${incident.id}`)).body).toEqual(incident);
  });

  it("normalises given times to UTC and keeps an explicit null next update", async () => {
    const res = await lead.post<Incident>("/api/incidents", {
      title: "Övning: brand i skola",
      exercise: true,
      startedAt: "2026-11-25T09:00:00+01:00",
      nextUpdateDue: null,
      affectedAreas: ["Centrum"],
      severity: "minor",
    });
    expect(res.body).toMatchObject({
      startedAt: "2026-11-25T08:00:00.000Z",
      nextUpdateDue: null,
      exercise: true,
      severity: "minor",
    });
  });

  it("lists incidents newest first and filters by status", async () => {
    const { body } = await viewer.get<{ incidents: Incident[] }>("/api/incidents");
    const titles = body.incidents.map((i) => i.title);
    expect(titles.indexOf("Övning: brand i skola")).toBeLessThan(titles.indexOf("Strömavbrott i centrum"));
    expect(titles).toContain("Kokningsrekommendation efter vattenläcka i Norrby");
    const closed = await viewer.get<{ incidents: Incident[] }>("/api/incidents?status=closed");
    expect(closed.body.incidents).toEqual([]);
    const bad = await viewer.get("/api/incidents?status=open");
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: "validation", field: "status" } });
  });

  it("patches fields, bumps the version, and sets and clears closedAt with the status", async () => {
    const created = (await lead.post<Incident>("/api/incidents", { title: "Skred vid älven" })).body;
    const edited = (
      await lead.patch<Incident>(`/api/incidents/${created.id}`, { severity: "severe", affectedAreas: ["Älvstranden"] })
    ).body;
    expect(edited).toMatchObject({ severity: "severe", affectedAreas: ["Älvstranden"], version: 2, closedAt: null });
    expect(Date.parse(edited.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.updatedAt));

    const closed = (await lead.patch<Incident>(`/api/incidents/${created.id}`, { status: "closed" })).body;
    expect(closed.status).toBe("closed");
    expect(closed.closedAt).not.toBeNull();
    expect(closed.version).toBe(3);

    const reopened = (await lead.patch<Incident>(`/api/incidents/${created.id}`, { status: "monitoring" })).body;
    expect(reopened).toMatchObject({ status: "monitoring", closedAt: null, version: 4 });
  });

  it("does not create a new version when nothing changes", async () => {
    const created = (await lead.post<Incident>("/api/incidents", { title: "Oförändrad" })).body;
    const same = await lead.patch<Incident>(`/api/incidents/${created.id}`, { title: "Oförändrad" });
    expect(same.status).toBe(200);
    expect(same.body.version).toBe(1);
  });

  it("answers a stale expectedVersion with 409 and the current incident", async () => {
    const created = (await lead.post<Incident>("/api/incidents", { title: "Samtidiga ändringar" })).body;
    await lead.patch(`/api/incidents/${created.id}`, { title: "Första ändringen", expectedVersion: 1 });
    const stale = await lead.patch(`/api/incidents/${created.id}`, { title: "Andra ändringen", expectedVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      error: { code: "conflict", current: { title: "Första ändringen", version: 2 } },
    });
    expect((await viewer.get<Incident>(`/api/incidents/${created.id}`)).body.title).toBe("Första ändringen");
  });

  it("lets only one of two concurrent patches with the same expectedVersion win", async () => {
    const created = (await lead.post<Incident>("/api/incidents", { title: "Kapplöpning" })).body;
    const results = await Promise.all(
      ["A", "B", "C"].map((t) => lead.patch(`/api/incidents/${created.id}`, { title: t, expectedVersion: 1 })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
  });

  it("refuses a new next-update promise already broken: in the past beyond a few minutes, or before the start", async () => {
    const minutes = (n: number) => new Date(Date.now() + n * 60_000).toISOString();
    const incident = (await lead.post<Incident>("/api/incidents", { title: "Vattenläcka", startedAt: minutes(-60) }))
      .body;
    const path = `/api/incidents/${incident.id}`;

    const ancient = await lead.patch(path, { nextUpdateDue: "2020-01-01T09:00:00.000Z" });
    expect(ancient.status).toBe(400);
    expect(ancient.body).toMatchObject({ error: { code: "validation", field: "nextUpdateDue", reason: "past" } });
    const lastHour = await lead.patch(path, { nextUpdateDue: minutes(-30) });
    expect(lastHour.body).toMatchObject({ error: { field: "nextUpdateDue", reason: "past" } });
    expect((await viewer.get<Incident>(path)).body).toMatchObject({
      version: 1,
      nextUpdateDue: incident.nextUpdateDue,
    });

    // A console clock a minute or two behind, or the current minute typed: still a promise, due at once.
    const justNow = minutes(-2);
    expect((await lead.patch<Incident>(path, { nextUpdateDue: justNow })).body.nextUpdateDue).toBe(justNow);
    // A promise made earlier that has since passed stays: changing something else does not touch it.
    expect((await lead.patch<Incident>(path, { title: "Vattenläcka i Centrum" })).status).toBe(200);

    const planned = await lead.post("/api/incidents", {
      title: "Planerat avbrott",
      startedAt: minutes(120),
      nextUpdateDue: minutes(60),
    });
    expect(planned.status).toBe(400);
    expect(planned.body).toMatchObject({ error: { field: "nextUpdateDue", reason: "before_start" } });
    const created = await lead.post("/api/incidents", { title: "Brand", nextUpdateDue: "2020-01-01T09:00:00.000Z" });
    expect(created.body).toMatchObject({ error: { field: "nextUpdateDue", reason: "past" } });
    // Created now, with the current minute by a console clock a minute behind: a promise due at once, not "before
    // the start" (the incident starts at the server's now).
    const slowClock = await lead.post<Incident>("/api/incidents", { title: "Gasläcka", nextUpdateDue: minutes(-1) });
    expect(slowClock.status, slowClock.text).toBe(201);
    // Logged two hours after it began and no time given: the default promise is an hour from now, not already broken.
    const backdated = await lead.post<Incident>("/api/incidents", { title: "Ras", startedAt: minutes(-120) });
    expect(backdated.status, backdated.text).toBe(201);
    expect(Date.parse(backdated.body.nextUpdateDue ?? "")).toBeGreaterThanOrEqual(Date.parse(minutes(59)));
  });

  it("answers 404 for an unknown incident and 400 naming the field for a malformed id", async () => {
    const missing = await viewer.get("/api/incidents/00000000-0000-4000-8000-000000000000");
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: { code: "not_found" } });
    const malformed = await viewer.get("/api/incidents/not-a-uuid");
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ error: { code: "validation", field: "id" } });
    expect((await lead.patch("/api/incidents/00000000-0000-4000-8000-000000000000", { title: "x" })).status).toBe(404);
  });
});
