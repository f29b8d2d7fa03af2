import { memo } from "react";
import type { ChecklistResult } from "../../../../../shared/schemas/checklist";
import { PRINCIPLES } from "../../../../../shared/checklist/constants";
import { useLanguage, useT } from "../../../i18n/useT";
import type { KeyedFinding, TextField } from "./marks";

const SEVERITY_ICON = { error: "✕", warn: "!", info: "i" } as const;
const FIELD_KEY = { headline: "checklist.in.title", body: "checklist.in.body", instruction: "checklist.in.instruction" } as const;

interface FindingsListProps {
  result: ChecklistResult;
  findings: KeyedFinding[];
  texts: Record<TextField, string>;
  onActive: (key: string | null) => void;
  onShow: (finding: KeyedFinding) => void;
}

/**
 * Findings grouped by principle, in the UI language, with the suggestion. The accessible equivalent of the
 * underlines: each finding with a span quotes it, and focusing or hovering it highlights it in the text.
 */
export const FindingsList = memo(function FindingsList({ result, findings, texts, onActive, onShow }: FindingsListProps) {
  const t = useT();
  const lang = useLanguage();
  const groups = PRINCIPLES.map((p) => ({ principle: p, items: findings.filter((f) => f.finding.principle === p) })).filter((g) => g.items.length > 0);
  if (groups.length === 0) return <p className="muted">{t("checklist.noFindings")}</p>;
  return (
    <div className="findings">
      {groups.map(({ principle, items }) => (
        <section key={principle} className="findings-group" aria-labelledby={`findings-${principle}`}>
          <h4 id={`findings-${principle}`}>{t("checklist.principleFindings", { principle: t(`principle.${principle}`), score: result[principle].score })}</h4>
          <ul>
            {items.map((item) => {
              const { finding, place, key } = item;
              const quote = place ? texts[place.field].slice(place.start, place.end) : "";
              const points = Math.abs(Math.round(finding.deduction));
              return (
                <li
                  key={key}
                  className={`finding finding-${finding.severity}`}
                  onMouseEnter={() => onActive(key)}
                  onMouseLeave={() => onActive(null)}
                >
                  <p className="finding-head">
                    <span className="finding-severity">
                      <span aria-hidden="true">{SEVERITY_ICON[finding.severity]} </span>
                      {t(`checklist.severity.${finding.severity}`)}
                    </span>
                    {points > 0 ? (
                      <span className="finding-points">{t(finding.deduction < 0 ? "checklist.credit" : "checklist.deduction", { points })}</span>
                    ) : null}
                    <span className="finding-rule">{finding.ruleId}</span>
                  </p>
                  <p className="finding-message">{finding.message[lang]}</p>
                  {finding.suggestion ? (
                    <p className="finding-suggestion">
                      <strong>{t("checklist.suggestion")}</strong> {finding.suggestion[lang]}
                    </p>
                  ) : null}
                  {place && quote ? (
                    <button
                      type="button"
                      className="finding-show"
                      onFocus={() => onActive(key)}
                      onBlur={() => onActive(null)}
                      onClick={() => onShow(item)}
                    >
                      {t("checklist.showInText")}: {t("checklist.quote", { text: quote })} <span className="muted">({t(FIELD_KEY[place.field])})</span>
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
});
