import type { ReactNode } from "react";

/**
 * The box of a table that may be wider than a phone: it scrolls sideways instead of widening the whole page (a
 * 12-column table made every report page scroll). Labelled and focusable so a keyboard user can scroll it (WCAG
 * 2.1.1); the label is the table's caption.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="scroll-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
