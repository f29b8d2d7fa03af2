import { useMemo } from "react";
import type { LogEntryItem, LogItem } from "../../api/log";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { LogItemView } from "./LogItemView";
import { byTimeNewestFirst, isShown, type LogFilterKind } from "./logSelectors";

const NO_ITEMS: LogItem[] = [];

interface Props {
  incidentId: string;
  kinds: ReadonlySet<LogFilterKind>;
  onCorrect: ((entry: LogEntryItem) => void) | undefined;
  /** Said when nothing is shown (the filter's wording differs with and without system events). */
  emptyText?: string;
}

/** Newest first by when things happened. Corrections and the entries they correct point at each other. */
export function LogTimeline({ incidentId, kinds, onCorrect, emptyText }: Props) {
  const t = useT();
  const items = useStore((s) => s.logs[incidentId]?.items ?? NO_ITEMS);
  const status = useStore((s) => s.logs[incidentId]?.status ?? "idle");

  const { entriesById, correctionsOf } = useMemo(() => {
    const byId = new Map<string, LogEntryItem>();
    const corrections = new Map<string, LogEntryItem[]>();
    for (const item of items) {
      if (item.source !== "entry") continue;
      byId.set(item.id, item);
      if (item.refersTo) corrections.set(item.refersTo, [...(corrections.get(item.refersTo) ?? []), item]);
    }
    return { entriesById: byId, correctionsOf: corrections };
  }, [items]);

  const shown = useMemo(() => items.filter((item) => isShown(item, kinds)).sort(byTimeNewestFirst), [items, kinds]);
  if (shown.length === 0 && status === "loaded") return <p className="empty">{emptyText ?? t("log.empty")}</p>;

  return (
    <ol className="timeline">
      {shown.map((item) => (
        <LogItemView
          key={item.seq}
          item={item}
          original={item.source === "entry" && item.refersTo ? entriesById.get(item.refersTo) : undefined}
          corrections={item.source === "entry" ? correctionsOf.get(item.id) : undefined}
          onCorrect={onCorrect}
        />
      ))}
    </ol>
  );
}
