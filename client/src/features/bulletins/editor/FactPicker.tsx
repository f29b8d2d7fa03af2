import { memo, useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import type { Fact } from "@shared/schemas/fact";
import { useT } from "../../../i18n/useT";
import { useStore } from "../../../store";
import { FactOptionText } from "../../facts/FactStatusBadge";
import { selectIncidentFacts } from "../../facts/FactsSection";

interface FactPickerProps {
  incidentId: string;
  selected: string[];
  onChange: (ids: string[]) => void;
  disabled?: boolean;
}

/** Pick the facts a bulletin cites from the incident's register; status in words beside each. */
export const FactPicker = memo(function FactPicker({ incidentId, selected, onChange, disabled }: FactPickerProps) {
  const t = useT();
  const selector = useMemo(() => selectIncidentFacts(incidentId), [incidentId]);
  const facts = useStore(useShallow(selector));
  // A cited fact from elsewhere (or not loaded yet) stays cited; it is just not listed.
  const toggle = (fact: Fact, on: boolean) =>
    onChange(on ? [...selected, fact.id] : selected.filter((id) => id !== fact.id));
  return (
    <fieldset className="checkbox-group fact-picker" aria-describedby="fact-picker-hint" disabled={disabled}>
      <legend>{t("editor.facts")}</legend>
      <p id="fact-picker-hint" className="field-hint">
        {facts.length === 0 ? t("editor.factsEmpty") : t("editor.factsHint")}
      </p>
      <ul className="fact-picker-list">
        {facts.map((fact) => (
          <li key={fact.id}>
            <label className="checkbox-option fact-option">
              <input
                type="checkbox"
                checked={selected.includes(fact.id)}
                onChange={(e) => toggle(fact, e.target.checked)}
              />
              <FactOptionText fact={fact} />
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
});
