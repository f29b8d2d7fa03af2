import type { Slice } from "../slice";
import type { StoreState } from "../types";
import { withPeople, type PeopleSlice, type PresenceSlice, type UsersSlice } from "./state";

export const createPeopleSlice: Slice<PeopleSlice> = (set) => ({
  people: {},
  rememberPeople: (pairs) => set((s) => ({ people: withPeople(s.people, pairs) })),
});

export const createPresenceSlice: Slice<PresenceSlice> = (set) => ({
  presence: {},
  setPresence: (incidentId, users) =>
    set((s) => ({
      presence: { ...s.presence, [incidentId]: users },
      people: withPeople(
        s.people,
        users.map((u) => ({ id: u.userId, displayName: u.displayName })),
      ),
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
