import { useEffect, useMemo } from "react";
import { Link } from "react-router";
import { useShallow } from "zustand/react/shallow";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { loadBulletins } from "../../store/bulletins/loaders";
import { loadClaims } from "../../store/claims/loaders";
import { loadIncidents } from "../../store/incidents/loaders";
import { currentRealtime } from "../../store/session/lifecycle";
import { useNow } from "../../store/session/ticker";
import { useDocumentTitle } from "../layout/useDocumentTitle";
import { DeadlineAlerts } from "./DeadlineAlerts";
import { IncidentTile } from "./IncidentTile";
import { alertsOf, byUrgency, liveIncidents, situationOf } from "./selectors";
import { useContactVolume } from "./useContactVolume";
import "./dashboard.css";

/**
 * The lead's and admin's start page: every incident not closed, most urgent first, with what waits for them. Loaded
 * once over REST; the socket's events keep bulletins, claims, incidents and the contact-centre counts live.
 */
export function DashboardPage() {
  const t = useT();
  useDocumentTitle(t("dashboard.title"));
  const status = useStore((s) => s.incidentsStatus);
  const incidents = useStore((s) => s.incidents);
  const bulletins = useStore(useShallow((s) => Object.values(s.bulletinData.bulletins)));
  const claims = useStore(useShallow((s) => Object.values(s.claimsData.claims)));
  const now = useNow();

  const live = useMemo(() => liveIncidents(incidents), [incidents]);
  const ids = live.map((i) => i.id);
  const idKey = ids.join(",");

  useEffect(() => {
    if (useStore.getState().incidentsStatus !== "loaded") void loadIncidents().catch(() => {});
  }, []);

  // Each live incident's bulletins and claims once; the socket's events keep them current from then on.
  useEffect(() => {
    const s = useStore.getState();
    for (const id of idKey === "" ? [] : idKey.split(",")) {
      if (s.bulletinData.bulletinLists[id] !== "loaded") void loadBulletins(id).catch(() => {});
      if (s.claimsData.lists[id] !== "loaded") void loadClaims(id).catch(() => {});
    }
  }, [idKey]);

  // Watching an incident on the dashboard counts as being on it: the lead sees who else is, and they see her.
  useEffect(() => {
    const realtime = currentRealtime();
    const joined = idKey === "" ? [] : idKey.split(",");
    for (const id of joined) realtime?.joinIncident(id);
    return () => {
      for (const id of joined) realtime?.leaveIncident(id);
    };
  }, [idKey]);

  const volume = useContactVolume(ids);
  const situations = useMemo(
    () => live.map((i) => situationOf(i, bulletins, claims, now)).sort(byUrgency(now)),
    [live, bulletins, claims, now],
  );
  const alerts = useMemo(() => alertsOf(situations), [situations]);

  return (
    <div className="page dashboard">
      <div className="section-head">
        <h1>{t("dashboard.title")}</h1>
        <p className="dashboard-links">
          <Link to="/incidents">{t("dashboard.allIncidents")}</Link>
          <Link to="/inbox">{t("dashboard.inbox")}</Link>
        </p>
      </div>
      <p className="muted dashboard-intro">{t("dashboard.intro")}</p>
      <DeadlineAlerts alerts={alerts} />
      {status !== "loaded" && live.length === 0 ? (
        <p className="loading">{t(status === "error" ? "incidents.loadError" : "app.loading")}</p>
      ) : live.length === 0 ? (
        <p className="empty">
          {t("dashboard.none")} <Link to="/incidents">{t("dashboard.createHere")}</Link>
        </p>
      ) : (
        <div className="dash-grid">
          {situations.map((s) => (
            <IncidentTile key={s.incident.id} situation={s} now={now} volume={volume[s.incident.id]} />
          ))}
        </div>
      )}
    </div>
  );
}
