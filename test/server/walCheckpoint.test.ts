import { rmSync, statSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, sql, SqliteDialect } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, SQLITE_FILE } from "../../server/db/connect.js";
import { withStatementCache } from "../../server/db/statementCache.js";
import { SAFETY_AUTOCHECKPOINT_PAGES, withDeferredCheckpoints } from "../../server/db/walCheckpoint.js";
import { makeTestDir } from "../helpers/tmp.js";

interface TestDB {
  notes: { id: number; body: string };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const WAL_FRAME_BYTES = 24 + 4096;

describe("WAL checkpoints after the write, not in its commit", () => {
  const dirs: string[] = [];
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function openCounted(everyWrites: number) {
    const raw = new SQLite(":memory:");
    raw.exec("create table notes (id integer primary key, body text not null)");
    const calls: Array<{ inTransaction: boolean }> = [];
    const database = withDeferredCheckpoints(raw, withStatementCache(raw), {
      everyWrites,
      checkpoint: () => calls.push({ inTransaction: raw.inTransaction }),
    });
    const db = new Kysely<TestDB>({ dialect: new SqliteDialect({ database }) });
    closers.push(() => db.destroy());
    return { db, calls };
  }

  it("runs the checkpoint on a later turn, after the committing write's own continuation", async () => {
    const { db, calls } = openCounted(4);
    let continuationSawCheckpoint: boolean | undefined;
    await db
      .transaction()
      .execute(async (tx) => {
        for (let i = 1; i <= 3; i++) await tx.insertInto("notes").values({ id: i, body: "x" }).execute();
      })
      .then(() => {
        // What a command does after its commit (the push of its events) runs before the checkpoint.
        continuationSawCheckpoint = calls.length > 0;
      });
    expect(continuationSawCheckpoint).toBe(false);
    await nextTurn();
    expect(calls).toEqual([{ inTransaction: false }]);
  });

  it("waits while a transaction is open on the connection, and counts again from zero afterwards", async () => {
    const { db, calls } = openCounted(3);
    await db.transaction().execute(async (tx) => {
      for (let i = 1; i <= 4; i++) await tx.insertInto("notes").values({ id: i, body: "x" }).execute();
      // A transaction that spans turns of the event loop (it awaits something other than the database).
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(calls).toEqual([]);
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls).toEqual([{ inTransaction: false }]);
    await db.selectFrom("notes").selectAll().execute(); // reads do not count
    await db.insertInto("notes").values({ id: 9, body: "x" }).execute();
    await nextTurn();
    expect(calls).toHaveLength(1);
  });

  it("keeps the WAL of a real file bounded though SQLite's own checkpoint waits for 10,000 pages", async () => {
    const dir = makeTestDir("krisrum-wal-");
    dirs.push(dir);
    const { db, close } = openDatabase({ dataDir: dir });
    closers.push(close);
    const raw = new SQLite(join(dir, SQLITE_FILE), { readonly: true });
    const autocheckpoint = raw.pragma("wal_autocheckpoint", { simple: true });
    raw.close();
    // The setting is per connection: read it through the server's own.
    const { rows } = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(db);
    expect(rows[0]?.wal_autocheckpoint).toBe(SAFETY_AUTOCHECKPOINT_PAGES);
    expect(autocheckpoint).toBe(1000); // a fresh connection's default: the server's setting is its own

    const notes = db as unknown as Kysely<TestDB>;
    await notes.schema
      .createTable("notes")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("body", "text")
      .execute();
    const page = "x".repeat(3_000); // about a page per row
    let id = 0;
    // 150 transactions of 18 rows, a publish's worth of pages each: ~2,700 pages in all.
    for (let t = 0; t < 150; t++) {
      await notes.transaction().execute(async (tx) => {
        for (let r = 0; r < 18; r++) await tx.insertInto("notes").values({ id: ++id, body: page }).execute();
      });
      await nextTurn();
    }
    const walPages = statSync(join(dir, `${SQLITE_FILE}-wal`)).size / WAL_FRAME_BYTES;
    // Checkpointed every ~200 writes (about ten such transactions) and restarted: a few hundred pages at most.
    expect(walPages).toBeGreaterThan(100);
    expect(walPages).toBeLessThan(600);
  });
});
