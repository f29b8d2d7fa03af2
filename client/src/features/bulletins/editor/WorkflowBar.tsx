import { useEffect, useRef, useState } from "react";
import type { Bulletin } from "@shared/schemas/bulletin";
import { ApiError } from "../../../api/http";
import { Button } from "../../../components/Button";
import { errorMessage } from "../../../i18n/errors";
import { useT } from "../../../i18n/useT";
import { useStore } from "../../../store";
import { currentFromError, runCommand } from "../actions";
import type { GateDecision } from "@shared/schemas/bulletin";
import type { WorkflowCommand } from "../../../api/bulletins";
import { mayApproveBulletins, mayWriteBulletins } from "../selectors";
import { gateFromError, PublishDialog } from "./PublishDialog";
import { ReasonDialog } from "./ReasonDialog";

type Open = "publish" | "return" | "retract" | "discard" | null | "approveAlone";

const storedStatus = (id: string) => useStore.getState().bulletinData.bulletins[id]?.status;

interface WorkflowBarProps {
  bulletin: Bulletin;
  dirty: boolean;
  /** Saves unsaved changes first; resolves to the saved bulletin, or null when the save failed. */
  saveIfDirty: () => Promise<Bulletin | null>;
}

function isFourEyes(err: unknown): boolean {
  return err instanceof ApiError && err.code === "reason_required" && err.details.fourEyes === true;
}

