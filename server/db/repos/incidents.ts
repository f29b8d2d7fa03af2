import type { Kysely, Updateable } from "kysely";
import type { Incident, IncidentSeverity, IncidentStatus } from "../../../shared/index.js";
import { hotQuery } from "../hotQuery.js";
import type { DB, IncidentsTable } from "../schema.js";

function toIncident(r: IncidentsTable): Incident {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    severity: r.severity as IncidentSeverity,
    status: r.status as IncidentStatus,
    exercise: Number(r.exercise) === 1,
    startedAt: r.started_at,
    affectedAreas: JSON.parse(r.affected_areas) as string[],
    nextUpdateDue: r.next_update_due,
    lastPublishedAt: r.last_published_at,
    firstPublishedAt: r.first_published_at,
    closedAt: r.closed_at,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: Number(r.version),
  };
}

function toRow(i: Incident): IncidentsTable {
  return {
    id: i.id,
    title: i.title,
    description: i.description,
    severity: i.severity,
    status: i.status,
    exercise: i.exercise ? 1 : 0,
    started_at: i.startedAt,
    affected_areas: JSON.stringify(i.affectedAreas),
    next_update_due: i.nextUpdateDue,
    last_published_at: i.lastPublishedAt,
    first_published_at: i.firstPublishedAt ?? null,
    closed_at: i.closedAt,
    created_by: i.createdBy,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    version: i.version,
  };
}

export async function insertIncident(db: Kysely<DB>, incident: Incident): Promise<void> {
  await db.insertInto("incidents").values(toRow(incident)).execute();
}

const findQuery = hotQuery(["id"], (db, { id }: { id: string }) =>
  db.selectFrom("incidents").selectAll().where("id", "=", id),
);

export async function findIncident(db: Kysely<DB>, id: string): Promise<Incident | undefined> {
  const row = (await findQuery(db, { id })).rows[0];
  return row && toIncident(row);
}

export async function incidentExists(db: Kysely<DB>, id: string): Promise<boolean> {
  const row = await db.selectFrom("incidents").select("id").where("id", "=", id).executeTakeFirst();
  return row !== undefined;
}

/** Newest first (by creation; ties broken by id so the order is stable). */
export async function listIncidents(db: Kysely<DB>, status?: IncidentStatus): Promise<Incident[]> {
  let q = db.selectFrom("incidents").selectAll();
  if (status) q = q.where("status", "=", status);
  const rows = await q.orderBy("created_at", "desc").orderBy("id", "desc").execute();
  return rows.map(toIncident);
}

/** Writes the whole incident as given (the domain computed it from the stored one). */
export async function saveIncident(db: Kysely<DB>, incident: Incident): Promise<void> {
  const { created_by: _by, created_at: _at, ...row } = toRow(incident);
  await saveQuery(db, row);
}

type SavedRow = Omit<IncidentsTable, "created_by" | "created_at">;
const SAVED = [
  "id",
  "title",
  "description",
  "severity",
  "status",
  "exercise",
  "started_at",
  "affected_areas",
  "next_update_due",
  "last_published_at",
  "first_published_at",
  "closed_at",
  "updated_at",
  "version",
] as const satisfies ReadonlyArray<keyof SavedRow>;
const saveQuery = hotQuery<SavedRow, unknown>(SAVED, (db, { id, ...rest }) => {
  const set: Updateable<IncidentsTable> = rest;
  return db.updateTable("incidents").set(set).where("id", "=", id);
});
