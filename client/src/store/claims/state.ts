import type { Claim } from "@shared/schemas/claim";
import type { LoadStatus } from "../status";

/** The misinformation desk's claims. One key in the domain state, reduced by claims/events.ts. */
export interface ClaimsState {
  claims: Record<string, Claim>;
  /** incidentId → whether its board has been fetched (events keep it live afterwards). */
  lists: Record<string, LoadStatus>;
  /** claimId → who won a take this user lost; kept here since the card remounts in its new column. */
  takeLost: Record<string, string>;
}

export const EMPTY_CLAIMS: ClaimsState = { claims: {}, lists: {}, takeLost: {} };

export interface ClaimsSlice {
  claimsData: ClaimsState;
  upsertClaims: (claims: Claim[]) => void;
  setClaimListStatus: (incidentId: string, status: LoadStatus) => void;
  noteTakeLost: (claimId: string, winner: string) => void;
}

/** A REST answer may overtake or trail an event: the store keeps the copy with the higher version. */
export function upsertClaim(map: Record<string, Claim>, claim: Claim): Record<string, Claim> {
  const current = map[claim.id];
  if (current && current.version > claim.version) return map;
  return { ...map, [claim.id]: claim };
}

/**
 * upsertClaim over a whole list with ONE copy of the map (reducing with upsertClaim copied the growing map once per
 * claim: ~130,000 property copies for a 500-claim board). The same map comes back when nothing is newer.
 */
export function upsertClaimList(map: Record<string, Claim>, claims: Claim[]): Record<string, Claim> {
  let next = map;
  for (const claim of claims) {
    const current = next[claim.id];
    if (current && current.version > claim.version) continue;
    if (next === map) next = { ...map };
    next[claim.id] = claim;
  }
  return next;
}
