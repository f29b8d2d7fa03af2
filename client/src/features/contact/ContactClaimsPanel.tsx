import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { ClaimCallback, ClaimCallbacks, ContactClaim } from "@shared/schemas/claim";
import { markCalledBack } from "../../api/callbacks";
import { fetchClaimCallbacks } from "../../api/contactClaims";
import { Badge } from "../../components/Badge";
import { Button } from "../../components/Button";
import { formatTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { loadContactClaims } from "../../store/contact/loaders";
import { canReadCallbacks } from "./permissions";
import { Quoted } from "../../components/Quoted";

const TONE = {
  new: "neutral",
  triaged: "neutral",
  assigned: "info",
  correcting: "info",
  in_review: "info",
  corrected: "success",
  dismissed: "neutral",
} as const;

interface Props {
  /** The incident she works on; null with `all`: every incident. */
  incidentId: string | null;
  all: boolean;
}

/** The claims of the incident callers reported, newest change first. */
export function useContactClaims(incidentId: string | null, all: boolean): ContactClaim[] {
  const claims = useStore((s) => s.contact.contactClaims);
  return useMemo(
    () =>
      Object.values(claims)
        .filter((c) => (incidentId ? c.incidentId === incidentId : all))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    [claims, incidentId, all],
  );
}

/**
 * "Rykten från kontaktcenter": the rumours callers reported, with how far the desk has got, kept live by
 * `contact_claim.changed`. A correction published is said aloud; then the agent opens the list of callers to ring back.
 */
export function ContactClaimsPanel({ incidentId, all }: Props) {
  const t = useT();
  const headingId = useId();
  const status = useStore((s) => s.contact.contactClaimsStatus);
  const mayCallBack = useStore((s) => canReadCallbacks(s.user?.role));
  const claims = useContactClaims(incidentId, all);
  const [open, setOpen] = useState<string | null>(null);
  useCorrectionAnnouncements(claims);

  useEffect(() => {
    if (useStore.getState().contact.contactClaimsStatus === "idle") void loadContactClaims().catch(() => {});
  }, []);

  return (
    <section className="contact-rumours" aria-labelledby={headingId} data-testid="contact-rumours">
      <h2 id={headingId}>{t("contact.rumours.heading")}</h2>
      <p className="muted">{t("contact.rumours.intro")}</p>
      {!incidentId && !all ? <p className="muted">{t("contact.rumours.chooseIncident")}</p> : null}
      {(incidentId || all) && status === "loaded" && claims.length === 0 ? (
        <p className="muted">{t("contact.rumours.none")}</p>
      ) : null}
      {claims.length > 0 ? (
        <ul className="contact-rumour-list">
          {claims.map((c) => (
            <li key={c.id} className="contact-rumour" data-claim-id={c.id}>
              <p className="contact-rumour-text">
                <Quoted text={c.text} />
              </p>
              <p className="contact-rumour-facts">
                <Badge tone={TONE[c.status]}>{t(`contact.rumours.status.${c.status}`)}</Badge>{" "}
                <span>{t("contact.rumours.calls", { calls: c.calls })}</span>
                {c.callbacks > 0 ? <span>{` · ${t("contact.rumours.waiting", { count: c.callbacks })}`}</span> : null}
                {c.calledBack > 0 ? (
                  <span>{` · ${t("contact.rumours.calledBackCount", { count: c.calledBack })}`}</span>
                ) : null}
              </p>
              {c.status === "corrected" && c.callbacks + c.calledBack > 0 && mayCallBack ? (
                <Button
                  variant="secondary"
                  aria-expanded={open === c.id}
                  onClick={() => setOpen((id) => (id === c.id ? null : c.id))}
                >
                  {open === c.id
                    ? t("contact.rumours.hideCallbacks")
                    : c.callbacks > 0
                      ? t("contact.rumours.showCallbacks", { count: c.callbacks })
                      : t("contact.rumours.showCalledBack", { count: c.calledBack })}
                </Button>
              ) : null}
              {open === c.id ? <CallbackList claim={c} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/**
 * Whom to ring back about a corrected rumour: fetched when opened (the numbers never travel in events), and again when
 * the claim's counts move (a colleague rang someone back). Each caller is marked "Uppringd" once rung, with an undo.
 */
function CallbackList({ claim }: { claim: ContactClaim }) {
  const t = useT();
  const lang = useLanguage();
  const [list, setList] = useState<ClaimCallbacks | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    fetchClaimCallbacks(claim.id).then(
      (data) => !cancelled && setList(data),
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [claim.id, claim.callbacks, claim.calledBack]);
  const marked = (next: ClaimCallback) =>
    setList((l) => l && { ...l, callbacks: l.callbacks.map((c) => (c.inquiryId === next.inquiryId ? next : c)) });

  if (failed) return <p className="notice notice-error">{t("contact.rumours.callbacksFailed")}</p>;
  if (!list) return null;
  return (
    <div
      className="contact-callbacks"
      role="group"
      aria-label={t("contact.rumours.callbacksHeading", { text: claim.text })}
    >
      {list.callbacks.length === 0 ? <p className="muted">{t("contact.rumours.callbacksEmpty")}</p> : null}
      <ol className="contact-callback-list">
        {list.callbacks.map((c) => (
          <li key={c.inquiryId} className={c.calledBack ? "is-called-back" : undefined} data-inquiry-id={c.inquiryId}>
            <a href={`tel:${c.callbackNumber.replace(/[^+0-9]/gu, "")}`} className="contact-callback-number">
              {c.callbackNumber}
            </a>{" "}
            <span className="muted">
              {t("contact.rumours.callbackAsked", {
                caseNumber: c.caseNumber,
                time: formatTime(c.askedAt, lang),
                question: c.question,
              })}
            </span>{" "}
            <CalledBackToggle callback={c} onMarked={marked} />
          </li>
        ))}
      </ol>
      {list.purged > 0 ? (
        <p className="muted">
          {list.purged === 1
            ? t("contact.rumours.callbacksPurgedOne")
            : t("contact.rumours.callbacksPurged", { count: list.purged })}
        </p>
      ) : null}
    </div>
  );
}

/** "Uppringd" for a caller on the list: who rang back and when, or the button that says she has; one undo. */
function CalledBackToggle({
  callback,
  onMarked,
}: {
  callback: ClaimCallback;
  onMarked: (next: ClaimCallback) => void;
}) {
  const t = useT();
  const lang = useLanguage();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const mark = (done: boolean) => {
    setBusy(true);
    setFailed(false);
    markCalledBack(callback.inquiryId, done).then(
      (state) => {
        setBusy(false);
        onMarked({ ...callback, calledBack: state.calledBack });
        useStore.getState().announce(done ? "contact.announce.calledBack" : "contact.announce.calledBackUndone", {
          caseNumber: callback.caseNumber,
        });
      },
      () => {
        setBusy(false);
        setFailed(true);
      },
    );
  };
  const done = callback.calledBack;
  return (
    <span className="contact-callback-state">
      {done ? (
        <>
          <Badge tone="success">
            {t("contact.rumours.calledBack", { time: formatTime(done.at, lang), name: done.by.displayName })}
          </Badge>{" "}
          <Button
            variant="secondary"
            disabled={busy}
            aria-label={t("contact.rumours.undoCalledBackLabel", { caseNumber: callback.caseNumber })}
            onClick={() => mark(false)}
          >
            {t("contact.rumours.undoCalledBack")}
          </Button>
        </>
      ) : (
        <Button
          variant="secondary"
          disabled={busy}
          aria-label={t("contact.rumours.markCalledBackLabel", { caseNumber: callback.caseNumber })}
          onClick={() => mark(true)}
        >
          {t("contact.rumours.markCalledBack")}
        </Button>
      )}
      {failed ? (
        <span role="alert" className="notice notice-error">
          {t("contact.rumours.markFailed")}
        </span>
      ) : null}
    </span>
  );
}

/** Says it aloud when a rumour on the list is corrected while she has the view open. */
function useCorrectionAnnouncements(claims: readonly ContactClaim[]): void {
  const seen = useRef<Map<string, string> | null>(null);
  useEffect(() => {
    const before = seen.current;
    const now = new Map(claims.map((c) => [c.id, c.status]));
    if (before) {
      const corrected = claims.find(
        (c) => c.status === "corrected" && before.has(c.id) && before.get(c.id) !== "corrected",
      );
      if (corrected) useStore.getState().announce("contact.announce.rumourCorrected", { text: corrected.text });
    }
    seen.current = now;
  }, [claims]);
}
