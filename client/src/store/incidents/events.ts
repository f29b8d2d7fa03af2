import type { DomainEvent } from "@shared/schemas/event";
import type { DomainState } from "../types";
import { upsertIncident } from "./state";

/** The incident events, and the advanced incident clock a publish carries (one broadcast instead of two). */
export function reduceIncidentEvent(state: DomainState, event: DomainEvent): DomainState {
  switch (event.type) {
    case "incident.created":
    case "incident.updated":
      return { ...state, incidents: upsertIncident(state.incidents, event.data.incident) };
    case "bulletin.status_changed":
      return event.data.incident
        ? { ...state, incidents: upsertIncident(state.incidents, event.data.incident) }
        : state;
    default:
      return state;
  }
}
