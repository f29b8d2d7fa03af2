import { memo, useCallback, useMemo, type RefObject } from "react";
import { BULLETIN_LIMITS } from "../../../../../shared/schemas/bulletin";
import { FormField } from "../../../components/FormField";
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

/** Headline, what has happened and what to do, each with the checklist's underlines. */
export const EditorTextFields = memo(function EditorTextFields({ headline, body, instruction, findings, activeKey, onField, refs, textLang, readOnly }: EditorTextFieldsProps) {
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
  const headlineMarks = useMemo(() => marksFor(findings, "headline"), [findings]);
  const bodyMarks = useMemo(() => marksFor(findings, "body"), [findings]);
  const instructionMarks = useMemo(() => marksFor(findings, "instruction"), [findings]);
  const setHeadline = useCallback((v: string) => onField("headline", v), [onField]);
  const setBody = useCallback((v: string) => onField("body", v), [onField]);
  const setInstruction = useCallback((v: string) => onField("instruction", v), [onField]);

  return (
    <div className="editor-text-fields">
      <FormField label={t("editor.headline")}>
        {(control) => (
          <HighlightedTextarea
            {...control}
            singleLine
            rows={1}
            lang={textLang}
            maxLength={BULLETIN_LIMITS.headlineMax}
            readOnly={readOnly}
            value={headline}
            onValue={setHeadline}
            marks={headlineMarks}
            activeKey={activeKey}
            describe={describe}
            textareaRef={refs.headline}
            className="hl-headline"
          />
        )}
      </FormField>
      <FormField label={t("editor.body")} hint={t("editor.bodyHint")}>
        {(control) => (
          <HighlightedTextarea
            {...control}
            rows={6}
            lang={textLang}
            maxLength={BULLETIN_LIMITS.bodyMax}
            readOnly={readOnly}
            value={body}
            onValue={setBody}
            marks={bodyMarks}
            activeKey={activeKey}
            describe={describe}
            textareaRef={refs.body}
          />
        )}
      </FormField>
      <FormField label={t("editor.instruction")} hint={t("editor.instructionHint")}>
        {(control) => (
          <HighlightedTextarea
            {...control}
            rows={3}
            lang={textLang}
            maxLength={BULLETIN_LIMITS.instructionMax}
            readOnly={readOnly}
            value={instruction}
            onValue={setInstruction}
            marks={instructionMarks}
            activeKey={activeKey}
            describe={describe}
            textareaRef={refs.instruction}
          />
        )}
      </FormField>
    </div>
  );
});
