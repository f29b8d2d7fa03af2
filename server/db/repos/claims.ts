import type { Kysely } from "kysely";
import type {
  Claim,
  ClaimNote,
  ClaimReach,
  ClaimSeverity,
  ClaimSourceChannel,
  ClaimStatus,
  StaleReason,
} from "../../../shared/index.js";
import type { ClaimsTable } from "../claimTables.js";
import { hotQuery } from "../hotQuery.js";
import type { DB } from "../schema.js";

/** A claim row as the domain works with it; notes and people's names are joined in by `toClaims`. */
export type ClaimRecord = Omit<Claim, "notes" | "assigneeName" | "createdByName" | "timeToCorrectionMs">;

const json = (v: string): string[] => JSON.parse(v) as string[];

function fromRow(r: ClaimsTable): ClaimRecord {
  return {
    id: r.id,
    incidentId: r.incident_id,
    text: r.text,
    sourceChannel: r.source_channel as ClaimSourceChannel,
    link: r.link,
    otherLinks: json(r.other_links),
    firstSeenAt: r.first_seen_at,
    reach: r.reach as ClaimReach,
    calls: Number(r.calls),
    severity: r.severity as ClaimSeverity,
    status: r.status as ClaimStatus,
    dismissReason: r.dismiss_reason,
    assigneeId: r.assignee_id,
    dueAt: r.due_at,
    refutingFactIds: json(r.refuting_fact_ids),
    factFlags: JSON.parse(r.fact_flags) as StaleReason[],
    correctionBulletinId: r.correction_bulletin_id,
    mergedInto: r.merged_into,
    mergedFrom: json(r.merged_from),
    version: Number(r.version),
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    correctedAt: r.corrected_at,
  };
}

function toRow(c: ClaimRecord): Omit<ClaimsTable, "overdue_notified_due"> {
  return {
    id: c.id,
    incident_id: c.incidentId,
    text: c.text,
    source_channel: c.sourceChannel,
    link: c.link,
    other_links: JSON.stringify(c.otherLinks),
    first_seen_at: c.firstSeenAt,
    reach: c.reach,
    calls: c.calls,
    severity: c.severity,
    status: c.status,
    dismiss_reason: c.dismissReason,
    assignee_id: c.assigneeId,
    due_at: c.dueAt,
    refuting_fact_ids: JSON.stringify(c.refutingFactIds),
    fact_flags: JSON.stringify(c.factFlags),
    correction_bulletin_id: c.correctionBulletinId,
    merged_into: c.mergedInto,
    merged_from: JSON.stringify(c.mergedFrom),
    version: c.version,
    created_by: c.createdBy,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    corrected_at: c.correctedAt,
  };
}

export async function insertClaim(db: Kysely<DB>, c: ClaimRecord): Promise<void> {
  await db
    .insertInto("claims")
    .values({ ...toRow(c), overdue_notified_due: null })
    .execute();
}

/** Writes the whole record; the overdue flag is left alone (it belongs to the watch). */
export async function updateClaim(db: Kysely<DB>, c: ClaimRecord): Promise<void> {
  const { id: _id, ...row } = toRow(c);
  await db.updateTable("claims").set(row).where("id", "=", c.id).execute();
}

export async function findClaim(db: Kysely<DB>, id: string): Promise<ClaimRecord | undefined> {
  const row = await db.selectFrom("claims").selectAll().where("id", "=", id).executeTakeFirst();
  return row && fromRow(row);
}

export async function findClaimByCorrection(db: Kysely<DB>, bulletinId: string): Promise<ClaimRecord | undefined> {
  const row = await db
    .selectFrom("claims")
    .selectAll()
    .where("correction_bulletin_id", "=", bulletinId)
    .executeTakeFirst();
  return row && fromRow(row);
}

