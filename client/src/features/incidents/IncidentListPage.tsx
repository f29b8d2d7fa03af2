import { useEffect, useState } from "react";
import { Button } from "../../components/Button";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { loadIncidents } from "../../store/incidents/loaders";
import { useDocumentTitle } from "../layout/useDocumentTitle";
import { NationalPanel } from "../national/NationalPanel";
import { NewIncidentFromTemplateLink } from "../templates/NewIncidentFromTemplateLink";
import { IncidentCreateForm } from "./IncidentCreateForm";
import { IncidentList } from "./IncidentList";
import { canManageIncidents, type IncidentFilter } from "./selectors";
import "./incidents.css";

const FILTERS: IncidentFilter[] = ["open", "all", "closed"];

export function IncidentListPage() {
  const t = useT();
  useDocumentTitle(t("incidents.title"));
  const status = useStore((s) => s.incidentsStatus);
  const hasAny = useStore((s) => Object.keys(s.incidents).length > 0);
  const canCreate = useStore((s) => canManageIncidents(s.user?.role));
  const [filter, setFilter] = useState<IncidentFilter>("open");

  useEffect(() => {
    if (useStore.getState().incidentsStatus !== "loaded") void loadIncidents().catch(() => {});
  }, []);

  return (
    <div className={canCreate ? "page page-with-aside" : "page"}>
      <section className="page-primary" aria-labelledby="incidents-heading">
        <div className="section-head">
          <h1 id="incidents-heading">{t("incidents.title")}</h1>
          <fieldset className="segmented">
            <legend className="visually-hidden">{t("incidents.filter")}</legend>
            {FILTERS.map((f) => (
              <label key={f} className={f === filter ? "segmented-option is-selected" : "segmented-option"}>
                <input
                  type="radio"
                  name="incident-filter"
                  value={f}
                  checked={f === filter}
                  onChange={() => setFilter(f)}
                />
                {t(`incidents.filter.${f}`)}
              </label>
            ))}
          </fieldset>
        </div>
        {status === "error" ? (
          <div className="notice notice-error" role="alert">
            {t("incidents.loadError")}{" "}
            <Button onClick={() => void loadIncidents().catch(() => {})}>{t("incidents.retry")}</Button>
          </div>
        ) : null}
        {status === "loaded" || hasAny ? (
          <IncidentList filter={filter} />
        ) : status !== "error" ? (
          <p className="loading">{t("app.loading")}</p>
        ) : null}
        <NationalPanel />
      </section>
      {canCreate ? (
        <aside className="page-aside" aria-labelledby="create-heading">
          <IncidentCreateForm />
          <NewIncidentFromTemplateLink />
        </aside>
      ) : null}
    </div>
  );
}
