import { memo, useId } from "react";
import type { Claim, ClaimSeverity } from "@shared/schemas/claim";
import { ClaimActions } from "./ClaimActions";
import { useClaimBoard } from "./ClaimBoardContext";
import { ClaimDue } from "./ClaimDue";
import { ClaimFactFlags } from "./ClaimFactFlags";
import { ClaimText } from "./ClaimText";
import { WORK_TEXT_LANG } from "@shared/constants";

const SEVERITY_CLASS: Record<ClaimSeverity, string> = {
  low: "sev-low",
  medium: "sev-medium",
  high: "sev-high",
  critical: "sev-critical",
};

/** One claim on the board: a focusable list item with its facts and the actions its status and the role allow. */
export const ClaimCard = memo(function ClaimCard({ claim, lostTo }: { claim: Claim; lostTo: string | undefined }) {
  const { t } = useClaimBoard();
  const textId = useId();
  return (
    <li
      className={`claim-card ${SEVERITY_CLASS[claim.severity]}`}
      tabIndex={0}
      aria-labelledby={textId}
      data-claim-id={claim.id}
    >
      {/* The claim's words are the team's Swedish; the quotation marks around them go with them (ClaimText). */}
      <p id={textId} className="claim-text" lang={WORK_TEXT_LANG}>
        <ClaimText text={claim.text} />
      </p>
      <dl className="claim-facts">
        <div>
          <dt>{t("claims.severity")}</dt>
          <dd>
            <span className={`claim-severity ${SEVERITY_CLASS[claim.severity]}`}>
              {t(`claims.severity.${claim.severity}`)}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t("claims.channel")}</dt>
          <dd>{t(`claims.channel.${claim.sourceChannel}`)}</dd>
        </div>
        <div>
          <dt>{t("claims.reach")}</dt>
          <dd>{t(`claims.reach.${claim.reach}`)}</dd>
        </div>
        {claim.calls > 0 ? (
          <div>
            <dt>{t("claims.calls")}</dt>
            <dd data-testid="claim-calls">
              {t(claim.calls === 1 ? "claims.callsCountOne" : "claims.callsCount", { count: claim.calls })}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("claims.assignee")}</dt>
          <dd>{claim.assigneeName ?? t("claims.nobody")}</dd>
        </div>
      </dl>
      <ClaimDue claim={claim} />
      {claim.refutingFactIds.length > 0 ? (
        <p className="claim-link">{t("claims.refutingCount", { count: claim.refutingFactIds.length })}</p>
      ) : null}
      {claim.link ? (
        <p className="claim-link">
          <a href={claim.link} target="_blank" rel="noopener noreferrer">
            {t("claims.sourceLink")}
            <span className="visually-hidden">: {claim.link}</span>
          </a>
        </p>
      ) : null}
      {claim.status === "dismissed" && claim.dismissReason ? (
        <p className="claim-reason">{t("claims.dismissedBecause", { reason: claim.dismissReason })}</p>
      ) : null}
      <ClaimFactFlags claim={claim} />
      <ClaimActions claim={claim} lostTo={lostTo} />
    </li>
  );
});
