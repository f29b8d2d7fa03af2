import { useEffect } from "react";
import { Navigate } from "react-router";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { loadIncidents } from "../../store/incidents/loaders";
import { IncidentListPage } from "../incidents/IncidentListPage";
import { DashboardPage } from "./DashboardPage";
import { lastOpenedIncident } from "./memory";
import { workIncidentOf } from "./selectors";

/**
 * Where "/" takes each role: the lead and the admin to the situation dashboard, the communicator to the claims board
 * of her incident, the agent to the contact centre, the viewer to the incident list. Its own chunk (App.tsx), so the
 * login page loads none of it.
 */
export function StartPage() {
  const role = useStore((s) => s.user?.role);
  if (role === "lead" || role === "admin") return <DashboardPage />;
  if (role === "agent") return <Navigate to="/contact" replace />;
  if (role === "communicator") return <CommunicatorStart />;
  return <IncidentListPage />;
}

function CommunicatorStart() {
  const t = useT();
  const status = useStore((s) => s.incidentsStatus);
  const work = useStore((s) => workIncidentOf(s.incidents, lastOpenedIncident()));
  useEffect(() => {
    if (useStore.getState().incidentsStatus !== "loaded") void loadIncidents().catch(() => {});
  }, []);
  if (status !== "loaded" && status !== "error") return <p className="loading">{t("app.loading")}</p>;
  if (work) return <Navigate to={`/incidents/${work.id}/claims`} replace />;
  return <IncidentListPage />;
}
