import { memo } from "react";
import { CAP_CATEGORIES, CAP_CERTAINTIES, CAP_SEVERITIES, CAP_URGENCIES } from "@shared/schemas/bulletin";
import type { MessageLanguage } from "@shared/schemas/checklist";
import { FormField } from "../../../components/FormField";
import { DateTimeInput } from "../../../components/DateTimeInput";
import { toDateTimeLocalValue } from "../../../i18n/format";
import { useT } from "../../../i18n/useT";
import { localInputToIso } from "../../incidents/selectors";
import { AreaFields } from "./AreaFields";
import { CheckboxGroup } from "./CheckboxGroup";
import type { Draft, DraftField } from "./draft";

type CapDraft = Pick<
  Draft,
  | "areaDescription"
  | "areaLat"
  | "areaLon"
  | "areaRadiusKm"
  | "areaPolygon"
  | "urgency"
  | "severity"
  | "certainty"
  | "categories"
  | "expiresAt"
  | "nextUpdateAt"
>;

interface CapFieldsProps extends CapDraft {
  onField: <F extends DraftField>(field: F, value: Draft[F]) => void;
  disabled?: boolean;
  /** Show every area problem (a save was refused because of them). */
  areaAttempted: boolean;
  /** The area words are still the original's, in this language (a translation not yet translated there). */
  areaCopiedFrom?: MessageLanguage | null;
}

/** Area (words, point, polygon), next update and the CAP fields (urgency, severity, certainty, categories, expiry). */
export const CapFields = memo(function CapFields({
  onField,
  disabled,
  areaAttempted,
  areaCopiedFrom,
  ...v
}: CapFieldsProps) {
  const t = useT();
  const select = <F extends "urgency" | "severity" | "certainty">(
    field: F,
    label: string,
    options: readonly Draft[F][],
    prefix: string,
  ) => (
    <FormField label={label}>
      {(control) => (
        <select
          {...control}
          value={v[field]}
          disabled={disabled}
          onChange={(e) => onField(field, e.target.value as Draft[F])}
        >
          {options.map((o) => (
            <option key={o} value={o}>
              {t(`${prefix}.${o}` as Parameters<typeof t>[0])}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
  const time = (field: "expiresAt" | "nextUpdateAt", label: string, hint?: string) => (
    <FormField label={label} labelSuffix={t("common.optional")} hint={hint}>
      {(control) => (
        <DateTimeInput
          {...control}
          disabled={disabled}
          value={v[field] ? toDateTimeLocalValue(v[field]) : ""}
          onChange={(value) => onField(field, localInputToIso(value))}
        />
      )}
    </FormField>
  );
  return (
    <div className="cap-fields">
      <AreaFields
        areaDescription={v.areaDescription}
        areaLat={v.areaLat}
        areaLon={v.areaLon}
        areaRadiusKm={v.areaRadiusKm}
        areaPolygon={v.areaPolygon}
        onField={onField}
        disabled={disabled}
        showAll={areaAttempted}
        copiedFrom={areaCopiedFrom}
      />
      {time("nextUpdateAt", t("editor.nextUpdate"), t("editor.nextUpdateHint"))}
      <details className="cap-details">
        <summary>{t("editor.capFields")}</summary>
        <div className="cap-grid">
          {select("urgency", t("editor.urgency"), CAP_URGENCIES, "cap.urgency")}
          {select("severity", t("editor.severity"), CAP_SEVERITIES, "cap.severity")}
          {select("certainty", t("editor.certainty"), CAP_CERTAINTIES, "cap.certainty")}
          {time("expiresAt", t("editor.expires"))}
        </div>
        <CheckboxGroup
          legend={t("editor.categories")}
          options={CAP_CATEGORIES}
          selected={v.categories}
          labelOf={(c) => t(`cap.category.${c}`)}
          onChange={(next) => next.length > 0 && onField("categories", next)}
          disabled={disabled}
        />
      </details>
    </div>
  );
});
