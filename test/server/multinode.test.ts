import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../server/app.js";
import { openDatabase, type Database } from "../../server/db/connect.js";
import { migrateToLatest } from "../../server/db/migrate.js";
import { seedIfEmpty } from "../../server/domain/seed.js";
import { createLogger } from "../../server/logger.js";
import { connectRedis, RedisUnavailableError, type RedisLink } from "../../server/realtime/redis.js";
import type { DomainEvent, Incident, PresenceUser, Role, User } from "../../shared/index.js";
import { startChildServer } from "../helpers/child.js";
import { login, type ApiClient } from "../helpers/http.js";
import { createPgSchema, PG_URL, type PgSchema } from "../helpers/pg.js";
import { DEMO_PASSWORD, DEMO_USERS } from "../helpers/server.js";
import { collect, connectSocket, disconnected, nextEvent, type ClientSocket } from "../helpers/socket.js";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const log = createLogger((process.env.TEST_LOG_LEVEL as "debug" | undefined) ?? "silent");

/** One server node: its own app, pool and (optionally) Redis clients, over the database all nodes share. */
interface Node {
  url: string;
  app: App;
  as(role: Role): Promise<ApiClient>;
  socket(client: ApiClient): Promise<ClientSocket>;
  close(): Promise<void>;
}

async function startNode(pgSchema: string, redisKey: string | null, staticDir: string): Promise<Node> {
  const database: Database = openDatabase({ databaseUrl: PG_URL, pgSchema, pgPoolMax: 3, dataDir: staticDir });
  let redis: RedisLink | undefined;
  if (redisKey) redis = await connectRedis(REDIS_URL, { key: redisKey, log });
  const app = createApp({
    config: { secureCookies: false, sessionHours: 12, staticDir },
    db: database.db,
    log,
    ...(redis ? { adapter: redis.adapter } : {}),
  });
  await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  const sockets: ClientSocket[] = [];
  return {
    url,
    app,
    as: (role) => login(url, DEMO_USERS[role], DEMO_PASSWORD),
    async socket(client) {
      const socket = await connectSocket(url, client.cookie);
      sockets.push(socket);
      return socket;
    },
    async close() {
      for (const s of sockets) s.close();
      await app.close();
      await redis?.close();
      await database.close();
    },
  };
}

/** Waits until `done()` holds, polling; fails with `what` so a missing push fails the test rather than hang it. */
async function until(done: () => boolean, what: string, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

describe("several nodes on one PostgreSQL database", () => {
  let schema: PgSchema;
  let dataDir: string;
  const nodes: Node[] = [];

  beforeAll(async () => {
    schema = await createPgSchema();
    dataDir = mkdtempSync(join(tmpdir(), "krisrum-multinode-"));
    const setup = openDatabase({ databaseUrl: PG_URL, pgSchema: schema.schema, pgPoolMax: 1, dataDir });
    await migrateToLatest(setup.db);
    await seedIfEmpty(setup.db, { demo: true, demoPassword: DEMO_PASSWORD, adminPassword: DEMO_PASSWORD });
    await setup.close();
  });
  afterAll(async () => {
    await Promise.all(nodes.map((n) => n.close()));
    await schema?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const start = async (redisKey: string | null) => {
    const node = await startNode(schema.schema, redisKey, join(dataDir, "no-client"));
    nodes.push(node);
    return node;
  };

  describe("with the Redis adapter", () => {
    // A key of its own: parallel runs on the same Redis never see each other's packets.
    const key = `krisrum-test-${randomUUID()}`;
    let a: Node;
    let b: Node;

    beforeAll(async () => {
      [a, b] = await Promise.all([start(key), start(key)]);
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
      const leadSeesBoth = nextEvent(leadSocket, "presence", (p) => p.incidentId === incident.id && p.users.length === 2);
      const second = await viewerSocket.emitWithAck("presence:join", { incidentId: incident.id, editing: "description" });
      // Node B's answer counts the lead's socket on node A; node A's console hears of the viewer on node B.
      expect(second.ok && names(second.data.users)).toEqual(["lead", "viewer"]);
      const [seen] = await leadSeesBoth;
      expect(seen.users.find((u) => u.username === "viewer")).toMatchObject({ editing: "description" });

      const leadSeesOne = nextEvent(leadSocket, "presence", (p) => p.incidentId === incident.id && p.users.length === 1);
      viewerSocket.close();
      expect(names((await leadSeesOne)[0].users)).toEqual(["lead"]);
    });
  });

  describe("without the Redis adapter", () => {
    it("keeps a write on node A from node B's consoles (what the adapter fixes)", async () => {
      const [a, b] = await Promise.all([start(null), start(null)]);
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

describe("start-up with KRISRUM_REDIS_URL", () => {
  it("rejects an unreachable Redis with a clear error", async () => {
    const err = await connectRedis("redis://127.0.0.1:1", { log, connectTimeoutMs: 2_000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RedisUnavailableError);
    expect((err as Error).message).toMatch(/^Redis at redis:\/\/127\.0\.0\.1:1 \(KRISRUM_REDIS_URL\) is unreachable: .*ECONNREFUSED/);
  });

  it("stops the server before it touches the database, and says why", async () => {
    // A schema of its own in the URL as well, so even a regression that migrated first would not touch `public`.
    const schema = await createPgSchema();
    try {
      const url = `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema.schema}`)}`;
      const failed = await startChildServer({ DATABASE_URL: url, KRISRUM_REDIS_URL: "redis://127.0.0.1:1" }).catch((e: unknown) => e);
      expect((failed as Error).message).toMatch(/server exited \(1\) before listening/);
      expect((failed as Error).message).toMatch(/Redis at redis:\/\/127\.0\.0\.1:1 \(KRISRUM_REDIS_URL\) is unreachable/);
      expect((failed as Error).message).not.toMatch(/migrations applied/);
    } finally {
      await schema.drop();
    }
  });

  it("starts in multi-node mode, says so, and shuts down cleanly", async () => {
    const schema = await createPgSchema();
    try {
      const url = `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema.schema}`)}`;
      const child = await startChildServer({ DATABASE_URL: url, KRISRUM_REDIS_URL: REDIS_URL });
      expect(child.output()).toMatch(/multi-node mode: live pushes shared through Redis/);
      child.process.kill("SIGTERM");
      const exit = await child.exited;
      expect(exit, child.output()).toEqual({ code: 0, signal: null });
    } finally {
      await schema.drop();
    }
  });
});
