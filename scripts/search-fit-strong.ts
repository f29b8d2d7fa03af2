/**
 * Fits the strong score (shared/search/strongModel.ts) on every tuning set pooled and validates it leave-one-set-out:
 * for each set, fit on the others, pick the threshold on the others, measure the left-out set; the mean over sets is
 * compared with the hand-written rule (STRONG_RULE), which the score takes as one input.
 *
 *   npx tsx scripts/search-fit-strong.ts        leave-one-set-out figures, then the weights fitted on all sets
 *
 * The fit: L2-regularised logistic regression (λ = 1) of "the top hit answers the question" (an answerable question
 * whose top hit is right: 1; an unanswerable one or a wrong top hit: 0). The threshold: the highest share of right
 * strong answers that keeps the pooled share of unanswerable questions without a strong hit at least one point above
 * the rule's and every floor the eval tests assert (FLOORS below). Only tuning sets (eval/tuningSets.ts) are read.
 */
import { createFaqIndex } from "../shared/search/index.js";
import { STRONG_MODEL, strongEvidenceProbe, type StrongEvidence } from "../shared/search/strongModel.js";
import { tuningSets } from "../test/shared/search/eval/tuningSets.js";

const LAMBDA = 1;
const NO_STRONG_GAIN = 0.01;

/** The floors the eval tests assert (strong.test.ts, blind*.test.ts); a threshold that breaks one is not taken. */
const FLOORS: Record<string, { strong?: number; right?: number; wrongAtMost?: number; noStrong: number }> = {
  "fixture tuning part": { strong: 0.65, right: 0.6, wrongAtMost: 0.05, noStrong: 0.8 },
  "old held-out part": { strong: 0.6, noStrong: 0.85 },
  "blind (bare)": { noStrong: 0.8 },
  blind2: { right: 0.4, noStrong: 0.85 },
  blind3: { right: 0.5, noStrong: 0.86 },
  blind4: { right: 0.5, noStrong: 0.89 },
  blind5: { right: 0.6, noStrong: 0.88 },
  blind6: { right: 0.5, noStrong: 0.91 },
  blind7: { right: 0.48, noStrong: 0.88 },
  blind8: { right: 0.35, noStrong: 0.9 },
  "blind9 (foreign FAQ A)": { right: 0.46, noStrong: 0.93 },
  "blind10 (foreign FAQ B)": { right: 0.48, noStrong: 0.86 },
};

type Label = "right" | "wrong" | "none";
interface Row {
  set: string;
  label: Label;
  x: number[] | null; // null: no hit at all
  rule: boolean;
}

const FEATURES = [
  "rule",
  "coverage",
  "reverse",
  "logMargin",
  "rareWords",
  "specific",
  "lightShare",
  "partialShare",
  "contentWords",
  "rivalReverse",
  "unknownTopicShare",
] as const;

/** The inputs as strongScore in strongModel.ts scales them, in FEATURES order. */
function featuresOf(e: StrongEvidence): number[] {
  return [
    e.rule ? 1 : 0,
    e.coverage,
    e.reverse,
    Math.log(Math.min(Math.max(e.margin, 1), 9)),
    Math.min(e.rareWords, 3) / 3,
    e.specific ? 1 : 0,
    e.lightShare,
    e.partialShare,
    Math.min(e.contentWords, 10) / 10,
    e.rivalReverse,
    e.unknownTopicShare,
  ];
}

function collect(): Row[] {
  const rows: Row[] = [];
  for (const set of tuningSets.filter((s) => s.pooled)) {
    const index = createFaqIndex(set.faq);
    for (const q of set.questions) {
      let evidence: StrongEvidence | null = null;
      strongEvidenceProbe.sink = (e) => (evidence = e);
      const top = index.search(q.q, { limit: 10 })[0];
      strongEvidenceProbe.sink = undefined;
      const want = q.expected === null ? [] : typeof q.expected === "string" ? [q.expected] : q.expected;
      const label: Label = want.length === 0 ? "none" : top && want.includes(top.id) ? "right" : "wrong";
      const e = evidence as StrongEvidence | null;
      rows.push({ set: set.name, label, x: e ? featuresOf(e) : null, rule: e?.rule ?? false });
    }
  }
  return rows;
}

/** Solves a·x = b by Gaussian elimination with partial pivoting (a few unknowns). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[p]?.[c] ?? 0)) p = r;
    [m[c], m[p]] = [m[p] ?? [], m[c] ?? []];
    const pivot = m[c]?.[c] ?? 1;
    for (let r = c + 1; r < n; r++) {
      const f = (m[r]?.[c] ?? 0) / pivot;
      for (let k = c; k <= n; k++) (m[r] as number[])[k] = (m[r]?.[k] ?? 0) - f * (m[c]?.[k] ?? 0);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]?.[n] ?? 0;
    for (let k = r + 1; k < n; k++) s -= (m[r]?.[k] ?? 0) * (x[k] ?? 0);
    x[r] = s / (m[r]?.[r] ?? 1);
  }
  return x;
}

/** Newton's method for L2-regularised logistic regression; the last weight is the bias (not regularised). */
function fit(rows: readonly Row[]): number[] {
  const data = rows.filter((r) => r.x !== null);
  const d = FEATURES.length + 1;
  let w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 60; iter++) {
    const grad = w.map((wi, j) => (j < d - 1 ? LAMBDA * wi : 0));
    const hess = Array.from({ length: d }, (_, i) =>
      Array.from({ length: d }, (_, j) => (i === j && i < d - 1 ? LAMBDA : 0)),
    );
    for (const r of data) {
      const x = [...(r.x ?? []), 1];
      const p = 1 / (1 + Math.exp(-x.reduce((s, xi, j) => s + xi * (w[j] ?? 0), 0)));
      const y = r.label === "right" ? 1 : 0;
      for (let i = 0; i < d; i++) {
        grad[i] = (grad[i] ?? 0) + (p - y) * (x[i] ?? 0);
        for (let j = 0; j < d; j++)
          (hess[i] as number[])[j] = (hess[i]?.[j] ?? 0) + p * (1 - p) * (x[i] ?? 0) * (x[j] ?? 0);
      }
    }
    const step = solve(hess, grad);
    w = w.map((wi, j) => wi - (step[j] ?? 0));
  }
  return w;
}

