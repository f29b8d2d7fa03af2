import { useCallback, useEffect, useState } from "react";
import { FactPatch, type Fact } from "@shared/schemas/fact";
import { Button } from "../../components/Button";
import { useFormState } from "../../components/useFormState";
import { formatDateTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { conflictFact, updateFact } from "./actions";
import { editingKey, OthersEditing, useEditingPresence } from "../editing/presence";
import { NewerVersionNotice } from "../editing/NewerVersionNotice";
import { useNewerVersion } from "../editing/useNewerVersion";
import { FactForm, type FactFormValues } from "./FactForm";

const valuesOf = (f: Fact): FactFormValues => ({ statement: f.statement, source: f.source, status: f.status });
import { FactStatusBadge } from "./FactStatusBadge";
import { FactVersions } from "./FactVersions";
import { useRefocus } from "../../components/useRefocus";
import { WORK_TEXT_LANG } from "@shared/constants";

function patchOf(fact: Fact, values: FactFormValues, baseVersion: number): FactPatch | null {
  const patch: FactPatch = { expectedVersion: baseVersion };
  if (values.statement.trim() !== fact.statement) patch.statement = values.statement;
  if (values.source.trim() !== fact.source) patch.source = values.source;
  if (values.status !== fact.status) patch.status = values.status;
  return Object.keys(patch).length > 1 ? patch : null;
}

/** One fact: status in words, source and time, and (for writers) edit and version history. */

const NOTICE_MS = 10_000;
export function FactItem({ fact, canWrite }: { fact: Fact; canWrite: boolean }) {
  const t = useT();
  const lang = useLanguage();
  const form = useFormState();
  const [editing, setEditing] = useState(false);
  const [showVersions, setShowVersions] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const refocus = useRefocus();
  const editId = `fact-edit-${fact.id}`;
  // "Sparad som version 2" is news once: it stood under the fact long after, beside later versions by others.
  useEffect(() => {
    if (notice === null) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  const changedByName = useStore((s) => s.people[fact.updatedBy]);
  // The values the form started from, to tell unsaved text; a new key starts the form again from the fact.
  const [started, setStarted] = useState<FactFormValues>(() => valuesOf(fact));
  const [current, setCurrent] = useState<FactFormValues>(() => valuesOf(fact));
  const [formKey, setFormKey] = useState(0);
  const dirty = editing && JSON.stringify(current) !== JSON.stringify(started);
  const restart = useCallback((from: Fact) => {
    setStarted(valuesOf(from));
    setCurrent(valuesOf(from));
    setFormKey((k) => k + 1);
  }, []);
  const { base, newer, takeTheirs, keepMine, saving } = useNewerVersion(fact, dirty, restart);
  const what = editingKey("fact", fact.id);
  useEditingPresence(editing ? fact.incidentId : null, editing ? what : null);

  const submit = (values: FactFormValues) => {
    const changes = patchOf(fact, values, base);
    if (!changes) {
      setNotice(t("facts.noChange"));
      return;
    }
    const patch = form.validate(FactPatch, changes);
    if (!patch) return;
    void form.run(async () => {
      try {
        const saved = await saving(() => updateFact(fact.id, patch));
        setEditing(false);
        refocus(editId);
        restart(saved);
        setNotice(t("facts.saved", { version: saved.version }));
      } catch (err) {
        // The newer fact is in the store now: the editor offers it (take theirs / keep mine) with my text kept.
        if (!conflictFact(err)) throw err;
      }
    });
  };

  return (
    <li className={`fact fact-${fact.status}`}>
      <div className="fact-main">
        <FactStatusBadge status={fact.status} />
        <p
          className={fact.status === "retracted" ? "fact-statement fact-statement-retracted" : "fact-statement"}
          lang={WORK_TEXT_LANG}
        >
          {fact.statement}
        </p>
      </div>
      <p className="fact-meta">
        {t("facts.sourceLine", { source: fact.source })}
        {/* A withdrawn fact was confirmed once; "bekräftad" beside "Tillbakadragen" read as a contradiction. */}
        {fact.verifiedAt
          ? ` · ${t(fact.status === "retracted" ? "facts.verifiedBefore" : "facts.verified", { time: formatDateTime(fact.verifiedAt, lang) })}`
          : ""}
        {` · ${t("facts.versionShort", { version: fact.version })}`}
        {changedByName ? ` · ${changedByName}` : ""}
      </p>
      {notice ? (
        <p className="fact-notice" role="status">
          {notice}
        </p>
      ) : null}
      <OthersEditing incidentId={fact.incidentId} what={what} message={(names) => t("editing.fact", { names })} />
      {editing && newer ? (
        <NewerVersionNotice
          name={useStore.getState().people[newer.updatedBy] ?? t("editing.someone")}
          version={newer.version}
          fields={[
            { label: t("facts.statement"), before: current.statement, after: newer.statement },
            { label: t("facts.source"), before: current.source, after: newer.source },
          ]}
          onTakeTheirs={takeTheirs}
          onKeepMine={keepMine}
        />
      ) : null}
      {editing ? (
        <FactForm
          key={formKey}
          label={t("facts.editTitle")}
          submitLabel={t("facts.save")}
          initial={started}
          busy={form.busy}
          fieldErrors={form.fieldErrors}
          formError={form.formError}
          formRef={form.formRef}
          onSubmit={submit}
          onChange={setCurrent}
          onCancel={() => {
            setEditing(false);
            refocus(editId);
            restart(fact);
          }}
        />
      ) : null}
      <div className="fact-actions">
        {canWrite && !editing ? (
          <Button
            id={editId}
            variant="quiet"
            aria-label={t("facts.editLabel", { statement: fact.statement })}
            onClick={() => {
              setNotice(null);
              setEditing(true);
            }}
          >
            {t("facts.edit")}
          </Button>
        ) : null}
        <Button
          variant="quiet"
          aria-expanded={showVersions}
          aria-label={`${t(showVersions ? "facts.hideVersions" : "facts.versions")}: ${fact.statement}`}
          onClick={() => setShowVersions((v) => !v)}
        >
          {t(showVersions ? "facts.hideVersions" : "facts.versions")}
        </Button>
      </div>
      {showVersions ? (
        <FactVersions
          factId={fact.id}
          version={fact.version}
          label={t("facts.versionsLabel", { statement: fact.statement })}
        />
      ) : null}
    </li>
  );
}
