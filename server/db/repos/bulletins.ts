import type { Kysely } from "kysely";
import type {
  Bulletin,
  BulletinContent,
  BulletinStatus,
  MessageLanguage,
  ScoreSummary,
  StaleReason,
} from "../../../shared/index.js";
import type { BulletinsTable } from "../bulletinTables.js";
import { hotQuery } from "../hotQuery.js";
import type { DB } from "../schema.js";

/** A bulletin as stored: the wire shape without its channel versions, plus the language group it belongs to. */
export type BulletinRecord = Omit<Bulletin, "channelVersions"> & { groupId: string };

const CONTENT_KEYS = [
  "kind",
  "headline",
  "body",
  "instruction",
  "audiences",
  "channels",
  "factIds",
  "area",
  "urgency",
  "severity",
  "certainty",
  "categories",
  "expiresAt",
  "nextUpdateAt",
] as const satisfies readonly (keyof BulletinContent)[];

export function contentOf(b: BulletinContent): BulletinContent {
  return Object.fromEntries(CONTENT_KEYS.map((k) => [k, b[k]])) as BulletinContent;
}

export function toRecord(r: BulletinsTable): BulletinRecord {
  return {
    ...(JSON.parse(r.content) as BulletinContent),
    id: r.id,
    incidentId: r.incident_id,
    groupId: r.group_id,
    language: r.language as MessageLanguage,
    translationOf: r.translation_of,
    translationOfVersion: r.translation_of_version === null ? null : Number(r.translation_of_version),
    status: r.status as BulletinStatus,
    version: Number(r.version),
    publishedVersion: r.published_version === null ? null : Number(r.published_version),
    publishedAt: r.published_at,
    firstPublishedAt: r.first_published_at,
    retractedAt: r.retracted_at,
    statusChangedAt: r.status_changed_at,
    stale: JSON.parse(r.stale) as StaleReason[],
    score: JSON.parse(r.score) as ScoreSummary,
    claimId: r.claim_id,
    createdBy: r.created_by,
    createdByName: r.created_by_name,
    createdAt: r.created_at,
    updatedBy: r.updated_by,
    updatedByName: r.updated_by_name,
    updatedAt: r.updated_at,
  };
}

function toRow(b: BulletinRecord): BulletinsTable {
  return {
    id: b.id,
    incident_id: b.incidentId,
    group_id: b.groupId,
    language: b.language,
    translation_of: b.translationOf,
    translation_of_version: b.translationOfVersion,
    content: JSON.stringify(contentOf(b)),
    status: b.status,
    version: b.version,
    published_version: b.publishedVersion,
    published_at: b.publishedAt,
    first_published_at: b.firstPublishedAt,
    retracted_at: b.retractedAt,
    status_changed_at: b.statusChangedAt,
    stale: JSON.stringify(b.stale),
    score: JSON.stringify(b.score),
    claim_id: b.claimId,
    created_by: b.createdBy,
    created_by_name: b.createdByName,
    created_at: b.createdAt,
    updated_by: b.updatedBy,
    updated_by_name: b.updatedByName,
    updated_at: b.updatedAt,
  };
}

export async function insertBulletin(db: Kysely<DB>, b: BulletinRecord): Promise<void> {
  await db.insertInto("bulletins").values(toRow(b)).execute();
  await replaceCitations(db, b.id, b.factIds);
}

/**
 * Writes the whole record; the cited-facts index follows the working version. A workflow move that keeps the working
 * version's content (publish, retract) passes `citations: false` and skips rewriting an index that cannot have changed.
 */
export async function updateBulletin(
  db: Kysely<DB>,
  b: BulletinRecord,
  { citations = true }: { citations?: boolean } = {},
): Promise<void> {
  const {
    incident_id: _i,
    group_id: _g,
    language: _l,
    translation_of: _t,
    created_by: _b,
    created_by_name: _n,
    created_at: _a,
    ...row
  } = toRow(b);
  await updateRow(db, row);
  if (citations) await replaceCitations(db, b.id, b.factIds);
}

type UpdatableRow = Omit<
  BulletinsTable,
  "incident_id" | "group_id" | "language" | "translation_of" | "created_by" | "created_by_name" | "created_at"
