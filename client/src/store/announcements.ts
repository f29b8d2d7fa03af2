import type { DomainEvent } from "../../../shared/schemas/event";
import { entryOf, incidentOf } from "./eventData";
import type { Announcement, DomainState } from "./types";

type Pending = Omit<Announcement, "id">;

/**
 * What a single live event should say in the polite live region, if anything: a new incident,
 * and new log entries or a status change on the incident the user has open.
 */
export function announcementFor(event: DomainEvent, before: DomainState, viewingIncidentId: string | null): Pending | null {
  if (event.type === "incident.created") {
    const incident = incidentOf(event);
    return incident ? { key: "incidents.created", params: { title: incident.title } } : null;
  }
  if (!viewingIncidentId || event.incidentId !== viewingIncidentId) return null;
  if (event.type === "log.entry_added") {
    const entry = entryOf(event);
    return entry ? { key: "log.newEntry", params: { text: entry.text } } : null;
  }
  if (event.type === "incident.updated") {
    const incident = incidentOf(event);
    const previous = before.incidents[event.incidentId];
    if (incident && previous && previous.status !== incident.status) {
      return { key: "incident.statusAnnouncement", keyParams: { status: `status.${incident.status}` } };
    }
  }
  return null;
}
