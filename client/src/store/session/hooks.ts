import { useEffect } from "react";
import { useStore } from "../index";
import { currentRealtime } from "./lifecycle";

/** Announces the user on an incident (presence) while the calling view is mounted. */
export function useIncidentPresence(incidentId: string): void {
  const authenticated = useStore((s) => s.authStatus === "authenticated");
  useEffect(() => {
    const realtime = currentRealtime();
    if (!authenticated || !realtime) return;
    realtime.joinIncident(incidentId);
    useStore.getState().setViewing(incidentId);
    return () => {
      realtime.leaveIncident(incidentId);
      if (useStore.getState().viewingIncidentId === incidentId) useStore.getState().setViewing(null);
    };
  }, [incidentId, authenticated]);
}
