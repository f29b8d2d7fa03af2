import type { DomainEvent } from "@shared/schemas/event";
import { isUnread, readEvent, type EventEnvelope, type ReadEvent } from "@shared/events/index";
import { reduceBulletinEvent } from "./bulletins/events";
import { reduceClaimEvent } from "./claims/events";
import { reduceContactEvent } from "./contact/events";
import { reduceIncidentEvent } from "./incidents/events";
import { reduceLogEvent } from "./log/events";
import { reduceNationalEvent } from "./national/events";
import type { DomainState } from "./types";
import { reduceUserEvent } from "./users/events";

/** Something the event implies but did not carry: the caller fetches it over REST. */
export type FollowUp = { kind: "incident"; id: string } | { kind: "log"; incidentId: string } | { kind: "users" };

export interface ReduceResult {
  state: DomainState;
  /** The events that changed something, in seq order (duplicates are not here), read against the catalogue. */
  applied: ReadEvent[];
  followUps: FollowUp[];
}

/** Every domain's reducer in turn; each switches on the event's type and leaves the others' types alone. */
function reduceRead(state: DomainState, event: DomainEvent): DomainState {
  let next = reduceUserEvent(state, event);
  next = reduceIncidentEvent(next, event);
  next = reduceContactEvent(next, event);
  next = reduceBulletinEvent(next, event);
  next = reduceClaimEvent(next, event);
  next = reduceNationalEvent(next, event);
  return next;
}

/** An event whose payload could not be read changes nothing; what it was about is fetched over REST instead. */
function followUpFor(event: ReadEvent): FollowUp | null {
  switch (event.type) {
    case "incident.created":
    case "incident.updated":
      return { kind: "incident", id: event.entity.id };
    case "user.created":
    case "user.updated":
      return { kind: "users" };
    default:
      return null;
  }
}

/**
 * Reduces committed events into the state, in seq order. Each event is read against the event catalogue here,
 * once, where it arrives (socket push, sync, REST); the domain reducers then switch on the narrowed payload.
 * Idempotent: an event at or below `lastSeq` has been seen (live, by sync or in a snapshot) and is skipped. Pure, so
 * sync catch-up and live pushes share it and tests can drive it directly.
 */
export function applyEvents(state: DomainState, events: readonly EventEnvelope[]): ReduceResult {
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  const applied: ReadEvent[] = [];
  const followUps: FollowUp[] = [];
  const refetchLog = (incidentId: string) => followUps.push({ kind: "log", incidentId });
  let next = state;
  for (const raw of sorted) {
    if (next.lastSeq !== null && raw.seq <= next.lastSeq) continue;
    const event = readEvent(raw);
    if (isUnread(event)) {
      const followUp = followUpFor(event);
      if (followUp) followUps.push(followUp);
    } else {
      next = reduceRead(next, event);
    }
    next = { ...reduceLogEvent(next, event, refetchLog), lastSeq: event.seq };
    applied.push(event);
  }
  return { state: next, applied, followUps };
}
