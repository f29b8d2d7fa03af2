import type { Kysely } from "kysely";
import type { DB } from "../schema.js";

export interface OverdueCandidate {
  incidentId: string;
  title: string;
  due: string;
  exercise: boolean;
}

/** Open incidents whose promised update has passed and has not been announced yet. */
export async function listOverdue(db: Kysely<DB>, now: string): Promise<OverdueCandidate[]> {
  const rows = await db
    .selectFrom("incidents")
    .select(["id", "title", "next_update_due", "exercise"])
    .where("status", "in", ["active", "monitoring"])
    .where("next_update_due", "is not", null)
    .where("next_update_due", "<", now)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("overdue_notices")
            .select("overdue_notices.incident_id")
            .whereRef("overdue_notices.incident_id", "=", "incidents.id")
            .whereRef("overdue_notices.due", "=", "incidents.next_update_due"),
        ),
      ),
    )
    .execute();
  return rows.map((r) => ({
    incidentId: r.id,
    title: r.title,
    due: r.next_update_due ?? "",
    exercise: Number(r.exercise) === 1,
  }));
}

/**
 * Claims the notice for one deadline. The primary key makes this once-only across nodes and restarts: whoever
 * inserts the row sends the notification; everyone else's insert does nothing.
 */
export async function claimOverdueNotice(
  db: Kysely<DB>,
  incidentId: string,
  due: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .insertInto("overdue_notices")
    .values({ incident_id: incidentId, due, notified_at: at })
    .onConflict((oc) => oc.columns(["incident_id", "due"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
