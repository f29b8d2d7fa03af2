import { memo } from "react";
import type { ChecklistFinding, ChecklistResult } from "@shared/schemas/checklist";
import { PRINCIPLES, type Principle } from "@shared/checklist/constants";
import type { UiLanguage } from "../../../i18n";
import { useLanguage, useT } from "../../../i18n/useT";
import type { KeyedFinding, TextField } from "./marks";

const SEVERITY_ICON = { error: "✕", warn: "!", info: "i" } as const;
const SEVERITY_RANK = { error: 0, warn: 1, info: 2 } as const;

function worst(items: readonly KeyedFinding[]): number {
  return Math.min(...items.map((i) => SEVERITY_RANK[i.finding.severity]));
}

/**
 * One line per distinct message: "too little text to judge" fails every principle with the same words, and
 * six identical lines would bury the one that matters.
 */
export function sameMessageOnce(
  findings: readonly ChecklistFinding[],
  lang: UiLanguage,
): Array<{ message: string; principles: Principle[] }> {
  const byMessage = new Map<string, Principle[]>();
  for (const f of findings) {
    const message = f.message[lang];
    const principles = byMessage.get(message) ?? [];
    if (!principles.includes(f.principle)) principles.push(f.principle);
    byMessage.set(message, principles);
  }
  return [...byMessage].map(([message, principles]) => ({ message, principles }));
}

const LETTER = /[\p{L}\p{N}]/u;

/** The quoted text widened to whole words, so "Visa i texten" never shows "orsta" for "borsta". */
export function wholeWords(text: string, start: number, end: number): string {
  let from = Math.max(0, Math.min(start, text.length));
  let to = Math.max(from, Math.min(end, text.length));
  while (from > 0 && LETTER.test(text.charAt(from - 1)) && LETTER.test(text.charAt(from))) from--;
  while (to < text.length && to > 0 && LETTER.test(text.charAt(to - 1)) && LETTER.test(text.charAt(to))) to++;
  return text.slice(from, to);
}
const FIELD_KEY = {
  headline: "checklist.in.title",
  body: "checklist.in.body",
  instruction: "checklist.in.instruction",
} as const;

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
export const FindingsList = memo(function FindingsList({
  result,
  findings,
  texts,
  onActive,
  onShow,
}: FindingsListProps) {
  const t = useT();
  const lang = useLanguage();
  // Principles with what blocks publishing first, then warnings, then style tips; the blocking findings also
  // head the list, so speculation, blame or a missing action never hide among tips.
  const groups = PRINCIPLES.map((p) => ({ principle: p, items: findings.filter((f) => f.finding.principle === p) }))
    .filter((g) => g.items.length > 0)
    .sort((a, b) => worst(a.items) - worst(b.items));
  if (groups.length === 0) return <p className="muted">{t("checklist.noFindings")}</p>;
  const blocking = sameMessageOnce(
    findings.filter((f) => f.finding.severity === "error").map((f) => f.finding),
    lang,
  );
  return (
    <div className="findings">
      {blocking.length > 0 ? (
        <section className="findings-blocking" aria-labelledby="findings-blocking">
          <h4 id="findings-blocking">{t("checklist.blocking", { count: blocking.length })}</h4>
          <ul>
            {blocking.map(({ message, principles }) => (
              <li key={message}>
                <span className="finding-rule">{principles.map((p) => t(`principle.${p}`)).join(", ")}</span> {message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {groups.map(({ principle, items }) => (
        <section key={principle} className="findings-group" aria-labelledby={`findings-${principle}`}>
          <h4 id={`findings-${principle}`}>
            {t("checklist.principleFindings", {
              principle: t(`principle.${principle}`),
              score: result[principle].score,
            })}
          </h4>
          <ul>
            {items.map((item) => {
              const { finding, place, key } = item;
              const quote = place ? wholeWords(texts[place.field], place.start, place.end) : "";
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
                      <span className="finding-points">
                        {t(finding.deduction < 0 ? "checklist.credit" : "checklist.deduction", { points })}
                      </span>
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
                      {t("checklist.showInText")}: {t("checklist.quote", { text: quote })}{" "}
                      <span className="muted">({t(FIELD_KEY[place.field])})</span>
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
