import type { Incident } from "@shared/schemas/incident";
import type { LoadStatus } from "../status";

export interface IncidentsSlice {
  incidents: Record<string, Incident>;
  incidentsStatus: LoadStatus;
  upsertIncidents: (incidents: Incident[]) => void;
  setIncidentsStatus: (status: LoadStatus) => void;
}

/** An incident replaces the stored one unless the stored one is newer (a snapshot may overtake an event). */
export function upsertIncident(incidents: Record<string, Incident>, incident: Incident): Record<string, Incident> {
  const current = incidents[incident.id];
  if (current && current.version > incident.version) return incidents;
  return { ...incidents, [incident.id]: incident };
}