>;
const UPDATABLE = [
  "id",
  "translation_of_version",
  "content",
  "status",
  "version",
  "published_version",
  "published_at",
  "first_published_at",
  "retracted_at",
  "status_changed_at",
  "stale",
  "score",
  "claim_id",
  "updated_by",
  "updated_by_name",
  "updated_at",
] as const satisfies ReadonlyArray<keyof UpdatableRow>;
const updateRow = hotQuery<UpdatableRow, unknown>(UPDATABLE, (db, { id, ...rest }) =>
  db.updateTable("bulletins").set(rest).where("id", "=", id),
);
const findQuery = hotQuery(["id"], (db, { id }: { id: string }) =>
  db.selectFrom("bulletins").selectAll().where("id", "=", id),
);
const groupQuery = hotQuery(["groupId"], (db, { groupId }: { groupId: string }) =>
  db
    .selectFrom("bulletins")
    .selectAll()
    .where("group_id", "=", groupId)
    .orderBy("created_at", "asc")
    .orderBy("id", "asc"),
);

async function replaceCitations(db: Kysely<DB>, bulletinId: string, factIds: readonly string[]): Promise<void> {
  await db.deleteFrom("bulletin_facts").where("bulletin_id", "=", bulletinId).execute();
  const unique = [...new Set(factIds)];
  if (unique.length > 0)
    await db
      .insertInto("bulletin_facts")
      .values(unique.map((fact_id) => ({ bulletin_id: bulletinId, fact_id })))
      .execute();
}

export async function findBulletin(db: Kysely<DB>, id: string): Promise<BulletinRecord | undefined> {
  const row = (await findQuery(db, { id })).rows[0];
  return row && toRecord(row);
}

/** Newest first. */
export async function listBulletins(
  db: Kysely<DB>,
  incidentId: string,
  status?: BulletinStatus,
): Promise<BulletinRecord[]> {
  let q = db.selectFrom("bulletins").selectAll().where("incident_id", "=", incidentId);
  if (status) q = q.where("status", "=", status);
  const rows = await q.orderBy("created_at", "desc").orderBy("id", "desc").execute();
  return rows.map(toRecord);
}

/** A master and its translations, master first. */
export async function listGroup(db: Kysely<DB>, groupId: string): Promise<BulletinRecord[]> {
  const { rows } = await groupQuery(db, { groupId });
  return rows.map(toRecord).sort((a, b) => Number(a.translationOf !== null) - Number(b.translationOf !== null));
}

export async function listTranslations(db: Kysely<DB>, masterId: string): Promise<BulletinRecord[]> {
  const rows = await db.selectFrom("bulletins").selectAll().where("translation_of", "=", masterId).execute();
  return rows.map(toRecord);
}

/** Not-retracted bulletins whose working version cites the fact. */
export async function listCiting(db: Kysely<DB>, factId: string): Promise<BulletinRecord[]> {
  const rows = await db
    .selectFrom("bulletins")
    .innerJoin("bulletin_facts", "bulletin_facts.bulletin_id", "bulletins.id")
    .selectAll("bulletins")
    .where("bulletin_facts.fact_id", "=", factId)
    .where("bulletins.status", "<>", "retracted")
    .orderBy("bulletins.created_at", "asc")
    .execute();
  return rows.map(toRecord);
}

/** Every bulletin in review, oldest first, with its incident's title. */
/** What waits for a lead: in review (to approve) and approved but not yet published (to publish), oldest first. */
export async function listWaitingForLead(
  db: Kysely<DB>,
): Promise<Array<{ bulletin: BulletinRecord; incidentTitle: string; exercise: boolean }>> {
  const rows = await db
    .selectFrom("bulletins")
    .innerJoin("incidents", "incidents.id", "bulletins.incident_id")
    .selectAll("bulletins")
    .select(["incidents.title as incident_title", "incidents.exercise as incident_exercise"])
    .where("bulletins.status", "in", ["in_review", "approved"])
    .orderBy("bulletins.status_changed_at", "asc")
    .orderBy("bulletins.id", "asc")
    .execute();
  return rows.map(({ incident_title, incident_exercise, ...row }) => ({
    bulletin: toRecord(row),
    incidentTitle: incident_title,
    exercise: Number(incident_exercise) === 1,
  }));
}

/** Published at least once: what the public outputs draw from. */
export async function listEverPublished(db: Kysely<DB>, incidentIds: readonly string[]): Promise<BulletinRecord[]> {
  if (incidentIds.length === 0) return [];
  const rows = await db
    .selectFrom("bulletins")
    .selectAll()
    .where("incident_id", "in", [...incidentIds])
    .where("published_version", "is not", null)
    .orderBy("first_published_at", "desc")
    .orderBy("id", "asc")
    .execute();
  return rows.map(toRecord);
}
