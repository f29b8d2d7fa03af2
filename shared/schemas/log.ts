import { z } from "zod";
import { LIMITS, LOG_ENTRY_KINDS } from "../constants.js";
import { Id, IsoDateTime, MULTI_LINE, NO_CONTROL_EXCEPT_LINES, NO_CONTROL, ONE_LINE } from "./common.js";
import { EventEnvelope } from "../events/envelope.js";
import { lazySchema } from "./lazy.js";

export const LogEntryKind = lazySchema(() => z.enum(LOG_ENTRY_KINDS));
export type LogEntryKind = z.infer<typeof LogEntryKind>;

/** A manual entry in the incident log (loggbok). Entries are never edited: a correction is a new entry with `refersTo`. */
export const LogEntry = lazySchema(() =>
  z.object({
    id: Id,
    incidentId: Id,
    kind: LogEntryKind,
    text: z.string(),
    /** Who was on the other end of a call, or who took a decision. */
    counterpart: z.string().nullable(),
    refersTo: Id.nullable(),
    occurredAt: IsoDateTime,
    createdBy: Id,
    createdAt: IsoDateTime,
    seq: z.number().int().positive(),
  }),
);
export type LogEntry = z.infer<typeof LogEntry>;

export const LogEntryCreate = lazySchema(() =>
  z
    .object({
      kind: LogEntryKind,
      text: z.string().trim().min(1).max(LIMITS.logTextMax).regex(MULTI_LINE, NO_CONTROL_EXCEPT_LINES),
      counterpart: z.string().trim().max(200).regex(ONE_LINE, NO_CONTROL).nullable().default(null),
      refersTo: Id.nullable().default(null),
      occurredAt: IsoDateTime.optional(),
    })
    .refine((v) => v.kind !== "correction" || v.refersTo !== null, {
      message: "a correction must refer to the entry it corrects",
      path: ["refersTo"],
    }),
);
export type LogEntryCreate = z.infer<typeof LogEntryCreate>;

/** Timeline filter values: the manual kinds plus `system` for the incident's own events. */
export const LOG_FILTER_KINDS = [...LOG_ENTRY_KINDS, "system"] as const;
export const LogFilterKind = lazySchema(() => z.enum(LOG_FILTER_KINDS));
export type LogFilterKind = z.infer<typeof LogFilterKind>;

/** One row of the timeline: a manual entry or a system event, told apart by `source`. */
export const LogItem = lazySchema(() =>
  z.discriminatedUnion("source", [
    /** `createdByName`: the author's display name, given in timelines and exports. */
    LogEntry.extend({ source: z.literal("entry"), createdByName: z.string().optional() }),
    /** The event as stored: read its payload with `readEvent` (shared/events/read.ts). */
    EventEnvelope.extend({ source: z.literal("event") }),
  ]),
);
export type LogItem = z.infer<typeof LogItem>;
export type LogEntryItem = Extract<LogItem, { source: "entry" }>;
export type LogEventItem = Extract<LogItem, { source: "event" }>;

/** Response of GET /api/incidents/:id/log: the newest items first. */
export const LogPage = lazySchema(() => z.object({ items: z.array(LogItem) }));
export type LogPage = z.infer<typeof LogPage>;

/** Response of GET /api/incidents/:id/log/export.json: the whole log as the role may see it. */
export const LogExport = lazySchema(() =>
  z.object({
    exportedAt: IsoDateTime,
    incident: z.object({ id: Id, title: z.string() }).loose(),
    items: z.array(LogItem),
  }),
);
export type LogExport = z.infer<typeof LogExport>;
