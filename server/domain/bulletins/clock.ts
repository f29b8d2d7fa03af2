import type { Incident } from "../../../shared/index.js";
import { saveIncident } from "../../db/repos/incidents.js";
import type { TxContext } from "../../db/transaction.js";
import { actorRef, type Actor } from "../context.js";

/**
 * Pure: the incident clock after a publish. The last (and, the first time, first) published time moves to `at`;
 * the promised next update follows the bulletin when it makes a promise and is otherwise left as it was.
 */
export function clockAfterPublish(incident: Incident, nextUpdateAt: string | null, at: string): { next: Incident; changed: string[] } {
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

export async function advanceClock(ctx: TxContext, incident: Incident, nextUpdateAt: string | null, at: string, actor: Actor): Promise<Incident> {
  const { next, changed } = clockAfterPublish(incident, nextUpdateAt, at);
  await saveIncident(ctx.tx, next);
  await ctx.emit({ actor: actorRef(actor), type: "incident.updated", incidentId: next.id, entity: { type: "incident", id: next.id }, visibleTo: null, data: { incident: next, changed }, at });
  return next;
}
