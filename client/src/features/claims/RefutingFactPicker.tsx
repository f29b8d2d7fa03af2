import { useEffect, useId, useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { FieldError } from "../../components/FormField";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { loadFacts } from "../../store/bulletins/loaders";
import { FactOptionText } from "../facts/FactStatusBadge";
import { selectIncidentFacts } from "../facts/FactsSection";

interface RefutingFactPickerProps {
  incidentId: string;
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}

/**
 * The incident's facts as checkboxes, to link those that refute a claim. Like the editor's FactPicker, but with the
 * claim's own wording and an error slot for a 400 on `refutingFactIds.N`. Loads the register if the board has not.
 */
export function RefutingFactPicker({ incidentId, selected, onChange, error }: RefutingFactPickerProps) {
  const t = useT();
  const hintId = useId();
  const errorId = useId();
  const selector = useMemo(() => selectIncidentFacts(incidentId), [incidentId]);
  const facts = useStore(useShallow(selector));
  const status = useStore((s) => s.bulletinData.factLists[incidentId] ?? "idle");

  useEffect(() => {
    if (status === "idle") void loadFacts(incidentId).catch(() => {});
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [incidentId]);

  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((x) => x !== id));
  const hint =
    status === "error"
      ? t("claims.edit.factsError")
      : status === "loading" && facts.length === 0
        ? t("app.loading")
        : facts.length === 0
          ? t("claims.edit.factsEmpty")
          : t("claims.edit.factsHint");
  return (
    <fieldset
      className={["checkbox-group fact-picker", error ? "field-invalid" : ""].filter(Boolean).join(" ")}
      aria-describedby={error ? `${hintId} ${errorId}` : hintId}
    >
      <legend>{t("claims.edit.facts")}</legend>
      <p id={hintId} className="field-hint">
        {hint}
      </p>
      <ul className="fact-picker-list">
        {facts.map((fact) => (
          <li key={fact.id}>
            <label className="checkbox-option fact-option">
              <input
                type="checkbox"
                checked={selected.includes(fact.id)}
                aria-invalid={error ? true : undefined}
                onChange={(e) => toggle(fact.id, e.target.checked)}
              />
              <FactOptionText fact={fact} />
            </label>
          </li>
        ))}
      </ul>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
