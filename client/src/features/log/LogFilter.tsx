import { useT } from "../../i18n/useT";
import { LOG_FILTER_KINDS, type LogFilterKind } from "./logSelectors";

export function LogFilter({
  kinds,
  onChange,
}: {
  kinds: ReadonlySet<LogFilterKind>;
  onChange: (kinds: ReadonlySet<LogFilterKind>) => void;
}) {
  const t = useT();
  const toggle = (kind: LogFilterKind, on: boolean) => {
    const next = new Set(kinds);
    if (on) next.add(kind);
    else next.delete(kind);
    onChange(next);
  };
  return (
    <fieldset className="log-filter">
      <legend>{t("log.filter")}</legend>
      {/* System events have their own button beside the filter (LogSection). */}
      {LOG_FILTER_KINDS.filter((kind) => kind !== "system").map((kind) => (
        <label key={kind} className={`chip chip-${kind}`}>
          <input type="checkbox" checked={kinds.has(kind)} onChange={(e) => toggle(kind, e.target.checked)} />
          {t(`log.kind.${kind}`)}
        </label>
      ))}
    </fieldset>
  );
}
