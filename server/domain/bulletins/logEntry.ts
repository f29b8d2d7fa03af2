import { randomUUID } from "node:crypto";
import type { LogEntry } from "../../../shared/index.js";
import { insertLogEntry } from "../../db/repos/logEntries.js";
import type { TxContext } from "../../db/transaction.js";
import { actorRef, type Actor } from "../context.js";

/** A decision entry in the incident log, inside the caller's transaction (as POST /log would write it). */
export async function logDecision(
  { tx, emit }: TxContext,
  incidentId: string,
  text: string,
  actor: Actor,
  at: string,
): Promise<LogEntry> {
  let entry: LogEntry | undefined;
  await emit((seq) => {
    entry = {
      id: randomUUID(),
      incidentId,
      kind: "decision",
      text,
      counterpart: actor.displayName,
      refersTo: null,
      occurredAt: at,
      createdBy: actor.id,
      createdAt: at,
      seq,
    };
    return {
      actor: actorRef(actor),
      type: "log.entry_added",
      incidentId,
      entity: { type: "log_entry", id: entry.id },
      visibleTo: null,
      data: { entry },
      at,
    };
  });
  if (!entry) throw new Error("log entry was not built");
  await insertLogEntry(tx, entry);
  return entry;
}
