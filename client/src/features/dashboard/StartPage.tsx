import { useEffect, type ComponentType } from "react";
import { Navigate } from "react-router";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { loadIncidents } from "../../store/incidents/loaders";
import { lastOpenedIncident } from "./memory";
import { workIncidentOf } from "./selectors";

/**
 * Where "/" takes each role: the lead and the admin to the situation dashboard, the communicator to the claims board
 * of her incident, the agent to the contact centre, the viewer to the incident list.
 */
export function StartPage({ dashboard: Dashboard, list: List }: { dashboard: ComponentType; list: ComponentType }) {
  const role = useStore((s) => s.user?.role);
  if (role === "lead" || role === "admin") return <Dashboard />;
  if (role === "agent") return <Navigate to="/contact" replace />;
  if (role === "communicator") return <CommunicatorStart list={List} />;
  return <List />;
}

function CommunicatorStart({ list: List }: { list: ComponentType }) {
  const t = useT();
  const status = useStore((s) => s.incidentsStatus);
  const work = useStore((s) => workIncidentOf(s.incidents, lastOpenedIncident()));
  useEffect(() => {
    if (useStore.getState().incidentsStatus !== "loaded") void loadIncidents().catch(() => {});
  }, []);
  if (status !== "loaded" && status !== "error") return <p className="loading">{t("app.loading")}</p>;
  if (work) return <Navigate to={`/incidents/${work.id}/claims`} replace />;
  return <List />;
}
