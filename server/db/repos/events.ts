import { sql, type CompiledQuery, type Kysely } from "kysely";
import type { DomainEvent, EntityType, EventType, Role } from "../../../shared/index.js";
import { eventDef, type EventDataInput } from "../../../shared/events/index.js";
import { hotQuery } from "../hotQuery.js";
import type { DB, EventsTable } from "../schema.js";

/**
 * An event of type T as a domain command writes it: the payload is the catalogue's (shared/events/), `visibleTo`
 * may be left out for the type's default, `at` for now.
 */
export interface NewEventOf<T extends EventType> {
  actor: DomainEvent["actor"];
  type: T;
  incidentId: string | null;
  entity: { type: EntityType; id: string };
  visibleTo?: readonly Role[] | null;
  data: EventDataInput<T>;
  at?: string;
}
export type NewEvent = { [T in EventType]: NewEventOf<T> }[EventType];

/**
 * Takes the event-counter row lock for the rest of the transaction (a no-op write: portable, unlike
 * `SELECT … FOR UPDATE`). Every domain command does this first, so commands run one at a time and
 * read-check-write rules (expected version, last admin) cannot race on PostgreSQL either.
 */
export async function lockEventLog(tx: Kysely<DB>): Promise<void> {
  await tx.executeQuery(
    compiledOnce(lockQueries, tx, () =>
      tx
        .updateTable("event_counter")
        .set({ value: sql<number>`value` })
        .where("id", "=", 1),
    ),
  );
}

/**
 * The event log's hot statements (every write runs the lock and the seq, every page hit and sync the latest seq),
 * built and compiled once per dialect instead of on every call: building and compiling cost more than running them.
 * Keyed by the query executor's adapter, which a database handle shares with its transactions (no handle here adds
 * Kysely plugins, which would change the compiled SQL).
 */
function compiledOnce<R>(
  cache: WeakMap<object, CompiledQuery<R>>,
  db: Kysely<DB>,
  build: () => { compile(): CompiledQuery<R> },
): CompiledQuery<R> {
  const key = db.getExecutor().adapter;
  let query = cache.get(key);
  if (query === undefined) {
    query = build().compile();
    cache.set(key, query);
  }
  return query;
}
const lockQueries = new WeakMap<object, CompiledQuery<unknown>>();
const nextSeqQueries = new WeakMap<object, CompiledQuery<{ value: number }>>();
const latestSeqQueries = new WeakMap<object, CompiledQuery<{ value: number }>>();

/**
 * Allocates the next seq inside the caller's write transaction. The counter row is locked until commit, so
 * seqs are handed out in commit order and without gaps (a rollback also rolls the counter back). A PostgreSQL
 * SEQUENCE would not do: two writers can take 7 and 8 and commit 8 first; a client syncing in between sees 8,
 * moves its cursor past 7 and never receives it.
 */
async function nextSeq(tx: Kysely<DB>): Promise<number> {
  const query = compiledOnce(nextSeqQueries, tx, () =>
    tx
      .updateTable("event_counter")
      .set((eb) => ({ value: eb("value", "+", 1) }))
      .where("id", "=", 1)
      .returning("value"),
  );
  const row = (await tx.executeQuery(query)).rows[0];
  if (row === undefined) throw new Error("event_counter has no row");
  return Number(row.value);
}

/** A builder form lets an entity carry its own event's seq (a log entry's `seq` is its event's). */
export type EventInput<T extends EventType = EventType> = NewEventOf<T> | ((seq: number) => NewEventOf<T>);

export async function appendEvent<T extends EventType>(tx: Kysely<DB>, input: EventInput<T>): Promise<DomainEvent> {
  const seq = await nextSeq(tx);
  const event = typeof input === "function" ? input(seq) : input;
  const visibleTo = event.visibleTo === undefined ? eventDef(event.type).visibleTo : event.visibleTo;
  // The payload as the command wrote it (its input type); readers parse it against the catalogue (readEvent).
  const full = {
    ...event,
    visibleTo: visibleTo && [...visibleTo],
    seq,
    at: event.at ?? new Date().toISOString(),
  } as unknown as DomainEvent;
  await insertQuery(tx, toRow(full));
  return full;
}

