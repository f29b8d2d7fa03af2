import { io } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DomainEvent, Fact, Incident } from "../../../shared/index.js";
import type { NationalItem } from "../../../shared/schemas/national.js";
import type { NationalPicture } from "../../../shared/schemas/national.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { createIncident } from "../bulletins/fixtures.js";
import { COUNTY, NEWS_STORM, VMA_SMOKE } from "./fixtures.js";
import { startFakeKrisinfo, type FakeKrisinfo } from "./krisinfoServer.js";
import { startNationalServer, type NationalTestServer } from "./nationalServer.js";

describe.each(ENGINES)("GET /api/national and citing on %s", (engine) => {
  let fake: FakeKrisinfo;
  let server: NationalTestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let agent: ApiClient;
  let viewer: ApiClient;
  let incident: Incident;

  beforeAll(async () => {
    fake = await startFakeKrisinfo();
    // A long interval: the tests drive the polls with tick(), the timer's first poll only adds nothing new.
    server = await startNationalServer(engine, {
      url: fake.url,
      counties: [COUNTY],
      intervalMs: 3_600_000,
      maxBackoffMs: 3_600_000,
      timeoutMs: 1_000,
      days: 7,
    });
    [lead, communicator, agent, viewer] = await Promise.all([
      server.as("lead"),
      server.as("communicator"),
      server.as("agent"),
      server.as("viewer"),
    ]);
    incident = await createIncident(lead, { title: "Brand i Norrby" });
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  it("pushes a new VMA live to a signed-in console as a national.item event, and lists it first, marked, for every role", async () => {
    await server.app.national.tick();
    const socket = io(server.url, {
      path: "/socket.io",
      transports: ["websocket"],
      reconnection: false,
      forceNew: true,
      extraHeaders: { cookie: agent.cookie ?? "" },
    });
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", () => resolve());
      socket.once("connect_error", reject);
    });
    const arrived = new Promise<{ change: string; item: NationalItem }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no national.item event")), 5_000);
      socket.on("event", (event: DomainEvent) => {
        if (event.type !== "national.item" || event.data.item.kind !== "vma") return;
        clearTimeout(timer);
        resolve(event.data);
      });
    });
    fake.set("news", { kind: "json", body: [NEWS_STORM] });
    fake.set("vmas", { kind: "json", body: [VMA_SMOKE] });
    await server.app.national.tick();
    const push = await arrived;
    socket.close();
    expect(push).toMatchObject({
      change: "new",
      item: { kind: "vma", headline: "Viktigt meddelande till allmänheten i Norrby" },
    });

    for (const client of [agent, viewer, communicator, lead]) {
      const res = await client.get<NationalPicture>("/api/national");
      expect(res.status, res.text).toBe(200);
      expect(res.body.items.map((i) => i.kind)).toEqual(["vma", "news"]);
      expect(res.body.status).toMatchObject({ enabled: true, skipped: 0 });
      expect(res.body.status.lastSuccessAt).not.toBeNull();
    }
    expect((await server.anonymous().get("/api/national")).status).toBe(401);
    expect((await lead.get("/api/national?limit=0")).status).toBe(400);
  });

  it("cites an item into the incident's facts register with its source and link, through the facts domain", async () => {
    const res = await communicator.post<Fact>(
      `/api/national/${encodeURIComponent("vma:VMA-2026-12-03-SR-0042")}/cite`,
      { incidentId: incident.id },
    );
    expect(res.status, res.text).toBe(201);
    expect(res.body.statement).toContain("Viktigt meddelande till allmänheten i Norrby");
    expect(res.body.source).toBe("VMA (SR) https://www.krisinformation.se/vma/2026/vma-norrby");
    const facts = (await lead.get<Fact[] | { facts: Fact[] }>(`/api/incidents/${incident.id}/facts`)).body;
    const list = Array.isArray(facts) ? facts : facts.facts;
    expect(list.map((f) => f.id)).toContain(res.body.id);
  });

  it("refuses citing for roles that do not keep the facts register, and answers 400/404 for bad input", async () => {
    const path = `/api/national/${encodeURIComponent("news:KRI-2026-12-03-0001")}/cite`;
    expect((await agent.post(path, { incidentId: incident.id })).status).toBe(403);
    expect((await viewer.post(path, { incidentId: incident.id })).status).toBe(403);
    const bad = await communicator.post<{ error: { field: string } }>(path, {});
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe("incidentId");
    expect((await communicator.post(`/api/national/news%3Anope/cite`, { incidentId: incident.id })).status).toBe(404);
  });

  it("still answers, with the last good picture and the error, while the source is down", async () => {
    fake.set("news", { kind: "status", status: 503 });
    await server.app.national.tick();
    const res = await viewer.get<NationalPicture>("/api/national");
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBe(2);
    expect(res.body.status.lastError).toBe("HTTP 503");
  });
});
