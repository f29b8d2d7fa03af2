import { useState, type FormEvent, type KeyboardEvent } from "react";
import { ClaimCreate, type Claim, type ContactClaim } from "@shared/schemas/claim";
import type { Incident } from "@shared/schemas/incident";
import { createClaim } from "../../api/claims";
import { ExerciseBadge } from "../../components/Badge";
import { Button } from "../../components/Button";
import { FormError, FormField } from "../../components/FormField";
import { useFormState } from "../../components/useFormState";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { CALLERS_MAX, reachFromCallers } from "./callerClaim";

/** The contact centre's copy of the claim the desk answered with (what `contact_claim.changed` would carry). */
function toContactClaim(c: Claim, known: Pick<ContactClaim, "callbacks" | "calledBack"> | undefined): ContactClaim {
  const {
    id,
    incidentId,
    text,
    sourceChannel,
    status,
    reach,
    calls,
    correctionBulletinId,
    correctedAt,
    mergedInto,
    createdAt,
    updatedAt,
  } = c;
  const { callbacks = 0, calledBack = 0 } = known ?? {};
  return {
    id,
    incidentId,
    text,
    sourceChannel,
    status,
    reach,
    calls,
    callbacks,
    calledBack,
    correctionBulletinId,
    correctedAt,
    mergedInto,
    createdAt,
    updatedAt,
  };
}

interface Props {
  /** Whether any incident is open at all. */
  hasIncidents: boolean;
  /** The incident the agent works on (the one choice at the top of the view); null: none chosen, or all. */
  incident: Incident | null;
  /** The claim the report made or joined: the inquiry she logs next is linked to it. */
  onRaised?: (claimId: string) => void;
}

/**
 * "Callers say that …": an agent raises what callers repeat as a claim for the misinformation desk (source channel
 * contact centre; reach from the number of calls). Ctrl+Enter sends from the text box; the thanks is announced politely.
 */
export function CallerClaimForm({ hasIncidents, incident, onRaised }: Props) {
  const t = useT();
  const [text, setText] = useState("");
  const [callers, setCallers] = useState("1");
  const [sent, setSent] = useState<string | null>(null);
  const { formRef, busy, fieldErrors, formError, validate, run } = useFormState();
  // No picker of its own: the claim goes to the incident she works on, never to a default.
  const target = incident?.id ?? "";
  const count = Math.min(CALLERS_MAX, Math.max(1, Math.trunc(Number(callers)) || 1));

  const send = async () => {
    setSent(null);
    const body = validate(ClaimCreate, {
      text,
      sourceChannel: "contact_centre",
      calls: count,
      reach: reachFromCallers(count),
    });
    if (!body || !target) return;
    let claim: Claim | null = null;
    const ok = await run(async () => {
      claim = await createClaim(target, body);
    });
    if (!ok || !claim) return;
    const raised: Claim = claim;
    // A report that repeats an open claim joins it (the server answers with that claim, its calls raised).
    const joined = raised.calls > count;
    const known = useStore.getState().contact.contactClaims[raised.id];
    useStore.getState().upsertContactClaim(toContactClaim(raised, known));
    onRaised?.(raised.id);
    setText("");
    setCallers("1");
    setSent(joined ? t("contact.claim.joined", { calls: raised.calls }) : t("contact.claim.sent", { callers: count }));
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
    <form
      ref={formRef}
      className="caller-claim-form"
      aria-labelledby="caller-claim-heading"
      onSubmit={onSubmit}
      noValidate
    >
      <h2 id="caller-claim-heading">{t("contact.claim.heading")}</h2>
      <p className="muted">{t("contact.claim.intro")}</p>
      {!hasIncidents ? (
        <p className="muted">{t("contact.claim.noIncident")}</p>
      ) : incident ? (
        <p className="caller-claim-incident" data-testid="caller-claim-incident">
          {t("contact.claim.for", { title: incident.title })}
          {incident.exercise ? (
            <>
              {" "}
              <ExerciseBadge />
            </>
          ) : null}
        </p>
      ) : (
        <p className="notice notice-warning">{t("contact.claim.chooseIncident")}</p>
      )}
      <FormError message={formError} />
      <FormField label={t("contact.claim.text")} hint={t("contact.claim.textHint")} error={fieldErrors.text}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={text}
            aria-keyshortcuts="Control+Enter"
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onTextKey}
          />
        )}
      </FormField>
      <FormField label={t("contact.claim.callers")} className="caller-claim-count">
        {(p) => (
          <input
            {...p}
            type="number"
            inputMode="numeric"
            min={1}
            max={CALLERS_MAX}
            value={callers}
            onChange={(e) => setCallers(e.target.value)}
          />
        )}
      </FormField>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} disabled={!incident}>
          {t("contact.claim.submit")}
        </Button>
      </div>
      <p className="caller-claim-status" role="status">
        {sent}
      </p>
    </form>
  );
}
