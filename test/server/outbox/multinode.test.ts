import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../server/db/connect.js";
import { migrateToLatest } from "../../../server/db/migrate.js";
import type { TestDatabase } from "../../helpers/db.js";
import {
  addWebhook,
  startOutboxServer,
  startReceiver,
  type OutboxServer,
  type Receiver,
} from "../../helpers/outbox.js";
import { createPgSchema, PG_URL, type PgSchema } from "../../helpers/pg.js";
import { createBulletin, createFact, createIncident, goodBulletin, publish } from "../bulletins/fixtures.js";
import { makeTestDir } from "../../helpers/tmp.js";

const HOOKS = 6;
const PUBLISHES = 20;

/** Two nodes on one PostgreSQL schema, each with its own pool and worker. */
describe("two nodes on PostgreSQL share the outbox", () => {
  let schema: PgSchema;
  let receiver: Receiver;
  let a: OutboxServer;
  let b: OutboxServer;
  const dataDir = makeTestDir("krisrum-outbox-nodes-");

  const nodeDb = async (): Promise<TestDatabase> => {
    const d = openDatabase({ databaseUrl: PG_URL, pgSchema: schema.schema, pgPoolMax: 5, dataDir });
    await migrateToLatest(d.db);
    return { ...d, dataDir, dispose: () => d.close() };
  };

  beforeAll(async () => {
    schema = await createPgSchema();
    receiver = await startReceiver();
    receiver.delayMs = 5;
    a = await startOutboxServer("postgres", { database: await nodeDb(), outbox: { pollMs: 10, batch: 7 } });
    b = await startOutboxServer("postgres", { database: await nodeDb(), outbox: { pollMs: 10, batch: 7 } });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await a?.database.dispose();
    await b?.database.dispose();
    await receiver?.close();
    await schema?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    "sends every delivery exactly once though both nodes claim at the same time, in order per webhook",
    { timeout: 90_000 },
    async () => {
      const [admin, lead, communicator] = await Promise.all([a.as("admin"), b.as("lead"), a.as("communicator")]);
      const incident = await createIncident(lead);
      const factId = (await createFact(communicator, incident.id, "Huvudledningen har gått sönder.")).id;
      for (let h = 0; h < HOOKS; h++)
        await addWebhook(admin, receiver, `/node-${h}`, { events: ["bulletin.published"] });
      const order: string[] = [];
      // Publishes on both nodes, while both workers run; extra passes on both add to the contention.
      let stop = false;
      const hammer = (s: OutboxServer) =>
        (async () => {
          while (!stop) await s.app.outbox.tick();
        })();
      const hammers = [hammer(a), hammer(b), hammer(a), hammer(b)];
      for (let i = 0; i < PUBLISHES; i++) {
        const [w, l] = i % 2 === 0 ? [communicator, lead] : [await b.as("communicator"), await a.as("lead")];
        order.push((await publish(w, l, await createBulletin(w, incident.id, goodBulletin([factId])))).id);
      }
      await receiver.waitFor(() => receiver.accepted().size === HOOKS * PUBLISHES, 60_000, "every delivery");
      await new Promise((r) => setTimeout(r, 500));
      stop = true;
      await Promise.all(hammers);

      const counts = receiver.accepted();
      expect(counts.size).toBe(HOOKS * PUBLISHES);
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
      expect(receiver.received).toHaveLength(HOOKS * PUBLISHES);
      expect(receiver.received.every((r) => r.verified)).toBe(true);
      for (let h = 0; h < HOOKS; h++) {
        expect(
          receiver.received
            .filter((r) => r.path === `/node-${h}`)
            .map((r) => (r.json.data.bulletin as { id: string }).id),
        ).toEqual(order);
      }
    },
  );
});
