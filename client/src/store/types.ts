import type { EventEnvelope } from "../../../shared/events/index";
import type { Incident } from "../../../shared/schemas/incident";
import type { PresenceUser, User } from "../../../shared/schemas/user";
import type { LogItem } from "../api/log";
import type { MessageKey, TranslateParams, UiLanguage } from "../i18n";
import type { ContactSlice, ContactState } from "./contactState";
import type { BulletinData } from "./bulletinData";
import type { BulletinSlice } from "./bulletinSlice";
import type { ClaimsSlice, ClaimsState } from "./claimsSlice";

export type AuthStatus = "unknown" | "anonymous" | "authenticated";
/** Why the user is on the login page, shown there. */
export type SignedOutReason = "logged_out" | "session_ended" | "expired" | null;
/** `outdated`: the server speaks a newer event protocol; the page must be reloaded (nothing more is synced). */
export type ConnectionStatus = "idle" | "connecting" | "syncing" | "online" | "offline" | "outdated";
export type LoadStatus = "idle" | "loading" | "loaded" | "error";

export interface IncidentLog {
  /** Newest first, unique by seq (an entry and its `log.entry_added` event share one). */
  items: LogItem[];
  status: LoadStatus;
  /** Whether an older page may exist. */
  hasMore: boolean;
}

/** A message for the polite live region, translated when rendered. */
export interface Announcement {
  id: number;
  key: MessageKey;
  params?: TranslateParams;
  /** Parameters that are themselves message keys, e.g. `{ status: "status.closed" }`. */
  keyParams?: Record<string, MessageKey>;
}

/** The part of the state that domain events change; `applyEvent` reduces over exactly this. */
export interface DomainState {
  lastSeq: number | null;
  incidents: Record<string, Incident>;
  logs: Record<string, IncidentLog>;
  users: Record<string, User>;
  user: User | null;
  /** user id → display name, learnt from event actors, presence and user lists (log entries carry only ids). */
  people: Record<string, string>;
  /** FAQ, suggestions and inquiry counters (issue 5); optional so reducer tests may leave it out. */
  contact?: ContactState;
  /** Facts, bulletins and notifications (issue 4); optional so reducer tests may leave it out. */
  bulletinData?: BulletinData;
  /** Claims of the misinformation desk (issue 6); optional so reducer tests may leave it out. */
  claimsData?: ClaimsState;
}

export interface SessionSlice {
  user: User | null;
  authStatus: AuthStatus;
  signedOutReason: SignedOutReason;
  setSignedIn: (user: User) => void;
  setSignedOut: (reason: SignedOutReason) => void;
}

export interface ConnectionSlice {
  connection: ConnectionStatus;
  lastSeq: number | null;
  setConnection: (status: ConnectionStatus) => void;
  setLastSeq: (seq: number) => void;
}

export interface IncidentsSlice {
  incidents: Record<string, Incident>;
  incidentsStatus: LoadStatus;
  upsertIncidents: (incidents: Incident[]) => void;
  setIncidentsStatus: (status: LoadStatus) => void;
}

export interface LogSlice {
  logs: Record<string, IncidentLog>;
  setLogStatus: (incidentId: string, status: LoadStatus) => void;
  mergeLogItems: (incidentId: string, items: LogItem[], options?: { replace?: boolean; hasMore?: boolean }) => void;
}

export interface PeopleSlice {
  people: Record<string, string>;
  rememberPeople: (pairs: Array<{ id: string; displayName: string }>) => void;
}

export interface PresenceSlice {
  presence: Record<string, PresenceUser[]>;
  setPresence: (incidentId: string, users: PresenceUser[]) => void;
}

export interface UsersSlice {
  users: Record<string, User>;
  usersStatus: LoadStatus;
  upsertUsers: (users: User[], options?: { replace?: boolean }) => void;
  setUsersStatus: (status: LoadStatus) => void;
}

export interface UiSlice {
  language: UiLanguage;
  announcement: Announcement | null;
  /** The incident open on screen, whose changes are announced. */
  viewingIncidentId: string | null;
  setViewing: (incidentId: string | null) => void;
  setLanguage: (lang: UiLanguage) => void;
  announce: (key: MessageKey, params?: TranslateParams, keyParams?: Record<string, MessageKey>) => void;
}

export interface ClockSlice {
  /** Epoch ms, advanced by the one shared ticker while any clock is on screen. */
  now: number;
  tick: (now: number) => void;
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
  EventsSlice;
