import { useState } from "react";
import { Link } from "react-router";
import type { Claim } from "@shared/schemas/claim";
import type { CorrectionFaqResult } from "@shared/schemas/faq";
import { correctionToFaq, faqEntryUrl } from "../../api/correctionFaq";
import { Button } from "../../components/Button";
import { errorMessage } from "../../i18n/errors";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { canEditFaq } from "../contact/permissions";
import "./correctionFaq.css";

/**
 * On a corrected claim: its published correction to the contact centre's FAQ in one step (docs/api.md "Correction
 * to FAQ"). The server makes the entry or, when it already made one, updates it; the message links to the entry.
 */
export function CorrectionFaqButton({ claim }: { claim: Claim }) {
  const t = useT();
  const role = useStore((s) => s.user?.role);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CorrectionFaqResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const bulletinId = claim.correctionBulletinId;
  if (claim.status !== "corrected" || bulletinId === null || !canEditFaq(role)) return null;

  async function send(id: string) {
    setBusy(true);
    setError(null);
    try {
      setResult(await correctionToFaq(id));
    } catch (err) {
      setResult(null);
      setError(t("claims.faq.failed", { message: errorMessage(err, t) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="claim-faq">
      <Button busy={busy} onClick={() => void send(bulletinId)}>
        {t(result ? "claims.faq.update" : "claims.faq.create")}
      </Button>
      <p className="claim-faq-status" role="status">
        {result ? (
          <>
            {result.created ? t("claims.faq.created") : t("claims.faq.updated", { version: result.faq.version })}{" "}
            <Link to={faqEntryUrl(result.faq.id)}>{t("claims.faq.open")}</Link>
          </>
        ) : null}
      </p>
      {error ? (
        <p className="claim-message" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
