import { randomUUID } from "node:crypto";
import {
  LOG_ENTRY_KINDS,
  LOG_FILTER_KINDS,
  type DomainEvent,
  type EventType,
  type Incident,
  type LogEntry,
  type LogEntryCreate,
  type LogFilterKind,
  type LogItem,
  type Role,
} from "../../shared/index.js";
import { EVENT_TYPES, eventDef } from "../../shared/events/index.js";
import { listIncidentEvents } from "../db/repos/events.js";
import { findIncident, incidentExists } from "../db/repos/incidents.js";
import { findLogEntry, insertLogEntry, listLogEntries } from "../db/repos/logEntries.js";
import { AppError, notFound } from "../errors.js";
import { actorRef, type Actor, type DomainDeps } from "./context.js";
import { pastTime } from "./pastTime.js";

export const LOG_PAGE_DEFAULT = 200;
export const LOG_PAGE_MAX = 1_000;
const EXPORT_LIMIT = 1_000_000; // effectively "everything"; an incident log is thousands of rows, not millions

// A manual entry already appears as itself; its `log.entry_added` event would only repeat it.
// Manual entries are listed as entries, not as their events; notifications only echo a change that is
// already in the log as its own event, addressed to a few people, so they would be noise in the audit trail.
const NOT_SYSTEM: EventType[] = ["log.entry_added", ...EVENT_TYPES.filter((type) => eventDef(type).inLog === false)];

export interface LogExport {
  incident: Incident;
  items: LogItem[];
}

export interface TimelineQuery {
  kinds: readonly LogFilterKind[];
  before?: number | undefined;
  limit: number;
}

/** Pure: interleaves entries and events by seq, newest first. */
export function mergeTimeline(
  entries: Array<LogEntry & { createdByName?: string }>,
  events: DomainEvent[],
  limit: number,
): LogItem[] {
  const items: LogItem[] = [
    ...entries.map((e) => ({ source: "entry" as const, ...e })),
    ...events.map((e) => ({ source: "event" as const, ...e })),
  ];
  return items.sort((a, b) => b.seq - a.seq).slice(0, limit);
}

export function createLog(deps: DomainDeps) {
  const { db, transaction } = deps;

  async function add(incidentId: string, input: LogEntryCreate, actor: Actor): Promise<LogEntry> {
    return transaction(async ({ tx, emit }) => {
      if (!(await incidentExists(tx, incidentId))) throw notFound("Incident");
      if (input.refersTo !== null) {
        const target = await findLogEntry(tx, input.refersTo);
        if (!target || target.incidentId !== incidentId) {
          throw new AppError("validation", "refersTo: must be an entry in this incident's log", 400, "refersTo");
        }
      }
      const createdAt = new Date().toISOString();
      const occurredAt = input.occurredAt ? pastTime(input.occurredAt, "occurredAt") : createdAt;
      let entry: LogEntry | undefined;
      await emit((seq) => {
        entry = {
          id: randomUUID(),
          incidentId,
          kind: input.kind,
          text: input.text,
          counterpart: input.counterpart || null,
          refersTo: input.refersTo,
          occurredAt,
          createdBy: actor.id,
          createdAt,
          seq,
        };
        return {
          actor: actorRef(actor),
          type: "log.entry_added",
          incidentId,
          entity: { type: "log_entry", id: entry.id },
          visibleTo: null,
          data: { entry },
          at: createdAt,
        };
      });
      if (!entry) throw new Error("log entry was not built");
      await insertLogEntry(tx, entry);
      return entry;
    });
  }

  async function timeline(incidentId: string, query: TimelineQuery, role: Role): Promise<LogItem[]> {
    if (!(await incidentExists(db, incidentId))) throw notFound("Incident");
    const kinds = LOG_ENTRY_KINDS.filter((k) => query.kinds.includes(k));
    const [entries, events] = await Promise.all([
      listLogEntries(db, { incidentId, kinds, before: query.before, limit: query.limit }),
      query.kinds.includes("system")
        ? listIncidentEvents(db, {
            incidentId,
            role,
            excludeTypes: NOT_SYSTEM,
            before: query.before,
            limit: query.limit,
          })
        : Promise.resolve([]),
    ]);
    return mergeTimeline(entries, events, query.limit);
  }

  /** The whole log oldest first, for registration (diarieföring). */
  async function exportLog(incidentId: string, role: Role): Promise<LogExport> {
    const incident = await findIncident(db, incidentId);
    if (!incident) throw notFound("Incident");
    const items = await timeline(incidentId, { kinds: LOG_FILTER_KINDS, limit: EXPORT_LIMIT }, role);
    return { incident, items: items.reverse() };
  }

  return { add, timeline, exportLog };
}

export type Log = ReturnType<typeof createLog>;
