import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { latestSeq, listEventsSince } from "../../server/db/repos/events.js";
import { seedIfEmpty } from "../../server/domain/seed.js";
import { isUnread, readEvent } from "../../shared/events/index.js";
import { DomainEvent, PROTOCOL_VERSION, type SyncResult } from "../../shared/index.js";
import { ENGINES, openTestDatabase, type TestDatabase } from "../helpers/db.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

describe.each(ENGINES)("an event log written before the catalogue (%s)", (engine) => {
  let t: TestDatabase | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it("reads every event of the seeded demo against the catalogue, none unread", async () => {
    t = await openTestDatabase(engine);
    await seedIfEmpty(t.db, { demo: true });
    const events = await listEventsSince(t.db, {
      since: 0,
      upTo: await latestSeq(t.db),
      role: "admin",
      limit: 100_000,
    });
    expect(events.length).toBeGreaterThan(10);
    const failures = events.flatMap((e) => {
      const parsed = DomainEvent.safeParse(e);
      return parsed.success ? [] : [`${e.seq} ${e.type}: ${parsed.error.message.slice(0, 300)}`];
    });
    expect(failures).toEqual([]);
    expect(events.filter((e) => isUnread(readEvent(e)))).toEqual([]);
  });

  it("still loads a stored event whose payload predates a field, and the console keeps it unread", async () => {
    t = await openTestDatabase(engine);
    await seedIfEmpty(t.db, { demo: true });
    const seq = (await latestSeq(t.db)) + 1;
    // A claim event as stored before claims had `calls` (and most other fields): rows are never rewritten.
    await t.db
      .insertInto("events")
      .values({
        seq,
        at: "2026-11-25T08:00:00.000Z",
        actor_id: null,
        actor_name: null,
        type: "claim.created",
        incident_id: null,
        entity_type: "claim",
        entity_id: "22222222-2222-4222-8222-222222222222",
        visible_to: null,
        data: JSON.stringify({
          claim: { id: "22222222-2222-4222-8222-222222222222", text: "Vattnet är förgiftat", status: "new" },
        }),
      })
      .execute();
    await t.db.updateTable("event_counter").set({ value: seq }).where("id", "=", 1).execute();
    const [old] = await listEventsSince(t.db, { since: seq - 1, upTo: seq, role: "viewer", limit: 10 });
    expect(old).toMatchObject({ seq, type: "claim.created" });
    const read = readEvent(old as DomainEvent);
    expect(isUnread(read)).toBe(true);
  });
});

describe("sync speaks one event protocol", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  type Ack = { ok: true; data: SyncResult } | { ok: false; error: { code: string; message: string } };

  it("tells a console of another protocol version to reload, and syncs one of this version or from before the field", async () => {
    const socket = await server.socket(await server.as("viewer"));
    const other = (await socket.emitWithAck("sync", { since: 0, protocol: PROTOCOL_VERSION + 1 })) as Ack;
    expect(other).toMatchObject({ ok: false, error: { code: "protocol" } });
    const current = (await socket.emitWithAck("sync", { since: 0, protocol: PROTOCOL_VERSION })) as Ack;
    expect(current.ok).toBe(true);
    const before = (await socket.emitWithAck("sync", { since: 0 })) as Ack;
    expect(before.ok).toBe(PROTOCOL_VERSION === 1);
  });
});
