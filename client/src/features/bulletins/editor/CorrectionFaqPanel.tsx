import { useEffect, useState } from "react";
import { Link } from "react-router";
import { textLang } from "@shared/constants";
import type { Bulletin } from "@shared/schemas/bulletin";
import type { FaqEntry } from "@shared/schemas/faq";
import { correctionToFaq, faqEntryUrl, findCorrectionFaq } from "../../../api/correctionFaq";
import { Button } from "../../../components/Button";
import { errorMessage } from "../../../i18n/errors";
import { useT } from "../../../i18n/useT";
import { useStore } from "../../../store";
import { canEditFaq } from "../../contact/permissions";

/**
 * On a published correction: the contact centre's FAQ entry it made (if any) and the one step that makes or
 * updates it from the published version (docs/api.md "Correction to FAQ").
 */
export function CorrectionFaqPanel({ bulletin }: { bulletin: Bulletin }) {
  const t = useT();
  const role = useStore((s) => s.user?.role);
  const [entry, setEntry] = useState<FaqEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const live =
    bulletin.kind === "correction" &&
    bulletin.publishedVersion !== null &&
    bulletin.status !== "retracted" &&
    canEditFaq(role);

  useEffect(() => {
    if (!live) return;
    let cancelled = false;
    findCorrectionFaq(bulletin.id)
      .then((found) => {
        if (!cancelled) setEntry(found);
      })
      .catch(() => {}); // the button still works; it only cannot say "update" in advance
    return () => {
      cancelled = true;
    };
  }, [live, bulletin.id]);

  if (!live) return null;

  async function send() {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      const result = await correctionToFaq(bulletin.id);
      setEntry(result.faq);
      setMessage(result.created ? t("claims.faq.created") : t("claims.faq.updated", { version: result.faq.version }));
    } catch (err) {
      setError(t("claims.faq.failed", { message: errorMessage(err, t) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card correction-faq" aria-labelledby="correction-faq-heading">
      <h2 id="correction-faq-heading">{t("claims.faq.title")}</h2>
      <p className="muted small">{t("claims.faq.intro")}</p>
      {entry ? (
        <p>
          <Link to={faqEntryUrl(entry.id)} lang={textLang(entry.language)}>
            {entry.question}
          </Link>{" "}
          <span className="muted small">
            {t("claims.faq.entryMeta", { version: entry.version, status: t(`faq.status.${entry.status}`) })}
          </span>
        </p>
      ) : null}
      <Button variant="primary" busy={busy} onClick={() => void send()}>
        {t(entry ? "claims.faq.update" : "claims.faq.create")}
      </Button>
      <p role="status">{message}</p>
      {error ? <p role="alert">{error}</p> : null}
    </section>
  );
}
