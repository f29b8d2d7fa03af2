import { memo, useMemo, useState } from "react";
import {
  parseAreaText,
  parsePolygonText,
  RADIUS_KM_MAX,
  type AreaProblem,
  type AreaTextField,
} from "@shared/geo/areaText";
import { BULLETIN_LIMITS } from "@shared/schemas/bulletin";
import { FormField } from "../../../components/FormField";
import type { Translate } from "../../../i18n";
import type { MessageLanguage } from "@shared/schemas/checklist";
import type { UiLanguage } from "../../../i18n";
import { useLanguage, useT } from "../../../i18n/useT";
import type { Draft, DraftField } from "./draft";
import { PolygonPreview } from "./PolygonPreview";

type AreaDraft = Pick<Draft, "areaDescription" | "areaLat" | "areaLon" | "areaRadiusKm" | "areaPolygon">;

interface AreaFieldsProps extends AreaDraft {
  onField: <F extends DraftField>(field: F, value: Draft[F]) => void;
  disabled?: boolean | undefined;
  /** Show every problem, touched or not (after a save was refused). */
  showAll: boolean;
  /** A translation whose area words are still the original's, copied when it was created: the original's language. */
  copiedFrom?: MessageLanguage | null | undefined;
}

function problemText(p: AreaProblem, t: Translate): string {
  const max =
    p.code === "radiusRange"
      ? RADIUS_KM_MAX
      : p.code === "tooManyPoints"
        ? BULLETIN_LIMITS.polygonPointsMax
        : BULLETIN_LIMITS.areaDescriptionMax;
  const text = t(`area.${p.code}`, { max });
  return p.line ? t("area.line", { line: p.line, problem: text }) : text;
}

/** A language's name inside a sentence: "svenska" in Swedish, "Swedish" in English. */
const languageName = (name: string, ui: UiLanguage) => (ui === "sv" ? name.toLocaleLowerCase("sv") : name);

/** The affected area: words (CAP areaDesc), optionally a point with radius and a polygon, with per-field errors. */
export const AreaFields = memo(function AreaFields({ onField, disabled, showAll, copiedFrom, ...v }: AreaFieldsProps) {
  const t = useT();
  const ui = useLanguage();
  const [touched, setTouched] = useState<ReadonlySet<AreaTextField>>(new Set());
  const touch = (f: AreaTextField) => () => setTouched((s) => (s.has(f) ? s : new Set(s).add(f)));
  const parsed = useMemo(
    () =>
      parseAreaText({
        description: v.areaDescription,
        lat: v.areaLat,
        lon: v.areaLon,
        radiusKm: v.areaRadiusKm,
        polygon: v.areaPolygon,
      }),
    [v.areaDescription, v.areaLat, v.areaLon, v.areaRadiusKm, v.areaPolygon],
  );
  const polygon = useMemo(() => parsePolygonText(v.areaPolygon).points, [v.areaPolygon]);
  const errorOf = (f: AreaTextField): string | undefined => {
    if (parsed.ok || !(showAll || touched.has(f))) return undefined;
    const texts = parsed.problems.filter((p) => p.field === f).map((p) => problemText(p, t));
    return texts.length > 0 ? texts.join(" ") : undefined;
  };
  const number = (field: "areaLat" | "areaLon" | "areaRadiusKm", name: AreaTextField, label: string) => (
    <FormField label={label} error={errorOf(name)}>
      {(control) => (
        <input
          {...control}
          inputMode="decimal"
          autoComplete="off"
          disabled={disabled}
          value={v[field]}
          onChange={(e) => onField(field, e.target.value)}
          onBlur={touch(name)}
        />
      )}
    </FormField>
  );
  const point = !parsed.ok ? null : (parsed.area?.point ?? null);

  return (
    <>
      <FormField
        label={t("editor.area")}
        labelSuffix={t("common.optional")}
        hint={
          copiedFrom
            ? `${t("editor.areaHint")} ${t("editor.areaCopied", { language: languageName(t(`lang.${copiedFrom}`), ui) })}`
            : t("editor.areaHint")
        }
        error={errorOf("description")}
      >
        {(control) => (
          <input
            {...control}
            maxLength={BULLETIN_LIMITS.areaDescriptionMax}
            disabled={disabled}
            value={v.areaDescription}
            onChange={(e) => onField("areaDescription", e.target.value)}
            onBlur={touch("description")}
          />
        )}
      </FormField>
      <fieldset className="area-map">
        <legend>
          {t("editor.mapArea")} <span className="field-suffix">({t("common.optional")})</span>
        </legend>
        <p className="field-hint">{t("editor.mapAreaHint")}</p>
        <fieldset className="area-point">
          <legend>{t("editor.point")}</legend>
          <p className="field-hint">{t("editor.pointHint")}</p>
          <div className="area-point-grid">
            {number("areaLat", "lat", t("editor.pointLat"))}
            {number("areaLon", "lon", t("editor.pointLon"))}
            {number("areaRadiusKm", "radiusKm", t("editor.pointRadius"))}
          </div>
        </fieldset>
        <div className="area-polygon">
          <FormField label={t("editor.polygon")} hint={t("editor.polygonHint")} error={errorOf("polygon")}>
            {(control) => (
              <textarea
                {...control}
                rows={5}
                spellCheck={false}
                autoComplete="off"
                disabled={disabled}
                value={v.areaPolygon}
                onChange={(e) => onField("areaPolygon", e.target.value)}
                onBlur={touch("polygon")}
              />
            )}
          </FormField>
          <PolygonPreview polygon={polygon} point={point} />
        </div>
      </fieldset>
    </>
  );
});
