import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../server/db/connect.js";
import type { Engine } from "../../../server/db/connect.js";
import { startChildServer, type ChildServer } from "../../helpers/child.js";
import { ENGINES } from "../../helpers/db.js";
import { login } from "../../helpers/http.js";
import { addWebhook, startReceiver, type Receiver } from "../../helpers/outbox.js";
import { createPgSchema, PG_URL, type PgSchema } from "../../helpers/pg.js";
import { createBulletin, createFact, createIncident, goodBulletin, publish } from "../bulletins/fixtures.js";
import { makeTestDir } from "../../helpers/tmp.js";

const PASSWORD = "outbox-crash-password-1";
const HOOKS = 8;
const PUBLISHES = 25; // 8 × 25 = 200 deliveries

describe.each(ENGINES)("outbox survives SIGKILL (%s)", (engine: Engine) => {
  let receiver: Receiver;
  let server: ChildServer | undefined;
  let schema: PgSchema | undefined;
  const dataDir = makeTestDir("krisrum-outbox-crash-");
  afterAll(async () => {
    server?.process.kill("SIGKILL");
    await receiver?.close();
    await schema?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    "delivers each of 200 pending deliveries after a SIGKILL mid-sending, once per webhook-id and in order",
    { timeout: 120_000 },
    async () => {
      receiver = await startReceiver();
      schema = engine === "postgres" ? await createPgSchema() : undefined;
      const env: Record<string, string> = {
        KRISRUM_DATA_DIR: dataDir,
        KRISRUM_STATIC_DIR: dataDir,
        KRISRUM_DEMO_PASSWORD: PASSWORD,
        KRISRUM_WEBHOOK_ALLOW_PRIVATE: "1",
        KRISRUM_PUBLIC_URL: "https://kommun.example",
        ...(schema
          ? { DATABASE_URL: `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema.schema}`)}` }
          : {}),
      };
      server = await startChildServer(env, 60_000);
      const [admin, lead, communicator] = await Promise.all([
        login(server.url, "admin", PASSWORD),
        login(server.url, "lead", PASSWORD),
        login(server.url, "communicator", PASSWORD),
      ]);
      const incident = await createIncident(lead);
      const factId = (await createFact(communicator, incident.id, "Huvudledningen har gått sönder.")).id;
      for (let h = 0; h < HOOKS; h++)
        await addWebhook(admin, receiver, `/hook-${h}`, { events: ["bulletin.published"] });

      // The receiver is down while the bulletins are published: every delivery waits in the outbox.
      receiver.setStatus(() => 503);
      const order: string[] = [];
      for (let i = 0; i < PUBLISHES; i++)
        order.push(
          (await publish(communicator, lead, await createBulletin(communicator, incident.id, goodBulletin([factId]))))
            .id,
        );
      const database = openDatabase(schema ? { databaseUrl: PG_URL, pgSchema: schema.schema, dataDir } : { dataDir });
      const ids = await database.db
        .selectFrom("outbox_deliveries")
        .select(["id", "status"])
        .where("channel", "=", "webhook")
        .execute();
      await database.close();
      expect(ids).toHaveLength(HOOKS * PUBLISHES);
      expect(ids.every((r) => r.status === "pending")).toBe(true);

      // Up again, slowly; killed once a quarter has arrived.
      receiver.delayMs = 25;
      receiver.setStatus(() => 200);
      await receiver.waitFor(() => receiver.accepted().size >= 50, 30_000, "the first deliveries");
      server.process.kill("SIGKILL");
      expect((await server.exited).signal).toBe("SIGKILL");
      const killedAt = Date.now();
      const before = receiver.accepted().size;
      expect(before).toBeLessThan(HOOKS * PUBLISHES);

      server = await startChildServer(env, 60_000);
      await receiver.waitFor(
        () => receiver.accepted().size === HOOKS * PUBLISHES,
        60_000,
        "every delivery after the restart",
      );
      await new Promise((r) => setTimeout(r, 500)); // anything sent twice would show up now

      const accepted = receiver.accepted();
      expect(new Set(accepted.keys())).toEqual(new Set(ids.map((r) => r.id)));
      expect(receiver.received.filter((r) => r.status === 200).every((r) => r.verified)).toBe(true);
      // A delivery is sent again only if the kill cut it off in flight: received before the kill, its answer not
      // recorded. With one delivery in flight per webhook, that is at most one per webhook, never one already recorded.
      const twice = [...accepted].filter(([, n]) => n > 1).map(([id]) => id);
      expect(twice.length).toBeLessThanOrEqual(HOOKS);
      for (const id of twice) {
        const first = receiver.received.find((r) => r.id === id && r.status === 200);
        expect(first!.at).toBeLessThanOrEqual(killedAt);
      }
      // In order per webhook: the bulletins arrive as they were published.
      for (let h = 0; h < HOOKS; h++) {
        const seen = receiver.received
          .filter((r) => r.path === `/hook-${h}` && r.status === 200)
          .map((r) => (r.json.data.bulletin as { id: string }).id);
        expect([...new Set(seen)]).toEqual(order);
      }
    },
  );
});
