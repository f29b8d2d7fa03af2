import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { compileTemplate, hotQuery, hotStatementName } from "../../server/db/hotQuery.js";
import type { AlertRecord } from "../../server/db/repos/bulletinAlerts.js";
import type { BulletinAlertsTable } from "../../server/db/bulletinTables.js";
import { ENGINES, openTestDatabase, type TestDatabase } from "../helpers/db.js";

const ALERT_COLUMNS = ["group_id", "n", "incident_id", "identifier", "sent", "msg_type"] as const;
const insertAlert = hotQuery<BulletinAlertsTable, unknown>(ALERT_COLUMNS, (db, row) =>
  db.insertInto("bulletin_alerts").values(row),
);
// A constant between the arguments, and an argument used twice: both must keep their places.
const alertsOf = hotQuery(["groupId", "after"], (db, { groupId, after }: { groupId: string; after: number }) =>
  db
    .selectFrom("bulletin_alerts")
    .selectAll()
    .where("group_id", "=", groupId)
    .where("msg_type", "<>", "Cancel")
    .where("n", ">", after)
    .where("incident_id", "<>", groupId)
    .orderBy("n", "asc"),
);

const row = (groupId: string, n: number, msgType: AlertRecord["msgType"]): BulletinAlertsTable => ({
  group_id: groupId,
  n,
  incident_id: "incident-1",
  identifier: `${groupId}-${n}`,
  sent: `2026-12-04T10:0${n}:00.000Z`,
  msg_type: msgType,
});

describe.each(ENGINES)("hot queries, compiled once and run with each call's values (%s)", (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    // bulletin_alerts has no foreign keys: rows of their own are enough here.
    for (const [group, n, type] of [
      ["g1", 1, "Alert"],
      ["g1", 2, "Update"],
      ["g1", 3, "Cancel"],
      ["g1", 4, "Update"],
      ["g2", 1, "Alert"],
    ] as const)
      await insertAlert(database.db, row(group, n, type));
  });
  afterAll(() => database.dispose());

  it("compiles to the SQL a fresh build gives, with the call's values in the builder's parameter order", () => {
    const db = database.db;
    const template = compileTemplate(db, ["groupId", "after"], (d, a: { groupId: string; after: number }) =>
      d
        .selectFrom("bulletin_alerts")
        .selectAll()
        .where("group_id", "=", a.groupId)
        .where("msg_type", "<>", "Cancel")
        .where("n", ">", a.after)
        .where("incident_id", "<>", a.groupId),
    );
    const fresh = db
      .selectFrom("bulletin_alerts")
      .selectAll()
      .where("group_id", "=", "g1")
      .where("msg_type", "<>", "Cancel")
      .where("n", ">", 1)
      .where("incident_id", "<>", "g1")
      .compile();
    expect(template.compiled.sql).toBe(fresh.sql);
    const args: Record<string, unknown> = { groupId: "g1", after: 1 };
    const parameters = template.slots.map((slot) => (typeof slot === "string" ? args[slot] : slot.constant));
    expect(parameters).toEqual(fresh.parameters);
  });

  it("answers each call with its own arguments, on the handle and inside a transaction", async () => {
    const ns = async (groupId: string, after: number, db = database.db) =>
      (await alertsOf(db, { groupId, after })).rows.map((r) => Number(r.n));
    expect(await ns("g1", 0)).toEqual([1, 2, 4]);
    expect(await ns("g1", 1)).toEqual([2, 4]);
    expect(await ns("g2", 0)).toEqual([1]);
    expect(await ns("g3", 0)).toEqual([]);
    await expect(
      database.db.transaction().execute(async (tx) => {
        await insertAlert(tx, row("g2", 2, "Update"));
        expect(await ns("g2", 0, tx)).toEqual([1, 2]);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await ns("g2", 0)).toEqual([1]);
  });

  // PostgreSQL only (SQLite keeps its statements in server/db/statementCache.ts, tested on its own).
  if (engine === "postgres")
    it("runs as a named prepared statement on PostgreSQL, prepared once per connection", async () => {
      await database.db.transaction().execute(async (tx) => {
        // One transaction is one connection: its prepared statements are the ones this session sees.
        for (const after of [0, 1, 2]) await alertsOf(tx, { groupId: "g1", after });
        const { rows } = await sql<{ name: string; statement: string }>`
        select name, statement from pg_prepared_statements where statement like '%bulletin_alerts%'`.execute(tx);
        const compiled = compileTemplate(tx, ["groupId", "after"], (d, a: { groupId: string; after: number }) =>
          d
            .selectFrom("bulletin_alerts")
            .selectAll()
            .where("group_id", "=", a.groupId)
            .where("msg_type", "<>", "Cancel")
            .where("n", ">", a.after)
            .where("incident_id", "<>", a.groupId)
            .orderBy("n", "asc"),
        ).compiled;
        const name = hotStatementName(compiled.sql);
        expect(name).toMatch(/^krisrum_hot_\d+$/);
        expect(rows.filter((r) => r.name === name)).toEqual([{ name, statement: compiled.sql }]);
      });
    });

  it("refuses an argument that does not become a parameter, and one its names leave out", async () => {
    const unused = hotQuery(["groupId", "ignored"], (db, { groupId }: { groupId: string; ignored: string }) =>
      db.selectFrom("bulletin_alerts").selectAll().where("group_id", "=", groupId),
    );
    await expect(unused(database.db, { groupId: "g1", ignored: "x" })).rejects.toThrow(/ignored did not become/);
    const partial = hotQuery<{ groupId: string; n: number }, unknown>(["groupId"], (db, { groupId }) =>
      db.selectFrom("bulletin_alerts").selectAll().where("group_id", "=", groupId),
    );
    await expect(partial(database.db, { groupId: "g1", n: 1 })).rejects.toThrow(/n are not among its names/);
  });
});
