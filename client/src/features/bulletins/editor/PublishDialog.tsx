import { useEffect, useState } from "react";
import type { ChecklistFinding } from "@shared/schemas/checklist";
import { ScoreSummary, type GateDecision } from "@shared/schemas/bulletin";
import { ApiError } from "../../../api/http";
import { useLanguage, useT } from "../../../i18n/useT";
import { checkGate } from "../../../api/bulletins";
import { sameMessageOnce } from "./FindingsList";
import { ReasonDialog } from "./ReasonDialog";
import { PRINCIPLES, type Principle } from "@shared/checklist/constants";

const isPrinciple = (x: unknown): x is Principle =>
  typeof x === "string" && (PRINCIPLES as readonly string[]).includes(x);

/** What publish would decide, from GET …/gate or from a 422 `reason_required` answer. */
export function gateFromError(err: unknown): GateDecision | null {
  if (!(err instanceof ApiError) || err.code !== "reason_required") return null;
  const score = ScoreSummary.safeParse(err.details.score);
  if (!score.success) return null;
  const threshold = typeof err.details.threshold === "number" ? err.details.threshold : 0;
  const failing = Array.isArray(err.details.failing) ? err.details.failing.filter(isPrinciple) : [];
  return { passed: false, score: score.data, threshold, stale: err.details.stale === true, failing, errors: [] };
}

interface PublishDialogProps {
  bulletinId: string;
  busy: boolean;
  error: string | null;
  /** Set when publishing was refused for want of a reason: the gate as the server saw it then. */
  refusedGate: GateDecision | null;
  onPublish: (reason: string | undefined) => void;
  onClose: () => void;
}

/**
 * The publish gate: below the threshold, with an error finding or stale, publishing needs a written reason.
 * The dialog asks the server first, so the lead sees the score and the errors before deciding.
 */
export function PublishDialog({ bulletinId, busy, error, refusedGate, onPublish, onClose }: PublishDialogProps) {
  const t = useT();
  const lang = useLanguage();
  const [checked, setChecked] = useState<GateDecision | null>(null);
  const [checking, setChecking] = useState(true);

  useEffect(() => {
    let live = true;
    checkGate(bulletinId)
      .then((gate) => live && setChecked(gate))
      .catch(() => {})
      .finally(() => live && setChecking(false));
    return () => {
      live = false;
    };
  }, [bulletinId]);

  const gate = refusedGate ?? checked;
  const needsReason = gate !== null && !gate.passed;
  const errors: ChecklistFinding[] = gate?.errors ?? [];
  const intro =
    checking && !gate ? (
      <p>{t("workflow.gateChecking")}</p>
    ) : gate ? (
      <>
        <p className={gate.passed ? "gate-passed" : "gate-failed"}>
          <span aria-hidden="true">{gate.passed ? "✓ " : "⚠ "}</span>
          {t(gate.passed ? "workflow.gatePassed" : "workflow.gateFailed", {
            score: gate.score.overall,
            threshold: gate.threshold,
          })}
        </p>
        {gate.failing.length > 0 ? (
          <p>{t("workflow.gateFailing", { principles: gate.failing.map((p) => t(`principle.${p}`)).join(", ") })}</p>
        ) : null}
        {gate.stale ? <p>{t("workflow.gateStale")}</p> : null}
        {errors.length > 0 ? (
          <>
            <p>{t("workflow.gateErrors")}</p>
            <ul className="gate-errors">
              {sameMessageOnce(errors, lang).map(({ message, principles }) => (
                <li key={message}>
                  {message} <span className="muted">({principles.map((p) => t(`principle.${p}`)).join(", ")})</span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {needsReason ? <p className="muted">{t("workflow.gateReasonHint")}</p> : null}
      </>
    ) : null;

  return (
    <ReasonDialog
      title={t("workflow.publishTitle")}
      intro={intro}
      submitLabel={t(needsReason ? "workflow.publishWithReason" : "workflow.confirmPublish")}
      reasonRequired={needsReason}
      busy={busy || (checking && !gate)}
      error={error}
      onSubmit={onPublish}
      onClose={onClose}
    />
  );
}
