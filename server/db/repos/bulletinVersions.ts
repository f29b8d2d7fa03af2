import type { Kysely } from "kysely";
import type { BulletinContent, BulletinStatus, BulletinVersion, ChecklistResult } from "../../../shared/index.js";
import type { BulletinVersionsTable } from "../bulletinTables.js";
import { hotQuery } from "../hotQuery.js";
import type { DB } from "../schema.js";

function toVersion(r: BulletinVersionsTable): BulletinVersion {
  return {
    ...(JSON.parse(r.content) as BulletinContent),
    bulletinId: r.bulletin_id,
    version: Number(r.version),
    status: r.status as BulletinStatus,
    translationOfVersion: r.translation_of_version === null ? null : Number(r.translation_of_version),
    checklist: JSON.parse(r.checklist) as ChecklistResult,
    publishChecklist: r.publish_checklist === null ? null : (JSON.parse(r.publish_checklist) as ChecklistResult),
    publishReason: r.publish_reason,
    savedBy: { id: r.saved_by, displayName: r.saved_by_name },
    savedAt: r.saved_at,
    publishedBy: r.published_by ? { id: r.published_by, displayName: r.published_by_name ?? "" } : null,
    publishedAt: r.published_at,
    supersededAt: r.superseded_at,
  };
}

export interface NewVersion {
  bulletinId: string;
  version: number;
  content: BulletinContent;
  translationOfVersion: number | null;
  checklist: ChecklistResult;
  savedBy: { id: string; displayName: string };
  savedAt: string;
}

export async function insertVersion(db: Kysely<DB>, v: NewVersion): Promise<void> {
  await db
    .insertInto("bulletin_versions")
    .values({
      bulletin_id: v.bulletinId,
      version: v.version,
      status: "draft",
      content: JSON.stringify(v.content),
      translation_of_version: v.translationOfVersion,
      checklist: JSON.stringify(v.checklist),
      publish_checklist: null,
      publish_reason: null,
      saved_by: v.savedBy.id,
      saved_by_name: v.savedBy.displayName,
      saved_at: v.savedAt,
      published_by: null,
      published_by_name: null,
      published_at: null,
      superseded_at: null,
    })
    .execute();
}

export async function setVersionStatus(
  db: Kysely<DB>,
  bulletinId: string,
  version: number,
  status: BulletinStatus,
): Promise<void> {
  await db
    .updateTable("bulletin_versions")
    .set({ status })
    .where("bulletin_id", "=", bulletinId)
    .where("version", "=", version)
    .execute();
}

/** Every older version not live on the public outputs becomes superseded when a newer one is saved. */
export async function supersedeUnpublished(
  db: Kysely<DB>,
  bulletinId: string,
  below: number,
  liveVersion: number | null,
  at: string,
): Promise<void> {
  let q = db
    .updateTable("bulletin_versions")
    .set({ status: "superseded", superseded_at: at })
    .where("bulletin_id", "=", bulletinId)
    .where("version", "<", below)
    .where("status", "in", ["draft", "in_review", "approved"]);
  if (liveVersion !== null) q = q.where("version", "<>", liveVersion);
  await q.execute();
}

export async function markPublished(
  db: Kysely<DB>,
  v: {
    bulletinId: string;
    version: number;
    checklist: ChecklistResult;
    reason: string | null;
    by: { id: string; displayName: string };
    at: string;
  },
): Promise<void> {
  await publishedQuery(db, {
    bulletinId: v.bulletinId,
    version: v.version,
    checklist: JSON.stringify(v.checklist),
    reason: v.reason,
    by: v.by.id,
    byName: v.by.displayName,
    at: v.at,
  });
}

interface PublishedArgs {
  bulletinId: string;
  version: number;
  checklist: string;
  reason: string | null;
  by: string;
  byName: string;
  at: string;
}
const publishedQuery = hotQuery<PublishedArgs, unknown>(
  ["bulletinId", "version", "checklist", "reason", "by", "byName", "at"],
  (db, a) =>
    db
      .updateTable("bulletin_versions")
      .set({
        status: "published",
        publish_checklist: a.checklist,
        publish_reason: a.reason,
        published_by: a.by,
        published_by_name: a.byName,
        published_at: a.at,
      })
      .where("bulletin_id", "=", a.bulletinId)
      .where("version", "=", a.version),
);

export async function markSuperseded(db: Kysely<DB>, bulletinId: string, version: number, at: string): Promise<void> {
  await db
    .updateTable("bulletin_versions")
    .set({ status: "superseded", superseded_at: at })
    .where("bulletin_id", "=", bulletinId)
    .where("version", "=", version)
    .execute();
}

export async function findVersion(
  db: Kysely<DB>,
  bulletinId: string,
  version: number,
): Promise<BulletinVersion | undefined> {
  const row = await db
    .selectFrom("bulletin_versions")
    .selectAll()
    .where("bulletin_id", "=", bulletinId)
    .where("version", "=", version)
    .executeTakeFirst();
  return row && toVersion(row);
}

/** Newest first. */
export async function listVersions(db: Kysely<DB>, bulletinId: string): Promise<BulletinVersion[]> {
  const rows = await db
    .selectFrom("bulletin_versions")
    .selectAll()
    .where("bulletin_id", "=", bulletinId)
    .orderBy("version", "desc")
    .execute();
  return rows.map(toVersion);
}

/** Distinct users who saved a version: the bulletin's authors, who get its notifications. */
export async function listAuthors(db: Kysely<DB>, bulletinIds: readonly string[]): Promise<Map<string, string[]>> {
  const authors = new Map<string, string[]>();
  if (bulletinIds.length === 0) return authors;
  const rows = await db
    .selectFrom("bulletin_versions")
    .select(["bulletin_id", "saved_by"])
    .distinct()
    .where("bulletin_id", "in", [...bulletinIds])
    .execute();
  for (const r of rows) authors.set(r.bulletin_id, [...(authors.get(r.bulletin_id) ?? []), r.saved_by]);
  return authors;
}

/** The given versions' content, for the public outputs (keys `${bulletinId}:${version}`). */
const versionQuery = hotQuery(
  ["bulletinId", "version"],
  (db, { bulletinId, version }: { bulletinId: string; version: number }) =>
    db.selectFrom("bulletin_versions").selectAll().where("bulletin_id", "=", bulletinId).where("version", "=", version),
);

export async function findVersions(
  db: Kysely<DB>,
  keys: ReadonlyArray<{ bulletinId: string; version: number }>,
): Promise<Map<string, BulletinVersion>> {
  const found = new Map<string, BulletinVersion>();
  if (keys.length === 0) return found;
  // One version (a publish's payload of a one-language group) is the hot case: a compiled query of its own.
  const [only] = keys;
  const rows =
    keys.length === 1 && only
      ? (await versionQuery(db, { bulletinId: only.bulletinId, version: only.version })).rows
      : await db
          .selectFrom("bulletin_versions")
          .selectAll()
          .where((eb) =>
            eb.or(keys.map((k) => eb.and([eb("bulletin_id", "=", k.bulletinId), eb("version", "=", k.version)]))),
          )
          .execute();
  for (const r of rows) found.set(`${r.bulletin_id}:${Number(r.version)}`, toVersion(r));
  return found;
}
