/**
 * FAQ search benchmark: index build time and memory for 5,000 entries, then per-query latency for
 * the labelled question set (whole questions) and for as-you-type (every keystroke of every question from
 * its third character), with the current incident selected. Also the cost of a live update of one entry and
 * recall on the big index. Target: p50 and p99 under 5 ms per query on the 2-core machine.
 *
 * Run: npx tsx test/bench/search.ts [entries=5000] [rounds=20]
 */
import { loadavg } from "node:os";
import { PerformanceObserver } from "node:perf_hooks";
import v8 from "node:v8";
import vm from "node:vm";
import { createFaqIndex } from "../../shared/search/index.js";
import { faqEntries } from "../shared/search/fixtures/faq.js";
import { generateFaq } from "../shared/search/fixtures/generate.js";
import { questions } from "../shared/search/fixtures/questions.js";
import { percentile, round, summarise } from "./lib/stats.js";

const ENTRIES = Number(process.argv[2] ?? 5_000);
const ROUNDS = Number(process.argv[3] ?? 20);
const TARGET_MS = 5;

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
const heapMb = (): number => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const corpus = generateFaq(faqEntries, ENTRIES);
const incidentOf = new Map(faqEntries.map((e) => [e.id, e.incidentId]));

const heapBefore = heapMb();
let t0 = performance.now();
let index = createFaqIndex(corpus);
const firstBuildMs = performance.now() - t0;
const heapIndexMb = heapMb() - heapBefore;
const builds: number[] = [firstBuildMs];
for (let i = 0; i < 3; i++) {
  t0 = performance.now();
  index = createFaqIndex(corpus);
  builds.push(performance.now() - t0);
}

const keystrokes = questions.flatMap(({ q, expected }) =>
  Array.from({ length: Math.max(0, q.length - 2) }, (_, i) => ({ q: q.slice(0, i + 3), expected })),
);

interface Timings {
  /** Every search's wall time: what the agent sees, including time the process waited for a busy core. */
  all: number[];
  /** Each query's median wall time over the rounds: the cost of the query itself, robust to other load. */
  perQuery: number[];
}

function timeQueries(list: { q: string; expected: string }[], rounds: number): Timings {
  const samples = list.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    list.forEach(({ q, expected }, i) => {
      const start = performance.now();
      index.search(q, { incidentId: incidentOf.get(expected) ?? null, limit: 10 });
      samples[i]?.push(performance.now() - start);
    });
  }
  return { all: samples.flat(), perQuery: samples.map((s) => percentile(s, 50)) };
}

timeQueries(questions, 3); // warm-up: JIT and the radix tree's hot paths
timeQueries(keystrokes, 1);
// Garbage-collection pauses during the timed searches, to tell the search's own cost from the collector's.
const gcPauses: number[] = [];
const gcObserver = new PerformanceObserver((list) => gcPauses.push(...list.getEntries().map((e) => e.duration)));
gcObserver.observe({ entryTypes: ["gc"] });
const whole = timeQueries(questions, ROUNDS);
const typing = timeQueries(keystrokes, Math.max(3, Math.round(ROUNDS / 4)));
await new Promise((r) => setTimeout(r, 0)); // let the observer deliver
gcObserver.disconnect();
const line = (label: string, t: Timings): string => {
  const a = summarise(t.all);
  const m = summarise(t.perQuery);
  return `${label}: all ${a.n} searches p50 ${a.p50} ms, p99 ${a.p99} ms, max ${a.max} ms | per-query median (${m.n}) p50 ${m.p50} ms, p99 ${m.p99} ms`;
};

const updates: number[] = [];
for (let i = 0; i < 500; i++) {
  const e = corpus[(i * 7919) % corpus.length];
  if (!e) continue;
  const start = performance.now();
  index.update({ ...e, answer: `${e.answer} Uppdaterad ${i}.` });
  updates.push(performance.now() - start);
}

let strict3 = 0;
let family3 = 0;
for (const { q, expected } of questions) {
  const top = index.search(q, { incidentId: incidentOf.get(expected) ?? null, limit: 3 }).map((h) => h.id);
  if (top.includes(expected)) strict3++;
  if (top.some((id) => id.split("~")[0] === expected)) family3++;
}

const pct = (n: number): string => `${round((100 * n) / questions.length, 1)} %`;
console.log(
  `FAQ search benchmark — ${index.size} entries (${faqEntries.length} real), node ${process.version}, load average ${loadavg()
    .map((l) => round(l, 1))
    .join(" ")}`,
);
console.log(
  `index build: first ${round(firstBuildMs, 1)} ms, median of next 3 ${round(summarise(builds.slice(1)).p50, 1)} ms; heap ≈ ${round(heapIndexMb, 1)} MB`,
);
console.log(line("whole questions", whole));
console.log(line("as-you-type keystrokes", typing));
const gcs = summarise(gcPauses);
console.log(
  `GC during the timed searches: ${gcs.n} pauses, p50 ${gcs.p50} ms, p99 ${gcs.p99} ms, max ${gcs.max} ms, total ${round(gcPauses.reduce((a, b) => a + b, 0))} ms`,
);
const up = summarise(updates);
console.log(`live update of one entry (${up.n}): p50 ${up.p50} ms, p99 ${up.p99} ms`);
console.log(
  `recall@3 at ${index.size} entries, incident selected: exact entry ${pct(strict3)}, entry or one of its variants ${pct(family3)}`,
);
// Judged on all searches, as the agent sees them. When other processes load the machine (see the load
// average), the per-query medians show the search's own cost beside it.
const p99All = Math.max(percentile(whole.all, 99), percentile(typing.all, 99));
const p99Query = Math.max(percentile(whole.perQuery, 99), percentile(typing.perQuery, 99));
console.log(
  `p99 all searches ${round(p99All)} ms, per-query median ${round(p99Query)} ms: ${p99All < TARGET_MS ? "OK" : "OVER"} / ${p99Query < TARGET_MS ? "OK" : "OVER"} against ${TARGET_MS} ms`,
);
const ok = p99All < TARGET_MS && percentile(whole.all, 50) < TARGET_MS;
process.exitCode = ok ? 0 : 1;
