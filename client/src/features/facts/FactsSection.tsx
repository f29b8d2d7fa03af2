import { useEffect, useMemo, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { FactCreate, type Fact } from "@shared/schemas/fact";
import { Button } from "../../components/Button";
import { useFormState } from "../../components/useFormState";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { loadFacts } from "../../store/bulletins/loaders";
import { addFact, mayWriteFacts } from "./actions";
import { FactForm, type FactFormValues } from "./FactForm";
import { FactItem } from "./FactItem";
import "./facts.css";
import { byCodeUnit } from "../../store/byCodeUnit";
import { useRefocus } from "../../components/useRefocus";

/** The incident's facts, oldest first (the order the register was built in). */
export function selectIncidentFacts(incidentId: string) {
  return (s: { bulletinData: { facts: Record<string, Fact> } }): Fact[] =>
    Object.values(s.bulletinData.facts)
      .filter((f) => f.incidentId === incidentId)
      .sort((a, b) => byCodeUnit(a.createdAt, b.createdAt));
}

/** The facts register (lägesbild) on the incident overview: list, add, edit, versions. */
export function FactsSection({ incidentId }: { incidentId: string }) {
  const t = useT();
  const selector = useMemo(() => selectIncidentFacts(incidentId), [incidentId]);
  const facts = useStore(useShallow(selector));
  const status = useStore((s) => s.bulletinData.factLists[incidentId] ?? "idle");
  const canWrite = useStore((s) => mayWriteFacts(s.user?.role));
  const form = useFormState();
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const refocus = useRefocus();
  const addId = `facts-add-${incidentId}`;

  useEffect(() => {
    void loadFacts(incidentId).catch(() => {});
  }, [incidentId]);

  const submit = (values: FactFormValues) => {
    const body = form.validate(FactCreate, values);
    if (!body) return;
    void form.run(async () => {
      await addFact(incidentId, body);
      setAdding(false);
      refocus(addId);
      setNotice(t("facts.created"));
    });
  };

  return (
    <section className="card facts-section" aria-labelledby="facts-heading" id="facts">
      <div className="section-head">
        <h2 id="facts-heading">{t("facts.title")}</h2>
        {canWrite && !adding ? (
          <Button
            id={addId}
            onClick={() => {
              setNotice(null);
              setAdding(true);
            }}
          >
            {t("facts.add")}
          </Button>
        ) : null}
      </div>
      <p className="muted small">{t("facts.intro")}</p>
      {notice ? (
        <p role="status" className="fact-notice">
          {notice}
        </p>
      ) : null}
      {adding ? (
        <FactForm
          label={t("facts.add")}
          submitLabel={t("facts.addSubmit")}
          busy={form.busy}
          fieldErrors={form.fieldErrors}
          formError={form.formError}
          formRef={form.formRef}
          onSubmit={submit}
          onCancel={() => {
            setAdding(false);
            refocus(addId);
          }}
        />
      ) : null}
      {status === "error" ? (
        <div className="notice notice-error" role="alert">
          {t("facts.loadError")}{" "}
          <Button onClick={() => void loadFacts(incidentId).catch(() => {})}>{t("incidents.retry")}</Button>
        </div>
      ) : null}
      {status === "loading" && facts.length === 0 ? <p className="loading">{t("app.loading")}</p> : null}
      {status === "loaded" && facts.length === 0 ? <p className="empty">{t("facts.empty")}</p> : null}
      <ul className="fact-list">
        {facts.map((fact) => (
          <FactItem key={fact.id} fact={fact} canWrite={canWrite} />
        ))}
      </ul>
    </section>
  );
}
