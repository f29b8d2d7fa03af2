import type { DomainEvent } from "../../../shared/schemas/event";
import type { Incident } from "../../../shared/schemas/incident";
import type { LogItem } from "../api/log";
import { reduceBulletinEvent } from "./bulletinEvents";
import { reduceClaimEvent } from "./claimsEvents";
import { reduceContactEvent } from "./contactEvents";
import { entryOf, incidentOf, userOf } from "./eventData";
import { mergeLogItems } from "./logItems";
import { withPeople } from "./people";
import type { DomainState } from "./types";

/** Something the event implies but did not carry: the caller fetches it over REST. */
export type FollowUp = { kind: "incident"; id: string } | { kind: "log"; incidentId: string } | { kind: "users" };

export interface ReduceResult {
  state: DomainState;
  /** The events that changed something, in seq order (duplicates are not here). */
  applied: DomainEvent[];
  followUps: FollowUp[];
}

/** An incident replaces the stored one unless the stored one is newer (a snapshot may overtake an event). */
export function upsertIncident(incidents: Record<string, Incident>, incident: Incident): Record<string, Incident> {
  const current = incidents[incident.id];
  if (current && current.version > incident.version) return incidents;
  return { ...incidents, [incident.id]: incident };
}

function addToLog(state: DomainState, incidentId: string, item: LogItem): DomainState {
  const log = state.logs[incidentId];
  // Only a log someone has opened is kept live; a closed one is fetched fresh when opened.
  if (!log || log.status !== "loaded") return state;
  return { ...state, logs: { ...state.logs, [incidentId]: { ...log, items: mergeLogItems(log.items, [item]) } } };
}

function reduceOne(state: DomainState, event: DomainEvent, followUps: FollowUp[]): DomainState {
  let next = event.actor ? { ...state, people: withPeople(state.people, [event.actor]) } : state;
  next = reduceContactEvent(next, event);
  next = reduceBulletinEvent(next, event);
  next = reduceClaimEvent(next, event);
  switch (event.type) {
    case "incident.created":
    case "incident.updated": {
      const incident = incidentOf(event);
      if (incident) next = { ...next, incidents: upsertIncident(next.incidents, incident) };
      else followUps.push({ kind: "incident", id: event.entity.id });
      break;
    }
    case "bulletin.status_changed": {
      // A publish carries the advanced incident clock (one broadcast instead of two); other moves carry none.
      const incident = event.data.incident === undefined ? null : incidentOf(event);
      if (incident) next = { ...next, incidents: upsertIncident(next.incidents, incident) };
      break;
    }
    case "log.entry_added": {
      if (!event.incidentId) break;
      const entry = entryOf(event);
      if (entry) return addToLog(next, event.incidentId, { ...entry, source: "entry" });
      if (next.logs[event.incidentId]?.status === "loaded") followUps.push({ kind: "log", incidentId: event.incidentId });
      return next;
    }
    case "user.created":
    case "user.updated": {
      const user = userOf(event);
      if (user) {
        next = { ...next, users: { ...next.users, [user.id]: user } };
        if (next.user?.id === user.id) next = { ...next, user };
      } else {
        followUps.push({ kind: "users" });
      }
      break;
    }
  }
  // Notifications echo a change that is already in the log as its own event (the server leaves them out too).
  if (event.type === "notification") return next;
  return event.incidentId ? addToLog(next, event.incidentId, { ...event, source: "event" }) : next;
}

/**
 * Reduces committed events into the state, in seq order. Idempotent: an event at or below
 * `lastSeq` has been seen (live, by sync or in a snapshot) and is skipped. Pure, so sync
 * catch-up and live pushes share it and tests can drive it directly.
 */
export function applyEvents(state: DomainState, events: DomainEvent[]): ReduceResult {
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  const applied: DomainEvent[] = [];
  const followUps: FollowUp[] = [];
  let next = state;
  for (const event of sorted) {
    if (next.lastSeq !== null && event.seq <= next.lastSeq) continue;
    next = { ...reduceOne(next, event, followUps), lastSeq: event.seq };
    applied.push(event);
  }
  return { state: next, applied, followUps };
}
