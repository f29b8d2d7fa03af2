import type { Kysely } from "kysely";
import type { Fact, FactField, FactStatus, FactVersion } from "../../../shared/index.js";
import type { FactsTable, FactVersionsTable } from "../bulletinTables.js";
import { hotQuery } from "../hotQuery.js";
import type { DB } from "../schema.js";

function toFact(r: FactsTable): Fact {
  return {
    id: r.id,
    incidentId: r.incident_id,
    statement: r.statement,
    source: r.source,
    verifiedAt: r.verified_at,
    status: r.status as FactStatus,
    version: Number(r.version),
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
  };
}

function toRow(f: Fact): FactsTable {
  return {
    id: f.id,
    incident_id: f.incidentId,
    statement: f.statement,
    source: f.source,
    verified_at: f.verifiedAt,
    status: f.status,
    version: f.version,
    created_by: f.createdBy,
    created_at: f.createdAt,
    updated_by: f.updatedBy,
    updated_at: f.updatedAt,
  };
}

function toVersion(r: FactVersionsTable): FactVersion {
  return {
    factId: r.fact_id,
    version: Number(r.version),
    statement: r.statement,
    source: r.source,
    verifiedAt: r.verified_at,
    status: r.status as FactStatus,
    changed: JSON.parse(r.changed) as FactField[],
    changedBy: { id: r.changed_by, displayName: r.changed_by_name },
    changedAt: r.changed_at,
  };
}

export async function insertFact(db: Kysely<DB>, fact: Fact): Promise<void> {
  await db.insertInto("facts").values(toRow(fact)).execute();
}

export async function updateFact(db: Kysely<DB>, fact: Fact): Promise<void> {
  const { id: _id, incident_id: _i, created_by: _b, created_at: _a, ...rest } = toRow(fact);
  await db.updateTable("facts").set(rest).where("id", "=", fact.id).execute();
}

export async function insertFactVersion(
  db: Kysely<DB>,
  fact: Fact,
  changed: FactField[],
  by: { id: string; displayName: string },
): Promise<void> {
  await db
    .insertInto("fact_versions")
    .values({
      fact_id: fact.id,
      version: fact.version,
      statement: fact.statement,
      source: fact.source,
      verified_at: fact.verifiedAt,
      status: fact.status,
      changed: JSON.stringify(changed),
      changed_by: by.id,
      changed_by_name: by.displayName,
      changed_at: fact.updatedAt,
    })
    .execute();
}

export async function findFact(db: Kysely<DB>, id: string): Promise<Fact | undefined> {
  const row = await db.selectFrom("facts").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toFact(row);
}

const listQuery = hotQuery(["incidentId"], (db, { incidentId }: { incidentId: string }) =>
  db
    .selectFrom("facts")
    .selectAll()
    .where("incident_id", "=", incidentId)
    .orderBy("created_at", "asc")
    .orderBy("id", "asc"),
);

/** Oldest first, so the register reads in the order things became known. */
export async function listFacts(db: Kysely<DB>, incidentId: string): Promise<Fact[]> {
  const { rows } = await listQuery(db, { incidentId });
  return rows.map(toFact);
}

export async function listFactVersions(db: Kysely<DB>, factId: string): Promise<FactVersion[]> {
  const rows = await db
    .selectFrom("fact_versions")
    .selectAll()
    .where("fact_id", "=", factId)
    .orderBy("version", "asc")
    .execute();
  return rows.map(toVersion);
}

/** Ids among `ids` that are facts of this incident. */
export async function factIdsInIncident(
  db: Kysely<DB>,
  incidentId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom("facts")
    .select("id")
    .where("incident_id", "=", incidentId)
    .where("id", "in", [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}