const EVENT_COLUMNS = [
  "seq",
  "at",
  "actor_id",
  "actor_name",
  "type",
  "incident_id",
  "entity_type",
  "entity_id",
  "visible_to",
  "data",
] as const satisfies ReadonlyArray<keyof EventsTable>;
const insertQuery = hotQuery<EventsTable, unknown>(EVENT_COLUMNS, (db, row) => db.insertInto("events").values(row));

export async function latestSeq(db: Kysely<DB>): Promise<number> {
  const query = compiledOnce(latestSeqQueries, db, () =>
    db.selectFrom("event_counter").select("value").where("id", "=", 1),
  );
  const row = (await db.executeQuery(query)).rows[0];
  if (row === undefined) throw new Error("event_counter has no row");
  return Number(row.value);
}

/** Whether an event about one of these entity types was committed after `since` (a seq range scan on the key). */
export async function hasEntityEventsAfter(
  db: Kysely<DB>,
  since: number,
  entityTypes: readonly string[],
): Promise<boolean> {
  const row = await db
    .selectFrom("events")
    .select("seq")
    .where("seq", ">", since)
    .where("entity_type", "in", [...entityTypes])
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Events after `since` that `role` may see, oldest first, up to `limit`, never past `upTo`. */
export async function listEventsSince(
  db: Kysely<DB>,
  opts: { since: number; upTo: number; role: Role; limit: number },
): Promise<DomainEvent[]> {
  const rows = await db
    .selectFrom("events")
    .selectAll()
    .where("seq", ">", opts.since)
    .where("seq", "<=", opts.upTo)
    .where((eb) => eb.or([eb("visible_to", "is", null), eb("visible_to", "like", `%"${opts.role}"%`)]))
    .orderBy("seq", "asc")
    .limit(opts.limit)
    .execute();
  return rows.map(fromRow);
}

/** An incident's events, newest first (`before` is an exclusive seq cursor). */
export async function listIncidentEvents(
  db: Kysely<DB>,
  opts: { incidentId: string; role: Role; excludeTypes: EventType[]; before?: number | undefined; limit: number },
): Promise<DomainEvent[]> {
  let q = db
    .selectFrom("events")
    .selectAll()
    .where("incident_id", "=", opts.incidentId)
    .where((eb) => eb.or([eb("visible_to", "is", null), eb("visible_to", "like", `%"${opts.role}"%`)]));
  if (opts.excludeTypes.length > 0) q = q.where("type", "not in", opts.excludeTypes);
  if (opts.before !== undefined) q = q.where("seq", "<", opts.before);
  const rows = await q.orderBy("seq", "desc").limit(opts.limit).execute();
  return rows.map(fromRow);
}

function toRow(e: DomainEvent): EventsTable {
  return {
    seq: e.seq,
    at: e.at,
    actor_id: e.actor?.id ?? null,
    actor_name: e.actor?.displayName ?? null,
    type: e.type,
    incident_id: e.incidentId,
    entity_type: e.entity.type,
    entity_id: e.entity.id,
    visible_to: e.visibleTo ? JSON.stringify(e.visibleTo) : null,
    data: JSON.stringify(e.data),
  };
}

function fromRow(r: EventsTable): DomainEvent {
  return {
    seq: Number(r.seq),
    at: r.at,
    actor: r.actor_id ? { id: r.actor_id, displayName: r.actor_name ?? "" } : null,
    type: r.type as EventType,
    incidentId: r.incident_id,
    entity: { type: r.entity_type as EntityType, id: r.entity_id },
    visibleTo: r.visible_to ? (JSON.parse(r.visible_to) as Role[]) : null,
    // Stored by this server, so read as written; a console reads old payloads leniently (readEvent).
    data: JSON.parse(r.data) as Record<string, unknown>,
  } as DomainEvent;
}
