import type { Incident } from "@shared/schemas/incident";
import type { User } from "@shared/schemas/user";
import type { EventEnvelope } from "@shared/events/index";
import type { BulletinData, BulletinSlice } from "./bulletins/state";
import type { ClaimsSlice, ClaimsState } from "./claims/state";
import type { ContactSlice, ContactState } from "./contact/state";
import type { IncidentsSlice } from "./incidents/state";
import type { IncidentLog, LogSlice } from "./log/state";
import type { NationalSlice, NationalState } from "./national/state";
import type { ClockSlice, ConnectionSlice, SessionSlice, UiSlice } from "./session/state";
import type { PeopleSlice, PresenceSlice, UsersSlice } from "./users/state";

/*
 * The store's shape, assembled from each domain's state.ts. The domain files import only the leaf modules
 * (status.ts, their own state.ts) and this file only by type from slice.ts and events, so there is no cycle.
 */
export type { LoadStatus } from "./status";
export type { AuthStatus, Announcement, ConnectionStatus, SignedOutReason } from "./session/state";
export type { IncidentLog } from "./log/state";

/** The part of the state that domain events change; `applyEvents` reduces over exactly this. Every key required. */
export interface DomainState {
  lastSeq: number | null;
  incidents: Record<string, Incident>;
  logs: Record<string, IncidentLog>;
  users: Record<string, User>;
  user: User | null;
  /** user id → display name, learnt from event actors, presence and user lists (log entries carry only ids). */
  people: Record<string, string>;
  /** FAQ, suggestions, inquiry counters and the claims callers reported. */
  contact: ContactState;
  /** Facts, bulletins and notifications. */
  bulletinData: BulletinData;
  /** Claims of the misinformation desk. */
  claimsData: ClaimsState;
  /** Krisinformation news and VMAs (the "Nationell bild" panel). */
  national: NationalState;
}

export interface EventsSlice {
  /** Applies committed events in seq order, skipping any already seen; reads each payload once (readEvent). */
  applyEvents: (events: readonly EventEnvelope[]) => void;
  /** Empties everything that belongs to a session (on logout or session end). */
  resetSessionData: () => void;
}

export type StoreState = SessionSlice &
  ConnectionSlice &
  IncidentsSlice &
  LogSlice &
  PresenceSlice &
  PeopleSlice &
  UsersSlice &
  UiSlice &
  ClockSlice &
  ContactSlice &
  BulletinSlice &
  ClaimsSlice &
  NationalSlice &
  EventsSlice;
