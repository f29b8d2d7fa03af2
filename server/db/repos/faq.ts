import type { Kysely } from "kysely";
import type {
  ChecklistResult,
  FaqEntry,
  FaqStatus,
  FaqVersion,
  FaqWorking,
  MessageAudience,
  MessageLanguage,
  PrincipleStatus,
  StaleReason,
} from "../../../shared/index.js";
import type { FaqEntriesTable, FaqVersionsTable } from "../contactTables.js";
import type { DB } from "../schema.js";

const json = <T>(text: string): T => JSON.parse(text) as T;

function toEntry(r: FaqEntriesTable): FaqEntry {
  return {
    id: r.id,
    incidentId: r.incident_id,
    question: r.question,
    answer: r.answer,
    tags: json<string[]>(r.tags),
    audiences: json<MessageAudience[]>(r.audiences),
    language: r.language as MessageLanguage,
    factIds: json<string[]>(r.fact_ids),
    status: r.status as FaqStatus,
    version: Number(r.version),
    stale: Number(r.stale) === 1,
    staleFactIds: json<string[]>(r.stale_fact_ids),
    reviewReasons: Number(r.stale) === 1 ? json<StaleReason[]>(r.review_reasons) : [],
    score: { overall: Number(r.score_overall), status: r.score_status as PrincipleStatus },
    publishedAt: r.published_at,
    publishedVersion: r.published_version === null ? null : Number(r.published_version),
    editedBy: r.edited_by ?? r.updated_by,
    working: r.working === null ? null : json<FaqWorking>(r.working),
    workingVersion: r.working === null ? null : json<FaqWorking>(r.working).version,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
  };
}

function toRow(e: FaqEntry): FaqEntriesTable {
  return {
    id: e.id,
    incident_id: e.incidentId,
    question: e.question,
    answer: e.answer,
    tags: JSON.stringify(e.tags),
    audiences: JSON.stringify(e.audiences),
    language: e.language,
    fact_ids: JSON.stringify(e.factIds),
    status: e.status,
    version: e.version,
    stale: e.stale ? 1 : 0,
    stale_fact_ids: JSON.stringify(e.staleFactIds),
    // Reasons only mean something while the entry is flagged: a save that clears `stale` clears them too.
    review_reasons: JSON.stringify(e.stale ? (e.reviewReasons ?? []) : []),
    score_overall: e.score.overall,
    score_status: e.score.status,
    published_at: e.publishedAt,
    working: e.working ? JSON.stringify(e.working) : null,
    working_status: e.working?.status ?? null,
    published_version: e.publishedVersion,
    edited_by: e.editedBy ?? e.updatedBy,
    created_by: e.createdBy,
    created_at: e.createdAt,
    updated_by: e.updatedBy,
    updated_at: e.updatedAt,
  };
}

export async function insertFaqEntry(db: Kysely<DB>, entry: FaqEntry): Promise<void> {
  await db.insertInto("faq_entries").values(toRow(entry)).execute();
}

/** Writes the whole entry as the domain computed it. */
export async function saveFaqEntry(db: Kysely<DB>, entry: FaqEntry): Promise<void> {
  const { id: _id, created_by: _by, created_at: _at, ...rest } = toRow(entry);
  await db.updateTable("faq_entries").set(rest).where("id", "=", entry.id).execute();
}

export async function findFaqEntry(db: Kysely<DB>, id: string): Promise<FaqEntry | undefined> {
  const row = await db.selectFrom("faq_entries").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toEntry(row);
}

/** `incidentId`: an id, null for general entries only, undefined for all. */
export async function listFaqEntries(
  db: Kysely<DB>,
  opts: { statuses?: readonly FaqStatus[]; incidentId?: string | null },
): Promise<FaqEntry[]> {
  let q = db.selectFrom("faq_entries").selectAll();
  if (opts.statuses) q = q.where("status", "in", [...opts.statuses]);
  if (opts.incidentId === null) q = q.where("incident_id", "is", null);
  else if (opts.incidentId !== undefined) q = q.where("incident_id", "=", opts.incidentId);
  const rows = await q.orderBy("question", "asc").orderBy("id", "asc").execute();
  return rows.map(toEntry);
}

/**
 * Texts waiting for a decision: unpublished entries in review or approved, and published entries whose working
 * version is (the approval inbox lists these; docs/api.md "FAQ review").
 */
export async function listFaqEntriesInReview(db: Kysely<DB>): Promise<FaqEntry[]> {
  const waiting = ["in_review", "approved"];
  const rows = await db
    .selectFrom("faq_entries")
    .selectAll()
    .where((eb) => eb.or([eb("status", "in", waiting), eb("working_status", "in", waiting)]))
    .orderBy("updated_at", "asc")
    .orderBy("id", "asc")
    .execute();
  return rows.map(toEntry);
}

/** Entries citing a fact (fact ids are stored as a JSON array, so this is a LIKE on the quoted id). */
export async function listFaqEntriesCitingFact(db: Kysely<DB>, factId: string): Promise<FaqEntry[]> {
  const rows = await db.selectFrom("faq_entries").selectAll().where("fact_ids", "like", `%"${factId}"%`).execute();
  return rows.map(toEntry);
}

export async function insertFaqVersion(db: Kysely<DB>, entry: FaqEntry, checklist: ChecklistResult): Promise<void> {
  await db
    .insertInto("faq_versions")
    .values({
      faq_id: entry.id,
      version: entry.version,
      question: entry.question,
      answer: entry.answer,
      tags: JSON.stringify(entry.tags),
      audiences: JSON.stringify(entry.audiences),
      language: entry.language,
      fact_ids: JSON.stringify(entry.factIds),
      status: entry.status,
      checklist: JSON.stringify(checklist),
      created_by: entry.updatedBy,
      created_at: entry.updatedAt,
    })
    .execute();
}

/** The checklist result of one version, to carry it over to a status-only change. */
export async function findFaqChecklist(
  db: Kysely<DB>,
  faqId: string,
  version: number,
): Promise<ChecklistResult | undefined> {
  const row = await db
    .selectFrom("faq_versions")
    .select("checklist")
    .where("faq_id", "=", faqId)
    .where("version", "=", version)
    .executeTakeFirst();
  return row && json<ChecklistResult>(row.checklist);
}

function toVersion(r: FaqVersionsTable & { created_by_name: string }): FaqVersion {
  return {
    faqId: r.faq_id,
    version: Number(r.version),
    question: r.question,
    answer: r.answer,
    tags: json<string[]>(r.tags),
    audiences: json<MessageAudience[]>(r.audiences),
    language: r.language as MessageLanguage,
    factIds: json<string[]>(r.fact_ids),
    status: r.status as FaqStatus,
    checklist: json<ChecklistResult>(r.checklist),
    createdBy: r.created_by,
    createdByName: r.created_by_name,
    createdAt: r.created_at,
  };
}

/** Newest first. */
export async function listFaqVersions(db: Kysely<DB>, faqId: string): Promise<FaqVersion[]> {
  const rows = await db
    .selectFrom("faq_versions")
    .innerJoin("users", "users.id", "faq_versions.created_by")
    .selectAll("faq_versions")
    .select("users.display_name as created_by_name")
    .where("faq_versions.faq_id", "=", faqId)
    .orderBy("faq_versions.version", "desc")
    .execute();
  return rows.map(toVersion);
}
