import type { Kysely, Selectable } from "kysely";
import type { NationalItem, NationalKind } from "../../../shared/schemas/national.js";
import type { NationalFeedsTable, NationalItemsTable } from "../../db/nationalTables.js";
import type { DB } from "../../db/schema.js";
import type { RunInTransaction } from "../../db/transaction.js";
import type { ParsedItem } from "./krisinfo.js";

export type FeedState = Selectable<NationalFeedsTable>;

export const emptyFeed = (feed: string): FeedState => ({
  feed,
  etag: null,
  last_modified: null,
  last_attempt_at: null,
  last_success_at: null,
  last_error: null,
  failures_in_row: 0,
  skipped_total: 0,
});

export async function readFeed(db: Kysely<DB>, feed: string): Promise<FeedState> {
  return (
    (await db.selectFrom("national_feeds").selectAll().where("feed", "=", feed).executeTakeFirst()) ?? emptyFeed(feed)
  );
}

export async function readFeeds(db: Kysely<DB>): Promise<FeedState[]> {
  return db.selectFrom("national_feeds").selectAll().execute();
}

export async function writeFeed(db: Kysely<DB>, state: FeedState): Promise<void> {
  const { feed: _feed, ...rest } = state;
  await db
    .insertInto("national_feeds")
    .values(state)
    .onConflict((oc) => oc.column("feed").doUpdateSet(rest))
    .execute();
}

export function toItem(row: Selectable<NationalItemsTable>): NationalItem {
  return {
    id: row.id,
    kind: row.kind as NationalKind,
    identifier: row.identifier,
    version: row.version,
    headline: row.headline,
    preamble: row.preamble,
    bodyText: row.body_text,
    pushMessage: row.push_message,
    areas: JSON.parse(row.areas) as NationalItem["areas"],
    web: row.web,
    language: row.language,
    sourceId: row.source_id,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    withdrawnAt: row.withdrawn_at,
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
  };
}

export const itemId = (kind: NationalKind, identifier: string) => `${kind}:${identifier}`;

export interface Change {
  change: "new" | "changed" | "withdrawn";
  item: NationalItem;
}

/**
 * Applies one full answer of a feed in one transaction: new items and changed ones get a version (the raw item is
 * kept), unchanged ones only their last-seen time. A VMA no longer in the VMA feed has been withdrawn by its sender
 * (the feed lists the VMAs in force); news ages out of its time window, so a missing news item is left as it is.
 */
export async function applyFeed(
  transaction: RunInTransaction,
  kind: NationalKind,
  items: readonly ParsedItem[],
  now: Date,
): Promise<Change[]> {
  const at = now.toISOString();
  return transaction(async (ctx) => {
    const { tx } = ctx;
    const changes: Change[] = [];
    for (const p of items) {
      const id = itemId(kind, p.identifier);
      const current = await tx.selectFrom("national_items").selectAll().where("id", "=", id).executeTakeFirst();
      const fields = {
        hash: p.hash,
        headline: p.headline,
        preamble: p.preamble,
        body_text: p.bodyText,
        push_message: p.pushMessage,
        areas: JSON.stringify(p.areas),
        web: p.web,
        language: p.language,
        source_id: p.sourceId,
        published_at: p.publishedAt,
        updated_at: p.updatedAt,
        withdrawn_at: null,
        last_seen_at: at,
      };
      if (!current) {
        const row = { id, kind, identifier: p.identifier, version: 1, first_seen_at: at, ...fields };
        await tx.insertInto("national_items").values(row).execute();
        await tx
          .insertInto("national_item_versions")
          .values({ item_id: id, version: 1, payload: JSON.stringify(p.raw), seen_at: at })
          .execute();
        changes.push({ change: "new", item: toItem(row) });
      } else if (current.hash !== p.hash || current.withdrawn_at !== null) {
        const version = current.version + 1;
        const row = { ...current, ...fields, version };
        await tx
          .updateTable("national_items")
          .set({ ...fields, version })
          .where("id", "=", id)
          .execute();
        await tx
          .insertInto("national_item_versions")
          .values({ item_id: id, version, payload: JSON.stringify(p.raw), seen_at: at })
          .execute();
        changes.push({ change: "changed", item: toItem(row) });
      } else {
        await tx.updateTable("national_items").set({ last_seen_at: at }).where("id", "=", id).execute();
      }
    }
    if (kind === "vma") {
      const present = new Set(items.map((p) => itemId(kind, p.identifier)));
      const active = await tx
        .selectFrom("national_items")
        .selectAll()
        .where("kind", "=", "vma")
        .where("withdrawn_at", "is", null)
        .execute();
      for (const row of active.filter((r) => !present.has(r.id))) {
        await tx.updateTable("national_items").set({ withdrawn_at: at }).where("id", "=", row.id).execute();
        changes.push({ change: "withdrawn", item: toItem({ ...row, withdrawn_at: at }) });
      }
    }
    // One national.item event per change, written with the rows and pushed to every console after the commit.
    for (const c of changes) {
      await ctx.emit({
        actor: null,
        type: "national.item",
        incidentId: null,
        entity: { type: "national_item", id: c.item.id },
        data: { change: c.change, item: c.item },
        at,
      });
    }
    return changes;
  });
}

export async function listItems(db: Kysely<DB>, opts: { limit: number; withdrawn: boolean }): Promise<NationalItem[]> {
  let q = db.selectFrom("national_items").selectAll();
  if (!opts.withdrawn) q = q.where("withdrawn_at", "is", null);
  const rows = await q.orderBy("updated_at", "desc").limit(opts.limit).execute();
  // VMAs first (in force before withdrawn ones), then by time: what callers heard on the radio leads the panel.
  return rows.map(toItem).sort((a, b) => rank(a) - rank(b) || b.updatedAt.localeCompare(a.updatedAt));
}

const rank = (i: NationalItem) => (i.kind === "vma" ? (i.withdrawnAt ? 1 : 0) : 2);

export async function findItem(db: Kysely<DB>, id: string): Promise<NationalItem | null> {
  const row = await db.selectFrom("national_items").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toItem(row) : null;
}

export async function countVersions(db: Kysely<DB>, id: string): Promise<number> {
  const rows = await db.selectFrom("national_item_versions").select("version").where("item_id", "=", id).execute();
  return rows.length;
}
