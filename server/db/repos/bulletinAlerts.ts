import { sql, type Kysely } from "kysely";
import type { BulletinAlertsTable } from "../bulletinTables.js";
import { hotQuery } from "../hotQuery.js";
import type { DB } from "../schema.js";

export type CapMsgType = "Alert" | "Update" | "Cancel";

export interface AlertRecord {
  groupId: string;
  n: number;
  incidentId: string;
  identifier: string;
  sent: string;
  msgType: CapMsgType;
}

const toAlert = (r: BulletinAlertsTable): AlertRecord => ({
  groupId: r.group_id,
  n: Number(r.n),
  incidentId: r.incident_id,
  identifier: r.identifier,
  sent: r.sent,
  msgType: r.msg_type as CapMsgType,
});

/**
 * Appends the group's next alert. Runs inside a command's transaction, which serialises writers. `msgType` may depend
 * on the alert's number (a group's first alert is its Alert), so the caller need not list the earlier ones.
 */
export async function appendAlert(
  db: Kysely<DB>,
  a: Omit<AlertRecord, "n" | "identifier" | "msgType"> & { msgType: CapMsgType | ((n: number) => CapMsgType) },
): Promise<AlertRecord> {
  const row = (await lastQuery(db, { groupId: a.groupId })).rows[0];
  const n = Number(row?.last ?? 0) + 1;
  const msgType = typeof a.msgType === "function" ? a.msgType(n) : a.msgType;
  const alert: AlertRecord = { ...a, msgType, n, identifier: `krisrum-${a.groupId}-${n}` };
  await insertQuery(db, {
    group_id: alert.groupId,
    n,
    incident_id: alert.incidentId,
    identifier: alert.identifier,
    sent: alert.sent,
    msg_type: alert.msgType,
  });
  return alert;
}

const lastQuery = hotQuery(["groupId"], (db, { groupId }: { groupId: string }) =>
  db
    .selectFrom("bulletin_alerts")
    .select(sql<number>`coalesce(max(n), 0)`.as("last"))
    .where("group_id", "=", groupId),
);
const insertQuery = hotQuery<BulletinAlertsTable, unknown>(
  ["group_id", "n", "incident_id", "identifier", "sent", "msg_type"],
  (db, row) => db.insertInto("bulletin_alerts").values(row),
);
const listQuery = hotQuery(["groupId"], (db, { groupId }: { groupId: string }) =>
  db.selectFrom("bulletin_alerts").selectAll().where("group_id", "=", groupId).orderBy("n", "asc"),
);

/** Oldest first. */
export async function listAlerts(db: Kysely<DB>, groupId: string): Promise<AlertRecord[]> {
  const { rows } = await listQuery(db, { groupId });
  return rows.map(toAlert);
}

/** Every alert of an incident's groups, oldest first within each group (the per-incident CAP index). */
export async function listIncidentAlerts(db: Kysely<DB>, incidentIds: string[]): Promise<AlertRecord[]> {
  if (incidentIds.length === 0) return [];
  const rows = await db
    .selectFrom("bulletin_alerts")
    .selectAll()
    .where("incident_id", "in", incidentIds)
    .orderBy("group_id")
    .orderBy("n", "asc")
    .execute();
  return rows.map(toAlert);
}
