/**
 * Benchmark (not a unit test): time to score a realistic 300-word Swedish bulletin and a 3,000-word text afresh
 * (nothing reused), and the 300 words again as a publish scores them: the same text and context, the clock moved on.
 * Warms up, then measures each call with performance.now(); prints a table and JSON.
 * Target: median under 1 ms for 300 words scored afresh, so the checklist can run on every keystroke.
 * Run: npm run bench:checklist [-- --json]
 */
import { performance } from "node:perf_hooks";
import { scoreMessage, scoreMessageAfresh } from "../../shared/checklist/index.js";
import type { MessageInput, ScoringContext } from "../../shared/schemas/checklist.js";
import { BULLETIN_300, longSwedishText } from "../shared/checklist/corpus/longTexts.js";

interface Case {
  name: string;
  input: MessageInput;
  context: ScoringContext;
  /** Each call's context from the case's: the clock case moves `now` on by a second per call. */
  at?: (context: ScoringContext, i: number) => ScoringContext;
  score: typeof scoreMessage;
  warmup: number;
  iterations: number;
}

const context: ScoringContext = {
  now: "2025-11-25T14:00:00+01:00",
  incident: {
    startedAt: "2025-11-25T08:00:00+01:00",
    lastPublishedAt: "2025-11-25T11:00:00+01:00",
    nextUpdateDue: "2025-11-25T15:00:00+01:00",
  },
  facts: [
    { id: "f1", statement: "E. coli har hittats i vattnet i Norrby.", status: "confirmed" },
    { id: "f2", statement: "Orsaken till föroreningen.", status: "unconfirmed" },
  ],
  topQuestions: [
    { question: "Kan jag duscha?", count: 120 },
    { question: "Var kan jag hämta vatten?", count: 80 },
  ],
  openClaims: [{ text: "Kranvattnet är giftigt i hela kommunen", severity: "high" }],
  requiredLanguages: ["sv", "fi"],
  availableLanguages: ["fi", "en"],
};

const words = (s: string) => s.split(/\s+/u).filter(Boolean).length;
const long = longSwedishText(3_000);

const bulletin300: MessageInput = {
  kind: "bulletin",
  title: "Koka dricksvattnet i Norrby",
  body: BULLETIN_300,
  language: "sv",
  channels: ["web", "sms"],
  factIds: ["f1"],
};
const clockAt = (c: ScoringContext, i: number): ScoringContext => ({
  ...c,
  now: new Date(Date.parse(c.now ?? "") + i * 1_000).toISOString(),
});

const CASES: Case[] = [
  {
    name: `bulletin, ${words(BULLETIN_300)} words (sv)`,
    input: bulletin300,
    context,
    score: scoreMessageAfresh,
    warmup: 200,
    iterations: 2_000,
  },
  {
    name: `long text, ${words(long)} words (sv)`,
    input: { kind: "bulletin", title: "Samlad information", body: long, language: "sv", channels: ["web"] },
    context,
    score: scoreMessageAfresh,
    warmup: 20,
    iterations: 200,
  },
  {
    name: `same ${words(BULLETIN_300)} words, clock moved`,
    input: bulletin300,
    context,
    at: clockAt,
    score: scoreMessage,
    warmup: 200,
    iterations: 2_000,
  },
];

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

const results = CASES.map((c) => {
  const contextAt = (i: number) => (c.at ? c.at(c.context, i) : c.context);
  for (let i = 0; i < c.warmup; i++) c.score(c.input, contextAt(i));
  const times: number[] = [];
  for (let i = 0; i < c.iterations; i++) {
    const at = contextAt(c.warmup + i);
    const t0 = performance.now();
    c.score(c.input, at);
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    name: c.name,
    iterations: c.iterations,
    medianMs: round(percentile(times, 50)),
    p99Ms: round(percentile(times, 99)),
    minMs: round(times[0] ?? NaN),
    maxMs: round(times[times.length - 1] ?? NaN),
  };
});

if (!process.argv.includes("--json")) {
  console.log(`checklist benchmark (node ${process.version})`);
  console.log(
    "case".padEnd(34) +
      "iterations".padStart(11) +
      "median ms".padStart(11) +
      "p99 ms".padStart(9) +
      "min ms".padStart(9) +
      "max ms".padStart(9),
  );
  for (const r of results) {
    console.log(
      r.name.padEnd(34) +
        String(r.iterations).padStart(11) +
        r.medianMs.toFixed(3).padStart(11) +
        r.p99Ms.toFixed(3).padStart(9) +
        r.minMs.toFixed(3).padStart(9) +
        r.maxMs.toFixed(3).padStart(9),
    );
  }
  const target = results[0];
  if (target)
    console.log(`target: median < 1 ms for the 300-word bulletin → ${target.medianMs < 1 ? "met" : "NOT met"}`);
}
console.log(JSON.stringify({ benchmark: "checklist", node: process.version, results }));
