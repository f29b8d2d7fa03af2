import type { DomainEvent } from "../../../shared/schemas/event";
import type { Incident } from "../../../shared/schemas/incident";
import { eventDef, isUnread, readEvent, type EventEnvelope, type ReadEvent } from "../../../shared/events/index";
import type { LogItem } from "../api/log";
import { reduceBulletinEvent } from "./bulletinEvents";
import { reduceClaimEvent } from "./claimsEvents";
import { reduceContactEvent } from "./contactEvents";
import { mergeLogItems } from "./logItems";
import { withPeople } from "./people";
import type { DomainState } from "./types";

/** Something the event implies but did not carry: the caller fetches it over REST. */
export type FollowUp = { kind: "incident"; id: string } | { kind: "log"; incidentId: string } | { kind: "users" };

export interface ReduceResult {
  state: DomainState;
  /** The events that changed something, in seq order (duplicates are not here), read against the catalogue. */
  applied: ReadEvent[];
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

/** An event whose payload could not be read changes nothing but still takes its place in the log. */
function whatCouldNotBeRead(state: DomainState, event: ReadEvent, followUps: FollowUp[]): DomainState {
  switch (event.type) {
    case "incident.created":
    case "incident.updated":
      followUps.push({ kind: "incident", id: event.entity.id });
      break;
    case "log.entry_added":
      if (event.incidentId && state.logs[event.incidentId]?.status === "loaded") followUps.push({ kind: "log", incidentId: event.incidentId });
      return state;
    case "user.created":
    case "user.updated":
      followUps.push({ kind: "users" });
      break;
  }
  return event.incidentId && eventDef(event.type).inLog !== false ? addToLog(state, event.incidentId, { ...event, source: "event" }) : state;
}

function reduceOne(state: DomainState, event: DomainEvent): DomainState {
  let next = event.actor ? { ...state, people: withPeople(state.people, [event.actor]) } : state;
  next = reduceContactEvent(next, event);
  next = reduceBulletinEvent(next, event);
  next = reduceClaimEvent(next, event);
  switch (event.type) {
    case "incident.created":
    case "incident.updated":
      next = { ...next, incidents: upsertIncident(next.incidents, event.data.incident) };
      break;
    case "bulletin.status_changed":
      // A publish carries the advanced incident clock (one broadcast instead of two); other moves carry none.
      if (event.data.incident) next = { ...next, incidents: upsertIncident(next.incidents, event.data.incident) };
      break;
    case "log.entry_added":
      return event.incidentId ? addToLog(next, event.incidentId, { ...event.data.entry, source: "entry" }) : next;
    case "user.created":
    case "user.updated": {
      const { user } = event.data;
      next = { ...next, users: { ...next.users, [user.id]: user } };
      if (next.user?.id === user.id) next = { ...next, user };
      break;
    }
  }
  // Notices and running counts are no lines of the log (the server's timeline leaves them out too).
  if (eventDef(event.type).inLog === false) return next;
  return event.incidentId ? addToLog(next, event.incidentId, { ...event, source: "event" }) : next;
}

/**
 * Reduces committed events into the state, in seq order. Each event is read against the event catalogue here,
 * once, where it arrives (socket push, sync, REST); the reducers then switch on the narrowed payload. Idempotent:
 * an event at or below `lastSeq` has been seen (live, by sync or in a snapshot) and is skipped. Pure, so sync
 * catch-up and live pushes share it and tests can drive it directly.
 */
export function applyEvents(state: DomainState, events: readonly EventEnvelope[]): ReduceResult {
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  const applied: ReadEvent[] = [];
  const followUps: FollowUp[] = [];
  let next = state;
  for (const raw of sorted) {
    if (next.lastSeq !== null && raw.seq <= next.lastSeq) continue;
    const event = readEvent(raw);
    next = isUnread(event) ? whatCouldNotBeRead(next, event, followUps) : reduceOne(next, event);
    next = { ...next, lastSeq: event.seq };
    applied.push(event);
  }
  return { state: next, applied, followUps };
}
