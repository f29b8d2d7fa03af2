import { Incident, type IncidentPatch } from "@shared/schemas/incident";
import { patchIncident } from "../../api/incidents";
import { ApiError } from "../../api/http";
import { useStore } from "../../store";

/**
 * Saves a change and puts the answer in the store at once (the pushed event follows and is a
 * no-op by version). On a 409 the server's current incident replaces the stale one on screen.
 */
export async function saveIncident(id: string, patch: IncidentPatch): Promise<Incident> {
  try {
    const incident = await patchIncident(id, patch);
    useStore.getState().upsertIncidents([incident]);
    return incident;
  } catch (err) {
    if (err instanceof ApiError && err.code === "conflict") {
      const current = Incident.safeParse(err.details.current);
      if (current.success) useStore.getState().upsertIncidents([current.data]);
    }
    throw err;
  }
}
