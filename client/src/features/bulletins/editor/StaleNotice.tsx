import type { StaleReason } from "@shared/schemas/bulletin";
import { useT } from "../../../i18n/useT";
import { useStore } from "../../../store";

function ReasonLine({ reason }: { reason: StaleReason }) {
  const t = useT();
  const fact = useStore((s) => (reason.factId ? s.bulletinData.facts[reason.factId] : undefined));
  return (
    <li>
      {t(`stale.${reason.reason}`)}
      {fact ? <>: {t("editor.staleFact", { statement: fact.statement })}</> : null}
      {reason.scope === "published" ? <> ({t("stale.scope.published")})</> : null}
    </li>
  );
}

/** Why the bulletin is stale (a fact changed or was retracted, the source changed) and how to clear it. */
export function StaleNotice({ stale }: { stale: StaleReason[] }) {
  const t = useT();
  if (stale.length === 0) return null;
  return (
    <section className="notice notice-warning stale-notice" aria-labelledby="stale-title">
      <h2 id="stale-title" className="conflict-title">
        <span aria-hidden="true">⚠ </span>
        {t("editor.staleTitle")}
      </h2>
      <ul>
        {stale.map((r, i) => (
          <ReasonLine key={`${r.reason}-${r.factId ?? r.sourceId ?? ""}-${i}`} reason={r} />
        ))}
      </ul>
      <p className="small">{t("editor.staleHint")}</p>
    </section>
  );
}
