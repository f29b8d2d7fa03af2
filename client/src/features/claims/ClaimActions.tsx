import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";
import type { Claim } from "@shared/schemas/claim";
import { startCorrection, takeClaim } from "../../api/claims";
import { ApiError } from "../../api/http";
import { Button } from "../../components/Button";
import { Claim as ClaimSchema } from "@shared/schemas/claim";
import { errorMessage } from "../../i18n/errors";
import { useStore } from "../../store";
import { useClaimBoard } from "./ClaimBoardContext";
import { ClaimEditDialog } from "./ClaimEditDialog";
import { CorrectionFaqButton } from "./CorrectionFaqButton";
import { keepPlaceOnCard } from "./cardFocus";
import { AssignPanel, DismissPanel, NotesPanel, SimilarPanel, TriagePanel } from "./ClaimPanels";
import { mayAssignClaims, mayWorkClaims } from "./selectors";

type Panel = "edit" | "triage" | "assign" | "dismiss" | "notes" | "similar" | null;

/** The buttons a claim's status and the user's role allow, and the small form each one opens in the card. */
export function ClaimActions({ claim, lostTo }: { claim: Claim; lostTo: string | undefined }) {
  const { t, navigate, role, userId } = useClaimBoard();
  const [panel, setPanel] = useState<Panel>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  if (!mayWorkClaims(role)) return null;

  const open = claim.status !== "corrected" && claim.status !== "dismissed";
  const early = claim.status === "new" || claim.status === "triaged";
  const mayCorrect = claim.status === "assigned" && (claim.assigneeId === userId || mayAssignClaims(role));
  const toggle = (p: Panel) => setPanel((current) => (current === p ? null : p));
  // Every panel but "edit" (a dialog, which hands focus back itself) is opened from the menu, whose item is gone by
  // then: leaving one without acting puts the keyboard back on "Fler åtgärder".
  const cancelPanel = () => {
    setPanel(null);
    menuButton.current?.focus();
  };
  // A menu item opens its panel and closes the menu; Escape closes it and hands focus back to its button.
  const choose = (p: Panel) => {
    setMenuOpen(false);
    toggle(p);
  };
  const onMenuKey = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || !menuOpen) return;
    e.stopPropagation();
    setMenuOpen(false);
    menuButton.current?.focus();
  };
  // Tabbing out of the open menu closes it, as a disclosure menu should; moving within it, or back to its button, not.
  const onMenuBlur = (e: FocusEvent<HTMLUListElement>) => {
    const next = e.relatedTarget;
    if (next instanceof Node && (e.currentTarget.contains(next) || menuButton.current === next)) return;
    setMenuOpen(false);
  };
  // Shift+Tab back past the button leaves the menu too. A click elsewhere (no next focus known, as Safari reports a
  // click on a menu item) is left to the menu's own blur.
  const onButtonBlur = (e: FocusEvent<HTMLButtonElement>) => {
    const next = e.relatedTarget;
    if (menuOpen && next instanceof Node && !menuRef.current?.contains(next)) setMenuOpen(false);
  };
  const menuItems = [
    open ? { panel: "triage" as const, label: t("claims.action.triage") } : null,
    open && mayAssignClaims(role) ? { panel: "assign" as const, label: t("claims.action.assign") } : null,
    early || claim.status === "assigned" ? { panel: "dismiss" as const, label: t("claims.action.dismiss") } : null,
    { panel: "notes" as const, label: t("claims.action.notes", { count: claim.notes.length }) },
    early || claim.status === "assigned" ? { panel: "similar" as const, label: t("claims.action.similar") } : null,
  ].filter((item) => item !== null);
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
      setMessage(t("claims.actionFailed", { message: errorMessage(err, t) }));
    } finally {
      setBusy(false);
    }
  }

  const take = () => {
    keepPlaceOnCard(claim.id);
    return run(async () => useStore.getState().upsertClaims([await takeClaim(claim.id)]));
  };
  const correct = () =>
    run(async () => {
      const { claim: updated, bulletin } = await startCorrection(claim.id);
      useStore.getState().upsertClaims([updated]);
      useStore.getState().upsertBulletins([bulletin]);
      void navigate(bulletinUrl(bulletin.id));
    });

  return (
    <div className="claim-actions">
      <div
        className="claim-buttons"
        role="group"
        aria-label={t("claims.actionsFor", { text: claim.text.slice(0, 60) })}
      >
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
          <a
            className="btn btn-secondary"
            href={bulletinUrl(claim.correctionBulletinId)}
            onClick={(e) => {
              e.preventDefault();
              void navigate(bulletinUrl(claim.correctionBulletinId ?? ""));
            }}
          >
            {t("claims.action.openCorrection")}
          </a>
        ) : null}
        {open ? (
          <Button aria-haspopup="dialog" onClick={() => toggle("edit")}>
            {t("claims.action.edit")}
          </Button>
        ) : null}
        {/* The rest behind one disclosure button: a card stays narrow and its first row of the board above the fold. */}
        <button
          ref={menuButton}
          type="button"
          className="btn btn-secondary claim-menu-button"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          onClick={() => setMenuOpen(!menuOpen)}
          onKeyDown={onMenuKey}
          onBlur={onButtonBlur}
        >
          {t("claims.action.more")}
        </button>
      </div>
      {menuOpen ? (
        <ul ref={menuRef} id={menuId} className="claim-menu" onKeyDown={onMenuKey} onBlur={onMenuBlur}>
          {menuItems.map((item) => (
            <li key={item.panel}>
              <button
                type="button"
                className="claim-menu-item"
                aria-pressed={panel === item.panel}
                onClick={() => choose(item.panel)}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {/* Mounted only where it can show (its own store subscription and state are then not paid on every card). */}
      {claim.status === "corrected" && claim.correctionBulletinId !== null ? (
        <CorrectionFaqButton claim={claim} />
      ) : null}
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
      {panel === "triage" ? <TriagePanel claim={claim} onDone={() => setPanel(null)} onCancel={cancelPanel} /> : null}
      {panel === "assign" ? <AssignPanel claim={claim} onDone={() => setPanel(null)} onCancel={cancelPanel} /> : null}
      {panel === "dismiss" ? <DismissPanel claim={claim} onDone={() => setPanel(null)} onCancel={cancelPanel} /> : null}
      {panel === "notes" ? <NotesPanel claim={claim} onCancel={cancelPanel} /> : null}
      {panel === "similar" ? <SimilarPanel claim={claim} onDone={() => setPanel(null)} onCancel={cancelPanel} /> : null}
    </div>
  );
}
