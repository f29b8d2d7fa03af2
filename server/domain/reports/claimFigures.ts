import { CLAIM_SEVERITIES, CLAIM_STATUSES, type ClaimStatus } from "../../../shared/index.js";
import type { IncidentReport, TimelineClaim } from "../../../shared/schemas/report.js";
import type { ClaimRecord } from "../../db/repos/claims.js";
import { claimMetrics } from "../claims/metrics.js";
import { median, MINUTE_MS, p90, round1 } from "./numbers.js";

const minutesOf = (c: ClaimRecord): number | null =>
  c.status === "corrected" && c.correctedAt !== null
    ? round1((Date.parse(c.correctedAt) - Date.parse(c.createdAt)) / MINUTE_MS)
    : null;

function times(values: number[]) {
  return {
    corrected: values.length,
    medianMinutes: median(values) === null ? null : round1(median(values) ?? 0),
    p90Minutes: p90(values),
  };
}

/**
 * The desk's figures. Claims merged into another are left out (their survivor stands for them), as on the claims
 * board; within-deadline and times to correction count corrected claims only.
 */
export function claimFigures(all: readonly ClaimRecord[]): {
  figures: IncidentReport["claims"];
  timeline: TimelineClaim[];
} {
  const claims = all.filter((c) => c.mergedInto === null);
  const metrics = claimMetrics(claims);
  const byStatus = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  for (const c of claims) byStatus[c.status]++;
  const corrected = claims.flatMap((c) => {
    const m = minutesOf(c);
    return m === null ? [] : [{ c, m }];
  });
  const bySeverity = Object.fromEntries(
    CLAIM_SEVERITIES.map((s) => [s, times(corrected.filter((x) => x.c.severity === s).map((x) => x.m))]),
  ) as IncidentReport["claims"]["bySeverity"];
  const overall = times(corrected.map((x) => x.m));
  return {
    figures: {
      total: metrics.total,
      byStatus,
      bySourceChannel: metrics.bySourceChannel,
      corrected: corrected.length,
      withinDeadlineShare: metrics.withinDeadlineShare,
      medianMinutesToCorrection: overall.medianMinutes,
      p90MinutesToCorrection: overall.p90Minutes,
      bySeverity,
    },
    timeline: [...claims]
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((c) => {
        const m = minutesOf(c);
        return {
          id: c.id,
          text: c.text.length > 140 ? `${c.text.slice(0, 139)}…` : c.text,
          severity: c.severity,
          status: c.status,
          createdAt: c.createdAt,
          dueAt: c.dueAt,
          correctedAt: m === null ? null : c.correctedAt,
          minutesToCorrection: m,
          withinDeadline: m === null || c.correctedAt === null ? null : c.correctedAt <= c.dueAt,
        };
      }),
  };
}
