import { sql, type Kysely } from "kysely";
import type { Inquiry, InquiryChannel, InquiryResolution } from "../../../shared/index.js";
import type { InquiriesTable } from "../contactTables.js";
import { hotQuery } from "../hotQuery.js";
import type { DB } from "../schema.js";

/** Stored form: the callback number is kept beside the inquiry until the purge blanks it. */
export type InquiryRecord = Omit<Inquiry, "callbackNumber"> & { callbackNumber: string | null };

function toRecord(r: InquiriesTable): InquiryRecord {
  return {
    id: r.id,
    caseNumber: r.case_number,
    channel: r.channel as InquiryChannel,
    question: r.question,
    faqEntryId: r.faq_entry_id,
    resolution: r.resolution as InquiryResolution,
    fromSuggestion: Number(r.from_suggestion) === 1,
    forwardedTo: r.forwarded_to,
    incidentId: r.incident_id,
    claimId: r.claim_id,
    openedAt: r.opened_at,
    createdAt: r.created_at,
    handlingSeconds: Number(r.handling_seconds),
    hasCallbackNumber: r.callback_number !== null,
    callbackNumber: r.callback_number,
    callbackPurgedAt: r.callback_purged_at,
    createdBy: r.created_by,
  };
}

/**
 * The next running number of `year`, inside the caller's write transaction: the upsert takes the year's row
 * lock until commit, so concurrent saves get consecutive numbers and a rollback returns its number.
 */
export async function nextCaseNumber(tx: Kysely<DB>, year: number): Promise<number> {
  const row = await tx
    .insertInto("case_counters")
    .values({ year, value: 1 })
    .onConflict((oc) => oc.column("year").doUpdateSet({ value: sql<number>`case_counters.value + 1` }))
    .returning("value")
    .executeTakeFirstOrThrow();
  return Number(row.value);
}

export async function insertInquiry(db: Kysely<DB>, i: InquiryRecord): Promise<void> {
  await db
    .insertInto("inquiries")
    .values({
      id: i.id,
      case_number: i.caseNumber,
      channel: i.channel,
      question: i.question,
      faq_entry_id: i.faqEntryId,
      resolution: i.resolution,
      from_suggestion: i.fromSuggestion ? 1 : 0,
      forwarded_to: i.forwardedTo,
      incident_id: i.incidentId,
      claim_id: i.claimId,
      opened_at: i.openedAt,
      created_at: i.createdAt,
      handling_seconds: i.handlingSeconds,
      callback_number: i.callbackNumber,
      callback_purged_at: i.callbackPurgedAt,
      created_by: i.createdBy,
    })
    .execute();
}

export async function findInquiry(db: Kysely<DB>, id: string): Promise<InquiryRecord | undefined> {
  const row = await db.selectFrom("inquiries").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toRecord(row);
}

export interface InquiryRange {
  /** Inclusive. */
  from: string;
  /** Exclusive. */
  to: string;
  incidentId?: string | undefined;
}

/** Newest first. */
export async function listInquiries(db: Kysely<DB>, range: InquiryRange & { limit: number }): Promise<InquiryRecord[]> {
  let q = db
    .selectFrom("inquiries")
    .selectAll()
    .where("created_at", ">=", range.from)
    .where("created_at", "<", range.to);
  if (range.incidentId) q = q.where("incident_id", "=", range.incidentId);
  const rows = await q.orderBy("created_at", "desc").orderBy("case_number", "desc").limit(range.limit).execute();
  return rows.map(toRecord);
}

/** What trends and statistics need of each inquiry in a range, oldest first. */
export interface InquiryFacts {
  createdAt: string;
  channel: InquiryChannel;
  question: string;
  faqEntryId: string | null;
  resolution: InquiryResolution;
  fromSuggestion: boolean;
  forwardedTo: string | null;
  handlingSeconds: number;
}

const FACT_COLUMNS = [
  "created_at",
  "channel",
  "question",
  "faq_entry_id",
  "resolution",
  "from_suggestion",
  "forwarded_to",
  "handling_seconds",
] as const;

/** Every publish's gate reads one incident's last two days (the room's top questions): compiled once, not per call. */
const factsOfIncidentQuery = hotQuery(
  ["from", "to", "incidentId"],
  (db, { from, to, incidentId }: { from: string; to: string; incidentId: string }) =>
    db
      .selectFrom("inquiries")
      .select(FACT_COLUMNS)
      .where("created_at", ">=", from)
      .where("created_at", "<", to)
      .where("incident_id", "=", incidentId)
      .orderBy("created_at", "asc"),
);
const factsQuery = hotQuery(["from", "to"], (db, { from, to }: { from: string; to: string }) =>
  db
    .selectFrom("inquiries")
    .select(FACT_COLUMNS)
    .where("created_at", ">=", from)
    .where("created_at", "<", to)
    .orderBy("created_at", "asc"),
);

/** The period's inquiries that were real calls: none logged under an exercise (an ordinary day's have no incident). */
const realFactsQuery = hotQuery(["from", "to"], (db, { from, to }: { from: string; to: string }) =>
  db
    .selectFrom("inquiries")
    .leftJoin("incidents", "incidents.id", "inquiries.incident_id")
    .select(FACT_COLUMNS.map((c) => `inquiries.${c}` as const))
    .where("inquiries.created_at", ">=", from)
    .where("inquiries.created_at", "<", to)
    .where((eb) => eb.or([eb("inquiries.incident_id", "is", null), eb("incidents.exercise", "=", 0)]))
    .orderBy("inquiries.created_at", "asc"),
);

