import { LOG_FILTER_KINDS, type LogFilterKind } from "@shared/schemas/log";
import type { LogEntryItem, LogItem } from "../../api/log";

export { LOG_FILTER_KINDS, type LogFilterKind };

export function kindOf(item: LogItem): LogFilterKind {
  return item.source === "entry" ? item.kind : "system";
}

/** When it happened: an entry may be written down after the fact (`occurredAt`), an event is its own time. */
export function timeOf(item: LogItem): string {
  return item.source === "entry" ? item.occurredAt : item.at;
}

/** A log reads in the order things happened; seq (commit order) breaks ties. */
export function byTimeNewestFirst(a: LogItem, b: LogItem): number {
  return Date.parse(timeOf(b)) - Date.parse(timeOf(a)) || b.seq - a.seq;
}

/** Whether an entry was written down noticeably later than it happened, so the log says when. */
export function isBackdated(item: LogEntryItem): boolean {
  return Date.parse(item.createdAt) - Date.parse(item.occurredAt) > 60_000;
}

/** `log.entry_added` events are the entries themselves; showing both would say everything twice. */
export function isShown(item: LogItem, kinds: ReadonlySet<LogFilterKind>): boolean {
  if (item.source === "event" && item.type === "log.entry_added") return false;
  return kinds.has(kindOf(item));
}

/** The author's name: given beside the entry by the server if it does, else learnt from events and presence. */
export function authorOf(item: LogEntryItem, people: Record<string, string>): string | null {
  const extra = item as Record<string, unknown>;
  for (const key of ["createdByName", "authorName", "createdByDisplayName"]) {
    if (typeof extra[key] === "string") return extra[key];
  }
  for (const key of ["author", "createdByUser", "actor"]) {
    const value = extra[key];
    if (value && typeof value === "object" && typeof (value as { displayName?: unknown }).displayName === "string") {
      return (value as { displayName: string }).displayName;
    }
  }
  return people[item.createdBy] ?? null;
}
