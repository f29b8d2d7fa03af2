import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DomainEvent, Incident } from "../../shared/index.js";
import {
  privateRedis,
  settle,
  sharedDatabase,
  uniqueRedisKey,
  until,
  type Node,
  type PrivateRedis,
  type SharedDatabase,
} from "../helpers/cluster.js";
import { collect } from "../helpers/socket.js";

// Its own redis-server, so stopping it cannot disturb other test files using the shared one.
describe("several nodes when Redis goes away and comes back", () => {
  let db: SharedDatabase;
  let redis: PrivateRedis;
  let a: Node;
  let b: Node;

  beforeAll(async () => {
    redis = await privateRedis();
    await redis.start();
    db = await sharedDatabase();
    const link = { url: redis.url, key: uniqueRedisKey() };
    [a, b] = await Promise.all([db.start(link), db.start(link)]);
  });
  afterAll(async () => {
    await db?.close();
    await redis?.stop();
  });

  it("keeps serving its own consoles during the outage and shares pushes again after it", async () => {
    const [leadOnA, viewerOnA, viewerOnB] = await Promise.all([a.as("lead"), a.as("viewer"), b.as("viewer")]);
    const [socketOnA, socketOnB] = await Promise.all([a.socket(viewerOnA), b.socket(viewerOnB)]);
    const onA = collect(socketOnA, "event");
    const onB = collect(socketOnB, "event");
    const about = (seen: DomainEvent[], id: string) => seen.filter((e) => e.incidentId === id);

    await redis.stop();
    const during = await leadOnA.post<Incident>("/api/incidents", { title: "Under Redis-avbrottet" });
    expect(during.status).toBe(201);
    await until(() => about(onA, during.body.id).length === 1, "the push on node A itself");
    // ioredis gives up on the queued PUBLISH after its retries; that lost push must not take the node down (an
    // unhandled rejection here fails the vitest run, as it would end the server process).
    await settle(1_500);
    expect(about(onB, during.body.id)).toEqual([]);
    expect((await leadOnA.get("/api/me")).status).toBe(200);
    // Presence falls back to this node's own sockets instead of failing the join.
    const joined = await socketOnA.emitWithAck("presence:join", { incidentId: during.body.id, editing: null });
    expect(joined.ok && joined.data.users.map((u) => u.username)).toEqual(["viewer"]);

    await redis.start();
    // ioredis reconnects (backoff up to 2 s) and resubscribes; retry writes until one reaches node B.
    let shared: Incident | undefined;
    const deadline = Date.now() + 10_000;
    while (!shared && Date.now() < deadline) {
      const res = await leadOnA.post<Incident>("/api/incidents", { title: "Efter Redis-avbrottet" });
      try {
        await until(() => about(onB, res.body.id).length === 1, "the push on node B", 500);
        shared = res.body;
      } catch {
        // not resubscribed yet
      }
    }
    expect(shared, "a push reached node B after Redis came back").toBeDefined();
    expect(socketOnA.connected && socketOnB.connected).toBe(true);
  });
});
