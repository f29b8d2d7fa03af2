import type { Kysely } from "kysely";
import type { DB } from "../schema.js";

/** What the follow-up reports read beyond the other repositories: events by type, published versions. */
export interface ReportEvent {
  seq: number;
  at: string;
  type: string;
  data: unknown;
}

/** An incident's events of the given types, in log order. Only these types' payloads are parsed. */
export async function listReportEvents(
  db: Kysely<DB>,
  incidentId: string,
  types: readonly string[],
): Promise<ReportEvent[]> {
  const rows = await db
    .selectFrom("events")
    .select(["seq", "at", "type", "data"])
    .where("incident_id", "=", incidentId)
    .where("type", "in", [...types])
    .orderBy("seq", "asc")
    .execute();
  return rows.map((r) => ({ seq: Number(r.seq), at: r.at, type: r.type, data: JSON.parse(r.data) as unknown }));
}

export interface PublishedVersion {
  bulletinId: string;
  version: number;
  publishedAt: string;
  /** The checklist result at publish (JSON as stored); the domain reads the scores it needs. */
  checklist: unknown;
}

/** Every version of the incident's bulletins that was published, with its checklist at publish. */
export async function listPublishedVersions(db: Kysely<DB>, incidentId: string): Promise<PublishedVersion[]> {
  const rows = await db
    .selectFrom("bulletin_versions as v")
    .innerJoin("bulletins as b", "b.id", "v.bulletin_id")
    .select(["v.bulletin_id", "v.version", "v.published_at", "v.publish_checklist"])
    .where("b.incident_id", "=", incidentId)
    .where("v.published_at", "is not", null)
    .orderBy("v.published_at", "asc")
    .execute();
  return rows.map((r) => ({
    bulletinId: r.bulletin_id,
    version: Number(r.version),
    publishedAt: r.published_at ?? "",
    checklist: r.publish_checklist === null ? null : (JSON.parse(r.publish_checklist) as unknown),
  }));
}

/** The decisions in an incident's log (the log entries of kind decision), oldest first. */
export async function listDecisions(db: Kysely<DB>, incidentId: string): Promise<Array<{ at: string; text: string }>> {
  const rows = await db
    .selectFrom("log_entries")
    .select(["occurred_at", "text"])
    .where("incident_id", "=", incidentId)
    .where("kind", "=", "decision")
    .orderBy("occurred_at", "asc")
    .orderBy("seq", "asc")
    .execute();
  return rows.map((r) => ({ at: new Date(r.occurred_at).toISOString(), text: r.text }));
}

/** id → question of every FAQ entry (labels for question clusters answered from an entry). */
export async function faqQuestions(db: Kysely<DB>): Promise<Map<string, string>> {
  const rows = await db.selectFrom("faq_entries").select(["id", "question"]).execute();
  return new Map(rows.map((r) => [r.id, r.question]));
}

/** Ids of incidents active at some time in [from, to): started before `to`, not closed before `from`. */
export async function listIncidentIdsInRange(db: Kysely<DB>, from: string, to: string): Promise<string[]> {
  const rows = await db
    .selectFrom("incidents")
    .select("id")
    .where("started_at", "<", to)
    .where((eb) => eb.or([eb("closed_at", "is", null), eb("closed_at", ">=", from)]))
    .orderBy("started_at", "asc")
    .orderBy("id", "asc")
    .execute();
  return rows.map((r) => r.id);
}
