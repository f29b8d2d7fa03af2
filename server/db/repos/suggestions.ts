import type { Kysely } from "kysely";
import type { FaqSuggestion, SuggestionStatus } from "../../../shared/index.js";
import type { FaqSuggestionsTable } from "../contactTables.js";
import type { DB } from "../schema.js";

export type SuggestionRecord = FaqSuggestion & { matchKey: string };

function toRecord(r: FaqSuggestionsTable): SuggestionRecord {
  return {
    id: r.id,
    question: r.question,
    matchKey: r.match_key,
    incidentId: r.incident_id,
    status: r.status as SuggestionStatus,
    count: Number(r.count),
    lastAskedAt: r.last_asked_at,
    faqEntryId: r.faq_entry_id,
    createdBy: r.created_by,
    createdAt: r.created_at,
    resolvedBy: r.resolved_by,
    resolvedAt: r.resolved_at,
  };
}

function toRow(s: SuggestionRecord): FaqSuggestionsTable {
  return {
    id: s.id,
    question: s.question,
    match_key: s.matchKey,
    incident_id: s.incidentId,
    status: s.status,
    count: s.count,
    last_asked_at: s.lastAskedAt,
    faq_entry_id: s.faqEntryId,
    created_by: s.createdBy,
    created_at: s.createdAt,
    resolved_by: s.resolvedBy,
    resolved_at: s.resolvedAt,
  };
}

export async function insertSuggestion(db: Kysely<DB>, s: SuggestionRecord): Promise<void> {
  await db.insertInto("faq_suggestions").values(toRow(s)).execute();
}

export async function saveSuggestion(db: Kysely<DB>, s: SuggestionRecord): Promise<void> {
  const { id: _id, created_by: _by, created_at: _at, ...rest } = toRow(s);
  await db.updateTable("faq_suggestions").set(rest).where("id", "=", s.id).execute();
}

export async function findSuggestion(db: Kysely<DB>, id: string): Promise<SuggestionRecord | undefined> {
  const row = await db.selectFrom("faq_suggestions").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toRecord(row);
}

/** The open suggestion with this key in this incident (or among general ones), if any. */
export async function findOpenSuggestion(
  db: Kysely<DB>,
  matchKey: string,
  incidentId: string | null,
): Promise<SuggestionRecord | undefined> {
  let q = db.selectFrom("faq_suggestions").selectAll().where("status", "=", "open").where("match_key", "=", matchKey);
  q = incidentId === null ? q.where("incident_id", "is", null) : q.where("incident_id", "=", incidentId);
  const row = await q.executeTakeFirst();
  return row && toRecord(row);
}

/** Open ones most asked first, then newest. */
export async function listSuggestions(db: Kysely<DB>, status?: SuggestionStatus): Promise<SuggestionRecord[]> {
  let q = db.selectFrom("faq_suggestions").selectAll();
  if (status) q = q.where("status", "=", status);
  const rows = await q
    .orderBy("count", "desc")
    .orderBy("last_asked_at", "desc")
    .orderBy("id", "asc")
    .limit(1_000)
    .execute();
  return rows.map(toRecord);
}
