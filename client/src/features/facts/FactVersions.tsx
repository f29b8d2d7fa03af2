import { useEffect, useState } from "react";
import type { FactVersion } from "@shared/schemas/fact";
import { joinList } from "../../i18n";
import { errorMessage } from "../../i18n/errors";
import { formatDateTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { listFactVersions } from "../../api/facts";
import { FactStatusBadge } from "./FactStatusBadge";

/** Every version of a fact, oldest first, with what changed. Refetched when the fact's version moves on. */
export function FactVersions({ factId, version, label }: { factId: string; version: number; label: string }) {
  const t = useT();
  const lang = useLanguage();
  const [versions, setVersions] = useState<FactVersion[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    listFactVersions(factId)
      .then((v) => live && setVersions(v))
      .catch((err: unknown) => live && setError(errorMessage(err, t)));
    return () => {
      live = false;
    };
  }, [factId, version, t]);

  if (error) return <p className="notice notice-error">{error}</p>;
  if (!versions) return <p className="loading">{t("app.loading")}</p>;
  return (
    <ol className="fact-versions" aria-label={label}>
      {versions.map((v) => (
        <li key={v.version}>
          <p className="fact-version-meta">
            {t("facts.versionLine", {
              version: v.version,
              name: v.changedBy.displayName,
              time: formatDateTime(v.changedAt, lang),
            })}
            {v.changed.length > 0
              ? ` · ${t("facts.changed", {
                  fields: joinList(
                    v.changed.map((f) => t(`facts.field.${f}`)),
                    lang,
                  ),
                })}`
              : ""}
          </p>
          <p className="fact-version-text">
            <FactStatusBadge status={v.status} /> {v.statement}
          </p>
          <p className="muted small">{t("facts.sourceLine", { source: v.source })}</p>
        </li>
      ))}
    </ol>
  );
}
