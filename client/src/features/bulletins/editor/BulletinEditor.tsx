import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { BULLETIN_KINDS, BULLETIN_LANGUAGES, INSTRUCTION_SEPARATOR, type Bulletin } from "@shared/schemas/bulletin";
import { MESSAGE_AUDIENCES, MESSAGE_CHANNELS } from "@shared/checklist/constants";
import { textLang } from "@shared/constants";
import { summariseResult } from "@shared/checklist/summary";
import type { MessageLanguage } from "@shared/schemas/checklist";
import type { Incident } from "@shared/schemas/incident";
import { capDefaults } from "@shared/capDefaults";
import { Button } from "../../../components/Button";
import { FormField } from "../../../components/FormField";
import { useT } from "../../../i18n/useT";
import { useStore } from "../../../store";
import { mayWriteBulletins } from "../selectors";
import { CapFields } from "./CapFields";
import { ChannelPreviews } from "./ChannelPreviews";
import { ChannelVersions } from "./ChannelVersions";
import { CorrectionFaqPanel } from "./CorrectionFaqPanel";
import { CheckboxGroup } from "./CheckboxGroup";
import { ChecklistGauges } from "./ChecklistGauges";
import { useConsoleSettings } from "./useConsoleSettings";
import { ConflictNotice } from "./ConflictNotice";
import { EditingPresence, useEditingPresence } from "./EditingPresence";
import { EditorHeader } from "./EditorHeader";
import { EditorTextFields } from "./EditorTextFields";
import { FactPicker } from "./FactPicker";
import { FindingsList } from "./FindingsList";
import { LanguageVersions } from "./LanguageVersions";
import type { Draft } from "./draft";
import { keyFindings, type KeyedFinding, type TextField } from "./marks";
import { SourcePanel } from "./SourcePanel";
import { StaleNotice } from "./StaleNotice";
import { useLiveChecklist, useScoringContext } from "./useChecklist";
import { useEditorState } from "./useEditorState";
import { VersionHistory } from "./VersionHistory";
import { WorkflowBar } from "./WorkflowBar";
import { serverNow } from "../../../store/session/serverClock";

