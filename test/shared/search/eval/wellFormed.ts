/**
 * What every labelled question set must be, checked the same way for each: sourced, labelled with entries that
 * exist, new (no question of an earlier set again), without repeats, large enough, and about half unanswerable.
 */
import { expect } from "vitest";
import type { FaqEntry } from "../../../../shared/search/index.js";
import type { EvalQuestion } from "./questions.js";

export function expectWellFormed(
  questions: readonly EvalQuestion[],
  faq: readonly FaqEntry[],
  earlier: readonly (readonly EvalQuestion[])[],
  minCount: number,
): void {
  const known = new Set(faq.map((e) => e.id));
  const labels = questions.flatMap((q) =>
    q.expected === null ? [] : typeof q.expected === "string" ? [q.expected] : [...q.expected],
  );
  expect(labels.filter((id) => !known.has(id))).toEqual([]);
  expect(questions.every((q) => /^https?:\/\//.test(q.source))).toBe(true);
  const old = new Set(earlier.flat().map((q) => q.q));
  expect(questions.filter((q) => old.has(q.q))).toEqual([]);
  expect(new Set(questions.map((q) => q.q)).size).toBe(questions.length);
  expect(questions.length).toBeGreaterThanOrEqual(minCount);
  const share = questions.filter((q) => q.expected === null).length / questions.length;
  expect(share).toBeGreaterThanOrEqual(0.4);
  expect(share).toBeLessThanOrEqual(0.6);
}