/** Claims callers have reported (calls > 0), not merged away; of one incident, or of all. Oldest first. */
export async function listCalledClaims(db: Kysely<DB>, incidentId: string | undefined): Promise<ClaimRecord[]> {
  let q = db.selectFrom("claims").selectAll().where("calls", ">", 0).where("merged_into", "is", null);
  if (incidentId) q = q.where("incident_id", "=", incidentId);
  const rows = await q.orderBy("created_at").orderBy("id").execute();
  return rows.map(fromRow);
}

const listQuery = hotQuery(["incidentId"], (db, { incidentId }: { incidentId: string }) =>
  db.selectFrom("claims").selectAll().where("incident_id", "=", incidentId).orderBy("created_at").orderBy("id"),
);

export async function listClaims(db: Kysely<DB>, incidentId: string): Promise<ClaimRecord[]> {
  const { rows } = await listQuery(db, { incidentId });
  return rows.map(fromRow);
}

/**
 * The atomic take: only a claim nobody holds, in a status that can be taken, changes hands. Of concurrent takes
 * exactly one sees a row updated, whatever the engine's isolation level.
 */
export async function takeClaim(
  db: Kysely<DB>,
  id: string,
  userId: string,
  from: readonly ClaimStatus[],
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable("claims")
    .set((eb) => ({ assignee_id: userId, status: "assigned", updated_at: at, version: eb("version", "+", 1) }))
    .where("id", "=", id)
    .where("assignee_id", "is", null)
    .where("status", "in", [...from])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertNote(db: Kysely<DB>, claimId: string, note: ClaimNote): Promise<void> {
  await db
    .insertInto("claim_notes")
    .values({
      id: note.id,
      claim_id: claimId,
      text: note.text,
      author_id: note.authorId,
      author_name: note.authorName,
      at: note.at,
    })
    .execute();
}

export async function listNotes(db: Kysely<DB>, claimIds: readonly string[]): Promise<Map<string, ClaimNote[]>> {
  const out = new Map<string, ClaimNote[]>();
  if (claimIds.length === 0) return out;
  const rows = await db
    .selectFrom("claim_notes")
    .selectAll()
    .where("claim_id", "in", [...claimIds])
    .orderBy("at")
    .orderBy("id")
    .execute();
  for (const r of rows) {
    const list = out.get(r.claim_id) ?? [];
    list.push({ id: r.id, text: r.text, authorId: r.author_id, authorName: r.author_name, at: r.at });
    out.set(r.claim_id, list);
  }
  return out;
}

export async function displayNames(db: Kysely<DB>, userIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom("users").select(["id", "display_name"]).where("id", "in", ids).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** Open claims past their due time whose notice for that due time has not been sent. */
export async function listOverdueClaims(
  db: Kysely<DB>,
  now: string,
  open: readonly ClaimStatus[],
): Promise<ClaimRecord[]> {
  const rows = await db
    .selectFrom("claims")
    .selectAll()
    .where("status", "in", [...open])
    .where("due_at", "<", now)
    .where((eb) => eb.or([eb("overdue_notified_due", "is", null), eb("overdue_notified_due", "!=", eb.ref("due_at"))]))
    .execute();
  return rows.map(fromRow);
}

/** Claims the notice for one due time: whoever flips the flag sends it; every other node's update matches nothing. */
export async function markOverdueNotified(db: Kysely<DB>, id: string, due: string): Promise<boolean> {
  const result = await db
    .updateTable("claims")
    .set({ overdue_notified_due: due })
    .where("id", "=", id)
    .where("due_at", "=", due)
    .where((eb) => eb.or([eb("overdue_notified_due", "is", null), eb("overdue_notified_due", "!=", due)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function usersWithRoles(db: Kysely<DB>, roles: readonly string[]): Promise<string[]> {
  const rows = await db
    .selectFrom("users")
    .select("id")
    .where("role", "in", [...roles])
    .where("disabled", "=", 0)
    .execute();
  return rows.map((r) => r.id);
}
