import type { Kysely } from "kysely";
import type { PrincipleStatus, StaleReason } from "../../../shared/index.js";
import type { DB } from "../schema.js";
import { toRecord, type BulletinRecord } from "./bulletins.js";

/** Rows of the approval inbox beyond the bulletins in review (repos/bulletins.ts listWaitingForLead). */

export interface InboxBulletinRow {
  bulletin: BulletinRecord;
  incidentTitle: string;
  exercise: boolean;
}

/**
 * Bulletins not retracted that are stale or have a stale channel version, with their incident. `stale` is a JSON
 * array: an empty one is the text `[]` on both engines.
 */
export async function listStaleBulletins(db: Kysely<DB>): Promise<InboxBulletinRow[]> {
  const rows = await db
    .selectFrom("bulletins")
    .innerJoin("incidents", "incidents.id", "bulletins.incident_id")
    .selectAll("bulletins")
    .select(["incidents.title as incident_title", "incidents.exercise as incident_exercise"])
    .where("bulletins.status", "<>", "retracted")
    .where((eb) =>
      eb.or([
        eb("bulletins.stale", "<>", "[]"),
        eb(
          "bulletins.id",
          "in",
          eb
            .selectFrom("channel_versions")
            .select("channel_versions.bulletin_id")
            .where("channel_versions.stale", "<>", "[]"),
        ),
      ]),
    )
    .orderBy("bulletins.updated_at", "asc")
    .orderBy("bulletins.id", "asc")
    .execute();
  return rows.map(({ incident_title, incident_exercise, ...row }) => ({
    bulletin: toRecord(row),
    incidentTitle: incident_title,
    exercise: Number(incident_exercise) === 1,
  }));
}

export interface InboxFaqRow {
  id: string;
  incidentId: string | null;
  incidentTitle: string | null;
  question: string;
  status: string;
  score: { overall: number; status: PrincipleStatus };
  stale: boolean;
  reviewReasons: StaleReason[];
  updatedAt: string;
}

const WAITING = ["in_review", "approved"];

/**
 * FAQ answers that need a decision: flagged for review (a cited fact changed), or a text in the FAQ review's
 * `in_review`/`approved`: an unpublished entry's own status or a published entry's working version (as
 * repos/faq.ts listFaqEntriesInReview, GET /api/faq/review).
 */
export async function listFaqNeedingDecision(db: Kysely<DB>): Promise<InboxFaqRow[]> {
  const rows = await db
    .selectFrom("faq_entries")
    .leftJoin("incidents", "incidents.id", "faq_entries.incident_id")
    .select([
      "faq_entries.id",
      "faq_entries.incident_id",
      "faq_entries.question",
      "faq_entries.status",
      "faq_entries.working_status",
      "faq_entries.score_overall",
      "faq_entries.score_status",
      "faq_entries.stale",
      "faq_entries.review_reasons",
      "faq_entries.updated_at",
      "incidents.title as incident_title",
    ])
    .where("faq_entries.status", "<>", "archived")
    .where((eb) =>
      eb.or([
        eb("faq_entries.stale", "=", 1),
        eb("faq_entries.status", "in", WAITING),
        eb("faq_entries.working_status", "in", WAITING),
      ]),
    )
    .orderBy("faq_entries.updated_at", "asc")
    .orderBy("faq_entries.id", "asc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    incidentId: r.incident_id,
    incidentTitle: r.incident_title,
    question: r.question,
    // A published answer's edit in review shows its review status (the published text stays live meanwhile).
    status: r.working_status && WAITING.includes(r.working_status) ? r.working_status : r.status,
    score: { overall: Number(r.score_overall), status: r.score_status as PrincipleStatus },
    stale: Number(r.stale) === 1,
    reviewReasons: Number(r.stale) === 1 ? (JSON.parse(r.review_reasons) as StaleReason[]) : [],
    updatedAt: r.updated_at,
  }));
}
