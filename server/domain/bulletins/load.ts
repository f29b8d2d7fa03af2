import type { Kysely } from "kysely";
import type { Bulletin } from "../../../shared/index.js";
import { findBulletin, type BulletinRecord } from "../../db/repos/bulletins.js";
import { listChannelVersions } from "../../db/repos/channelVersions.js";
import type { DB } from "../../db/schema.js";
import { notFound } from "../../errors.js";

/** The wire shape: the record without its storage-only group id, with its channel versions. */
export async function withChannels(db: Kysely<DB>, records: BulletinRecord[]): Promise<Bulletin[]> {
  const channels = await listChannelVersions(
    db,
    records.map((r) => r.id),
  );
  return records.map(({ groupId: _g, ...r }) => ({ ...r, channelVersions: channels.get(r.id) ?? [] }));
}

export async function toBulletin(db: Kysely<DB>, record: BulletinRecord): Promise<Bulletin> {
  const [bulletin] = await withChannels(db, [record]);
  if (!bulletin) throw new Error("bulletin vanished while loading");
  return bulletin;
}

export async function requireRecord(db: Kysely<DB>, id: string): Promise<BulletinRecord> {
  const record = await findBulletin(db, id);
  if (!record) throw notFound("Bulletin");
  return record;
}
