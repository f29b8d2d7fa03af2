import { isUnread, type ReadEvent } from "@shared/events/index";
import type { Announcement } from "./session/state";
import type { DomainState } from "./types";

type Pending = Omit<Announcement, "id">;

/**
 * What a single live event should say in the polite live region, if anything: a new incident,
 * and new log entries or a status change on the incident the user has open.
 */
export function announcementFor(
  event: ReadEvent,
  before: DomainState,
  viewingIncidentId: string | null,
): Pending | null {
  if (isUnread(event)) return null;
  if (event.type === "incident.created")
    return { key: "incidents.created", params: { title: event.data.incident.title } };
  if (!viewingIncidentId || event.incidentId !== viewingIncidentId) return null;
  if (event.type === "log.entry_added") return { key: "log.newEntry", params: { text: event.data.entry.text } };
  if (event.type === "incident.updated") {
    const { incident } = event.data;
    const previous = before.incidents[event.incidentId];
    if (previous && previous.status !== incident.status) {
      return { key: "incident.statusAnnouncement", keyParams: { status: `status.${incident.status}` } };
    }
  }
  return null;
}
