import { useEffect, useRef, useState, type FormEvent } from "react";
import type { Claim, ClaimReach, ClaimSeverity } from "@shared/schemas/claim";
import { assignClaim, triageClaim } from "../../api/claims";
import { Button } from "../../components/Button";
import { focusWhenLost } from "../../components/focusWhenLost";
import { errorMessage } from "../../i18n/errors";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { AssigneeSelect } from "./AssigneeSelect";
import { runBulk, type BulkOutcome } from "./bulk";
import { mayAssignClaims } from "./selectors";
import { SeverityReachFields } from "./SeverityReachFields";

const TITLE_ID = "claims-bulk-title";

/** Triage or assign every selected claim in one action; each claim's own route, with a clear error per claim. */
export function BulkBar({ selected, onClear }: { selected: Claim[]; onClear: () => void }) {
  const t = useT();
  const canAssign = useStore((s) => mayAssignClaims(s.user?.role));
  const [severity, setSeverity] = useState<ClaimSeverity>("high");
  const [reach, setReach] = useState<ClaimReach>("medium");
  const [assigneeId, setAssigneeId] = useState("");
  const [progress, setProgress] = useState<{ done: number; count: number } | null>(null);
  const [outcome, setOutcome] = useState<(BulkOutcome & { count: number }) | null>(null);

  // The forms go once the selection is cleared: focus then lands on the bar's heading, beside the result it announces.
  const keepPlace = () => focusWhenLost([TITLE_ID]);
  async function run(action: (c: Claim) => Promise<Claim>) {
    keepPlace();
    const claims = [...selected];
    setOutcome(null);
    setProgress({ done: 0, count: claims.length });
    const result = await runBulk(claims, action, (done) => setProgress({ done, count: claims.length }));
    useStore.getState().upsertClaims(result.ok);
    setProgress(null);
    setOutcome({ ...result, count: claims.length });
    if (result.failed.length === 0) onClear();
  }
  const onTriage = (e: FormEvent) => {
    e.preventDefault();
    void run((c) => triageClaim(c.id, { severity, reach }));
  };
  const onAssign = (e: FormEvent) => {
    e.preventDefault();
    if (assigneeId) void run((c) => assignClaim(c.id, assigneeId));
  };
  const busy = progress !== null;
  const none = selected.length === 0;

  // While rows are selected the bar sticks to the bottom of the window (claimsList.css); its height, which grows as
  // its fields wrap on a narrower window, keeps a row reached with Tab from being scrolled in behind it.
  const barRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const bar = barRef.current;
    if (none || !bar || typeof ResizeObserver === "undefined") return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty("--claims-bulk-height", `${bar.offsetHeight}px`));
    observer.observe(bar);
    return () => {
      observer.disconnect();
      root.style.removeProperty("--claims-bulk-height");
    };
  }, [none]);

  return (
    <section ref={barRef} className={none ? "claims-bulk" : "claims-bulk is-active"} aria-labelledby={TITLE_ID}>
      <h2 id={TITLE_ID} className="claims-bulk-title" tabIndex={-1}>
        {t("claims.bulk.title")}:{" "}
        <span data-testid="bulk-count">{t("claims.bulk.selected", { count: selected.length })}</span>
      </h2>
      {none ? <p className="field-hint claims-bulk-hint">{t("claims.bulk.none")}</p> : null}
      {/* The forms only once something is selected: with nothing to act on they are only more stops for Tab. */}
      {none ? null : (
        <form className="claims-bulk-form" onSubmit={onTriage}>
          <SeverityReachFields severity={severity} reach={reach} onSeverity={setSeverity} onReach={setReach} />
          <Button type="submit" variant="primary" busy={busy} disabled={none}>
            {t("claims.bulk.triage")}
          </Button>
        </form>
      )}
      {canAssign && !none ? (
        <form className="claims-bulk-form" onSubmit={onAssign}>
          <AssigneeSelect value={assigneeId} onChange={setAssigneeId} />
          <Button type="submit" busy={busy} disabled={none || assigneeId === ""}>
            {t("claims.bulk.assign")}
          </Button>
        </form>
      ) : null}
      {none ? null : (
        <Button
          variant="quiet"
          onClick={() => {
            keepPlace();
            onClear();
          }}
          disabled={busy}
        >
          {t("claims.bulk.clear")}
        </Button>
      )}
      <div role="status" className="claims-bulk-status">
        {progress ? t("claims.bulk.running", progress) : null}
        {outcome ? t("claims.bulk.result", { ok: outcome.ok.length, count: outcome.count }) : null}
      </div>
      {outcome && outcome.failed.length > 0 ? (
        <div className="claim-message" role="alert">
          <p>{t("claims.bulk.failed", { failed: outcome.failed.length })}</p>
          <ul>
            {outcome.failed.map((f) => (
              <li key={f.claim.id}>
                {t("claims.bulk.itemError", { text: f.claim.text, message: errorMessage(f.error, t) })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
