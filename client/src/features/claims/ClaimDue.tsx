import type { Claim } from "../../../../shared/schemas/claim";
import { formatShortDuration, formatTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useNow } from "../../store/ticker";
import { isOpen } from "./selectors";

/** The due time as a countdown from the shared ticker; past it, red with the word "Försenad" (not colour alone). */
export function ClaimDue({ claim }: { claim: Claim }) {
  const t = useT();
  const lang = useLanguage();
  const now = useNow();
  if (claim.status === "corrected" && claim.timeToCorrectionMs !== null) {
    return <span className="claim-due claim-done">{t("claims.correctedIn", { time: formatShortDuration(claim.timeToCorrectionMs / 1000) })}</span>;
  }
  if (!isOpen(claim)) return null;
  const left = (Date.parse(claim.dueAt) - now) / 1000;
  const at = formatTime(claim.dueAt, lang);
  if (left < 0) {
    return (
      <span className="claim-due claim-overdue" data-testid="claim-overdue">
        <strong>{t("claims.overdue")}</strong> · {t("claims.overdueBy", { time: formatShortDuration(-left) })} ({at})
      </span>
    );
  }
  return (
    <span className="claim-due">
      {t("claims.due")} {at} · {t("claims.remaining", { time: formatShortDuration(left < 60 ? Math.ceil(left) : Math.ceil(left / 60) * 60) })}
    </span>
  );
}
