import { useMemo } from "react";
import type { Claim } from "@shared/schemas/claim";
import { formatShortDuration, formatTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useNow } from "../../store/session/ticker";
import { isOpen } from "./selectors";

/** Rounded as the follow-up page rounds it: 172 s read "2 min" on the card and "3 minuter" there. */
const toNearestMinute = (seconds: number) => (seconds < 60 ? seconds : Math.round(seconds / 60) * 60);

/** The due time as a countdown from the shared ticker; past it, red with the word "Försenad" (not colour alone). */
export function ClaimDue({ claim }: { claim: Claim }) {
  const t = useT();
  if (claim.status === "corrected" && claim.timeToCorrectionMs !== null) {
    return (
      <span className="claim-due claim-done">
        {t("claims.correctedIn", { time: formatShortDuration(toNearestMinute(claim.timeToCorrectionMs / 1000)) })}
      </span>
    );
  }
  // Only an open claim counts down, so only it subscribes to the ticker (and re-renders every second).
  return isOpen(claim) ? <OpenClaimDue dueAt={claim.dueAt} /> : null;
}

function OpenClaimDue({ dueAt }: { dueAt: string }) {
  const t = useT();
  const lang = useLanguage();
  const now = useNow();
  // Formatting the clock time (date-fns) once per due time, not on every tick of every card.
  const at = useMemo(() => formatTime(dueAt, lang), [dueAt, lang]);
  const left = (Date.parse(dueAt) - now) / 1000;
  if (left < 0) {
    return (
      <span className="claim-due claim-overdue" data-testid="claim-overdue">
        <strong>{t("claims.overdue")}</strong> · {t("claims.overdueBy", { time: formatShortDuration(-left) })} ({at})
      </span>
    );
  }
  return (
    <span className="claim-due">
      {t("claims.due")} {at} ·{" "}
      {t("claims.remaining", { time: formatShortDuration(left < 60 ? Math.ceil(left) : Math.ceil(left / 60) * 60) })}
    </span>
  );
}
