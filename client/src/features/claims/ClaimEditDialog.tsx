import type { z } from "zod";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Claim, CLAIM_LIMITS, CLAIM_SOURCE_CHANNELS, ClaimPatch, type ClaimSourceChannel } from "@shared/schemas/claim";
import { editClaim } from "../../api/claims";
import { ApiError } from "../../api/http";
import { Button } from "../../components/Button";
import { DateTimeInput } from "../../components/DateTimeInput";
import { Dialog } from "../../components/Dialog";
import { FormError, FormField } from "../../components/FormField";
import { SelectField } from "../../components/SelectField";
import { errorMessage, fieldErrorsFromZod, splitApiError, type FieldErrors } from "../../i18n/errors";
import { toDateTimeLocalValue } from "../../i18n/format";
import { localInputToIso } from "../incidents/selectors";
import type { Translate } from "../../i18n";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { editingKey, OthersEditing, useEditingPresence } from "../editing/presence";
import { NewerVersionNotice } from "../editing/NewerVersionNotice";
import { useNewerVersion } from "../editing/useNewerVersion";
import { RefutingFactPicker } from "./RefutingFactPicker";

interface Values {
  text: string;
  sourceChannel: ClaimSourceChannel;
  link: string;
  firstSeen: string;
  refutingFactIds: string[];
}

const valuesOf = (c: Claim): Values => ({
  text: c.text,
  sourceChannel: c.sourceChannel,
  link: c.link ?? "",
  firstSeen: toDateTimeLocalValue(c.firstSeenAt),
  refutingFactIds: c.refutingFactIds,
});

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Only what the user changed, so a concurrent edit of another field is not silently undone. */
function changesOf(base: Claim, v: Values): Record<string, unknown> {
  const before = valuesOf(base);
  const out: Record<string, unknown> = {};
  if (v.text.trim() !== before.text.trim()) out.text = v.text;
  if (v.sourceChannel !== before.sourceChannel) out.sourceChannel = v.sourceChannel;
  if (v.link.trim() !== before.link) out.link = v.link.trim() === "" ? null : v.link.trim();
  if (v.firstSeen !== before.firstSeen)
    out.firstSeenAt = v.firstSeen === "" ? "" : (localInputToIso(v.firstSeen) ?? "");
  if (!sameSet(v.refutingFactIds, before.refutingFactIds)) out.refutingFactIds = v.refutingFactIds;
  return out;
}

/** After a conflict: fields the user left alone take the other person's values; the user's own edits stay. */
function rebase(oldBase: Claim, newBase: Claim, v: Values): Values {
  const before = valuesOf(oldBase);
  const after = valuesOf(newBase);
  const keep = <K extends keyof Values>(k: K, same: (a: Values[K], b: Values[K]) => boolean): Values[K] =>
    same(v[k], before[k]) ? after[k] : v[k];
  const eq = <T,>(a: T, b: T) => a === b;
  return {
    text: keep("text", (a, b) => a.trim() === b.trim()),
    sourceChannel: keep("sourceChannel", eq),
    link: keep("link", (a, b) => a.trim() === b),
    firstSeen: keep("firstSeen", eq),
    refutingFactIds: keep("refutingFactIds", sameSet),
  };
}

/** Zod's problems keyed by the form's fields, in the board's own words where it has them. */
function clientErrors(error: z.ZodError, t: Translate): FieldErrors {
  const found = fieldErrorsFromZod(error, t);
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(found)) {
    const field = path.split(".")[0] ?? path;
    if (field === "text") out.text = t("claims.form.required");
    else if (field === "link") out.link = t("claims.form.badLink");
    else if (field === "firstSeenAt") out.firstSeen = t("error.required");
    else out[field] = message;
  }
  return out;
}

/**
 * Edit a claim's description and link the facts that refute it (PATCH /api/claims/:id). Sends the version the
 * dialog started from: if someone changed the claim meanwhile, the 409 brings their copy to the board, the form
 * takes their values where the user changed nothing, and the user's own changes stay to be saved again on top.
 */
