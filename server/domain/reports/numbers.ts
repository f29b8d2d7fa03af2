/** Small statistics shared by the reports. Medians of an even count are the mean of the middle two. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Nearest rank, so the value is always an observed one (as the claims board's p90). */
export function p90(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(0.9 * sorted.length) - 1] ?? null;
}

/** One decimal: minutes and scores as a report prints them. */
export const round1 = (n: number): number => Math.round(n * 10) / 10;

export const MINUTE_MS = 60_000;
export const minutesBetween = (from: string, to: string): number =>
  round1((Date.parse(to) - Date.parse(from)) / MINUTE_MS);

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : round1(values.reduce((a, b) => a + b, 0) / values.length);
}
