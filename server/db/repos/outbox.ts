import { PostgresAdapter, sql, type Kysely } from "kysely";
import type { OutboxDeliveriesTable, OutboxPublicationsTable, WebhooksTable } from "../outboxTables.js";
import { hotQuery } from "../hotQuery.js";
import type { DB } from "../schema.js";

export type DeliveryRow = OutboxDeliveriesTable;
export type PublicationRow = OutboxPublicationsTable;
export type WebhookRow = WebhooksTable;

/** Sort key of a target's deliveries: the causing event's seq, then the part within it. */
export const positionOf = (seq: number, part: string): string => `${String(seq).padStart(14, "0")}:${part}`;

const isPostgres = (db: Kysely<DB>) => db.getExecutor().adapter instanceof PostgresAdapter;

const PUBLICATION_COLUMNS = [
  "id",
  "event_seq",
  "type",
  "incident_id",
  "bulletin_id",
  "exercise",
  "payload",
  "email_pending",
  "created_at",
] as const satisfies ReadonlyArray<keyof PublicationRow>;
const publicationQuery = hotQuery<PublicationRow, unknown>(PUBLICATION_COLUMNS, (db, row) =>
  db.insertInto("outbox_publications").values(row),
);

export async function insertPublication(db: Kysely<DB>, row: PublicationRow): Promise<void> {
  await publicationQuery(db, row);
}

export async function insertDeliveries(db: Kysely<DB>, rows: DeliveryRow[]): Promise<void> {
  // Bounded statements: SQLite allows 32,766 parameters, PostgreSQL 65,535; 16 columns × 500 rows stays well under.
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto("outbox_deliveries")
      .values(rows.slice(i, i + 500))
      .execute();
}

/** Webhooks that want this event: enabled, subscribed to the type, for this incident or all, exercise rule applied. */
export async function matchingWebhooks(
  db: Kysely<DB>,
  type: string,
  incidentId: string,
  exercise: boolean,
): Promise<WebhookRow[]> {
  const query = exercise ? exerciseWebhooksQuery : webhooksQuery;
  return (await query(db, { incidentId, pattern: `%"${type}"%` })).rows;
}

const webhooksOf = (exercise: boolean) =>
  hotQuery(["incidentId", "pattern"], (db, { incidentId, pattern }: { incidentId: string; pattern: string }) => {
    let q = db
      .selectFrom("webhooks")
      .selectAll()
      .where("disabled", "=", 0)
      .where((eb) => eb.or([eb("incident_id", "is", null), eb("incident_id", "=", incidentId)]))
      .where("events", "like", pattern);
    if (exercise) q = q.where("exercise", "=", 1);
    return q.orderBy("created_at").orderBy("id");
  });
const webhooksQuery = webhooksOf(false);
const exerciseWebhooksQuery = webhooksOf(true);

/**
 * Is any delivery (of any lane) due and unclaimed? One prepared statement outside a transaction: most polls find
 * nothing, and the full claim (a transaction and a query Kysely compiles each time) then costs the event loop, and
 * the consoles waiting on the same CPU for a push, nothing.
 */
const anyDueQuery = hotQuery(["now"], (db, { now }: { now: string }) =>
  db
    .selectFrom("outbox_deliveries")
    .select("id")
    .where("status", "=", "pending")
    .where("next_attempt_at", "<=", now)
    .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", now)]))
    .limit(1),
);

/**
 * Claims up to `limit` due deliveries for this node until `lockedUntil`. A target's deliveries go one at a time and
 * in order: one is due only when no earlier delivery of its target is still pending. On PostgreSQL the rows are
 * locked with FOR UPDATE SKIP LOCKED, so nodes claiming at the same moment get different rows and none waits; the
 * claim (locked_until) is committed before anything is sent, so a node that dies mid-send only delays its rows until
 * the claim runs out. SQLite has one writer (and one node), so the transaction alone serialises claims.
 */
