import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { withStatementCache } from "../../server/db/statementCache.js";

interface TestDB {
  notes: { id: number; body: string };
}

describe("prepared statements reused under Kysely", () => {
  let raw: SQLite.Database;
  let prepared: string[];
  let cache: ReturnType<typeof withStatementCache>;
  let db: Kysely<TestDB>;

  const open = (size?: number) => {
    cache = withStatementCache(raw, size);
    db = new Kysely<TestDB>({ dialect: new SqliteDialect({ database: cache }) });
  };

  beforeEach(() => {
    raw = new SQLite(":memory:");
    raw.exec("create table notes (id integer primary key, body text not null)");
    prepared = [];
    const prepare = raw.prepare.bind(raw);
    raw.prepare = ((sql: string) => {
      prepared.push(sql);
      return prepare(sql);
    }) as typeof raw.prepare;
  });
  afterEach(async () => {
    await db.destroy();
  });

  it("prepares each SQL text once and answers every run with its own parameters", async () => {
    open();
    for (let i = 1; i <= 5; i++)
      await db
        .insertInto("notes")
        .values({ id: i, body: `note ${i}` })
        .execute();
    const bodies: string[] = [];
    for (let i = 1; i <= 5; i++)
      bodies.push((await db.selectFrom("notes").select("body").where("id", "=", i).executeTakeFirstOrThrow()).body);
    expect(bodies).toEqual(["note 1", "note 2", "note 3", "note 4", "note 5"]);
    expect(prepared.filter((sql) => sql.startsWith("insert"))).toHaveLength(1);
    expect(prepared.filter((sql) => sql.startsWith("select"))).toHaveLength(1);
    expect(cache.cached).toBe(2);
  });

  it("keeps transactions working (begin/commit/rollback are statements too)", async () => {
    open();
    await db.transaction().execute(async (tx) => {
      await tx.insertInto("notes").values({ id: 1, body: "kept" }).execute();
    });
    await expect(
      db.transaction().execute(async (tx) => {
        await tx.insertInto("notes").values({ id: 2, body: "rolled back" }).execute();
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    await db.transaction().execute(async (tx) => {
      await tx.insertInto("notes").values({ id: 3, body: "kept too" }).execute();
    });
    expect((await db.selectFrom("notes").select("body").orderBy("id").execute()).map((r) => r.body)).toEqual([
      "kept",
      "kept too",
    ]);
    expect(prepared.filter((sql) => sql === "begin")).toHaveLength(1);
  });

  it("does not hand out a kept statement that is still iterating, and keeps it once it is done", async () => {
    open();
    for (let i = 1; i <= 3; i++)
      await db
        .insertInto("notes")
        .values({ id: i, body: `note ${i}` })
        .execute();
    const sql = "select id from notes order by id";
    const kept = cache.prepare(sql) as SQLite.Statement;
    const rows = kept.iterate([]);
    expect(rows.next().value).toEqual({ id: 1 });
    expect(kept.busy).toBe(true);
    // Abandoned mid-way (a stream broken off): whoever asks now gets a statement of their own.
    const other = cache.prepare(sql);
    expect(other).not.toBe(kept);
    rows.return?.();
    expect(kept.busy).toBe(false);
    expect(cache.prepare(sql)).toBe(kept);
    expect((await db.selectFrom("notes").select("id").orderBy("id").execute()).map((r) => r.id)).toEqual([1, 2, 3]);
  });

  it("streams through a kept statement", async () => {
    open();
    for (let i = 1; i <= 3; i++)
      await db
        .insertInto("notes")
        .values({ id: i, body: `note ${i}` })
        .execute();
    const query = () => db.selectFrom("notes").select("body").orderBy("id");
    await query().execute();
    const streamed: string[] = [];
    for await (const row of query().stream()) streamed.push(row.body);
    expect(streamed).toEqual(["note 1", "note 2", "note 3"]);
    expect(prepared.filter((sql) => sql.startsWith("select"))).toHaveLength(1);
  });

  it("keeps at most `size` statements, dropping the least recently used", async () => {
    open(2);
    const byId = (id: number) => db.selectFrom("notes").select("id").where("id", "=", id);
    await byId(1).execute(); // A
    await db.selectFrom("notes").select("body").execute(); // B
    await byId(2).execute(); // A again: most recently used now
    await db.selectFrom("notes").select(["id", "body"]).execute(); // C: B goes
    expect(cache.cached).toBe(2);
    const before = prepared.length;
    await byId(3).execute(); // A is still kept
    expect(prepared.length).toBe(before);
    await db.selectFrom("notes").select("body").execute(); // B was dropped: prepared again
    expect(prepared.length).toBe(before + 1);
  });

  it("sees a column a migration added after the statement was kept", async () => {
    open();
    await db.insertInto("notes").values({ id: 1, body: "one" }).execute();
    const all = () => db.selectFrom("notes").selectAll().execute() as Promise<Array<Record<string, unknown>>>;
    expect(await all()).toEqual([{ id: 1, body: "one" }]);
    raw.exec("alter table notes add column tag text not null default 'x'");
    expect(await all()).toEqual([{ id: 1, body: "one", tag: "x" }]);
  });
});
