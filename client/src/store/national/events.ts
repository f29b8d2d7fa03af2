import type { DomainEvent } from "../../../../shared/schemas/event";
import type { DomainState } from "../types";
import { mergeNationalItem } from "./state";

/**
 * national.item (new, changed or withdrawn, with the whole item): merged into the picture once it has been fetched;
 * before that the fetch brings it. Called by store/events.ts after its seq check; other types pass through.
 */
export function reduceNationalEvent(state: DomainState, event: DomainEvent): DomainState {
  if (event.type !== "national.item") return state;
  const picture = state.national.picture;
  if (!picture) return state;
  const next = mergeNationalItem(picture, event.data.change, event.data.item, event.at);
  return next === picture ? state : { ...state, national: { ...state.national, picture: next } };
}
