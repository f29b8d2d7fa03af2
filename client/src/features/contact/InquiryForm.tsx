import { useState, type FormEvent, type KeyboardEvent } from "react";
import { textLang } from "@shared/constants";
import type { FaqEntry } from "@shared/schemas/faq";
import type { Incident } from "@shared/schemas/incident";
import { INQUIRY_CHANNELS, InquiryCreate, type InquiryChannel, type InquiryResolution } from "@shared/schemas/inquiry";
import { logInquiry } from "../../api/inquiries";
import { Button } from "../../components/Button";
import { FormError, FormField } from "../../components/FormField";
import { useFormState } from "../../components/useFormState";
import { formatElapsed } from "../../i18n/format";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { useNow } from "../../store/session/ticker";
import { useContactClaims } from "./ContactClaimsPanel";
import { readDefaultChannel, storeDefaultChannel } from "./defaultChannel";
import { serverNow } from "../../store/session/serverClock";

const RESOLUTIONS: InquiryResolution[] = ["answered_first_contact", "forwarded", "callback"];
// Units a call is commonly forwarded to: names of the municipality's units (data, the same in both UI languages).
const UNITS = [
  "VA-enheten",
  "Miljöförvaltningen",
  "Räddningstjänsten",
  "Socialtjänsten",
  "Utbildningsförvaltningen",
  "Bygglovsenheten",
  "1177 Vårdguiden",
];
const TEXT_INPUT = new Set(["text", "search", "tel"]);

interface Props {
  /** What the agent typed in the search box: the question as asked, unless she rewrites it here. */
  query: string;
  /** The FAQ entry shown, which she used; null when none was. */
  entry: FaqEntry | null;
  /** The entry shown is the search's strong hit; otherwise she picked it among suggestions (logged as such). */
  entryStrong: boolean;
  /** She said no FAQ entry answered it ("Inte i FAQ:n", or unticked). */
  noEntry: boolean;
  onNoEntryChange: (value: boolean) => void;
  /** The incident she works on. An answer from another incident's entry logs under that entry's incident. */
  incidentId: string | null;
  openedAt: string | null;
  onStarted: () => void;
  onSaved: (caseNumber: string) => void;
  onNotInFaq: () => void;
  /** The rumour the caller asks about: her last caller report's claim, or one she picks. */
  claimId?: string | null;
  /** The claim counts this call already (her caller report raised or joined it): the server adds no second call. */
  claimCounted?: boolean;
  onClaimChange?: (claimId: string | null) => void;
}

/**
 * The incident an inquiry is logged under: the answer's (`answerIncidentId`, the FAQ entry's) when it is another
 * incident on the same side of the exercise line as the one she works on (`workIncidentId`; null: all incidents or
 * none chosen, which is the real side), else hers. An exercise's answer never moves the inquiry onto that exercise
 * (only an agent working the exercise logs there), nor does an answer whose incident is not known here (a closed
 * drill's entries may still be published).
 */
export function logIncidentOf(
  answerIncidentId: string | null,
  workIncidentId: string | null,
  incidents: Readonly<Record<string, Incident | undefined>>,
): string | null {
  if (answerIncidentId === null || answerIncidentId === workIncidentId) return workIncidentId;
  const answer = incidents[answerIncidentId];
  if (!answer || answer.exercise) return workIncidentId;
  const working = workIncidentId ? incidents[workIncidentId] : undefined;
  return working?.exercise ? workIncidentId : answerIncidentId;
}

/**
 * The inquiry log form, keyboard first: 1–8 pick the channel, Enter saves. "Besvarat direkt" is pre-filled only
 * when an FAQ answer is used (a strong hit, or one she picked); otherwise she chooses the outcome. After
 * each save the channel goes back to her default channel, so one e-mail does not make the next call an e-mail.
 */
