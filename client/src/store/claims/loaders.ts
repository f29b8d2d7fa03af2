import { listClaims } from "../../api/claims";
import { useStore } from "../index";

/** The board's claims; events arriving while the request runs are applied meanwhile and the newer copy wins. */
export async function loadClaims(incidentId: string): Promise<void> {
  const s = useStore.getState();
  if (s.claimsData.lists[incidentId] !== "loaded") s.setClaimListStatus(incidentId, "loading");
  try {
    useStore.getState().upsertClaims(await listClaims(incidentId));
    useStore.getState().setClaimListStatus(incidentId, "loaded");
  } catch (err) {
    useStore.getState().setClaimListStatus(incidentId, "error");
    throw err;
  }
}
