import type { Slice } from "../slice";
import { EMPTY_CLAIMS, upsertClaimList, type ClaimsSlice } from "./state";

export const createClaimsSlice: Slice<ClaimsSlice> = (set) => ({
  claimsData: EMPTY_CLAIMS,
  upsertClaims: (claims) =>
    set((s) => ({ claimsData: { ...s.claimsData, claims: upsertClaimList(s.claimsData.claims, claims) } })),
  setClaimListStatus: (incidentId, status) =>
    set((s) => ({ claimsData: { ...s.claimsData, lists: { ...s.claimsData.lists, [incidentId]: status } } })),
  noteTakeLost: (claimId, winner) =>
    set((s) => ({ claimsData: { ...s.claimsData, takeLost: { ...s.claimsData.takeLost, [claimId]: winner } } })),
});
