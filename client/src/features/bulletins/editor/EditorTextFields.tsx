import { memo, useCallback, useMemo, type RefObject } from "react";
import { BULLETIN_LIMITS } from "@shared/schemas/bulletin";
import { FormField } from "../../../components/FormField";
import type { MessageKey } from "../../../i18n";
import { useLanguage, useT } from "../../../i18n/useT";
import type { Draft, DraftField } from "./draft";
import { HighlightedTextarea } from "./HighlightedTextarea";
import { marksFor, type KeyedFinding, type TextField } from "./marks";

interface EditorTextFieldsProps {
  headline: string;
  body: string;
  instruction: string;
  findings: KeyedFinding[];
  activeKey: string | null;
  onField: <F extends DraftField>(field: F, value: Draft[F]) => void;
  refs: Record<TextField, RefObject<HTMLTextAreaElement | null>>;
  /** The `lang` of the text (easy Swedish is Swedish). */
  textLang: string;
  readOnly: boolean;
}

interface FieldSpec {
  field: TextField;
  label: MessageKey;
  hint?: MessageKey;
  rows: number;
  maxLength: number;
  singleLine?: boolean;
  className?: string;
}

const FIELDS: readonly FieldSpec[] = [
  {
    field: "headline",
    label: "editor.headline",
    rows: 1,
    maxLength: BULLETIN_LIMITS.headlineMax,
    singleLine: true,
    className: "hl-headline",
  },
  { field: "body", label: "editor.body", hint: "editor.bodyHint", rows: 6, maxLength: BULLETIN_LIMITS.bodyMax },
  {
    field: "instruction",
    label: "editor.instruction",
    hint: "editor.instructionHint",
    rows: 3,
    maxLength: BULLETIN_LIMITS.instructionMax,
  },
];

/** Headline, what has happened and what to do, each with the checklist's underlines. */
export const EditorTextFields = memo(function EditorTextFields({
  headline,
  body,
  instruction,
  findings,
  activeKey,
  onField,
  refs,
  textLang,
  readOnly,
}: EditorTextFieldsProps) {
  const t = useT();
  const lang = useLanguage();
  const byKey = useMemo(() => new Map(findings.map((f) => [f.key, f])), [findings]);
  const describe = useCallback(
    (key: string) => {
      const f = byKey.get(key)?.finding;
      if (!f) return null;
      return (
        <>
          <span className="hl-tip-message">{f.message[lang]}</span>
          {f.suggestion ? (
            <span className="hl-tip-suggestion">
              {t("checklist.suggestion")} {f.suggestion[lang]}
            </span>
          ) : null}
        </>
      );
    },
    [byKey, lang, t],
  );
  const values: Record<TextField, string> = { headline, body, instruction };
  const marks = useMemo(
    () => ({
      headline: marksFor(findings, "headline"),
      body: marksFor(findings, "body"),
      instruction: marksFor(findings, "instruction"),
    }),
    [findings],
  );
  // One setter per field, stable across renders so the memoised textareas do not re-render on every keystroke.
  const setters = useMemo(
    () => ({
      headline: (v: string) => onField("headline", v),
      body: (v: string) => onField("body", v),
      instruction: (v: string) => onField("instruction", v),
    }),
    [onField],
  );

  return (
    <div className="editor-text-fields">
      {FIELDS.map((f) => (
        <FormField key={f.field} label={t(f.label)} hint={f.hint ? t(f.hint) : undefined}>
          {(control) => (
            <HighlightedTextarea
              {...control}
              singleLine={f.singleLine}
              rows={f.rows}
              lang={textLang}
              maxLength={f.maxLength}
              readOnly={readOnly}
              value={values[f.field]}
              onValue={setters[f.field]}
              marks={marks[f.field]}
              activeKey={activeKey}
              describe={describe}
              textareaRef={refs[f.field]}
              className={f.className}
            />
          )}
        </FormField>
      ))}
    </div>
  );
});
