import { useEffect, useState } from "react";
import { ChecklistFinding } from "@shared/schemas/checklist";
import { ScoreSummary, type Bulletin, type GateDecision } from "@shared/schemas/bulletin";
import { ExerciseBadge } from "../../../components/Badge";
import { useStore } from "../../../store";
import { ApiError } from "../../../api/http";
import { useLanguage, useT } from "../../../i18n/useT";
import { checkGate } from "../../../api/bulletins";
import { BulletinHeadline } from "../BulletinHeadline";
import { sameMessageOnce } from "./FindingsList";
import { ReasonDialog } from "./ReasonDialog";
import { PRINCIPLES, type Principle } from "@shared/checklist/constants";

const isPrinciple = (x: unknown): x is Principle =>
  typeof x === "string" && (PRINCIPLES as readonly string[]).includes(x);

/** The well-formed findings of a list in an error's details (the refusal carries the gate's errors and warnings). */
const findingsIn = (x: unknown): ChecklistFinding[] =>
  Array.isArray(x)
    ? x.flatMap((item) => {
        const parsed = ChecklistFinding.safeParse(item);
        return parsed.success ? [parsed.data] : [];
      })
    : [];

/** What publish would decide, from GET …/gate or from a 422 `reason_required` answer. */
export function gateFromError(err: unknown): GateDecision | null {
  if (!(err instanceof ApiError) || err.code !== "reason_required") return null;
  const score = ScoreSummary.safeParse(err.details.score);
  if (!score.success) return null;
  const threshold = typeof err.details.threshold === "number" ? err.details.threshold : 0;
  const failing = Array.isArray(err.details.failing) ? err.details.failing.filter(isPrinciple) : [];
  return {
    passed: false,
    score: score.data,
    threshold,
    stale: err.details.stale === true,
    failing,
    errors: findingsIn(err.details.errors),
    warnings: findingsIn(err.details.warnings),
  };
}

interface PublishDialogProps {
  bulletin: Bulletin;
  busy: boolean;
  error: string | null;
  /** Set when publishing was refused for want of a reason: the gate as the server saw it then. */
  refusedGate: GateDecision | null;
  onPublish: (reason: string | undefined) => void;
  onClose: () => void;
}

/** One list of the gate's findings, each message once with the principles it concerns. */
function GateFindings({
  title,
  findings,
  className,
}: {
  title: string;
  findings: ChecklistFinding[];
  className: string;
}) {
  const t = useT();
  const lang = useLanguage();
  if (findings.length === 0) return null;
  return (
    <>
      <p>{title}</p>
      <ul className={className}>
        {sameMessageOnce(findings, lang).map(({ message, principles }) => (
          <li key={message}>
            {message} <span className="muted">({principles.map((p) => t(`principle.${p}`)).join(", ")})</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The publish gate: below the threshold, with an error finding or stale, publishing needs a written reason.
 * The dialog asks the server first, so the lead sees the score and the errors before deciding.
 */
export function PublishDialog({ bulletin, busy, error, refusedGate, onPublish, onClose }: PublishDialogProps) {
  const t = useT();
  const bulletinId = bulletin.id;
  const exercise = useStore((s) => s.incidents[bulletin.incidentId]?.exercise === true);
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
  const warnings: ChecklistFinding[] = gate?.warnings ?? [];
  // Publishing cannot be taken back quietly (feeds, CAP, webhooks): the dialog says what goes out, where, and
  // whether it is an exercise, before the gate's verdict.
  const what = (
    <dl className="publish-what">
      <div>
        <dt>{t("editor.headline")}</dt>
        <dd>
          <BulletinHeadline bulletin={bulletin} />
        </dd>
      </div>
      <div>
        <dt>{t("editor.language")}</dt>
        <dd>{t(`lang.${bulletin.language}`)}</dd>
      </div>
      <div>
        <dt>{t("editor.channels")}</dt>
        <dd>{bulletin.channels.map((c) => t(`channel.${c}`)).join(", ") || "–"}</dd>
      </div>
      {exercise ? (
        <div>
          <dt className="visually-hidden">{t("workflow.publishExercise")}</dt>
          <dd>
            <ExerciseBadge /> {t("workflow.publishExercise")}
          </dd>
        </div>
      ) : null}
    </dl>
  );
  const verdict =
    checking && !gate ? (
      <p>{t("workflow.gateChecking")}</p>
    ) : gate ? (
      <>
        <p className={gate.passed ? "gate-passed" : "gate-failed"}>
          <span aria-hidden="true">{gate.passed ? "✓ " : "⚠ "}</span>
          {/* A score above the threshold never stands beside "does not pass" without the reason: a failing
              principle or a stale text, listed below. */}
          {t(
            gate.passed
              ? "workflow.gatePassed"
              : gate.score.overall >= gate.threshold
                ? "workflow.gateFailedDespiteScore"
                : "workflow.gateFailed",
            {
              score: gate.score.overall,
              threshold: gate.threshold,
            },
          )}
        </p>
        {gate.failing.length > 0 ? (
          <p>{t("workflow.gateFailing", { principles: gate.failing.map((p) => t(`principle.${p}`)).join(", ") })}</p>
        ) : null}
        {gate.stale ? <p>{t("workflow.gateStale")}</p> : null}
        <GateFindings title={t("workflow.gateErrors")} findings={errors} className="gate-errors" />
        <GateFindings title={t("workflow.gateWarnings")} findings={warnings} className="gate-warnings" />
        {needsReason ? <p className="muted">{t("workflow.gateReasonHint")}</p> : null}
      </>
    ) : null;
  const intro = (
    <>
      {what}
      {verdict}
    </>
  );

  return (
    <ReasonDialog
      title={t("workflow.publishTitle")}
      intro={intro}
      submitLabel={t(needsReason ? "workflow.publishWithReason" : "workflow.confirmPublish")}
      reasonRequired={needsReason}
      busy={busy || (checking && !gate)}
      running={busy}
      error={error}
      onSubmit={onPublish}
      onClose={onClose}
    />
  );
}
