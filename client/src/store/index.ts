import { create } from "zustand";
import type { EventEnvelope } from "@shared/events/index";
import { createBulletinSlice } from "./bulletins/slice";
import { EMPTY_BULLETIN_DATA } from "./bulletins/state";
import { createClaimsSlice } from "./claims/slice";
import { EMPTY_CLAIMS } from "./claims/state";
import { createContactSlice } from "./contact/slice";
import { EMPTY_CONTACT } from "./contact/state";
import { createIncidentsSlice } from "./incidents/slice";
import { createLogSlice } from "./log/slice";
import { createNationalSlice } from "./national/slice";
import { EMPTY_NATIONAL } from "./national/state";
import { resetServerClock } from "./session/serverClock";
import { createClockSlice, createConnectionSlice, createSessionSlice, createUiSlice } from "./session/slice";
import type { DomainState, StoreState } from "./types";
import { createPeopleSlice, createPresenceSlice, createUsersSlice } from "./users/slice";

export type { StoreState } from "./types";

function domainState(s: StoreState): DomainState {
  return {
    lastSeq: s.lastSeq,
    incidents: s.incidents,
    logs: s.logs,
    users: s.users,
    user: s.user,
    people: s.people,
    contact: s.contact,
    bulletinData: s.bulletinData,
    claimsData: s.claimsData,
    national: s.national,
  };
}

type EventApplier = (
  events: readonly EventEnvelope[],
  before: DomainState,
  get: () => StoreState,
  set: (partial: Partial<StoreState>) => void,
) => void;

/** Installed by ./eventApplier once signed in, so the login page's chunks hold no event catalogue (nor zod). */
let eventApplier: EventApplier | null = null;

export function setEventApplier(applier: EventApplier): void {
  eventApplier = applier;
}

/** The one store of the console, built from slices. Listeners outside React write through getState(). */
export const useStore = create<StoreState>()((set, get, api) => ({
  ...createSessionSlice(set, get, api),
  ...createConnectionSlice(set, get, api),
  ...createIncidentsSlice(set, get, api),
  ...createLogSlice(set, get, api),
  ...createPresenceSlice(set, get, api),
  ...createPeopleSlice(set, get, api),
  ...createUsersSlice(set, get, api),
  ...createUiSlice(set, get, api),
  ...createClockSlice(set, get, api),
  ...createContactSlice(set, get, api),
  ...createBulletinSlice(set, get, api),
  ...createClaimsSlice(set, get, api),
  ...createNationalSlice(set, get, api),

  applyEvents: (events) => {
    // Events come only from the signed-in machinery (socket, sync, snapshot), which installs the applier first.
    if (!eventApplier) throw new Error("applyEvents before the event applier was installed (store/eventApplier.ts)");
    eventApplier(events, domainState(get()), get, set);
  },

  resetSessionData: () =>
    set({
      lastSeq: null,
      incidents: {},
      incidentsStatus: "idle",
      logs: {},
      presence: {},
      users: {},
      usersStatus: "idle",
      people: {},
      connection: "idle",
      announcement: null,
      viewingIncidentId: null,
      contact: EMPTY_CONTACT,
      bulletinData: EMPTY_BULLETIN_DATA,
      claimsData: EMPTY_CLAIMS,
      national: EMPTY_NATIONAL,
    }),
}));

/** A pristine copy of the whole store, as a fresh page starts. */
export const initialStoreState = useStore.getState();

/** Back to a fresh page's store, actions included: the one reset, used by the client tests' setup before each test. */
export function resetStore(): void {
  resetServerClock();
  useStore.setState(initialStoreState, true);
}

/** The domain state of a fresh page, for reducer tests that drive `applyEvents` directly. */
export function emptyDomainState(overrides: Partial<DomainState> = {}): DomainState {
  return { ...domainState(initialStoreState), ...overrides };
}
