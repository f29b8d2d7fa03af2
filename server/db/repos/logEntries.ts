import type { Kysely } from "kysely";
import type { LogEntry, LogEntryKind } from "../../../shared/index.js";
import type { DB, LogEntriesTable } from "../schema.js";

function toEntry(r: LogEntriesTable): LogEntry {
  return {
    id: r.id,
    incidentId: r.incident_id,
    kind: r.kind as LogEntryKind,
    text: r.text,
    counterpart: r.counterpart,
    refersTo: r.refers_to,
    occurredAt: r.occurred_at,
    createdBy: r.created_by,
    createdAt: r.created_at,
    seq: Number(r.seq),
  };
}

/** Entries are insert-only: this module deliberately has no update or delete. */
export async function insertLogEntry(db: Kysely<DB>, e: LogEntry): Promise<void> {
  await db
    .insertInto("log_entries")
    .values({
      id: e.id,
      incident_id: e.incidentId,
      kind: e.kind,
      text: e.text,
      counterpart: e.counterpart,
      refers_to: e.refersTo,
      occurred_at: e.occurredAt,
      created_by: e.createdBy,
      created_at: e.createdAt,
      seq: e.seq,
    })
    .execute();
}

export async function findLogEntry(db: Kysely<DB>, id: string): Promise<LogEntry | undefined> {
  const row = await db.selectFrom("log_entries").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toEntry(row);
}

/** An incident's entries of the given kinds with their authors' names, newest first (`before`: exclusive seq). */
export async function listLogEntries(
  db: Kysely<DB>,
  opts: { incidentId: string; kinds: LogEntryKind[]; before?: number | undefined; limit: number },
): Promise<Array<LogEntry & { createdByName: string }>> {
  if (opts.kinds.length === 0) return [];
  let q = db
    .selectFrom("log_entries")
    .innerJoin("users", "users.id", "log_entries.created_by")
    .selectAll("log_entries")
    .select("users.display_name as created_by_name")
    .where("log_entries.incident_id", "=", opts.incidentId)
    .where("log_entries.kind", "in", opts.kinds);
  if (opts.before !== undefined) q = q.where("log_entries.seq", "<", opts.before);
  const rows = await q.orderBy("log_entries.seq", "desc").limit(opts.limit).execute();
  return rows.map(({ created_by_name, ...row }) => ({ ...toEntry(row), createdByName: created_by_name }));
}
