import type { PresenceUser, User } from "@shared/schemas/user";
import type { LoadStatus } from "../status";

export interface UsersSlice {
  users: Record<string, User>;
  usersStatus: LoadStatus;
  upsertUsers: (users: User[], options?: { replace?: boolean }) => void;
  setUsersStatus: (status: LoadStatus) => void;
}

export interface PeopleSlice {
  /** user id → display name, learnt from event actors, presence and user lists (log entries carry only ids). */
  people: Record<string, string>;
  rememberPeople: (pairs: Array<{ id: string; displayName: string }>) => void;
}

export interface PresenceSlice {
  presence: Record<string, PresenceUser[]>;
  setPresence: (incidentId: string, users: PresenceUser[]) => void;
}

/** Adds id → name pairs; returns the same object when nothing is new, so selectors stay stable. */
export function withPeople(
  people: Record<string, string>,
  pairs: Array<{ id: string; displayName: string }>,
): Record<string, string> {
  if (!pairs.some((p) => people[p.id] !== p.displayName)) return people;
  return { ...people, ...Object.fromEntries(pairs.map((p) => [p.id, p.displayName])) };
}