/** The buttons the user's role and the bulletin's status allow: submit, approve, return, publish, retract. */
export function WorkflowBar({ bulletin, dirty, saveIfDirty }: WorkflowBarProps) {
  const t = useT();
  const role = useStore((s) => s.user?.role);
  const canWrite = mayWriteBulletins(role);
  const canApprove = mayApproveBulletins(role);
  const [open, setOpen] = useState<Open>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  /**
   * A refusal outside a dialog. It stood in the confirmation line, looking and sounding like one ("body: must not
   * be empty …" read as news): it is an alert of its own, styled as an error.
   */
  const [failed, setFailed] = useState<string | null>(null);
  const [refusedGate, setRefusedGate] = useState<GateDecision | null>(null);
  const shownFor = useRef(bulletin.status);
  const barRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  /**
   * After a move made with a button that the new status takes away ("Godkänn" becomes "Publicera"), focus went to
   * the page's body and a keyboard or screen-reader user lost their place: it goes to the bar's next action, or to
   * the confirmation when there is none.
   */
  const refocus = useRef(false);
  useEffect(() => {
    if (!refocus.current || busy) return;
    refocus.current = false;
    const bar = barRef.current;
    if (!bar || (bar.contains(document.activeElement) && document.activeElement !== bar)) return;
    const next = bar.querySelector<HTMLButtonElement>(".workflow-buttons button:not([disabled])");
    (next ?? doneRef.current)?.focus();
  }, [bulletin.status, busy]);

  // A confirmation or refusal belongs to the status it met; when the status moves on (here or elsewhere) it goes.
  useEffect(() => {
    if (shownFor.current === bulletin.status) return;
    setDone(null);
    setFailed(null);
  }, [bulletin.status]);

  const describe = (err: unknown): string => {
    if (err instanceof ApiError && err.code === "invalid_transition") {
      const current = currentFromError(err);
      return t("workflow.invalidTransition", { status: t(`bulletins.status.${current?.status ?? bulletin.status}`) });
    }
    return errorMessage(err, t);
  };

  const run = async (
    command: WorkflowCommand,
    inDialog: boolean,
    doneKey: string = `workflow.done.${command.action}`,
  ): Promise<void> => {
    setBusy(true);
    setError(null);
    setDone(null);
    setFailed(null);
    try {
      await runCommand(bulletin.id, command);
      setOpen(null);
      setRefusedGate(null);
      setDone(t(doneKey as Parameters<typeof t>[0]));
      // In a dialog too: the dialog gives focus back to its opener, which "Publicera nu" has just taken away.
      refocus.current = true;
    } catch (err) {
      const gate = command.action === "publish" ? gateFromError(err) : null;
      if (gate) setRefusedGate(gate);
      // Four eyes: the lead saved this version; they may approve alone only with a reason for the log.
      if (command.action === "approve" && !inDialog && isFourEyes(err)) {
        setOpen("approveAlone");
        return;
      }
      if (inDialog) setError(gate ? t("workflow.reasonRequired") : describe(err));
      else setFailed(describe(err));
    } finally {
      shownFor.current = storedStatus(bulletin.id) ?? bulletin.status;
      setBusy(false);
    }
  };

  const submit = async () => {
    setDone(null);
    setFailed(null);
    const saved = await saveIfDirty();
    if (saved) await run({ action: "submit", body: { expectedVersion: saved.version } }, false);
  };

  const openDialog = (which: Open) => {
    setError(null);
    setFailed(null);
    setRefusedGate(null);
    setOpen(which);
  };

  const status = bulletin.status;
  const buttons = [];
  if (canWrite && status === "draft") {
    buttons.push(
      <Button key="submit" variant="primary" busy={busy} onClick={() => void submit()}>
        {t("workflow.submit")}
      </Button>,
    );
  }
  if (canApprove && status === "in_review") {
    buttons.push(
      <Button
        key="approve"
        variant="primary"
        busy={busy}
        disabled={dirty}
        onClick={() => void run({ action: "approve", body: { expectedVersion: bulletin.version } }, false)}
      >
        {t("workflow.approve")}
      </Button>,
    );
  }
  if (canApprove && status === "approved") {
    buttons.push(
      <Button key="publish" variant="primary" busy={busy} disabled={dirty} onClick={() => openDialog("publish")}>
        {t("workflow.publish")}
      </Button>,
    );
  }
  if (canApprove && (status === "in_review" || status === "approved")) {
    buttons.push(
      <Button key="return" busy={busy} onClick={() => openDialog("return")}>
        {t("workflow.return")}
      </Button>,
    );
  }
  // A bulletin never published has nothing to withdraw from the public: it is removed (retracted, so the removal
  // stays in the log), and the button says so. It says what it removes: a draft, or a bulletin already submitted or
  // approved ("Ta bort utkast" on one in review named something it was no longer).
  const neverPublished = bulletin.publishedVersion === null;
  const discard =
    status === "draft"
      ? ({
          label: "workflow.discard",
          title: "workflow.discardTitle",
          hint: "workflow.discardHint",
          reason: "workflow.discardReason",
          done: "workflow.discarded",
        } as const)
      : ({
          label: "workflow.discardBulletin",
          title: "workflow.discardBulletinTitle",
          hint: "workflow.discardBulletinHint",
          reason: "workflow.discardBulletinReason",
          done: "workflow.discardedBulletin",
        } as const);
  if (canApprove && status !== "retracted") {
    buttons.push(
      neverPublished ? (
        <Button key="discard" variant="danger" busy={busy} onClick={() => openDialog("discard")}>
          {t(discard.label)}
        </Button>
      ) : (
        <Button key="retract" variant="danger" busy={busy} onClick={() => openDialog("retract")}>
          {t("workflow.retract")}
        </Button>
      ),
    );
  }

  return (
    <div ref={barRef} className="workflow-bar" role="group" aria-label={t("workflow.title")}>
      <div className="workflow-buttons">{buttons}</div>
      {dirty && canApprove && (status === "in_review" || status === "approved") ? (
        <p className="muted small">{t("workflow.saveFirst")}</p>
      ) : null}
      <p ref={doneRef} className="workflow-done" role="status" tabIndex={-1}>
        {done}
      </p>
      <p className="workflow-error" role="alert">
        {failed}
      </p>
      {open === "publish" ? (
        <PublishDialog
          bulletin={bulletin}
          busy={busy}
          error={error}
          refusedGate={refusedGate}
          onPublish={(reason) => void run({ action: "publish", body: reason ? { reason } : {} }, true)}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open === "approveAlone" ? (
        <ReasonDialog
          title={t("workflow.approveAloneTitle")}
          intro={<p>{t("workflow.approveAloneHint")}</p>}
          submitLabel={t("workflow.approveAlone")}
          reasonRequired
          busy={busy}
          error={error}
          onSubmit={(reason) =>
            void run({ action: "approve", body: { expectedVersion: bulletin.version, reason: reason ?? "" } }, true)
          }
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open === "return" ? (
        <ReasonDialog
          title={t("workflow.returnTitle")}
          intro={<p>{t("workflow.returnHint")}</p>}
          submitLabel={t("workflow.return")}
          reasonRequired
          busy={busy}
          error={error}
          onSubmit={(reason) => void run({ action: "return", body: { reason: reason ?? "" } }, true)}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open === "discard" ? (
        <ReasonDialog
          title={t(discard.title)}
          intro={<p>{t(discard.hint)}</p>}
          submitLabel={t(discard.label)}
          reasonRequired={false}
          danger
          busy={busy}
          error={error}
          onSubmit={() => void run({ action: "retract", body: { reason: t(discard.reason) } }, true, discard.done)}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open === "retract" ? (
        <ReasonDialog
          title={t("workflow.retractTitle")}
          intro={<p>{t("workflow.retractHint")}</p>}
          submitLabel={t("workflow.retract")}
          reasonRequired
          danger
          busy={busy}
          error={error}
          onSubmit={(reason) => void run({ action: "retract", body: { reason: reason ?? "" } }, true)}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </div>
  );
}
