import type { StateCreator } from "zustand";
import { DEFAULT_LANGUAGE, isUiLanguage, type UiLanguage } from "../i18n";
import { upsertIncident } from "./applyEvent";
import { EMPTY_LOG, mergeLogItems } from "./logItems";
import { withPeople } from "./people";
import type {
  ClockSlice,
  ConnectionSlice,
  IncidentsSlice,
  LogSlice,
  PeopleSlice,
  PresenceSlice,
  SessionSlice,
  StoreState,
  UiSlice,
  UsersSlice,
} from "./types";

type Slice<T> = StateCreator<StoreState, [], [], T>;

export const LANGUAGE_STORAGE_KEY = "krisrum.language";

export function storedLanguage(): UiLanguage {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isUiLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export const createSessionSlice: Slice<SessionSlice> = (set) => ({
  user: null,
  authStatus: "unknown",
  signedOutReason: null,
  setSignedIn: (user) =>
    set((s) => ({ user, authStatus: "authenticated", signedOutReason: null, people: withPeople(s.people, [user]) })),
  setSignedOut: (reason) => set({ user: null, authStatus: "anonymous", signedOutReason: reason }),
});

export const createConnectionSlice: Slice<ConnectionSlice> = (set) => ({
  connection: "idle",
  lastSeq: null,
  setConnection: (connection) => set({ connection }),
  setLastSeq: (seq) => set((s) => ({ lastSeq: Math.max(s.lastSeq ?? 0, seq) })),
});

export const createIncidentsSlice: Slice<IncidentsSlice> = (set) => ({
  incidents: {},
  incidentsStatus: "idle",
  upsertIncidents: (incidents) =>
    set((s) => ({ incidents: incidents.reduce((acc, incident) => upsertIncident(acc, incident), s.incidents) })),
  setIncidentsStatus: (incidentsStatus) => set({ incidentsStatus }),
});

export const createLogSlice: Slice<LogSlice> = (set) => ({
  logs: {},
  setLogStatus: (incidentId, status) =>
    set((s) => ({ logs: { ...s.logs, [incidentId]: { ...(s.logs[incidentId] ?? EMPTY_LOG), status } } })),
  mergeLogItems: (incidentId, items, options = {}) =>
    set((s) => {
      const log = s.logs[incidentId] ?? EMPTY_LOG;
      const base = options.replace ? [] : log.items;
      return {
        logs: {
          ...s.logs,
          [incidentId]: { items: mergeLogItems(base, items), status: "loaded", hasMore: options.hasMore ?? log.hasMore },
        },
      };
    }),
});

export const createPeopleSlice: Slice<PeopleSlice> = (set) => ({
  people: {},
  rememberPeople: (pairs) => set((s) => ({ people: withPeople(s.people, pairs) })),
});

export const createPresenceSlice: Slice<PresenceSlice> = (set) => ({
  presence: {},
  setPresence: (incidentId, users) =>
    set((s) => ({
      presence: { ...s.presence, [incidentId]: users },
      people: withPeople(s.people, users.map((u) => ({ id: u.userId, displayName: u.displayName }))),
    })),
});

export const createUsersSlice: Slice<UsersSlice> = (set) => ({
  users: {},
  usersStatus: "idle",
  upsertUsers: (users, options = {}) =>
    set((s) => ({
      users: users.reduce<StoreState["users"]>((acc, u) => ({ ...acc, [u.id]: u }), options.replace ? {} : s.users),
      people: withPeople(s.people, users),
    })),
  setUsersStatus: (usersStatus) => set({ usersStatus }),
});

let announcementId = 0;

export const createUiSlice: Slice<UiSlice> = (set) => ({
  language: storedLanguage(),
  announcement: null,
  viewingIncidentId: null,
  setViewing: (viewingIncidentId) => set({ viewingIncidentId }),
  setLanguage: (language) => {
    try {
      globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Private mode may refuse storage; the choice then lasts for this page only.
    }
    set({ language });
  },
  announce: (key, params, keyParams) => set({ announcement: { id: ++announcementId, key, params, keyParams } }),
});

export const createClockSlice: Slice<ClockSlice> = (set) => ({
  now: Date.now(),
  tick: (now) => set({ now }),
});
