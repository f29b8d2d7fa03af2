import type { DomainEvent } from "@shared/schemas/event";
import type { DomainState } from "../types";
import { mergeNationalItem } from "./state";

/**
 * national.item (new, changed or withdrawn, with the whole item): merged into the picture once it has been fetched,
 * and kept aside while a fetch is in flight (its answer may predate the push; setNationalPicture merges it again).
 * Called by store/events.ts after its seq check; other types pass through.
 */
export function reduceNationalEvent(state: DomainState, event: DomainEvent): DomainState {
  if (event.type !== "national.item") return state;
  const { picture, fetching, pending } = state.national;
  const push = { change: event.data.change, item: event.data.item, at: event.at };
  const nextPending = fetching ? [...pending, push] : pending;
  const next = picture ? mergeNationalItem(picture, push.change, push.item, push.at) : picture;
  if (next === picture && nextPending === pending) return state;
  return { ...state, national: { ...state.national, picture: next, pending: nextPending } };
}
