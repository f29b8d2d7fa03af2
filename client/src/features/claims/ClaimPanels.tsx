import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode, type RefObject } from "react";
import { type Claim, type ClaimReach, type ClaimSeverity, type SimilarClaim } from "@shared/schemas/claim";
import { addClaimNote, assignClaim, dismissClaim, mergeClaim, similarClaims, triageClaim } from "../../api/claims";
import { Button } from "../../components/Button";
import { FormField } from "../../components/FormField";
import { errorMessage } from "../../i18n/errors";
import { formatDateTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { AssigneeSelect } from "./AssigneeSelect";
import { SeverityReachFields } from "./SeverityReachFields";
import { Quoted } from "../../components/Quoted";
import { keepPlaceOnCard } from "./cardFocus";

/**
 * Small forms opened inside a card. Each stores the server's answer at once; its event will agree. `onCancel` closes
 * one without acting ("Avbryt" or Escape) and gives focus back to what opened it.
 */

/**
 * Submits a panel's action for `claimId`. When the panel closes or its card moves column, focus follows the card (or
 * its neighbour, see cardFocus.ts); `survivorOf` names the card that takes its place (a merge's survivor).
 */
function useSubmit(claimId: string, onDone?: () => void) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function submit(action: () => Promise<Claim[]>, survivorId?: string) {
    setBusy(true);
    setError(null);
    const stopKeeping = keepPlaceOnCard(claimId, survivorId);
    try {
      useStore.getState().upsertClaims(await action());
      onDone?.();
    } catch (err) {
      stopKeeping();
      setError(t("claims.actionFailed", { message: errorMessage(err, t) }));
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, submit };
}

/** A panel opened from the card's menu takes focus on its first field (the menu item that opened it is gone). */
function useFocusOnOpen(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const field = root.querySelector<HTMLElement>("select, textarea, input, button");
    if (field) field.focus();
    else {
      root.setAttribute("tabindex", "-1");
      root.focus();
    }
  }, [ref]);
}

/** Escape leaves a panel as its "Avbryt" does, as the card's menu and the dialogs close on Escape. */
function closeOnEscape(onCancel: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key !== "Escape") return;
    e.stopPropagation();
    onCancel();
  };
}

/** The panel's action and the way out of it without acting. */
function PanelButtons({ children, onCancel }: { children: ReactNode; onCancel: () => void }) {
  const t = useT();
  return (
    <div className="form-actions">
      {children}
      <Button onClick={onCancel}>{t("claims.action.cancel")}</Button>
    </div>
  );
}

/** The shell of a panel with a form: focus on its first field when it opens, Escape as "Avbryt", named for its action. */
function PanelForm({
  label,
  onSubmit,
  onCancel,
  noValidate,
  children,
}: {
  label: string;
  onSubmit: (e: FormEvent) => void;
  onCancel: () => void;
  /** The panel says what is missing itself (at its field) instead of the browser's bubble. */
  noValidate?: boolean;
  children: ReactNode;
}) {
  const root = useRef<HTMLFormElement>(null);
  useFocusOnOpen(root);
  return (
    <form
      ref={root}
      className="claim-panel"
      onSubmit={onSubmit}
      onKeyDown={closeOnEscape(onCancel)}
      aria-label={label}
      noValidate={noValidate}
    >
      {children}
    </form>
  );
}

function PanelError({ error }: { error: string | null }) {
  return error ? (
    <p className="claim-message" role="alert">
      {error}
    </p>
  ) : null;
}

interface PanelProps {
  claim: Claim;
  onDone: () => void;
  onCancel: () => void;
}

export function TriagePanel({ claim, onDone, onCancel }: PanelProps) {
  const t = useT();
  const [severity, setSeverity] = useState<ClaimSeverity>(claim.severity);
  const [reach, setReach] = useState<ClaimReach>(claim.reach);
  const { busy, error, submit } = useSubmit(claim.id, onDone);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit(async () => [await triageClaim(claim.id, { severity, reach })]);
  };
  return (
    <PanelForm label={t("claims.action.triage")} onSubmit={onSubmit} onCancel={onCancel}>
      <SeverityReachFields severity={severity} reach={reach} onSeverity={setSeverity} onReach={setReach} />
      <PanelError error={error} />
      <PanelButtons onCancel={onCancel}>
        <Button type="submit" variant="primary" busy={busy}>
          {t("claims.action.save")}
        </Button>
      </PanelButtons>
    </PanelForm>
  );
}

