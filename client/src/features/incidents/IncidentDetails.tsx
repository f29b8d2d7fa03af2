import type { Incident } from "@shared/schemas/incident";
import { useT } from "../../i18n/useT";
import { WORK_TEXT_LANG } from "@shared/constants";

export function IncidentDetails({ incident }: { incident: Incident }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="details-heading">
      <h2 id="details-heading">{t("incident.description")}</h2>
      {incident.description ? (
        <p className="prewrap" lang={WORK_TEXT_LANG}>
          {incident.description}
        </p>
      ) : (
        <p className="prewrap">{t("incident.noDescription")}</p>
      )}
      <h3>{t("incident.affectedAreas")}</h3>
      {incident.affectedAreas.length > 0 ? (
        <ul className="area-list">
          {incident.affectedAreas.map((area) => (
            <li key={area}>{area}</li>
          ))}
        </ul>
      ) : (
        <p>{t("incident.noAreas")}</p>
      )}
    </section>
  );
}
