import { useState, type FormEvent, type KeyboardEvent } from "react";
import { ClaimCreate } from "../../../../shared/schemas/claim";
import type { Incident } from "../../../../shared/schemas/incident";
import { createClaim } from "../../api/claims";
import { Button } from "../../components/Button";
import { FormError, FormField } from "../../components/FormField";
import { useFormState } from "../../components/useFormState";
import { useT } from "../../i18n/useT";
import { CALLERS_MAX, reachFromCallers } from "./callerClaim";

interface Props {
  incidents: Incident[];
  /** The incident the agent works on in the search, preselected. */
  incidentId: string | null;
}

/**
 * "Callers say that …": an agent raises what callers repeat as a claim for the misinformation desk (source channel
 * contact centre; reach from the number of calls). Ctrl+Enter sends from the text box; the thanks is announced politely.
 */
export function CallerClaimForm({ incidents, incidentId }: Props) {
  const t = useT();
  const [choice, setChoice] = useState<string | null>(null);
  const [text, setText] = useState("");
  const [callers, setCallers] = useState("1");
  const [sent, setSent] = useState<string | null>(null);
  const { formRef, busy, fieldErrors, formError, validate, run } = useFormState();
  const target = choice ?? incidentId ?? incidents[0]?.id ?? "";
  const count = Math.min(CALLERS_MAX, Math.max(1, Math.trunc(Number(callers)) || 1));

  const send = async () => {
    setSent(null);
    const body = validate(ClaimCreate, { text, sourceChannel: "contact_centre", reach: reachFromCallers(count) });
    if (!body || !target) return;
    const ok = await run(async () => {
      await createClaim(target, body);
    });
    if (!ok) return;
    setText("");
    setCallers("1");
    setSent(t("contact.claim.sent", { callers: count }));
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void send();
  };
  const onTextKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void send();
    }
  };

  return (
    <form ref={formRef} className="caller-claim-form" aria-labelledby="caller-claim-heading" onSubmit={onSubmit} noValidate>
      <h2 id="caller-claim-heading">{t("contact.claim.heading")}</h2>
      <p className="muted">{t("contact.claim.intro")}</p>
      {incidents.length === 0 ? <p className="muted">{t("contact.claim.noIncident")}</p> : null}
      <FormError message={formError} />
      {incidents.length > 1 ? (
        <FormField label={t("contact.claim.incident")}>
          {(p) => (
            <select {...p} value={target} onChange={(e) => setChoice(e.target.value)}>
              {incidents.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
      <FormField label={t("contact.claim.text")} hint={t("contact.claim.textHint")} error={fieldErrors.text}>
        {(p) => <textarea {...p} rows={3} value={text} aria-keyshortcuts="Control+Enter" onChange={(e) => setText(e.target.value)} onKeyDown={onTextKey} />}
      </FormField>
      <FormField label={t("contact.claim.callers")} className="caller-claim-count">
        {(p) => <input {...p} type="number" inputMode="numeric" min={1} max={CALLERS_MAX} value={callers} onChange={(e) => setCallers(e.target.value)} />}
      </FormField>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} disabled={incidents.length === 0}>
          {t("contact.claim.submit")}
        </Button>
      </div>
      <p className="caller-claim-status" role="status">
        {sent}
      </p>
    </form>
  );
}
