import {
  CLAIM_SEVERITIES,
  CLAIM_SOURCE_CHANNELS,
  CLAIM_STATUSES,
  OPEN_CLAIM_STATUSES,
  type Claim,
  type ClaimMetrics,
  type ClaimStatus,
  type ClaimSummary,
  type CorrectionTimes,
} from "../../../shared/index.js";

type MetricClaim = Pick<
  Claim,
  "severity" | "sourceChannel" | "status" | "createdAt" | "dueAt" | "correctedAt" | "mergedInto" | "id" | "text"
>;

const isOpen = (s: ClaimStatus) => (OPEN_CLAIM_STATUSES as readonly ClaimStatus[]).includes(s);

/** Median (mean of the middle two for an even count); p90 by nearest rank, so it is always an observed time. */
export function correctionTimes(msValues: readonly number[]): CorrectionTimes {
  const sorted = [...msValues].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { corrected: 0, medianMs: null, p90Ms: null };
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { corrected: n, medianMs: Math.round(median), p90Ms: sorted[Math.ceil(0.9 * n) - 1] ?? null };
}

/** Follow-up numbers; claims merged into another are left out, their survivor stands for them. */
export function claimMetrics(claims: readonly MetricClaim[]): ClaimMetrics {
  const counted = claims.filter((c) => c.mergedInto === null);
  const corrected = counted.filter(
    (c): c is MetricClaim & { correctedAt: string } => c.status === "corrected" && c.correctedAt !== null,
  );
  const ttc = (c: MetricClaim & { correctedAt: string }) =>
    new Date(c.correctedAt).getTime() - new Date(c.createdAt).getTime();
  const timeToCorrection = Object.fromEntries(
    CLAIM_SEVERITIES.map((s) => [s, correctionTimes(corrected.filter((c) => c.severity === s).map(ttc))]),
  ) as ClaimMetrics["timeToCorrection"];
  const inTime = corrected.filter((c) => c.correctedAt <= c.dueAt).length;
  const bySourceChannel = Object.fromEntries(
    CLAIM_SOURCE_CHANNELS.map((ch) => [ch, counted.filter((c) => c.sourceChannel === ch).length]),
  ) as ClaimMetrics["bySourceChannel"];
  return {
    total: counted.length,
    timeToCorrection,
    withinDeadlineShare: corrected.length === 0 ? null : inTime / corrected.length,
    bySourceChannel,
  };
}

/** The incident overview: counts by status (merged claims count as dismissed), overdue and the oldest open claim. */
export function claimSummary(claims: readonly MetricClaim[], now: Date): ClaimSummary {
  const counts = Object.fromEntries(
    CLAIM_STATUSES.map((s) => [s, claims.filter((c) => c.status === s).length]),
  ) as ClaimSummary["counts"];
  const open = claims.filter((c) => isOpen(c.status)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const nowIso = now.toISOString();
  const oldest = open[0];
  return {
    counts,
    open: open.length,
    overdue: open.filter((c) => c.dueAt < nowIso).length,
    oldestOpen: oldest
      ? {
          id: oldest.id,
          text: oldest.text,
          createdAt: oldest.createdAt,
          dueAt: oldest.dueAt,
          severity: oldest.severity,
        }
      : null,
  };
}
