import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DomainEvent, Incident, PresenceUser, User } from "../../shared/index.js";
import {
  REDIS_URL,
  settle,
  sharedDatabase,
  uniqueRedisKey,
  until,
  type Node,
  type SharedDatabase,
} from "../helpers/cluster.js";
import { login } from "../helpers/http.js";
import { collect, disconnected, nextEvent } from "../helpers/socket.js";

describe("several nodes on one PostgreSQL database", () => {
  let db: SharedDatabase;

  beforeAll(async () => {
    db = await sharedDatabase();
  });
  afterAll(() => db?.close());

  describe("with the Redis adapter", () => {
    let a: Node;
    let b: Node;

    beforeAll(async () => {
      const redis = { url: REDIS_URL, key: uniqueRedisKey() };
      [a, b] = await Promise.all([db.start(redis), db.start(redis)]);
    });

    it("pushes a write on node A to a console on node B, in order and once", async () => {
      const [leadOnA, viewerOnB, viewerOnA] = await Promise.all([a.as("lead"), b.as("viewer"), a.as("viewer")]);
      const onB = collect(await b.socket(viewerOnB), "event");
      const onA = collect(await a.socket(viewerOnA), "event");
      const created = await leadOnA.post<Incident>("/api/incidents", { title: "Vattenläcka, två noder" });
      expect(created.status).toBe(201);
      for (const text of ["Första", "Andra", "Tredje"]) {
        expect((await leadOnA.post(`/api/incidents/${created.body.id}/log`, { kind: "note", text })).status).toBe(201);
      }
      const mine = (seen: DomainEvent[]) => seen.filter((e) => e.incidentId === created.body.id);
      await until(() => mine(onB).length >= 4 && mine(onA).length >= 4, "four events on both nodes");
      await settle(); // room for a duplicate to arrive
      const seqsB = mine(onB).map((e) => e.seq);
      expect(seqsB).toHaveLength(4);
      expect(seqsB).toEqual([...seqsB].sort((x, y) => x - y));
      expect(new Set(seqsB).size).toBe(4);
      expect(mine(onB)[0]).toMatchObject({ type: "incident.created", data: { incident: created.body } });
      // Both nodes' consoles got the same events, and the same as the shared event log holds.
      expect(mine(onA)).toEqual(mine(onB));
      const page = await viewerOnB.get<{ events: DomainEvent[] }>(`/api/events?since=${(seqsB[0] as number) - 1}`);
      expect(page.body.events.filter((e) => e.incidentId === created.body.id)).toEqual(mine(onB));
    });

    it("disconnects a revoked session's socket on node B when an admin on node A revokes it", async () => {
      const admin = await a.as("admin");
      const made = await admin.post<{ user: User }>("/api/users", {
        username: "tva.noder",
        displayName: "Två Noder",
        role: "agent",
        password: "long-enough-pw",
      });
      expect(made.status).toBe(201);
      const agentOnB = await login(b.url, "tva.noder", "long-enough-pw");
      const socket = await b.socket(agentOnB);
      const ended = nextEvent(socket, "session_ended");
      const closed = disconnected(socket);
      expect((await admin.patch(`/api/users/${made.body.user.id}`, { disabled: true })).status).toBe(200);
      await ended;
      expect(await closed).toBe("io server disconnect"); // a server-side disconnect, which the client does not retry
      expect((await agentOnB.get("/api/me")).status).toBe(401);
    });

    it("shows presence on an incident across both nodes", async () => {
      const [leadOnA, viewerOnB] = await Promise.all([a.as("lead"), b.as("viewer")]);
      const incident = (await leadOnA.post<Incident>("/api/incidents", { title: "Närvaro, två noder" })).body;
      const [leadSocket, viewerSocket] = await Promise.all([a.socket(leadOnA), b.socket(viewerOnB)]);
      const names = (users: PresenceUser[]) => users.map((u) => u.username).sort();

      const first = await leadSocket.emitWithAck("presence:join", { incidentId: incident.id, editing: null });
      expect(first).toMatchObject({ ok: true });
      const leadSeesBoth = nextEvent(
        leadSocket,
        "presence",
        (p) => p.incidentId === incident.id && p.users.length === 2,
      );
      const second = await viewerSocket.emitWithAck("presence:join", {
        incidentId: incident.id,
        editing: "description",
      });
      // Node B's answer counts the lead's socket on node A; node A's console hears of the viewer on node B.
      expect(second.ok && names(second.data.users)).toEqual(["lead", "viewer"]);
      const [seen] = await leadSeesBoth;
      expect(seen.users.find((u) => u.username === "viewer")).toMatchObject({ editing: "description" });

      const leadSeesOne = nextEvent(
        leadSocket,
        "presence",
        (p) => p.incidentId === incident.id && p.users.length === 1,
      );
      viewerSocket.close();
      expect(names((await leadSeesOne)[0].users)).toEqual(["lead"]);
    });
  });

  describe("without the Redis adapter", () => {
    it("keeps a write on node A from node B's consoles (what the adapter fixes)", async () => {
      const [a, b] = await Promise.all([db.start(null), db.start(null)]);
      const [leadOnA, viewerOnB, viewerOnA] = await Promise.all([a.as("lead"), b.as("viewer"), a.as("viewer")]);
      const onB = collect(await b.socket(viewerOnB), "event");
      const onA = collect(await a.socket(viewerOnA), "event");
      const created = await leadOnA.post<Incident>("/api/incidents", { title: "Bara nod A" });
      await until(() => onA.some((e) => e.incidentId === created.body.id), "the event on node A");
      await settle(500);
      expect(onB.filter((e) => e.incidentId === created.body.id)).toEqual([]);
    });
  });
});
