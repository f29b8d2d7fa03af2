import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendEvent } from "../../server/db/repos/events.js";
import {
  SYNC_BACKLOG_LIMIT,
  type DomainEvent,
  type Incident,
  type PresenceUser,
  type SyncResult,
} from "../../shared/index.js";
import type { ApiClient } from "../helpers/http.js";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { collect, connectSocket, nextEvent, type ClientSocket } from "../helpers/socket.js";

type EventPage = { events: DomainEvent[]; latestSeq: number; hasMore: boolean };

describe("live push, sync and presence over Socket.IO", () => {
  let server: TestServer;
  let lead: ApiClient;
  let viewer: ApiClient;
  let admin: ApiClient;
  let demoIncident: Incident;

  beforeAll(async () => {
    server = await startTestServer();
    [lead, viewer, admin] = await Promise.all([server.as("lead"), server.as("viewer"), server.as("admin")]);
    demoIncident = (await viewer.get<{ incidents: Incident[] }>("/api/incidents")).body.incidents[0] as Incident;
  });
  afterAll(() => server.close());

  describe("handshake", () => {
    it("refuses a socket without a session cookie", async () => {
      await expect(connectSocket(server.url)).rejects.toThrow("unauthenticated");
    });

    it("refuses a socket with an unknown session token", async () => {
      await expect(connectSocket(server.url, "krisrum_session=made-up")).rejects.toThrow("unauthenticated");
    });

    it("accepts the same cookie the REST API uses", async () => {
      const socket = await server.socket(viewer);
      expect(socket.connected).toBe(true);
    });
  });

  describe("push", () => {
    it("pushes a new incident to another connected console within a fraction of a second", async () => {
      const watcher = await server.socket(viewer);
      const pushed = nextEvent(watcher, "event", (e) => e.type === "incident.created");
      const started = performance.now();
      const created = await lead.post<Incident>("/api/incidents", { title: "Gasläcka vid hamnen" });
      const [event] = await pushed;
      expect(performance.now() - started).toBeLessThan(500);
      expect(event).toMatchObject({
        type: "incident.created",
        incidentId: created.body.id,
        entity: { type: "incident", id: created.body.id },
        actor: { displayName: "Anna Lind (krisledare)" },
        visibleTo: null,
        data: { incident: created.body },
      });
      const { body } = await viewer.get<EventPage>(`/api/events?since=${event.seq - 1}`);
      expect(body.events[0]).toEqual(event);
    });

    it("sends account events only to admins", async () => {
      const [adminSocket, viewerSocket] = await Promise.all([server.socket(admin), server.socket(viewer)]);
      const viewerSaw = collect(viewerSocket, "event");
      const adminGot = nextEvent(adminSocket, "event", (e) => e.type === "user.updated");
      await viewer.patch("/api/me", { language: "en" });
      const [userEvent] = await adminGot;
      expect(userEvent.visibleTo).toEqual(["admin"]);
      // A later public event reaches the viewer; the account event before it never did.
      const viewerGot = nextEvent(viewerSocket, "event", (e) => e.type === "incident.created");
      await lead.post("/api/incidents", { title: "Efter kontoändringen" });
      await viewerGot;
      expect(viewerSaw.map((e) => e.type)).toEqual(["incident.created"]);
      const rest = await viewer.get<EventPage>(`/api/events?since=${userEvent.seq - 1}`);
      expect(rest.body.events.map((e) => e.seq)).not.toContain(userEvent.seq);
    });
  });

  describe("sync", () => {
    const sync = (socket: ClientSocket, since: unknown) =>
      socket.emitWithAck("sync", since as { since: number }) as Promise<
        { ok: true; data: SyncResult } | { ok: false; error: { code: string; field?: string } }
      >;

    it("returns exactly the events missed while disconnected, in seq order", async () => {
      const first = await server.socket(viewer);
      const latest = nextEvent(first, "event");
      await lead.patch(`/api/incidents/${demoIncident.id}`, { severity: "extreme" });
      const [lastSeen] = await latest;
      first.close();

      const missed: number[] = [];
      const r1 = await lead.post<Incident>("/api/incidents", { title: "Medan konsolen var borta" });
      const r2 = await lead.post(`/api/incidents/${r1.body.id}/log`, { kind: "note", text: "Första anteckningen" });
      const r3 = await lead.patch<Incident>(`/api/incidents/${r1.body.id}`, { status: "monitoring" });
      missed.push(...(await viewer.get<EventPage>(`/api/events?since=${lastSeen.seq}`)).body.events.map((e) => e.seq));
      expect([r1.status, r2.status, r3.status]).toEqual([201, 201, 200]);

      const second = await server.socket(viewer);
      const ack = await sync(second, { since: lastSeen.seq });
      expect(ack.ok).toBe(true);
      if (!ack.ok || ack.data.reset) throw new Error("expected events");
      expect(ack.data.events.map((e) => e.type)).toEqual(["incident.created", "log.entry_added", "incident.updated"]);
      expect(ack.data.events.map((e) => e.seq)).toEqual([lastSeen.seq + 1, lastSeen.seq + 2, lastSeen.seq + 3]);
      expect(ack.data.events.map((e) => e.seq)).toEqual(missed);
      expect(ack.data.latestSeq).toBe(lastSeen.seq + 3);

      const none = await sync(second, { since: ack.data.latestSeq });
      expect(none).toEqual({ ok: true, data: { reset: false, events: [], latestSeq: ack.data.latestSeq } });
    });

    it("filters synced events by the user's role", async () => {
      const viewerSocket = await server.socket(viewer);
      const adminSocket = await server.socket(admin);
      const v = await sync(viewerSocket, { since: 0 });
      const a = await sync(adminSocket, { since: 0 });
      if (!v.ok || v.data.reset || !a.ok || a.data.reset) throw new Error("expected events");
      expect(v.data.events.some((e) => e.type.startsWith("user."))).toBe(false);
      expect(a.data.events.some((e) => e.type === "user.created")).toBe(true);
      expect(v.data.latestSeq).toBe(a.data.latestSeq);
    });

    it("answers bad payloads with ok:false naming the field, and keeps the socket connected", async () => {
      const socket = await server.socket(viewer);
      expect(await sync(socket, { since: -1 })).toMatchObject({
        ok: false,
        error: { code: "validation", field: "since" },
      });
      expect(await sync(socket, "garbage")).toMatchObject({ ok: false, error: { code: "validation" } });
      expect(await sync(socket, { since: 1.5 })).toMatchObject({ ok: false, error: { field: "since" } });
      (socket as unknown as { emit(name: string, payload: unknown): void }).emit("sync", { since: 0 }); // no ack: ignored
      expect(socket.connected).toBe(true);
      expect(await sync(socket, { since: 0 })).toMatchObject({ ok: true, data: { reset: false } });
    });

    it("tells a console that is too far behind, or ahead of the log, to reload a snapshot", async () => {
      const db = server.database.db;
      await db.transaction().execute(async (tx) => {
        for (let i = 0; i <= SYNC_BACKLOG_LIMIT; i++) {
          await appendEvent(tx, {
            actor: null,
            type: "incident.updated",
            incidentId: null,
            entity: { type: "incident", id: demoIncident.id },
            visibleTo: ["admin"],
            data: {} as never,
          });
        }
      });
      const socket = await server.socket(viewer);
      const behind = await sync(socket, { since: 0 });
      expect(behind).toMatchObject({ ok: true, data: { reset: true } });
      if (!behind.ok) throw new Error("unreachable");
      expect(await sync(socket, { since: behind.data.latestSeq + 10 })).toMatchObject({
        ok: true,
        data: { reset: true },
      });
    });

    it("pages GET /api/events with hasMore and latestSeq", async () => {
      const latest = (await admin.get<EventPage>("/api/events?since=0&limit=1")).body;
      expect(latest.latestSeq).toBeGreaterThan(SYNC_BACKLOG_LIMIT);
      const page1 = (await admin.get<EventPage>("/api/events?since=0&limit=3")).body;
      expect(page1.events.map((e) => e.seq)).toEqual([1, 2, 3]);
      expect(page1).toMatchObject({ hasMore: true, latestSeq: latest.latestSeq });
      const page2 = (await admin.get<EventPage>("/api/events?since=3&limit=5000")).body;
      expect(page2.hasMore).toBe(true);
      expect(page2.events[0]?.seq).toBe(4);
      const tail = (await admin.get<EventPage>(`/api/events?since=${latest.latestSeq - 2}`)).body;
      expect(tail).toMatchObject({ hasMore: false, latestSeq: latest.latestSeq });
      expect(tail.events.map((e) => e.seq)).toEqual([latest.latestSeq - 1, latest.latestSeq]);
      const bad = await admin.get("/api/events?since=-4");
      expect(bad.body).toMatchObject({ error: { code: "validation", field: "since" } });
    });
  });

  describe("presence", () => {
    it("shows who is on an incident, updates on join, leave and disconnect", async () => {
      const incident = (await lead.post<Incident>("/api/incidents", { title: "Närvarotest" })).body;
      const leadSocket = await server.socket(lead);
      const viewerSocket = await server.socket(viewer);

      const joined = await leadSocket.emitWithAck("presence:join", { incidentId: incident.id, editing: null });
      expect(joined).toMatchObject({ ok: true, data: { users: [{ username: "lead", role: "lead", editing: null }] } });

      const leadSees = nextEvent(leadSocket, "presence", (p) => p.users.length === 2);
      const viewerJoin = await viewerSocket.emitWithAck("presence:join", {
        incidentId: incident.id,
        editing: "description",
      });
      if (!viewerJoin.ok) throw new Error("join failed");
      const names = (users: PresenceUser[]) => users.map((u) => u.username).sort();
      expect(names(viewerJoin.data.users)).toEqual(["lead", "viewer"]);
      const [seen] = await leadSees;
      expect(seen.incidentId).toBe(incident.id);
      expect(seen.users.find((u) => u.username === "viewer")?.editing).toBe("description");

      // A second tab of the same user does not add a second entry.
      const secondTab = await server.socket(viewer);
      const again = await secondTab.emitWithAck("presence:join", { incidentId: incident.id });
      if (!again.ok) throw new Error("join failed");
      expect(names(again.data.users)).toEqual(["lead", "viewer"]);
      secondTab.close();

      const afterLeave = nextEvent(leadSocket, "presence", (p) => p.users.length === 1);
      expect(await viewerSocket.emitWithAck("presence:leave", { incidentId: incident.id })).toEqual({
        ok: true,
        data: null,
      });
      expect(names((await afterLeave)[0].users)).toEqual(["lead"]);

      await viewerSocket.emitWithAck("presence:join", { incidentId: incident.id });
      const afterDisconnect = nextEvent(leadSocket, "presence", (p) => p.users.length === 1);
      viewerSocket.close();
      expect(names((await afterDisconnect)[0].users)).toEqual(["lead"]);
    });

    it("refuses to join an unknown incident or a malformed id, without disconnecting", async () => {
      const socket = await server.socket(viewer);
      expect(
        await socket.emitWithAck("presence:join", { incidentId: "00000000-0000-4000-8000-000000000000" }),
      ).toMatchObject({
        ok: false,
        error: { code: "not_found" },
      });
      expect(await socket.emitWithAck("presence:join", { incidentId: "nope" })).toMatchObject({
        ok: false,
        error: { code: "validation", field: "incidentId" },
      });
      expect(socket.connected).toBe(true);
    });
  });
});
