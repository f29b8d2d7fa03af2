import type { z } from "zod";
import {
  Incident,
  IncidentList,
  type IncidentCreate,
  type IncidentPatch,
  type IncidentStatus,
} from "@shared/schemas/incident";
import { request } from "./http";
import { INCIDENTS_PATH, incidentPath } from "./paths";

export async function listIncidents(status?: IncidentStatus): Promise<Incident[]> {
  const query = status ? `?status=${status}` : "";
  const { incidents } = await request(`${INCIDENTS_PATH}${query}`, { schema: IncidentList });
  return incidents;
}

export function getIncident(id: string): Promise<Incident> {
  return request(incidentPath(id), { schema: Incident });
}

/** Takes the schema's input type: what the server defaults may be left out. */
export function createIncident(body: z.input<typeof IncidentCreate>): Promise<Incident> {
  return request("/api/incidents", { method: "POST", body, schema: Incident });
}

export function patchIncident(id: string, body: IncidentPatch): Promise<Incident> {
  return request(`/api/incidents/${encodeURIComponent(id)}`, { method: "PATCH", body, schema: Incident });
}
