import type { Slice } from "../slice";
import { upsertIncident, type IncidentsSlice } from "./state";

export const createIncidentsSlice: Slice<IncidentsSlice> = (set) => ({
  incidents: {},
  incidentsStatus: "idle",
  upsertIncidents: (incidents) =>
    set((s) => ({ incidents: incidents.reduce((acc, incident) => upsertIncident(acc, incident), s.incidents) })),
  setIncidentsStatus: (incidentsStatus) => set({ incidentsStatus }),
});
