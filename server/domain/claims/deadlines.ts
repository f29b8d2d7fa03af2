import { ClaimDeadlines, DEFAULT_CLAIM_DEADLINES_MIN, type ClaimSeverity } from "../../../shared/index.js";
import { MINUTE_MS } from "../context.js";

/**
 * KRISRUM_CLAIM_DEADLINES: minutes per severity, e.g. `critical=20,high=45`. Severities left out keep their
 * default (critical 30, high 60, medium 240, low 1440). Throws with the offending part so config fails fast.
 */
export function parseClaimDeadlines(value: string | undefined): ClaimDeadlines {
  const out: Record<string, number> = { ...DEFAULT_CLAIM_DEADLINES_MIN };
  for (const part of (value ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^(critical|high|medium|low)\s*=\s*(\d+)$/.exec(part);
    if (!match?.[1] || !match[2] || Number(match[2]) <= 0)
      throw new Error(`"${part}" is not severity=minutes (critical, high, medium, low; minutes > 0)`);
    out[match[1]] = Number(match[2]);
  }
  return ClaimDeadlines.parse(out);
}

/** Due time of a claim logged at `loggedAt`: the clock runs from when the desk knew, not from first sighting. */
export function dueAt(loggedAt: string, severity: ClaimSeverity, deadlines: ClaimDeadlines): string {
  return new Date(new Date(loggedAt).getTime() + deadlines[severity] * MINUTE_MS).toISOString();
}
