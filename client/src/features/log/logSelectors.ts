import { LOG_FILTER_KINDS, type LogFilterKind } from "../../../../shared/schemas/log";
import type { LogEntryItem, LogItem } from "../../api/log";

export { LOG_FILTER_KINDS, type LogFilterKind };

export function kindOf(item: LogItem): LogFilterKind {
  return item.source === "entry" ? item.kind : "system";
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
