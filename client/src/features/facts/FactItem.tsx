import { useState } from "react";
import { FactPatch, type Fact } from "../../../../shared/schemas/fact";
import { Button } from "../../components/Button";
import { useFormState } from "../../components/useFormState";
import { formatDateTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { conflictFact, updateFact } from "./actions";
import { FactForm, type FactFormValues } from "./FactForm";
import { FactStatusBadge } from "./FactStatusBadge";
import { FactVersions } from "./FactVersions";

function patchOf(fact: Fact, values: FactFormValues): FactPatch | null {
  const patch: FactPatch = { expectedVersion: fact.version };
  if (values.statement.trim() !== fact.statement) patch.statement = values.statement;
  if (values.source.trim() !== fact.source) patch.source = values.source;
  if (values.status !== fact.status) patch.status = values.status;
  return Object.keys(patch).length > 1 ? patch : null;
}

/** One fact: status in words, source and time, and (for writers) edit and version history. */
export function FactItem({ fact, canWrite }: { fact: Fact; canWrite: boolean }) {
  const t = useT();
  const lang = useLanguage();
  const form = useFormState();
  const [editing, setEditing] = useState(false);
  const [showVersions, setShowVersions] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const changedByName = useStore((s) => s.people[fact.updatedBy]);

  const submit = (values: FactFormValues) => {
    const changes = patchOf(fact, values);
    if (!changes) {
      setNotice(t("facts.noChange"));
      return;
    }
    const patch = form.validate(FactPatch, changes);
    if (!patch) return;
    void form.run(async () => {
      try {
        const saved = await updateFact(fact.id, patch);
        setEditing(false);
        setNotice(t("facts.saved", { version: saved.version }));
      } catch (err) {
        const current = conflictFact(err);
        if (!current) throw err;
        const name = useStore.getState().people[current.updatedBy] ?? t("facts.someone");
        setNotice(t("facts.conflict", { name, version: current.version }));
      }
    });
  };

  return (
    <li className={`fact fact-${fact.status}`}>
      <div className="fact-main">
        <FactStatusBadge status={fact.status} />
        <p className={fact.status === "retracted" ? "fact-statement fact-statement-retracted" : "fact-statement"}>
          {fact.statement}
        </p>
      </div>
      <p className="fact-meta">
        {t("facts.sourceLine", { source: fact.source })}
        {fact.verifiedAt ? ` · ${t("facts.verified", { time: formatDateTime(fact.verifiedAt, lang) })}` : ""}
        {` · ${t("facts.versionShort", { version: fact.version })}`}
        {changedByName ? ` · ${changedByName}` : ""}
      </p>
      {notice ? (
        <p className="fact-notice" role="status">
          {notice}
        </p>
      ) : null}
      {editing ? (
        <FactForm
          key={fact.version}
          label={t("facts.editTitle")}
          submitLabel={t("facts.save")}
          initial={fact}
          busy={form.busy}
          fieldErrors={form.fieldErrors}
          formError={form.formError}
          formRef={form.formRef}
          onSubmit={submit}
          onCancel={() => setEditing(false)}
        />
      ) : null}
      <div className="fact-actions">
        {canWrite && !editing ? (
          <Button
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
