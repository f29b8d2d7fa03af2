import type { Kysely } from "kysely";
import type { Bulletin, BulletinVersion, Role } from "../../../shared/index.js";
import { contentOf } from "../../db/repos/bulletins.js";
import { findVersions } from "../../db/repos/bulletinVersions.js";
import type { DB } from "../../db/schema.js";
import { may } from "../policy.js";
import { summarise } from "./gate.js";

/** The crisis team reads drafts and versions in review; agents and viewers read what has been published. */
export const seesDrafts = (role: Role): boolean => may(role, "readDrafts");

/**
 * Pure: a bulletin as agents and viewers see it: the published version's text and CAP fields (not the working
 * draft, which may be ahead), the channel versions derived from that version, and the stale reasons about it.
 * Null for a bulletin never published.
 */
export function toPublishedView(b: Bulletin, published: BulletinVersion | undefined): Bulletin | null {
  if (b.publishedVersion === null) return null;
  const channelVersions = b.channelVersions.filter((c) => c.masterVersion === b.publishedVersion);
  if (b.version === b.publishedVersion) return { ...b, channelVersions };
  if (!published) return null;
  const at = published.publishedAt ?? b.publishedAt ?? b.updatedAt;
  return {
    ...b,
    ...contentOf(published),
    status: b.status === "retracted" ? "retracted" : "published",
    version: b.publishedVersion,
    translationOfVersion: published.translationOfVersion,
    statusChangedAt: b.status === "retracted" ? b.statusChangedAt : at,
    // Reasons about the working draft are the team's; those about the live text stay (an agent should know).
    stale: b.stale.filter((r) => r.scope === "published"),
    score: summarise(published.publishChecklist ?? published.checklist),
    channelVersions,
    updatedBy: published.publishedBy?.id ?? b.updatedBy,
    updatedByName: published.publishedBy?.displayName ?? b.updatedByName,
    updatedAt: at,
  };
}

/** The published views of bulletins, in the same order, leaving out those never published. */
export async function publishedViews(db: Kysely<DB>, bulletins: readonly Bulletin[]): Promise<Bulletin[]> {
  const versions = await findVersions(
    db,
    bulletins.flatMap((b) =>
      b.publishedVersion !== null && b.publishedVersion !== b.version
        ? [{ bulletinId: b.id, version: b.publishedVersion }]
        : [],
    ),
  );
  return bulletins.flatMap((b) => {
    const view = toPublishedView(b, versions.get(`${b.id}:${b.publishedVersion ?? 0}`));
    return view ? [view] : [];
  });
}

/** What a role may read of these bulletins: everything for the crisis team, the published views for the others. */
export async function readable(db: Kysely<DB>, role: Role, bulletins: readonly Bulletin[]): Promise<Bulletin[]> {
  return seesDrafts(role) ? [...bulletins] : publishedViews(db, bulletins);
}