export async function claimDue(
  db: Kysely<DB>,
  opts: { now: string; lockedUntil: string; node: string; limit: number; channels?: string[] },
): Promise<DeliveryRow[]> {
  if ((await anyDueQuery(db, { now: opts.now })).rows.length === 0) return [];
  return db.transaction().execute(async (tx) => {
    let q = tx
      .selectFrom("outbox_deliveries as d")
      .selectAll("d")
      .where("d.status", "=", "pending")
      .where("d.next_attempt_at", "<=", opts.now)
      .where((eb) => eb.or([eb("d.locked_until", "is", null), eb("d.locked_until", "<", opts.now)]))
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("outbox_deliveries as e")
              .select("e.id")
              .whereRef("e.target_id", "=", "d.target_id")
              .where("e.status", "=", "pending")
              .whereRef("e.position", "<", "d.position"),
          ),
        ),
      )
      .orderBy("d.next_attempt_at")
      .orderBy("d.position")
      .limit(opts.limit);
    if (opts.channels) q = q.where("d.channel", "in", opts.channels);
    if (isPostgres(tx)) q = q.forUpdate().skipLocked();
    const rows = await q.execute();
    if (rows.length === 0) return rows;
    await tx
      .updateTable("outbox_deliveries")
      .set({ locked_until: opts.lockedUntil, locked_by: opts.node })
      .where(
        "id",
        "in",
        rows.map((r) => r.id),
      )
      .execute();
    return rows;
  });
}

/** Records an outcome, only if this node still holds the claim (a claim that ran out belongs to someone else now). */
export async function finishDelivery(
  db: Kysely<DB>,
  id: string,
  node: string,
  set: Partial<
    Pick<DeliveryRow, "status" | "attempts" | "next_attempt_at" | "last_error" | "response_code" | "delivered_at">
  > & { updated_at: string },
): Promise<boolean> {
  const r = await db
    .updateTable("outbox_deliveries")
    .set({ ...set, locked_until: null, locked_by: null })
    .where("id", "=", id)
    .where("locked_by", "=", node)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Many delivered at once (e-mail batches): one statement instead of one commit per message. */
export async function markDelivered(db: Kysely<DB>, ids: string[], node: string, at: string): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    await db
      .updateTable("outbox_deliveries")
      .set({
        status: "delivered",
        attempts: sql<number>`attempts + 1`,
        delivered_at: at,
        updated_at: at,
        locked_until: null,
        locked_by: null,
        last_error: null,
      })
      .where("id", "in", ids.slice(i, i + 500))
      .where("locked_by", "=", node)
      .execute();
  }
}

export async function cancelPending(db: Kysely<DB>, targetId: string, reason: string, at: string): Promise<void> {
  await db
    .updateTable("outbox_deliveries")
    .set({ status: "cancelled", last_error: reason, updated_at: at, locked_until: null, locked_by: null })
    .where("target_id", "=", targetId)
    .where("status", "=", "pending")
    .execute();
}

export async function findPublication(db: Kysely<DB>, id: string): Promise<PublicationRow | undefined> {
  return db.selectFrom("outbox_publications").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Is any publication waiting for its e-mail fan-out? Asked first, outside a transaction, as `anyDueQuery` is. */
const anyEmailPendingQuery = hotQuery([], (db) =>
  db.selectFrom("outbox_publications").select("id").where("email_pending", "=", 1).limit(1),
);

/** Claims one publication whose subscribers still have to be expanded (the expansion runs in the same transaction). */
export async function withEmailFanOut(
  db: Kysely<DB>,
  fn: (tx: Kysely<DB>, p: PublicationRow) => Promise<void>,
): Promise<PublicationRow | undefined> {
  if ((await anyEmailPendingQuery(db, {})).rows.length === 0) return undefined;
  return db.transaction().execute(async (tx) => {
    let q = tx
      .selectFrom("outbox_publications")
      .selectAll()
      .where("email_pending", "=", 1)
      .orderBy("event_seq")
      .limit(1);
    if (isPostgres(tx)) q = q.forUpdate().skipLocked();
    const p = await q.executeTakeFirst();
    if (!p) return undefined;
    await fn(tx, p);
    await tx.updateTable("outbox_publications").set({ email_pending: 0 }).where("id", "=", p.id).execute();
    return p;
  });
}

export interface ReachCounts {
  publicationId: string;
  channel: string;
  status: string;
  /** Of `count`, how many were attempted at least once (pending ones: retrying rather than queued). */
  tried: number;
  count: number;
}

export async function countReach(db: Kysely<DB>, publicationIds: string[]): Promise<ReachCounts[]> {
  if (publicationIds.length === 0) return [];
  const rows = await db
    .selectFrom("outbox_deliveries")
    .select((eb) => [
      "publication_id",
      "channel",
      "status",
      eb.fn.sum<number>(sql<number>`case when attempts > 0 then 1 else 0 end`).as("tried"),
      eb.fn.countAll<number>().as("count"),
    ])
    .where("publication_id", "in", publicationIds)
    .groupBy(["publication_id", "channel", "status"])
    .execute();
  return rows.map((r) => ({
    publicationId: r.publication_id as string,
    channel: r.channel,
    status: r.status,
    tried: Number(r.tried),
    count: Number(r.count),
  }));
}
