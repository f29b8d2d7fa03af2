import { useState } from "react";
import type { Claim } from "@shared/schemas/claim";
import { confirmClaimFacts } from "../../api/claims";
import { Button } from "../../components/Button";
import { errorMessage } from "../../i18n/errors";
import { useStore } from "../../store";
import { useClaimBoard } from "./ClaimBoardContext";
import { mayWorkClaims } from "./selectors";

/**
 * A refuting fact changed or was retracted (review and staleness): the card says so, with which fact, and that the correction is
 * held; the desk confirms the correction against the facts to lift the hold.
 */
export function ClaimFactFlags({ claim }: { claim: Claim }) {
  const { t, role } = useClaimBoard();
  const facts = useStore((s) => s.bulletinData.facts);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (claim.factFlags.length === 0) return null;

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      useStore.getState().upsertClaims([await confirmClaimFacts(claim.id, claim.version)]);
    } catch (err) {
      setError(t("claims.factFlags.failed", { message: errorMessage(err, t) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="notice notice-warning claim-fact-flags" role="note">
      <p>
        <strong>
          <span aria-hidden="true">⚠ </span>
          {t("claims.factFlags.title")}
        </strong>
      </p>
      <ul>
        {claim.factFlags.map((r) => {
          const fact = r.factId ? facts[r.factId] : undefined;
          return (
            <li key={`${r.reason}-${r.factId ?? ""}`}>
              {t(`stale.${r.reason}`)}
              {fact ? <>: {t("editor.staleFact", { statement: fact.statement })}</> : null}
            </li>
          );
        })}
      </ul>
      <p className="small">{t("claims.factFlags.held")}</p>
      {mayWorkClaims(role) ? (
        <Button onClick={() => void confirm()} disabled={busy}>
          {t("claims.factFlags.confirm")}
        </Button>
      ) : null}
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
