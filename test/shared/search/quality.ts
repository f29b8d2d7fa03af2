/**
 * Recall@k of the FAQ search over the labelled question set; shared by the quality test and the benchmark.
 */
import type { FaqIndex, FaqSearchOptions } from "../../../shared/search/index.js";
import type { LabelledQuestion } from "./fixtures/questions.js";

export interface Miss {
  q: string;
  expected: string;
  rank: number | null;
  top: string[];
}

export interface RecallReport {
  total: number;
  at1: number;
  at3: number;
  misses: Miss[];
}

export function measureRecall(
  index: FaqIndex,
  questions: LabelledQuestion[],
  options: FaqSearchOptions = {},
): RecallReport {
  let hit1 = 0;
  let hit3 = 0;
  const misses: Miss[] = [];
  for (const { q, expected } of questions) {
    const top = index.search(q, { ...options, limit: 10 }).map((h) => h.id);
    const at = top.indexOf(expected);
    if (at === 0) hit1++;
    if (at >= 0 && at < 3) hit3++;
    else misses.push({ q, expected, rank: at < 0 ? null : at + 1, top: top.slice(0, 3) });
  }
  return { total: questions.length, at1: hit1 / questions.length, at3: hit3 / questions.length, misses };
}

export function formatReport(label: string, r: RecallReport): string {
  const lines = [
    `${label}: recall@1 ${(r.at1 * 100).toFixed(1)} %, recall@3 ${(r.at3 * 100).toFixed(1)} % over ${r.total} questions`,
  ];
  for (const m of r.misses)
    lines.push(`  miss: "${m.q}" → want ${m.expected} (rank ${m.rank ?? "–"}), got ${m.top.join(", ")}`);
  return lines.join("\n");
}
