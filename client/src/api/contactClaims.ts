import { ClaimCallbacks, ContactClaimList, type ContactClaim } from "@shared/schemas/claim";
import { request } from "./http";

/** REST client for the contact centre's side of the misinformation desk (docs/api.md "Closing the loop"). */

/** The claims callers reported, of one incident (or all), oldest first. */
export async function listContactClaims(incidentId?: string | null): Promise<ContactClaim[]> {
  const query = incidentId ? `?incidentId=${encodeURIComponent(incidentId)}` : "";
  return (await request(`/api/contact/claims${query}`, { schema: ContactClaimList })).claims;
}

/** Whom to ring back once the correction is published (agents, leads and admins). */
export function fetchClaimCallbacks(claimId: string): Promise<ClaimCallbacks> {
  return request(`/api/claims/${encodeURIComponent(claimId)}/callbacks`, { schema: ClaimCallbacks });
}
