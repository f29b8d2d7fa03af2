/**
 * Figures of the strong rule over a labelled question set: recall of the answering entry, the share of
 * answerable questions whose top hit is strong (and right), and the share of unanswerable ones with no strong hit.
 */
import type { FaqIndex } from "../../../../shared/search/index.js";
import type { EvalQuestion } from "./questions.js";

export interface StrongReport {
  answerable: number;
  unanswerable: number;
  at1: number;
  at3: number;
  /** Answerable questions whose top hit is strong. */
  strong: number;
  /** Answerable questions whose top hit is strong and answers them. */
  strongRight: number;
  /** Unanswerable questions without a strong hit. */
  noStrong: number;
  lines: string[];
}

const expectedIds = (q: EvalQuestion): readonly string[] =>
  q.expected === null ? [] : typeof q.expected === "string" ? [q.expected] : q.expected;

export function measureStrong(index: FaqIndex, questions: readonly EvalQuestion[]): StrongReport {
  const n = { answerable: 0, unanswerable: 0, at1: 0, at3: 0, strong: 0, strongRight: 0, noStrong: 0 };
  const lines: string[] = [];
  for (const question of questions) {
    const hits = index.search(question.q, { limit: 10 });
    const top = hits[0];
    const want = expectedIds(question);
    const describe = `${top?.strong ? "STRONG" : "weak  "} ${top ? `${top.id} (cov ${top.coverage.toFixed(2)}, ×${hits[1] ? (top.score / hits[1].score).toFixed(2) : "–"})` : "no hit"}`;
    if (want.length === 0) {
      n.unanswerable++;
      if (!hits.some((h) => h.strong)) n.noStrong++;
      lines.push(`  [none]  ${describe} ← "${question.q}"`);
      continue;
    }
    n.answerable++;
    const rank = hits.findIndex((h) => want.includes(h.id));
    if (rank === 0) n.at1++;
    if (rank >= 0 && rank < 3) n.at3++;
    if (top?.strong) n.strong++;
    if (top?.strong && want.includes(top.id)) n.strongRight++;
    lines.push(`  [${rank < 0 ? "–" : rank + 1}]     ${describe} ← "${question.q}" (want ${want.join("|")})`);
  }
  const ofAnswerable = (x: number) => x / n.answerable;
  return {
    answerable: n.answerable,
    unanswerable: n.unanswerable,
    at1: ofAnswerable(n.at1),
    at3: ofAnswerable(n.at3),
    strong: ofAnswerable(n.strong),
    strongRight: ofAnswerable(n.strongRight),
    noStrong: n.noStrong / n.unanswerable,
    lines,
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

export function formatStrong(label: string, r: StrongReport, details: boolean): string {
  const head = `${label}: ${r.answerable} answerable, ${r.unanswerable} unanswerable | recall@1 ${pct(r.at1)}, recall@3 ${pct(r.at3)} | strong top hit ${pct(r.strong)} (right ${pct(r.strongRight)}) | no strong hit on unanswerable ${pct(r.noStrong)}`;
  return details ? [head, ...r.lines].join("\n") : head;
}
