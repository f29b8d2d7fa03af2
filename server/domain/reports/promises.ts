import type { TimelinePromise } from "../../../shared/schemas/report.js";
import type { Publication } from "./eventFacts.js";
import { minutesBetween } from "./numbers.js";

/** The first of the sorted times strictly after `t`, by binary search. */
function firstAfter(sorted: readonly number[], t: number): number | null {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) <= t) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo] ?? null;
}

/**
 * Next-update promises judged against the publications that followed. A promise is made by a publish that states a
 * next-update time (`Publication.promisedDue`); it is kept when any bulletin is published after it and no later than the time
 * promised, missed when the time passed (before `end`: the close of the incident or now) without one, else
 * pending. A missed promise is overdue until the next publication, or until `end` when none came.
 */
export function judgePromises(publications: readonly Publication[], end: string): TimelinePromise[] {
  const times = publications.map((p) => Date.parse(p.at)).sort((a, b) => a - b);
  const endMs = Date.parse(end);
  return publications
    .filter((p): p is Publication & { promisedDue: string } => p.promisedDue !== null)
    .map((p): TimelinePromise => {
      const dueMs = Date.parse(p.promisedDue);
      const nextMs = firstAfter(times, Date.parse(p.at));
      const next = nextMs === null ? null : new Date(nextMs).toISOString();
      const base = { madeAt: p.at, dueAt: p.promisedDue, keptAt: null, lateAt: null, overdueMinutes: 0 };
      if (nextMs !== null && nextMs <= dueMs) return { ...base, keptAt: next, state: "kept" };
      if (dueMs >= endMs) return { ...base, state: "pending" };
      const until = next ?? new Date(endMs).toISOString();
      return {
        ...base,
        lateAt: next,
        state: "missed",
        overdueMinutes: Math.max(0, minutesBetween(p.promisedDue, until)),
      };
    });
}
