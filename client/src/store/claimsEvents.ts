import { Claim } from "../../../shared/schemas/claim";
import type { DomainEvent } from "../../../shared/schemas/event";
import { EMPTY_CLAIMS, upsertClaim } from "./claimsSlice";
import type { DomainState } from "./types";

/**
 * The claim events (every one carries the whole claim). Called by applyEvent.ts after its seq check, so it is
 * idempotent by seq like the rest of the reducer; other event types pass through untouched.
 */
export function reduceClaimEvent<S extends DomainState>(state: S, event: DomainEvent): S {
  if (!event.type.startsWith("claim.")) return state;
  const parsed = Claim.safeParse(event.data.claim);
  if (!parsed.success) return state;
  const before = state.claimsData ?? EMPTY_CLAIMS;
  const claims = upsertClaim(before.claims, parsed.data);
  return claims === before.claims ? state : { ...state, claimsData: { ...before, claims } };
}
