import type { LogItem } from "../api/log";
import type { IncidentLog } from "./types";

export const EMPTY_LOG: IncidentLog = { items: [], status: "idle", hasMore: false };

/**
 * Merges items into a newest-first list, unique by seq. An entry and the `log.entry_added` event
 * that announced it share a seq; the entry wins because it carries the text.
 */
export function mergeLogItems(existing: LogItem[], incoming: LogItem[]): LogItem[] {
  if (incoming.length === 0) return existing;
  const bySeq = new Map<number, LogItem>();
  for (const item of existing) bySeq.set(item.seq, item);
  for (const item of incoming) {
    const current = bySeq.get(item.seq);
    if (!current || item.source === "entry" || current.source === "event") bySeq.set(item.seq, item);
  }
  return [...bySeq.values()].sort((a, b) => b.seq - a.seq);
}
