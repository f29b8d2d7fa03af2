import { useId, useState, type FormEvent } from "react";
import {
  CLAIM_SOURCE_CHANNELS,
  type ClaimReach,
  type ClaimSeverity,
  type ClaimSourceChannel,
} from "@shared/schemas/claim";
import { createClaim } from "../../api/claims";
import { Button } from "../../components/Button";
import { DateTimeInput, refuseBadDateTime } from "../../components/DateTimeInput";
import { FormError, FormField } from "../../components/FormField";
import { SelectField } from "../../components/SelectField";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { localInputToIso } from "../incidents/selectors";
import { SeverityReachFields } from "./SeverityReachFields";

/**
 * "Logga rykte": the claim as seen, where, how far it has spread and how serious it is. Folded behind one button
 * until needed, so the board's first row of cards is above the fold; it stays open for logging several in a row.
 */
export function ClaimForm({ incidentId }: { incidentId: string }) {
  const t = useT();
  const [shown, setShown] = useState(false);
  const formId = useId();
  const [text, setText] = useState("");
  const [channel, setChannel] = useState<ClaimSourceChannel>("social");
  const [link, setLink] = useState("");
  const [firstSeen, setFirstSeen] = useState("");
  const [severity, setSeverity] = useState<ClaimSeverity>("medium");
  const [reach, setReach] = useState<ClaimReach>("low");
  const [errors, setErrors] = useState<{ text?: string; link?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (refuseBadDateTime(e.currentTarget)) return;
    const next: { text?: string; link?: string } = {};
    if (text.trim() === "") next.text = t("claims.form.required");
    if (link.trim() !== "" && !/^https?:\/\/\S+$/i.test(link.trim())) next.link = t("claims.form.badLink");
    setErrors(next);
    setDone(false);
    if (next.text || next.link) return;
    setBusy(true);
    setFormError(null);
    try {
      const claim = await createClaim(incidentId, {
        text: text.trim(),
        sourceChannel: channel,
        link: link.trim() || null,
        ...(firstSeen ? { firstSeenAt: localInputToIso(firstSeen) ?? undefined } : {}),
        severity,
        reach,
      });
      useStore.getState().upsertClaims([claim]);
      setText("");
      setLink("");
      setFirstSeen("");
      setDone(true);
    } catch (err) {
      setFormError(t("claims.actionFailed", { message: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  }

  const toggle = (
    <p className="claim-form-toggle">
      <Button
        variant={shown ? "secondary" : "primary"}
        aria-expanded={shown}
        aria-controls={formId}
        onClick={() => setShown(!shown)}
      >
        {t("claims.form.open")}
      </Button>
    </p>
  );
  if (!shown) return toggle;
  return (
    <>
      {toggle}
      <form
        id={formId}
        className="card claim-form"
        onSubmit={(e) => void onSubmit(e)}
        aria-labelledby="claim-form-title"
        noValidate
      >
        <h2 id="claim-form-title">{t("claims.form.title")}</h2>
        <FormField label={t("claims.form.text")} error={errors.text} className="claim-form-text">
          {(p) => <textarea {...p} rows={3} value={text} onChange={(e) => setText(e.target.value)} required />}
        </FormField>
        <div className="claim-form-row">
          <SelectField
            label={t("claims.channel")}
            options={CLAIM_SOURCE_CHANNELS}
            optionLabel={(c) => t(`claims.channel.${c}`)}
            value={channel}
            onChange={setChannel}
          />
          <FormField label={t("claims.form.link")} labelSuffix={t("claims.form.optional")} error={errors.link}>
            {(p) => <input {...p} type="url" value={link} onChange={(e) => setLink(e.target.value)} />}
          </FormField>
          <FormField label={t("claims.form.firstSeen")} labelSuffix={t("claims.form.optional")}>
            {(p) => <DateTimeInput {...p} value={firstSeen} onChange={setFirstSeen} />}
          </FormField>
          <SeverityReachFields severity={severity} reach={reach} onSeverity={setSeverity} onReach={setReach} />
        </div>
        <FormError message={formError} />
        <div className="claim-form-submit">
          <Button type="submit" variant="primary" busy={busy}>
            {t("claims.form.submit")}
          </Button>
          <span role="status">{done ? t("claims.form.created") : ""}</span>
        </div>
      </form>
    </>
  );
}
