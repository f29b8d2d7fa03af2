import type { LogItem } from "../../api/log";
import type { LoadStatus } from "../status";

export interface IncidentLog {
  /** Newest first, unique by seq (an entry and its `log.entry_added` event share one). */
  items: LogItem[];
  status: LoadStatus;
  /** Whether an older page may exist. */
  hasMore: boolean;
}

export interface LogSlice {
  logs: Record<string, IncidentLog>;
  setLogStatus: (incidentId: string, status: LoadStatus) => void;
  mergeLogItems: (incidentId: string, items: LogItem[], options?: { replace?: boolean; hasMore?: boolean }) => void;
}

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
