import type { ReactNode } from "react";
import { useT } from "../i18n/useT";

/**
 * The box of a table that may be wider than a phone: it scrolls sideways instead of widening the whole page (a
 * 12-column table made every report page scroll). Labelled and focusable so a keyboard user can scroll it (WCAG
 * 2.1.1); the label is the table's caption followed by "tabell", so that it differs from the section around it,
 * whose heading often says the same as the caption (two landmarks of one name, axe's landmark-unique).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const t = useT();
  return (
    <div className="scroll-region" role="region" aria-label={t("app.tableRegion", { name: label })} tabIndex={0}>
      {children}
    </div>
  );
}
