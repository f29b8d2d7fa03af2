import type { TargetKey } from "@shared/schemas/report";
import type { UiLanguage } from "../../i18n";
import { formatDateTime, formatNumber, formatPercent } from "../../i18n/format";

// The number formats are the console's (i18n/format.ts); re-exported for the report pages that import them here.
export { formatNumber, formatPercent };

export const formatWhen = (iso: string | null, lang: UiLanguage, none = "–") =>
  iso === null ? none : formatDateTime(iso, lang);

/** A target's figure as the table shows it: a share as a percentage, minutes with a unit, a score as is. */
export function formatTargetValue(
  key: TargetKey,
  value: number | null,
  lang: UiLanguage,
  minutes: (n: string) => string,
): string {
  if (value === null) return "–";
  if (key === "firstPublicMinutes") return minutes(formatNumber(value, lang));
  if (key === "publishScore") return formatNumber(value, lang);
  return formatPercent(value, lang);
}
