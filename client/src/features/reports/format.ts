import type { TargetKey } from "@shared/schemas/report";
import type { UiLanguage } from "../../i18n";
import { formatDateTime } from "../../i18n/format";

const locale = (lang: UiLanguage) => (lang === "sv" ? "sv-SE" : "en-GB");

/** "68,5 %" / "68.5%". */
export const formatPercent = (share: number | null, lang: UiLanguage, none = "–") =>
  share === null
    ? none
    : new Intl.NumberFormat(locale(lang), { style: "percent", maximumFractionDigits: 1 }).format(share);

/** "12,5" / "12.5": one decimal at most. */
export const formatNumber = (n: number | null, lang: UiLanguage, none = "–") =>
  n === null ? none : new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 }).format(n);

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
