import type { Incident } from "../../../shared/index.js";
import { saveIncident } from "../../db/repos/incidents.js";
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";

/**
 * Pure: the incident clock after a publish. The last (and, the first time, first) published time moves to `at`;
 * the promised next update follows the bulletin when it makes a promise and is otherwise left as it was.
 */
export function clockAfterPublish(
  incident: Incident,
  nextUpdateAt: string | null,
  at: string,
): { next: Incident; changed: string[] } {
  const changed = ["lastPublishedAt"];
  const next: Incident = { ...incident, lastPublishedAt: at };
  if (!incident.firstPublishedAt) {
    next.firstPublishedAt = at;
    changed.push("firstPublishedAt");
  }
  if (nextUpdateAt !== null && nextUpdateAt !== incident.nextUpdateDue) {
    next.nextUpdateDue = new Date(nextUpdateAt).toISOString();
    changed.push("nextUpdateDue");
  }
  return { next: { ...next, version: incident.version + 1, updatedAt: at }, changed };
}

/**
 * Saves the clock without an event of its own: the publish's `bulletin.status_changed` carries the incident, so a
 * publish reaches every console as one broadcast rather than two (the publish fan-out target).
 */
export async function advanceClock(
  tx: Kysely<DB>,
  incident: Incident,
  nextUpdateAt: string | null,
  at: string,
): Promise<{ incident: Incident; changed: string[] }> {
  const { next, changed } = clockAfterPublish(incident, nextUpdateAt, at);
  await saveIncident(tx, next);
  return { incident: next, changed };
}
