import { useEffect, useState } from "react";
import type { FaqEntry, FaqVersion } from "@shared/schemas/faq";
import { listFaqVersions } from "../../api/faq";
import { formatDateTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { ScoreBadge } from "./ScoreBadge";

/** Every stored version of an entry, newest first, with who saved it and the checklist score it had then. */
export function FaqVersions({ entry }: { entry: FaqEntry }) {
  const t = useT();
  const lang = useLanguage();
  const [versions, setVersions] = useState<FaqVersion[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    void listFaqVersions(entry.id).then(
      (list) => !cancelled && setVersions(list),
      () => !cancelled && setVersions([]),
    );
    return () => {
      cancelled = true;
    };
  }, [entry.id, entry.version]);
  if (!versions || versions.length === 0) return null;
  return (
    <details className="faq-versions">
      <summary>{t("faq.versions", { count: versions.length })}</summary>
      <ul>
        {versions.map((v) => (
          <li key={v.version}>
            <span>
              {t("faq.versionLine", {
                version: v.version,
                time: formatDateTime(v.createdAt, lang),
                name: v.createdByName,
              })}{" "}
              · {t(`faq.status.${v.status}`)}
            </span>{" "}
            <ScoreBadge score={{ overall: v.checklist.overall, status: v.checklist.status }} />
          </li>
        ))}
      </ul>
    </details>
  );
}
