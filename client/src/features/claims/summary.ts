import { CLAIM_STATUSES, type Claim, type ClaimStatus } from "@shared/schemas/claim";
import { isOpen } from "./selectors";
import { byCodeUnit } from "../../store/byCodeUnit";

export interface ClaimCounts {
  counts: Record<ClaimStatus, number>;
  /** Open claims, oldest logged first (as the server's summary: server/domain/claims/metrics.ts claimSummary). */
  open: Claim[];
}

/**
 * The overview's numbers from the claims in the store, which the board's events keep live; the same rules as
 * GET /api/incidents/:id/claims/summary (merged claims count as dismissed, "oldest" by when the desk logged it).
 */
export function countClaims(claims: Record<string, Claim>, incidentId: string): ClaimCounts {
  const counts = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  const open: Claim[] = [];
  for (const claim of Object.values(claims)) {
    if (claim.incidentId !== incidentId) continue;
    counts[claim.status] += 1;
    if (isOpen(claim)) open.push(claim);
  }
  open.sort((a, b) => byCodeUnit(a.createdAt, b.createdAt) || byCodeUnit(a.id, b.id));
  return { counts, open };
}

export function overdueCount(open: readonly Claim[], now: number): number {
  return open.filter((c) => Date.parse(c.dueAt) < now).length;
}
