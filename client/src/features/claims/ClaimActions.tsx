import { useState } from "react";
import type { Claim } from "../../../../shared/schemas/claim";
import { startCorrection, takeClaim } from "../../api/claims";
import { ApiError } from "../../api/http";
import { Button } from "../../components/Button";
import { Claim as ClaimSchema } from "../../../../shared/schemas/claim";
import { useStore } from "../../store";
import { useClaimBoard } from "./ClaimBoardContext";
import { ClaimEditDialog } from "./ClaimEditDialog";
import { CorrectionFaqButton } from "./CorrectionFaqButton";
import { AssignPanel, DismissPanel, NotesPanel, SimilarPanel, TriagePanel } from "./ClaimPanels";
import { mayAssignClaims, mayWorkClaims } from "./selectors";

type Panel = "edit" | "triage" | "assign" | "dismiss" | "notes" | "similar" | null;

/** The buttons a claim's status and the user's role allow, and the small form each one opens in the card. */
export function ClaimActions({ claim, lostTo }: { claim: Claim; lostTo: string | undefined }) {
  const { t, navigate, role, userId } = useClaimBoard();
  const [panel, setPanel] = useState<Panel>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (!mayWorkClaims(role)) return null;

  const open = claim.status !== "corrected" && claim.status !== "dismissed";
  const early = claim.status === "new" || claim.status === "triaged";
  const mayCorrect = claim.status === "assigned" && (claim.assigneeId === userId || mayAssignClaims(role));
  const toggle = (p: Panel) => setPanel((current) => (current === p ? null : p));
  const bulletinUrl = (bulletinId: string) => `/incidents/${claim.incidentId}/bulletins/${bulletinId}`;

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setMessage(null);
    try {
      await action();
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        const current = ClaimSchema.safeParse(err.details.current);
        if (current.success) {
          if (current.data.assigneeName && current.data.assigneeId !== userId) {
            useStore.getState().noteTakeLost(claim.id, current.data.assigneeName);
            useStore.getState().upsertClaims([current.data]);
            return;
          }
          useStore.getState().upsertClaims([current.data]);
        }
      }
      setMessage(t("claims.actionFailed", { message: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  }

  const take = () => run(async () => useStore.getState().upsertClaims([await takeClaim(claim.id)]));
  const correct = () =>
    run(async () => {
      const { claim: updated, bulletin } = await startCorrection(claim.id);
      useStore.getState().upsertClaims([updated]);
      useStore.getState().upsertBulletins([bulletin]);
      void navigate(bulletinUrl(bulletin.id));
    });

  return (
    <div className="claim-actions">
      <div className="claim-buttons" role="group" aria-label={t("claims.actionsFor", { text: claim.text.slice(0, 60) })}>
        {early && claim.assigneeId === null ? (
          <Button variant="primary" busy={busy} onClick={() => void take()}>
            {t("claims.action.take")}
          </Button>
        ) : null}
        {mayCorrect ? (
          <Button variant="primary" busy={busy} onClick={() => void correct()}>
            {t("claims.action.correct")}
          </Button>
        ) : null}
        {claim.correctionBulletinId ? (
          <a className="btn btn-secondary" href={bulletinUrl(claim.correctionBulletinId)} onClick={(e) => { e.preventDefault(); void navigate(bulletinUrl(claim.correctionBulletinId ?? "")); }}>
            {t("claims.action.openCorrection")}
          </a>
        ) : null}
        {open ? <Button aria-haspopup="dialog" onClick={() => toggle("edit")}>{t("claims.action.edit")}</Button> : null}
        {open ? <Button aria-expanded={panel === "triage"} onClick={() => toggle("triage")}>{t("claims.action.triage")}</Button> : null}
        {open && mayAssignClaims(role) ? <Button aria-expanded={panel === "assign"} onClick={() => toggle("assign")}>{t("claims.action.assign")}</Button> : null}
        {early || claim.status === "assigned" ? <Button aria-expanded={panel === "dismiss"} onClick={() => toggle("dismiss")}>{t("claims.action.dismiss")}</Button> : null}
        <Button aria-expanded={panel === "notes"} onClick={() => toggle("notes")}>{t("claims.action.notes", { count: claim.notes.length })}</Button>
        {early || claim.status === "assigned" ? <Button aria-expanded={panel === "similar"} onClick={() => toggle("similar")}>{t("claims.action.similar")}</Button> : null}
      </div>
      {/* Mounted only where it can show (its own store subscription and state are then not paid on every card). */}
      {claim.status === "corrected" && claim.correctionBulletinId !== null ? <CorrectionFaqButton claim={claim} /> : null}
      {lostTo ? (
        <p className="claim-message" role="alert">
          {t("claims.takenBy", { name: lostTo })}
        </p>
      ) : null}
      {message ? (
        <p className="claim-message" role="alert">
          {message}
        </p>
      ) : null}
      {panel === "edit" ? <ClaimEditDialog claim={claim} onClose={() => setPanel(null)} /> : null}
      {panel === "triage" ? <TriagePanel claim={claim} onDone={() => setPanel(null)} /> : null}
      {panel === "assign" ? <AssignPanel claim={claim} onDone={() => setPanel(null)} /> : null}
      {panel === "dismiss" ? <DismissPanel claim={claim} onDone={() => setPanel(null)} /> : null}
      {panel === "notes" ? <NotesPanel claim={claim} /> : null}
      {panel === "similar" ? <SimilarPanel claim={claim} onDone={() => setPanel(null)} /> : null}
    </div>
  );
}
