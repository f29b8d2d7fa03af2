import { eventDef, type ReadEvent } from "@shared/events/index";
import type { LogItem } from "../../api/log";
import type { DomainState } from "../types";
import { mergeLogItems } from "./state";

function addToLog(state: DomainState, incidentId: string, item: LogItem): DomainState {
  const log = state.logs[incidentId];
  // Only a log someone has opened is kept live; a closed one is fetched fresh when opened.
  if (!log || log.status !== "loaded") return state;
  return { ...state, logs: { ...state.logs, [incidentId]: { ...log, items: mergeLogItems(log.items, [item]) } } };
}

/**
 * An event's line in its incident's log: a manual entry as the entry, every other event as itself, except the types
 * the catalogue keeps out of the log (notices, running counts; the server's timeline leaves them out too). An entry
 * whose payload could not be read is fetched over REST instead (`refetch`).
 */
export function reduceLogEvent(
  state: DomainState,
  event: ReadEvent,
  refetch: (incidentId: string) => void,
): DomainState {
  if (!event.incidentId || eventDef(event.type).inLog === false) return state;
  if (event.type === "log.entry_added") {
    if ("unread" in event) {
      if (state.logs[event.incidentId]?.status === "loaded") refetch(event.incidentId);
      return state;
    }
    return addToLog(state, event.incidentId, { ...event.data.entry, source: "entry" });
  }
  return addToLog(state, event.incidentId, { ...event, source: "event" });
}