const scoreOf = (w: readonly number[], x: readonly number[]): number =>
  x.reduce((s, xi, j) => s + xi * (w[j] ?? 0), w[w.length - 1] ?? 0);

interface Figures {
  strong: number;
  right: number;
  noStrong: number;
}

function figures(rows: readonly Row[], strong: (r: Row) => boolean): Figures {
  let answerable = 0;
  let unanswerable = 0;
  let strongN = 0;
  let right = 0;
  let noStrong = 0;
  for (const r of rows) {
    const s = strong(r);
    if (r.label === "none") {
      unanswerable++;
      if (!s) noStrong++;
    } else {
      answerable++;
      if (s) strongN++;
      if (s && r.label === "right") right++;
    }
  }
  return { strong: strongN / answerable, right: right / answerable, noStrong: noStrong / unanswerable };
}

const bySet = (rows: readonly Row[]): Map<string, Row[]> => {
  const out = new Map<string, Row[]>();
  for (const r of rows) out.set(r.set, [...(out.get(r.set) ?? []), r]);
  return out;
};

function meetsFloors(rows: readonly Row[], strong: (r: Row) => boolean): boolean {
  for (const [set, setRows] of bySet(rows)) {
    const floor = FLOORS[set];
    if (!floor) continue;
    const f = figures(setRows, strong);
    if (f.noStrong < floor.noStrong - 1e-9) return false;
    if (floor.strong !== undefined && f.strong < floor.strong - 1e-9) return false;
    if (floor.right !== undefined && f.right < floor.right - 1e-9) return false;
    if (floor.wrongAtMost !== undefined && f.strong - f.right > floor.wrongAtMost + 1e-9) return false;
  }
  return true;
}

/** The threshold (midway between two scores) with the most right strong answers under the constraints, or null. */
function chooseThreshold(rows: readonly Row[], w: readonly number[]): number | null {
  const rule = figures(rows, (r) => r.rule);
  const scores = [...new Set(rows.flatMap((r) => (r.x ? [scoreOf(w, r.x)] : [])))].sort((a, b) => a - b);
  let best: { t: number; right: number } | null = null;
  for (let i = 0; i < scores.length; i++) {
    const t = i === 0 ? (scores[0] ?? 0) - 1e-6 : ((scores[i - 1] ?? 0) + (scores[i] ?? 0)) / 2;
    const strong = (r: Row): boolean => r.x !== null && scoreOf(w, r.x) >= t;
    const f = figures(rows, strong);
    if (f.noStrong < rule.noStrong + NO_STRONG_GAIN - 1e-9 || !meetsFloors(rows, strong)) continue;
    if (!best || f.right > best.right) best = { t, right: f.right };
  }
  return best?.t ?? null;
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
const rows = collect();
const sets = [...bySet(rows).keys()];
const mean = { model: { right: 0, noStrong: 0 }, rule: { right: 0, noStrong: 0 } };
console.log(`leave one set out (fit and threshold on the other sets)      model right / no strong | rule`);
for (const set of sets) {
  const train = rows.filter((r) => r.set !== set);
  const test = rows.filter((r) => r.set === set);
  const w = fit(train);
  const t = chooseThreshold(train, w);
  const model = figures(test, (r) => (t === null ? r.rule : r.x !== null && scoreOf(w, r.x) >= t));
  const rule = figures(test, (r) => r.rule);
  mean.model.right += model.right / sets.length;
  mean.model.noStrong += model.noStrong / sets.length;
  mean.rule.right += rule.right / sets.length;
  mean.rule.noStrong += rule.noStrong / sets.length;
  console.log(
    `${set.padEnd(60)} ${pct(model.right)} / ${pct(model.noStrong)} | ${pct(rule.right)} / ${pct(rule.noStrong)}`,
  );
}
console.log(
  `${"mean over sets".padEnd(60)} ${pct(mean.model.right)} / ${pct(mean.model.noStrong)} | ${pct(mean.rule.right)} / ${pct(mean.rule.noStrong)}`,
);

const w = fit(rows);
const t = chooseThreshold(rows, w);
console.log("\nfitted on all sets (STRONG_MODEL):");
FEATURES.forEach((name, j) => console.log(`  ${name}: ${(w[j] ?? 0).toFixed(3)}   (now ${STRONG_MODEL[name]})`));
console.log(`  bias: ${(w[w.length - 1] ?? 0).toFixed(3)}   (now ${STRONG_MODEL.bias})`);
console.log(`  threshold: ${t === null ? "none meets the floors" : t.toFixed(3)}   (now ${STRONG_MODEL.threshold})`);
