import { getIncident, listIncidents } from "../../api/incidents";
import { ApiError } from "../../api/http";
import { useStore } from "../index";

/** REST loads that fill the store. Components call these; they never hold fetched data themselves. */

export async function loadIncidents(): Promise<void> {
  const s = useStore.getState();
  s.setIncidentsStatus("loading");
  try {
    useStore.getState().upsertIncidents(await listIncidents());
    useStore.getState().setIncidentsStatus("loaded");
  } catch (err) {
    useStore.getState().setIncidentsStatus("error");
    throw err;
  }
}

/** Loads one incident unless the store has it; returns false when the server does not know it. */
export async function ensureIncident(id: string): Promise<boolean> {
  if (useStore.getState().incidents[id]) return true;
  try {
    useStore.getState().upsertIncidents([await getIncident(id)]);
    return true;
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.code === "validation")) return false;
    throw err;
  }
}
