import type { Range } from "./sentences.js";

export interface Hit {
  start: number;
  end: number;
  text: string;
}

/**
 * All matches of a global regex. The loop runs `exec` on the shared regex itself (no clone per call, unlike
 * `matchAll`) and always leaves its `lastIndex` at 0, so module-level regexes keep no state between calls.
 */
export function findAll(text: string, re: RegExp | null): Hit[] {
  if (re === null || text.length === 0) return [];
  if (!re.global) throw new TypeError("findAll needs a global regex");
  const out: Hit[] = [];
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex += 1;
        continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  } finally {
    re.lastIndex = 0;
  }
  return out;
}

export function hasMatch(text: string, re: RegExp | null): boolean {
  if (re === null || text.length === 0) return false;
  return text.search(re) >= 0; // search() starts at 0 and restores lastIndex: no shared state
}

/** Index of the range containing `pos` in sorted, non-overlapping ranges, or -1. */
export function rangeIndexAt(ranges: readonly Range[], pos: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (r === undefined) return -1;
    if (pos < r.start) hi = mid - 1;
    else if (pos >= r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the last range starting at or before `pos` (the sentence a position belongs to), or -1. */
export function rangeIndexBefore(ranges: readonly Range[], pos: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (r === undefined) break;
    if (r.start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Sorts and merges overlapping ranges. */
export function mergeRanges(ranges: Range[]): Range[] {
  if (ranges.length < 2) return ranges;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}