export function InquiryForm({
  query,
  entry,
  entryStrong,
  noEntry,
  onNoEntryChange,
  incidentId,
  openedAt,
  onStarted,
  onSaved,
  onNotInFaq,
  claimId = null,
  claimCounted = false,
  onClaimChange,
}: Props) {
  const t = useT();
  const now = useNow();
  const userId = useStore((s) => s.user?.id);
  const [defaultChannel, setDefaultChannel] = useState<InquiryChannel>(() => readDefaultChannel(userId));
  const [channel, setChannel] = useState<InquiryChannel>(defaultChannel);
  const [resolutionChoice, setResolution] = useState<InquiryResolution | null>(null);
  const [missingResolution, setMissingResolution] = useState(false);
  const [forwardedTo, setForwardedTo] = useState("");
  const [callbackNumber, setCallbackNumber] = useState("");
  const [question, setQuestion] = useState<string | null>(null);
  const { formRef, busy, fieldErrors, formError, validate, run } = useFormState();
  const used = noEntry ? null : entry;
  // The answer's own incident wins: a water answer given on the storm's screen is a water inquiry. Never onto an
  // exercise she is not working on, and never from an exercise onto a real incident: a real caller answered from a
  // drill's FAQ is logged where she works, or the drill would swallow a real call and the committee's period report
  // (real calls only) miss it. "Alla händelser" (or nothing chosen) is the real side.
  const logIncidentId = useStore((s) => logIncidentOf(used?.incidentId ?? null, incidentId, s.incidents));
  const answerIncidentTitle = useStore((s) =>
    logIncidentId !== null && logIncidentId !== incidentId ? (s.incidents[logIncidentId]?.title ?? "…") : null,
  );
  const resolution = resolutionChoice ?? (used ? "answered_first_contact" : null);
  // Rumours of the incident the inquiry is logged under (the server refuses a claim of another incident).
  const rumours = useContactClaims(logIncidentId, false).filter((c) => c.status !== "dismissed");
  const linkedClaimId = claimId !== null && rumours.some((c) => c.id === claimId) ? claimId : null;
  const shownQuestion = question ?? (query.trim() || used?.question || "");

  const save = async () => {
    if (resolution === null) {
      setMissingResolution(true);
      formRef.current?.querySelector<HTMLInputElement>('input[name="inquiry-resolution"]')?.focus();
      return;
    }
    setMissingResolution(false);
    const body = validate(InquiryCreate, {
      channel,
      question: shownQuestion,
      faqEntryId: used?.id ?? null,
      resolution,
      fromSuggestion: used !== null && !entryStrong,
      forwardedTo: resolution === "forwarded" ? forwardedTo : null,
      callbackNumber: resolution === "callback" && callbackNumber.trim() ? callbackNumber : null,
      incidentId: logIncidentId,
      claimId: linkedClaimId,
      callCounted: linkedClaimId !== null && linkedClaimId === claimId && claimCounted,
      openedAt: openedAt ?? new Date(serverNow()).toISOString(),
    });
    if (!body) return;
    let caseNumber = "";
    const ok = await run(async () => {
      caseNumber = (await logInquiry(body)).caseNumber;
    });
    if (!ok) return;
    if (used) useStore.getState().markFaqSeen(used.id); // she read it out: the change mark has served its purpose
    setResolution(null);
    setChannel(defaultChannel);
    setForwardedTo("");
    setCallbackNumber("");
    setQuestion(null);
    onClaimChange?.(null);
    onSaved(caseNumber);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    const target = e.target as HTMLElement;
    const typing =
      target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && TEXT_INPUT.has(target.type));
    const index = Number(e.key) - 1;
    if (!typing && !e.ctrlKey && !e.metaKey && !e.altKey && index >= 0 && index < INQUIRY_CHANNELS.length) {
      e.preventDefault();
      const next = INQUIRY_CHANNELS[index] ?? defaultChannel;
      setChannel(next);
      onStarted();
      formRef.current?.querySelector<HTMLInputElement>(`input[name="inquiry-channel"][value="${next}"]`)?.focus();
    } else if (e.key === "Enter" && !typing && !(target instanceof HTMLButtonElement)) {
      e.preventDefault();
      void save();
    }
  };

  return (
    <form
      ref={formRef}
      className="inquiry-form"
      aria-labelledby="inquiry-heading"
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      noValidate
    >
      <div className="inquiry-head">
        <h2 id="inquiry-heading">{t("contact.form.heading")}</h2>
        {openedAt ? (
          // A timer, so its name is read (on a plain span screen readers dropped the label and read "00:00:12");
          // its implicit aria-live "off" keeps it from announcing every second, said outright so no one changes it.
          <span className="inquiry-timer" role="timer" aria-live="off" aria-label={t("contact.form.elapsedLabel")}>
            {formatElapsed(openedAt, now)}
          </span>
        ) : null}
      </div>
      <FormError
        message={
          formError ??
          (missingResolution ? t("contact.form.resolutionMissing") : null) ??
          fieldErrors.openedAt ??
          fieldErrors.faqEntryId ??
          fieldErrors.incidentId ??
          fieldErrors.channel ??
          null
        }
      />
      <fieldset className="choice-row">
        <legend>
          {t("contact.form.channel")} <span className="visually-hidden">{t("contact.form.channelKeys")}</span>
        </legend>
        {INQUIRY_CHANNELS.map((c, i) => (
          <label key={c} className={c === channel ? "choice is-selected" : "choice"}>
            <input
              type="radio"
              name="inquiry-channel"
              value={c}
              checked={c === channel}
              onChange={() => setChannel(c)}
            />
            <kbd aria-hidden="true">{i + 1}</kbd> {t(`contact.channel.${c}`)}
          </label>
        ))}
      </fieldset>
      <div className="inquiry-used">
        <span className="inquiry-used-label">{t("contact.form.used")}</span>{" "}
        <strong data-testid="inquiry-used" lang={used ? textLang(used.language) : undefined}>
          {used ? used.question : t("contact.form.usedNone")}
        </strong>
        {answerIncidentTitle ? (
          <p className="notice notice-info inquiry-other-incident" data-testid="inquiry-other-incident">
            {t("contact.form.otherIncident", { title: answerIncidentTitle })}
          </p>
        ) : null}
        {entry ? (
          <label className="inquiry-used-toggle">
            <input type="checkbox" checked={noEntry} onChange={(e) => onNoEntryChange(e.target.checked)} />{" "}
            {t("contact.form.noEntry")}
          </label>
        ) : null}
      </div>
      <FormField label={t("contact.form.question")} error={fieldErrors.question} className="inquiry-question">
        {(p) => (
          <input
            {...p}
            type="text"
            value={shownQuestion}
            maxLength={300}
            onChange={(e) => setQuestion(e.target.value)}
          />
        )}
      </FormField>
      {rumours.length > 0 ? (
        <FormField
          label={t("contact.form.claim")}
          hint={t("contact.form.claimHint")}
          error={fieldErrors.claimId}
          className="inquiry-claim"
        >
          {(p) => (
            <select {...p} value={linkedClaimId ?? ""} onChange={(e) => onClaimChange?.(e.target.value || null)}>
              <option value="">{t("contact.form.claimNone")}</option>
              {rumours.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.text.length > 80 ? `${c.text.slice(0, 79)}…` : c.text}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
      <fieldset className="choice-row">
        <legend>{t("contact.form.resolution")}</legend>
        {RESOLUTIONS.map((r) => (
          <label key={r} className={r === resolution ? "choice is-selected" : "choice"}>
            <input
              type="radio"
              name="inquiry-resolution"
              value={r}
              checked={r === resolution}
              onChange={() => {
                setResolution(r);
                setMissingResolution(false);
              }}
            />
            {t(`contact.resolution.${r}`)}
          </label>
        ))}
      </fieldset>
      {resolution === "forwarded" ? (
        <FormField label={t("contact.form.unit")} error={fieldErrors.forwardedTo}>
          {(p) => (
            <>
              <input
                {...p}
                type="text"
                list="inquiry-units"
                value={forwardedTo}
                maxLength={120}
                onChange={(e) => setForwardedTo(e.target.value)}
              />
              <datalist id="inquiry-units">
                {UNITS.map((u) => (
                  <option key={u} value={u} />
                ))}
              </datalist>
            </>
          )}
        </FormField>
      ) : null}
      {resolution === "callback" ? (
        <FormField
          label={t("contact.form.callbackNumber")}
          labelSuffix={t("common.optional")}
          hint={t("contact.form.callbackHint")}
          error={fieldErrors.callbackNumber}
        >
          {(p) => (
            <input
              {...p}
              type="tel"
              value={callbackNumber}
              maxLength={30}
              onChange={(e) => setCallbackNumber(e.target.value)}
            />
          )}
        </FormField>
      ) : null}
      <FormField
        label={t("contact.form.defaultChannel")}
        hint={t("contact.form.defaultChannelHint")}
        className="inquiry-default-channel"
      >
        {(p) => (
          <select
            {...p}
            value={defaultChannel}
            onChange={(e) => {
              const next = e.target.value as InquiryChannel;
              setDefaultChannel(next);
              storeDefaultChannel(userId, next);
            }}
          >
            {INQUIRY_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`contact.channel.${c}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} aria-keyshortcuts="Enter">
          {t("contact.form.save")}
        </Button>
        <Button onClick={onNotInFaq} aria-keyshortcuts="Shift+Enter">
          {t("contact.notInFaq")}
        </Button>
      </div>
    </form>
  );
}