export function ClaimEditDialog({ claim, onClose }: { claim: Claim; onClose: () => void }) {
  const t = useT();
  const introId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [base, setBase] = useState(claim);
  const [values, setValues] = useState(() => valuesOf(claim));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  // Soft lock: who else has the claim open, and a newer version saved meanwhile offered before a save is refused.
  const what = editingKey("claim", claim.id);
  useEditingPresence(claim.incidentId, what);
  const live = useStore((s) => s.claimsData.claims[claim.id]);
  const dirty = Object.keys(changesOf(base, values)).length > 0;
  const { newer, takeTheirs, keepMine, saving } = useNewerVersion(
    live,
    dirty,
    (theirs) => {
      setValues(valuesOf(theirs));
      setBase(theirs);
    },
    (theirs) => {
      setValues((v) => rebase(base, theirs, v));
      setBase(theirs);
    },
  );
  // After a refused save, the keyboard goes to the first field that needs attention: in an effect, once the field is
  // marked invalid. A timer could run before React had rendered the mark (a loaded machine), and focus stayed put.
  const [focusTick, setFocusTick] = useState(0);
  useEffect(() => {
    if (focusTick > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusTick]);
  const focusInvalid = () => setFocusTick((n) => n + 1);

  function fail(err: unknown) {
    if (err instanceof ApiError && err.status === 409) {
      const current = Claim.safeParse(err.details.current);
      if (current.success) {
        useStore.getState().upsertClaims([current.data]);
        setValues((v) => rebase(base, current.data, v));
        setBase(current.data);
      }
      setFormError(err.code === "conflict" ? t("claims.edit.conflict") : t("claims.edit.closed"));
    } else if (err instanceof ApiError && err.status === 400 && err.field) {
      // The form's own names: the server's firstSeenAt is the "Först sett" field, said in the UI's words.
      const field = err.field.startsWith("refutingFactIds")
        ? "refutingFactIds"
        : err.field === "firstSeenAt"
          ? "firstSeen"
          : err.field;
      setErrors({
        [field]: field === "refutingFactIds" ? t("claims.edit.badFact") : (splitApiError(err, t).fieldMessage ?? ""),
      });
      focusInvalid();
    } else {
      setFormError(errorMessage(err, t));
    }
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setFormError(null);
    const changes = changesOf(base, values);
    if (Object.keys(changes).length === 0) {
      setErrors({});
      setFormError(t("claims.edit.noChanges"));
      return;
    }
    const parsed = ClaimPatch.safeParse({ ...changes, expectedVersion: base.version });
    if (!parsed.success) {
      setErrors(clientErrors(parsed.error, t));
      focusInvalid();
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      useStore.getState().upsertClaims([await saving(() => editClaim(claim.id, parsed.data))]);
      onClose();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title={t("claims.edit.title")} onClose={onClose} describedBy={introId}>
      <p id={introId} className="dialog-intro">
        {t("claims.edit.intro")}
      </p>
      <OthersEditing incidentId={claim.incidentId} what={what} message={(names) => t("editing.claim", { names })} />
      {newer ? (
        <NewerVersionNotice
          name={t("editing.someone")}
          version={newer.version}
          fields={[{ label: t("claims.form.text"), before: values.text, after: newer.text }]}
          onTakeTheirs={takeTheirs}
          onKeepMine={keepMine}
        />
      ) : null}
      <form ref={formRef} className="claim-edit-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <FormField label={t("claims.form.text")} error={errors.text}>
          {(p) => (
            <textarea
              {...p}
              rows={3}
              required
              maxLength={CLAIM_LIMITS.textMax}
              value={values.text}
              onChange={(e) => set("text", e.target.value)}
            />
          )}
        </FormField>
        <SelectField
          label={t("claims.channel")}
          options={CLAIM_SOURCE_CHANNELS}
          optionLabel={(c) => t(`claims.channel.${c}`)}
          value={values.sourceChannel}
          onChange={(c) => set("sourceChannel", c)}
          error={errors.sourceChannel}
        />
        <FormField label={t("claims.form.link")} labelSuffix={t("claims.form.optional")} error={errors.link}>
          {(p) => <input {...p} type="url" value={values.link} onChange={(e) => set("link", e.target.value)} />}
        </FormField>
        <FormField label={t("claims.form.firstSeen")} error={errors.firstSeen}>
          {(p) => <DateTimeInput {...p} required value={values.firstSeen} onChange={(v) => set("firstSeen", v)} />}
        </FormField>
        <RefutingFactPicker
          incidentId={claim.incidentId}
          selected={values.refutingFactIds}
          onChange={(ids) => set("refutingFactIds", ids)}
          error={errors.refutingFactIds}
        />
        <FormError message={formError} />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={busy}>
            {t("claims.edit.save")}
          </Button>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
        </div>
      </form>
    </Dialog>
  );
}
