import { memo, useMemo } from "react";
import { joinList } from "../i18n";
import { useLanguage, useT } from "../i18n/useT";
import { wordDiff } from "./wordDiff";
import "./diff.css";

export interface DiffField {
  label: string;
  before: string;
  after: string;
  /** The language of the compared text (BCP 47) where it may differ from the console's (WCAG 3.1.2). */
  lang?: string;
}

function FieldDiff({ field }: { field: DiffField }) {
  const t = useT();
  // Inside text tagged with its own language, the added/removed labels are still the console's words.
  const ui = useLanguage();
  const labelLang = field.lang ? ui : undefined;
  const parts = useMemo(() => wordDiff(field.before, field.after), [field.before, field.after]);
  return (
    <div className="diff-field">
      <h4>{field.label}</h4>
      <p className="diff-text" lang={field.lang}>
        {parts.map((part, i) =>
          part.kind === "same" ? (
            <span key={i}>{part.text}</span>
          ) : part.kind === "added" ? (
            <ins key={i}>
              <span className="visually-hidden" lang={labelLang}>
                [{t("diff.added")}{" "}
              </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </ins>
          ) : (
            <del key={i}>
              <span className="visually-hidden" lang={labelLang}>
                [{t("diff.removed")}{" "}
              </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </del>
          ),
        )}
      </p>
    </div>
  );
}

/**
 * Word-level differences between two versions, field by field: removed words struck through, added ones
 * underlined, each also announced in words (screen readers do not read <ins>/<del> by themselves).
 */
export const DiffView = memo(function DiffView({
  fields,
  otherChanged = [],
}: {
  fields: DiffField[];
  otherChanged?: string[];
}) {
  const t = useT();
  const lang = useLanguage();
  const changed = fields.filter((f) => f.before !== f.after);
  return (
    <div className="diff-view">
      {changed.length === 0 && otherChanged.length === 0 ? <p className="muted">{t("diff.noChanges")}</p> : null}
      {changed.map((f) => (
        <FieldDiff key={f.label} field={f} />
      ))}
      {otherChanged.length > 0 ? (
        <p className="diff-other">{t("diff.otherFields", { fields: joinList(otherChanged, lang) })}</p>
      ) : null}
    </div>
  );
});