export function AssignPanel({ claim, onDone, onCancel }: PanelProps) {
  const t = useT();
  const [assigneeId, setAssigneeId] = useState("");
  const { busy, error, submit } = useSubmit(claim.id, onDone);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (assigneeId) void submit(async () => [await assignClaim(claim.id, assigneeId)]);
  };
  return (
    <PanelForm label={t("claims.action.assign")} onSubmit={onSubmit} onCancel={onCancel}>
      <AssigneeSelect value={assigneeId} onChange={setAssigneeId} required />
      <PanelError error={error} />
      <PanelButtons onCancel={onCancel}>
        <Button type="submit" variant="primary" busy={busy}>
          {t("claims.action.assign")}
        </Button>
      </PanelButtons>
    </PanelForm>
  );
}

export function DismissPanel({ claim, onDone, onCancel }: PanelProps) {
  const t = useT();
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const { busy, error, submit } = useSubmit(claim.id, onDone);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim() === "") return setMissing(true);
    void submit(async () => [await dismissClaim(claim.id, reason.trim())]);
  };
  return (
    <PanelForm label={t("claims.action.dismiss")} onSubmit={onSubmit} onCancel={onCancel} noValidate>
      <FormField label={t("claims.dismissReason")} error={missing ? t("claims.dismissReasonRequired") : undefined}>
        {(p) => (
          <textarea
            {...p}
            rows={2}
            value={reason}
            required
            onChange={(e) => {
              setReason(e.target.value);
              setMissing(false);
            }}
          />
        )}
      </FormField>
      <PanelError error={error} />
      <PanelButtons onCancel={onCancel}>
        <Button type="submit" variant="danger" busy={busy}>
          {t("claims.action.dismiss")}
        </Button>
      </PanelButtons>
    </PanelForm>
  );
}

export function NotesPanel({ claim, onCancel }: { claim: Claim; onCancel: () => void }) {
  const t = useT();
  const lang = useLanguage();
  const [text, setText] = useState("");
  const { busy, error, submit } = useSubmit(claim.id, () => setText(""));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) void submit(async () => [await addClaimNote(claim.id, text.trim())]);
  };
  const root = useRef<HTMLDivElement>(null);
  useFocusOnOpen(root);
  return (
    <div ref={root} className="claim-panel" onKeyDown={closeOnEscape(onCancel)}>
      {claim.notes.length === 0 ? <p className="empty">{t("claims.noNotes")}</p> : null}
      <ul className="claim-notes">
        {claim.notes.map((n) => (
          <li key={n.id}>
            <span className="claim-note-meta">
              {n.authorName}, {formatDateTime(n.at, lang)}:
            </span>{" "}
            {n.text}
          </li>
        ))}
      </ul>
      <form onSubmit={onSubmit} aria-label={t("claims.noteText")}>
        <FormField label={t("claims.noteText")}>
          {(p) => <textarea {...p} rows={2} value={text} onChange={(e) => setText(e.target.value)} />}
        </FormField>
        <PanelError error={error} />
        <div className="form-actions">
          <Button type="submit" busy={busy}>
            {t("claims.action.save")}
          </Button>
          {/* Esc closes it too, but a pointer or touch user needs a way out without saving a note. */}
          <Button variant="quiet" onClick={onCancel}>
            {t("common.close")}
          </Button>
        </div>
      </form>
    </div>
  );
}

export function SimilarPanel({ claim, onDone, onCancel }: PanelProps) {
  const t = useT();
  const [similar, setSimilar] = useState<SimilarClaim[] | null>(null);
  const { busy, error, submit } = useSubmit(claim.id, onDone);
  const root = useRef<HTMLDivElement>(null);
  useFocusOnOpen(root);
  useEffect(() => {
    let live = true;
    similarClaims(claim.id)
      .then((list) => live && setSimilar(list))
      .catch(() => live && setSimilar([]));
    return () => {
      live = false;
    };
  }, [claim.id]);
  return (
    <div ref={root} className="claim-panel" aria-busy={similar === null} onKeyDown={closeOnEscape(onCancel)}>
      {similar === null ? <p className="loading">{t("app.loading")}</p> : null}
      {similar?.length === 0 ? <p className="empty">{t("claims.similarNone")}</p> : null}
      <ul className="claim-similar">
        {(similar ?? []).map((s) => (
          <li key={s.claim.id}>
            <Quoted text={s.claim.text} />{" "}
            <span className="claim-note-meta">({t("claims.similarScore", { score: Math.round(s.score * 100) })})</span>{" "}
            <Button
              busy={busy}
              onClick={() =>
                void submit(async () => {
                  const r = await mergeClaim(claim.id, s.claim.id);
                  return [r.merged, r.survivor];
                }, s.claim.id)
              }
            >
              {t("claims.mergeInto")}
            </Button>
          </li>
        ))}
      </ul>
      <PanelError error={error} />
      <Button variant="quiet" onClick={onCancel}>
        {t("common.close")}
      </Button>
    </div>
  );
}
