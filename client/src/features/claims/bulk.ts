import type { Claim } from "@shared/schemas/claim";

export interface BulkFailure {
  claim: Claim;
  /** What the action threw; the bar says it in the UI language (errorMessage), not the server's English. */
  error: unknown;
}

export interface BulkOutcome {
  ok: Claim[];
  failed: BulkFailure[];
}

/**
 * One action over several claims through the per-claim routes, one after the other (each is a separate command with
 * its own event and log line), so one refusal (a claim moved on meanwhile, a closed one) does not stop the rest and
 * is reported with its claim.
 */
export async function runBulk(
  claims: readonly Claim[],
  action: (claim: Claim) => Promise<Claim>,
  onProgress?: (done: number) => void,
): Promise<BulkOutcome> {
  const ok: Claim[] = [];
  const failed: BulkFailure[] = [];
  for (const claim of claims) {
    try {
      ok.push(await action(claim));
    } catch (err) {
      failed.push({ claim, error: err });
    }
    onProgress?.(ok.length + failed.length);
  }
  return { ok, failed };
}

export type DueOrder = "asc" | "desc";

/** The list view's order: by due time, then the most severe, then id (stable). */
export function byDue(order: DueOrder): (a: Claim, b: Claim) => number {
  const sign = order === "asc" ? 1 : -1;
  const rank = { critical: 0, high: 1, medium: 2, low: 3 } as const;
  return (a, b) =>
    sign * a.dueAt.localeCompare(b.dueAt) || rank[a.severity] - rank[b.severity] || a.id.localeCompare(b.id);
}