/** The bulletin editor: texts with live checklist underlines, metadata, gauges, workflow and history. */
export function BulletinEditor({ incident, bulletin }: { incident: Incident; bulletin: Bulletin | undefined }) {
  const t = useT();
  const [newLanguage, setNewLanguage] = useState<MessageLanguage>("sv");
  const state = useEditorState(incident.id, bulletin, newLanguage);
  const { draft, setField, prefill, dirty, live, conflict, saving, saveMessage } = state;
  const current = live ?? bulletin;
  const language = current?.language ?? newLanguage;
  const source = useStore((s) =>
    current?.translationOf ? s.bulletinData.bulletins[current.translationOf] : undefined,
  );
  const canWrite = useStore((s) => mayWriteBulletins(s.user?.role));
  // A translation starts with the original's area words (LanguageVersions copies them): say so until they change.
  const sourceArea = source?.area?.description.trim() ?? "";
  const areaCopiedFrom =
    source &&
    sourceArea !== "" &&
    draft.areaDescription.trim() === sourceArea &&
    textLang(source.language) !== textLang(language)
      ? source.language
      : null;
  const readOnly = !canWrite || current?.status === "retracted";
  const [markUpToDate, setMarkUpToDate] = useState(false);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const headlineRef = useRef<HTMLTextAreaElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const instructionRef = useRef<HTMLTextAreaElement>(null);
  const refs = useMemo(() => ({ headline: headlineRef, body: bodyRef, instruction: instructionRef }), []);
  useEditingPresence(incident.id, current?.id ?? null);

  // A new bulletin promises the next update when the incident already does: the text and the clock agree (FS9).
  const prefilled = useRef(false);
  const clockOffset = useStore((s) => s.clockOffsetMs);
  useEffect(() => {
    if (current || prefilled.current || draft.nextUpdateAt !== null) return;
    const due = incident.nextUpdateDue;
    if (due && Date.parse(due) > serverNow()) {
      prefilled.current = true;
      prefill("nextUpdateAt", due);
    }
    // The offset is a dep: the first reading of the server's clock may arrive after the first render.
  }, [current, draft.nextUpdateAt, incident.nextUpdateDue, prefill, clockOffset]);

  // A new bulletin's CAP severity, urgency and category follow the incident (a severe storm is not Moderate/Safety);
  // the writer may still change them in the alert fields.
  const capFilled = useRef(false);
  useEffect(() => {
    if (current || capFilled.current) return;
    capFilled.current = true;
    const cap = capDefaults(incident);
    prefill("severity", cap.severity);
    prefill("urgency", cap.urgency);
    prefill("categories", cap.categories);
  }, [current, incident, prefill]);

  const settings = useConsoleSettings();
  const context = useScoringContext(incident.id, current?.id ?? null, current?.translationOf ?? null);
  const result = useLiveChecklist(draft, language, context);
  const liveScore = useMemo(() => summariseResult(result), [result]);
  const findings = useMemo(() => keyFindings(result, draft.body.length), [result, draft.body.length]);
  const texts = useMemo(
    () => ({ headline: draft.headline, body: draft.body, instruction: draft.instruction }),
    [draft.headline, draft.body, draft.instruction],
  );
  const messageText =
    draft.instruction.trim() === "" ? draft.body : draft.body + INSTRUCTION_SEPARATOR + draft.instruction;

  const extra = useMemo(
    () => (markUpToDate && source ? { translationOfVersion: source.version } : {}),
    [markUpToDate, source],
  );
  const { save, refuseBadTime } = state;
  // A time typed wrong leaves the draft unchanged (its value is ""): the step must not go ahead without it.
  const saveIfDirty = useCallback(
    async () => (refuseBadTime() ? null : dirty || (markUpToDate && source) ? save(extra) : (current ?? null)),
    [dirty, markUpToDate, source, save, extra, current, refuseBadTime],
  );

  const showFinding = useCallback(
    (f: KeyedFinding) => {
      if (!f.place) return;
      const el = refs[f.place.field as TextField].current;
      el?.focus();
      el?.setSelectionRange(f.place.start, f.place.end);
    },
    [refs],
  );
  // Stable callbacks, so typing re-renders only what depends on the text.
  const setAudiences = useCallback((v: Draft["audiences"]) => setField("audiences", v), [setField]);
  const setChannels = useCallback((v: Draft["channels"]) => setField("channels", v), [setField]);
  const setFacts = useCallback((v: string[]) => setField("factIds", v), [setField]);
  const audienceLabel = useCallback((a: Draft["audiences"][number]) => t(`audience.${a}`), [t]);
  const channelLabel = useCallback((c: Draft["channels"][number]) => t(`channel.${c}`), [t]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(extra);
  };

  return (
    <article className="page editor-page" aria-labelledby="editor-title">
      <EditorHeader
        incident={incident}
        bulletin={current}
        headline={draft.headline}
        saveMessage={saveMessage}
        readOnly={readOnly}
        liveScore={liveScore}
      />
      {current ? <EditingPresence incidentId={incident.id} bulletinId={current.id} /> : null}
      {conflict ? (
        <ConflictNotice
          current={conflict.current}
          mine={draft}
          refused={conflict.refused}
          onTakeTheirs={state.takeTheirs}
          onKeepMine={() => void state.keepMine(extra)}
        />
      ) : null}
      {current ? <StaleNotice stale={current.stale} /> : null}
      {current?.status === "retracted" ? (
        <p className="notice notice-warning">{t("editor.retractedNote")}</p>
      ) : !canWrite ? (
        <p className="notice notice-info">{t("editor.readOnly")}</p>
      ) : null}
      <div className="editor-toolbar">
        {readOnly ? null : (
          <Button
            type="submit"
            form="bulletin-form"
            variant={dirty || !current ? "primary" : "secondary"}
            busy={saving}
          >
            {current ? t("editor.save") : t("editor.create")}
          </Button>
        )}
        {/* A reader saves nothing: "Allt är sparat" told a read-only user about work that is not theirs. */}
        {readOnly ? null : (
          <span className="muted small">{dirty ? t("editor.unsaved") : current ? t("editor.allSaved") : ""}</span>
        )}
        {current ? <WorkflowBar bulletin={current} dirty={dirty} saveIfDirty={saveIfDirty} /> : null}
      </div>
      <div className="editor-layout">
        <form
          ref={state.formRef}
          id="bulletin-form"
          className="editor-form card"
          aria-labelledby="editor-title"
          onSubmit={submit}
          onKeyDown={(e) => {
            if ((e.ctrlKey || e.metaKey) && e.key === "s") {
              e.preventDefault();
              if (!readOnly) void save(extra);
            }
          }}
          noValidate
        >
          <div className="editor-meta-row">
            {current ? null : (
              <FormField label={t("editor.language")}>
                {(control) => (
                  <select
                    {...control}
                    value={newLanguage}
                    onChange={(e) => setNewLanguage(e.target.value as MessageLanguage)}
                  >
                    {BULLETIN_LANGUAGES.map((l) => (
                      <option key={l} value={l}>
                        {t(`lang.${l}`)}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
            )}
            <FormField label={t("editor.kind")}>
              {(control) => (
                <select
                  {...control}
                  value={draft.kind}
                  disabled={readOnly}
                  onChange={(e) => setField("kind", e.target.value as (typeof BULLETIN_KINDS)[number])}
                >
                  {BULLETIN_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`bulletins.kind.${k}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </div>
          <div className={source ? "editor-texts with-source" : "editor-texts"}>
            {source && current ? (
              <SourcePanel
                source={source}
                translation={current}
                markUpToDate={markUpToDate}
                onMarkUpToDate={setMarkUpToDate}
                disabled={readOnly}
              />
            ) : null}
            <EditorTextFields
              headline={draft.headline}
              body={draft.body}
              instruction={draft.instruction}
              findings={findings}
              activeKey={activeKey}
              onField={setField}
              refs={refs}
              textLang={textLang(language)}
              readOnly={readOnly}
            />
          </div>
          <CheckboxGroup
            legend={t("editor.audiences")}
            options={MESSAGE_AUDIENCES}
            selected={draft.audiences}
            labelOf={audienceLabel}
            onChange={setAudiences}
            disabled={readOnly}
          />
          <CheckboxGroup
            legend={t("editor.channels")}
            options={MESSAGE_CHANNELS}
            selected={draft.channels}
            labelOf={channelLabel}
            onChange={setChannels}
            disabled={readOnly}
          />
          <FactPicker incidentId={incident.id} selected={draft.factIds} onChange={setFacts} disabled={readOnly} />
          <CapFields
            areaDescription={draft.areaDescription}
            areaLat={draft.areaLat}
            areaLon={draft.areaLon}
            areaRadiusKm={draft.areaRadiusKm}
            areaPolygon={draft.areaPolygon}
            areaAttempted={state.areaAttempted}
            areaCopiedFrom={areaCopiedFrom}
            urgency={draft.urgency}
            severity={draft.severity}
            certainty={draft.certainty}
            categories={draft.categories}
            expiresAt={draft.expiresAt}
            nextUpdateAt={draft.nextUpdateAt}
            onField={setField}
            disabled={readOnly}
          />
          {readOnly ? null : (
            <div className="form-actions editor-save">
              <Button type="submit" variant="primary" busy={saving}>
                {current ? t("editor.save") : t("editor.create")}
              </Button>
              <span className="muted small" aria-hidden="true">
                {dirty ? t("editor.unsaved") : current ? t("editor.allSaved") : ""}
              </span>
            </div>
          )}
        </form>
        {/* Focusable: the panel scrolls on its own (sticky, max-height), and may hold nothing else to tab to. */}
        <aside className="checklist-panel card" aria-labelledby="checklist-heading" tabIndex={0}>
          <h2 id="checklist-heading">{t("checklist.title")}</h2>
          <p className="muted small">{t("checklist.intro")}</p>
          <ChecklistGauges result={result} threshold={settings?.publishThreshold} />
          <ChannelPreviews sms={result.metrics.sms} socialText={messageText} channels={draft.channels} />
          <h3>{t("checklist.findings")}</h3>
          <FindingsList
            result={result}
            findings={findings}
            texts={texts}
            onActive={setActiveKey}
            onShow={showFinding}
          />
        </aside>
      </div>
      {current ? (
        <div className="editor-after">
          <CorrectionFaqPanel bulletin={current} />
          <LanguageVersions bulletin={current} />
          {current.translationOf === null ? <ChannelVersions master={current} context={context} /> : null}
          <VersionHistory bulletinId={current.id} version={current.version} status={current.status} />
        </div>
      ) : null}
    </article>
  );
}
