import type { Kysely } from "kysely";
import type { ChannelVersion, DerivedChannel, ScoreSummary, StaleReason } from "../../../shared/index.js";
import type { ChannelVersionsTable } from "../bulletinTables.js";
import { hotQuery } from "../hotQuery.js";
import type { DB } from "../schema.js";

function toChannelVersion(r: ChannelVersionsTable): ChannelVersion {
  return {
    id: r.id,
    bulletinId: r.bulletin_id,
    channel: r.channel as DerivedChannel,
    text: r.text,
    version: Number(r.version),
    masterVersion: Number(r.master_version),
    stale: JSON.parse(r.stale) as StaleReason[],
    score: JSON.parse(r.score) as ScoreSummary,
    updatedBy: r.updated_by,
    updatedByName: r.updated_by_name,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The full checklist result is kept with the row (for the editor's findings), outside the wire shape. */
export async function upsertChannelVersion(
  db: Kysely<DB>,
  cv: ChannelVersion,
  checklist: unknown,
  insert: boolean,
): Promise<void> {
  const row: ChannelVersionsTable = {
    id: cv.id,
    bulletin_id: cv.bulletinId,
    channel: cv.channel,
    text: cv.text,
    version: cv.version,
    master_version: cv.masterVersion,
    stale: JSON.stringify(cv.stale),
    score: JSON.stringify(cv.score),
    checklist: JSON.stringify(checklist),
    updated_by: cv.updatedBy,
    updated_by_name: cv.updatedByName,
    created_at: cv.createdAt,
    updated_at: cv.updatedAt,
  };
  if (insert) {
    await db.insertInto("channel_versions").values(row).execute();
    return;
  }
  const { id: _id, bulletin_id: _b, channel: _c, created_at: _a, ...rest } = row;
  await db.updateTable("channel_versions").set(rest).where("id", "=", cv.id).execute();
}

export async function setChannelStale(db: Kysely<DB>, id: string, stale: StaleReason[]): Promise<void> {
  await db
    .updateTable("channel_versions")
    .set({ stale: JSON.stringify(stale) })
    .where("id", "=", id)
    .execute();
}

const oneQuery = hotQuery(["bulletinId"], (db, { bulletinId }: { bulletinId: string }) =>
  db.selectFrom("channel_versions").selectAll().where("bulletin_id", "=", bulletinId).orderBy("channel", "asc"),
);

export async function listChannelVersions(
  db: Kysely<DB>,
  bulletinIds: readonly string[],
): Promise<Map<string, ChannelVersion[]>> {
  const byBulletin = new Map<string, ChannelVersion[]>();
  if (bulletinIds.length === 0) return byBulletin;
  // One bulletin (every command's reply and event) is the hot case: a compiled query of its own.
  const rows =
    bulletinIds.length === 1
      ? (await oneQuery(db, { bulletinId: bulletinIds[0] as string })).rows
      : await db
          .selectFrom("channel_versions")
          .selectAll()
          .where("bulletin_id", "in", [...bulletinIds])
          .orderBy("channel", "asc")
          .execute();
  for (const r of rows) byBulletin.set(r.bulletin_id, [...(byBulletin.get(r.bulletin_id) ?? []), toChannelVersion(r)]);
  return byBulletin;
}

export async function findChannelVersion(
  db: Kysely<DB>,
  bulletinId: string,
  channel: DerivedChannel,
): Promise<ChannelVersion | undefined> {
  const row = await db
    .selectFrom("channel_versions")
    .selectAll()
    .where("bulletin_id", "=", bulletinId)
    .where("channel", "=", channel)
    .executeTakeFirst();
  return row && toChannelVersion(row);
}
