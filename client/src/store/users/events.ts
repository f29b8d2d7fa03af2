import type { DomainEvent } from "@shared/schemas/event";
import type { DomainState } from "../types";
import { withPeople } from "./state";

/** Who acted is remembered by name; account events replace the account (and the signed-in user's own). */
export function reduceUserEvent(state: DomainState, event: DomainEvent): DomainState {
  const next = event.actor ? { ...state, people: withPeople(state.people, [event.actor]) } : state;
  switch (event.type) {
    case "user.created":
    case "user.updated": {
      const { user } = event.data;
      const users = { ...next.users, [user.id]: user };
      return next.user?.id === user.id ? { ...next, users, user } : { ...next, users };
    }
    default:
      return next;
  }
}
