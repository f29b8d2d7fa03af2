import type { Kysely } from "kysely";
import type { BulletinContent } from "../../../shared/index.js";
import type { DB } from "../schema.js";

/**
 * The facts an incident's published text cites: the live version of every bulletin not retracted, and every
 * published FAQ answer of the incident. Agents and viewers may read these facts and no others (review and staleness).
 */
export async function factIdsCitedByPublishedText(db: Kysely<DB>, incidentId: string): Promise<Set<string>> {
  const versions = await db
    .selectFrom("bulletins")
    .innerJoin("bulletin_versions", (join) =>
      join
        .onRef("bulletin_versions.bulletin_id", "=", "bulletins.id")
        .onRef("bulletin_versions.version", "=", "bulletins.published_version"),
    )
    .select("bulletin_versions.content")
    .where("bulletins.incident_id", "=", incidentId)
    .where("bulletins.status", "<>", "retracted")
    .execute();
  const faq = await db
    .selectFrom("faq_entries")
    .select("fact_ids")
    .where("incident_id", "=", incidentId)
    .where("status", "=", "published")
    .execute();
  const ids = new Set<string>();
  for (const v of versions) for (const id of (JSON.parse(v.content) as BulletinContent).factIds ?? []) ids.add(id);
  for (const f of faq) for (const id of JSON.parse(f.fact_ids) as string[]) ids.add(id);
  return ids;
}