/**
 * The inquiries of a period (or of one incident in it). `realOnly`: leave out those logged under an exercise, as the
 * committee's period report must (a drill's calls counted against the first-contact target).
 */
export async function listInquiryFacts(
  db: Kysely<DB>,
  range: InquiryRange,
  options: { realOnly?: boolean } = {},
): Promise<InquiryFacts[]> {
  const { rows } = range.incidentId
    ? await factsOfIncidentQuery(db, { from: range.from, to: range.to, incidentId: range.incidentId })
    : options.realOnly
      ? await realFactsQuery(db, { from: range.from, to: range.to })
      : await factsQuery(db, { from: range.from, to: range.to });
  return rows.map((r) => ({
    createdAt: r.created_at,
    channel: r.channel as InquiryChannel,
    question: r.question,
    faqEntryId: r.faq_entry_id,
    resolution: r.resolution as InquiryResolution,
    fromSuggestion: Number(r.from_suggestion) === 1,
    forwardedTo: r.forwarded_to,
    handlingSeconds: Number(r.handling_seconds),
  }));
}

/** How many inquiries of a period were logged under an exercise: those a period's real figures leave out. */
export async function countExerciseInquiries(db: Kysely<DB>, range: { from: string; to: string }): Promise<number> {
  const row = await db
    .selectFrom("inquiries")
    .innerJoin("incidents", "incidents.id", "inquiries.incident_id")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .where("inquiries.created_at", ">=", range.from)
    .where("inquiries.created_at", "<", range.to)
    .where("incidents.exercise", "=", 1)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

/** Blanks every callback number saved before `cutoff`; returns how many were purged. */
export async function purgeCallbackNumbers(db: Kysely<DB>, cutoff: string, now: string): Promise<number> {
  const result = await db
    .updateTable("inquiries")
    .set({ callback_number: null, callback_purged_at: now })
    .where("callback_number", "is not", null)
    .where("created_at", "<", cutoff)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** A callback-list row: the inquiry and whether (when, by whom) the caller has been rung back. */
export type CallbackRecord = InquiryRecord & {
  calledBackAt: string | null;
  calledBackBy: { id: string; displayName: string } | null;
};

/** Inquiries linked to the claim that still hold a callback number, oldest first (the order to ring back in). */
export async function listClaimCallbacks(db: Kysely<DB>, claimId: string): Promise<CallbackRecord[]> {
  const rows = await db
    .selectFrom("inquiries")
    .leftJoin("users", "users.id", "inquiries.called_back_by")
    .selectAll("inquiries")
    .select("users.display_name as called_back_by_name")
    .where("inquiries.claim_id", "=", claimId)
    .where("inquiries.callback_number", "is not", null)
    .orderBy("inquiries.created_at")
    .orderBy("inquiries.case_number")
    .execute();
  return rows.map((r) => ({
    ...toRecord(r),
    calledBackAt: r.called_back_at,
    calledBackBy: r.called_back_by ? { id: r.called_back_by, displayName: r.called_back_by_name ?? "" } : null,
  }));
}

/**
 * Per claim: linked inquiries still holding a callback number and not yet rung back (`waiting`), those rung back
 * (`calledBack`), and those the purge blanked (`purged`).
 */
export async function countClaimCallbacks(
  db: Kysely<DB>,
  claimIds: readonly string[],
): Promise<Map<string, { waiting: number; calledBack: number; purged: number }>> {
  const out = new Map<string, { waiting: number; calledBack: number; purged: number }>();
  if (claimIds.length === 0) return out;
  const rows = await db
    .selectFrom("inquiries")
    .select((eb) => [
      "claim_id",
      sql<number>`count(case when called_back_at is null then callback_number end)`.as("waiting"),
      eb.fn.count<number>("called_back_at").as("called_back"),
      eb.fn.count<number>("callback_purged_at").as("purged"),
    ])
    .where("claim_id", "in", [...new Set(claimIds)])
    .groupBy("claim_id")
    .execute();
  for (const r of rows)
    if (r.claim_id)
      out.set(r.claim_id, { waiting: Number(r.waiting), calledBack: Number(r.called_back), purged: Number(r.purged) });
  return out;
}

/** Marks the caller rung back (`at`, `by`) or waiting again (nulls). */
export async function setCalledBack(db: Kysely<DB>, id: string, at: string | null, by: string | null): Promise<void> {
  await db.updateTable("inquiries").set({ called_back_at: at, called_back_by: by }).where("id", "=", id).execute();
}

/** Whether (when, by whom) the caller of an inquiry has been rung back. */
export async function findCalledBack(
  db: Kysely<DB>,
  id: string,
): Promise<{ calledBackAt: string | null; calledBackBy: { id: string; displayName: string } | null } | undefined> {
  const row = await db
    .selectFrom("inquiries")
    .leftJoin("users", "users.id", "inquiries.called_back_by")
    .select(["inquiries.called_back_at", "inquiries.called_back_by", "users.display_name"])
    .where("inquiries.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    calledBackAt: row.called_back_at,
    calledBackBy: row.called_back_by ? { id: row.called_back_by, displayName: row.display_name ?? "" } : null,
  };
}

/** A merged claim's callers become the survivor's: its callback list must still reach them. */
export async function relinkClaimInquiries(db: Kysely<DB>, from: string, to: string): Promise<void> {
  await db.updateTable("inquiries").set({ claim_id: to }).where("claim_id", "=", from).execute();
}
