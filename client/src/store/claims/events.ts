import type { DomainEvent } from "@shared/schemas/event";
import type { DomainState } from "../types";
import { upsertClaim } from "./state";

/**
 * The claim events (every one carries the whole claim). Called by store/events.ts after its seq check, so it is
 * idempotent by seq like the rest of the reducer; other event types pass through untouched.
 */
export function reduceClaimEvent(state: DomainState, event: DomainEvent): DomainState {
  switch (event.type) {
    case "claim.created":
    case "claim.updated":
    case "claim.taken":
    case "claim.merged":
    case "claim.facts_flagged":
    case "claim.facts_confirmed":
    case "claim.status_changed": {
      const before = state.claimsData;
      const claims = upsertClaim(before.claims, event.data.claim);
      return claims === before.claims ? state : { ...state, claimsData: { ...before, claims } };
    }
    default:
      return state;
  }
}
