import { useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import { ExerciseBanner } from "../../components/ExerciseBanner";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { useIncidentPresence } from "../../store/session/hooks";
import { ensureIncident } from "../../store/incidents/loaders";
import { useDocumentTitle } from "../layout/useDocumentTitle";
import { BulletinsSection } from "../bulletins/BulletinsSection";
import { ClaimsOverviewLink } from "../claims/ClaimsOverviewLink";
import { rememberOpenedIncident } from "../dashboard/memory";
import { FactsSection } from "../facts/FactsSection";
import { LogSection } from "../log/LogSection";
import { NationalPanel } from "../national/NationalPanel";
import { ReachPanel } from "../outbox/ReachPanel";
import { ClockPanel } from "./ClockPanel";
import { IncidentControls } from "./IncidentControls";
import { IncidentDetails } from "./IncidentDetails";
import { IncidentHeader } from "./IncidentHeader";
import { PresenceList } from "./PresenceList";
import { useSectionOrder } from "./useSectionOrder";
import { canManageIncidents, canReadReports } from "./selectors";
import "./incidents.css";

export function IncidentOverview() {
  const { id = "" } = useParams();
  const t = useT();
  const incident = useStore((s) => s.incidents[id]);
  const canManage = useStore((s) => canManageIncidents(s.user?.role));
  const canReport = useStore((s) => canReadReports(s.user?.role));
  const [missing, setMissing] = useState(false);
  useDocumentTitle(incident?.title ?? null);
  useIncidentPresence(id);
  const order = useSectionOrder(id);

  useEffect(() => {
    rememberOpenedIncident(id);
    setMissing(false);
    ensureIncident(id)
      .then((found) => setMissing(!found))
      .catch(() => {});
  }, [id]);

  if (!incident) {
    return (
      <section className="page narrow">
        <p>
          <Link to="/incidents">← {t("incident.back")}</Link>
        </p>
        {missing ? (
          <p className="notice notice-warning" role="alert">
            {t("incident.notFound")}
          </p>
        ) : (
          <p className="loading">{t("app.loading")}</p>
        )}
      </section>
    );
  }

  return (
    <article className="page incident-page" aria-labelledby="incident-title">
      <p className="back-link">
        <Link to="/incidents">← {t("incident.back")}</Link>
        {canReport ? (
          <>
            {" · "}
            <Link to={`/incidents/${incident.id}/report`}>{t("reports.incident.open")}</Link>
          </>
        ) : null}
      </p>
      {incident.exercise ? <ExerciseBanner /> : null}
      <div className="incident-top">
        <IncidentHeader incident={incident} />
        <ClockPanel incident={incident} />
      </div>
      <div className="incident-columns">
        <div className="incident-main" data-section-order={order.join(",")}>
          {/* Most urgent first (sectionOrder.ts): what waits for a decision before what is quiet. */}
          {order.map((section) => {
            if (section === "bulletins") return <BulletinsSection key={section} incidentId={incident.id} />;
            if (section === "claims") return <ClaimsOverviewLink key={section} incidentId={incident.id} />;
            return <FactsSection key={section} incidentId={incident.id} />;
          })}
          {/* Where each publish went on to (webhooks, e-mail subscribers). */}
          {incident.firstPublishedAt ? (
            <ReachPanel incidentId={incident.id} changedAt={incident.lastPublishedAt} />
          ) : null}
        </div>
        <div className="incident-side">
          {/* Beside the clock: the lead writes in the loggbok without scrolling. */}
          <LogSection incidentId={incident.id} />
          <PresenceList incidentId={incident.id} />
          {canManage ? <IncidentControls incident={incident} /> : null}
          <IncidentDetails incident={incident} />
          <NationalPanel incidentId={incident.id} />
        </div>
      </div>
    </article>
  );
}
