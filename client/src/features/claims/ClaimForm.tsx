import { useEffect, useId, useRef, useState, type FormEvent } from "react";
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
import { splitApiError, type FieldErrors } from "../../i18n/errors";
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
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  // After a refused submit, the keyboard goes to the first field that needs attention.
  const [focusTick, setFocusTick] = useState(0);
  useEffect(() => {
    if (focusTick > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusTick]);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (refuseBadDateTime(e.currentTarget)) {
      // No validation runs: the errors of the submit before would stay beside fields put right since.
      setErrors({});
      setFormError(null);
      setDone(false);
      return;
    }
    const next: FieldErrors = {};
    if (text.trim() === "") next.text = t("claims.form.required");
    if (link.trim() !== "" && !/^https?:\/\/\S+$/i.test(link.trim())) next.link = t("claims.form.badLink");
    setErrors(next);
    setDone(false);
    if (next.text || next.link) {
      setFocusTick((n) => n + 1);
      return;
    }
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
      // A refusal that names one of the form's fields (a "Först sett" in the future) is said there, in the UI's words.
      const split = splitApiError(err, t);
      const field = split.field === "firstSeenAt" ? "firstSeen" : split.field;
      if (field === "text" || field === "link" || field === "firstSeen") {
        setErrors({ [field]: split.fieldMessage ?? "" });
        setFocusTick((n) => n + 1);
      } else {
        setFormError(t("claims.actionFailed", { message: split.fieldMessage ?? split.formMessage ?? "" }));
      }
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
        ref={formRef}
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
          <FormField
            label={t("claims.form.firstSeen")}
            labelSuffix={t("claims.form.optional")}
            error={errors.firstSeen}
          >
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
