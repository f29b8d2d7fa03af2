import type { DomainEvent } from "../../../shared/schemas/event";
import { EMPTY_CLAIMS, upsertClaim } from "./claimsSlice";
import type { DomainState } from "./types";

/**
 * The claim events (every one carries the whole claim). Called by applyEvent.ts after its seq check, so it is
 * idempotent by seq like the rest of the reducer; other event types pass through untouched.
 */
export function reduceClaimEvent<S extends DomainState>(state: S, event: DomainEvent): S {
  switch (event.type) {
    case "claim.created":
    case "claim.updated":
    case "claim.taken":
    case "claim.merged":
    case "claim.status_changed": {
      const before = state.claimsData ?? EMPTY_CLAIMS;
      const claims = upsertClaim(before.claims, event.data.claim);
      return claims === before.claims ? state : { ...state, claimsData: { ...before, claims } };
    }
    default:
      return state;
  }
}
