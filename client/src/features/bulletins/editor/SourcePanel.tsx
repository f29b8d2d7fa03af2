import { textLang } from "@shared/constants";
import type { Bulletin } from "@shared/schemas/bulletin";
import { useT } from "../../../i18n/useT";

interface SourcePanelProps {
  source: Bulletin;
  translation: Bulletin;
  markUpToDate: boolean;
  onMarkUpToDate: (on: boolean) => void;
  disabled?: boolean;
}

/** The source text beside its translation: which version the translation follows, and whether it moved on. */
export function SourcePanel({ source, translation, markUpToDate, onMarkUpToDate, disabled }: SourcePanelProps) {
  const t = useT();
  const basedOn = translation.translationOfVersion;
  const sourceChanged =
    translation.stale.some((r) => r.reason === "translation_source_changed") ||
    (basedOn !== null && basedOn < source.version);
  const lang = textLang(source.language);
  return (
    <section className="source-panel" aria-labelledby="source-heading">
      <h2 id="source-heading" className="source-heading">
        {t("languages.source", { language: t(`lang.${source.language}`), version: source.version })}
      </h2>
      {basedOn !== null ? <p className="small muted">{t("languages.basedOn", { version: basedOn })}</p> : null}
      {sourceChanged ? (
        <p className="notice notice-warning small">
          <span aria-hidden="true">⚠ </span>
          {t("languages.sourceChanged", { version: source.version })}
        </p>
      ) : null}
      {/* The labels are the UI's words; only the source's own text is in its language. */}
      <div>
        <h3 className="source-label">{t("languages.sourceHeadline")}</h3>
        <p className="source-text" lang={lang}>
          {source.headline}
        </p>
        <h3 className="source-label">{t("languages.sourceBody")}</h3>
        <p className="source-text prewrap" lang={lang}>
          {source.body}
        </p>
        {source.instruction ? (
          <>
            <h3 className="source-label">{t("languages.sourceInstruction")}</h3>
            <p className="source-text prewrap" lang={lang}>
              {source.instruction}
            </p>
          </>
        ) : null}
      </div>
      <label className="checkbox-option">
        <input
          type="checkbox"
          checked={markUpToDate}
          disabled={disabled}
          onChange={(e) => onMarkUpToDate(e.target.checked)}
        />
        <span>{t("languages.markUpToDate", { version: source.version })}</span>
      </label>
    </section>
  );
}
