/**
 * Prints how the checklist judges the evaluation corpus (test/eval/checklist): the gate's confusion matrix, the
 * false-fail rate per principle on real messages and label coverage, for every set in test/eval/checklist/sets.ts
 * (which holds each set's history and role) and for the held-out sets together.
 *
 *   npm run -s checklist:eval                 every set, figures only
 *   npm run -s checklist:eval -- --details    also lists every tuning message the checklist gets wrong
 *
 * Details are printed for tuning material only (sets.ts's `tuning` entries); the held-out entries (the held-out third
 * of index.ts and the blind sets never opened by a tuner) stay unseen while rules are tuned: figures only.
 */
import { parseArgs } from "node:util";
import { allFindings } from "../shared/checklist/index.js";
import { PRINCIPLES } from "../shared/checklist/constants.js";
import { CONTROLS } from "../test/eval/checklist/controls.js";
import { evaluatePairs, formatPairs, pairControls } from "../test/eval/checklist/controlPairs.js";
import { EVAL_SETS } from "../test/eval/checklist/sets.js";
import { evaluate, formatReport, type EvalReport, type Scored } from "../test/eval/evaluateChecklist.js";

const { values } = parseArgs({ options: { details: { type: "boolean", default: false } } });

const title = (label: string, note: string | undefined): string => (note === undefined ? label : `${label} (${note})`);

function describe(s: Scored): string {
  const r = s.result;
  const gauges = PRINCIPLES.map((p) => `${p}=${r[p].score}/${r[p].status}`).join(" ");
  const findings = allFindings(r)
    .filter((f) => f.deduction !== 0 || f.severity === "error")
    .map((f) => `${f.ruleId}(${f.severity},${f.deduction})`)
    .join(" ");
  const label =
    s.message.mustFlag.length > 0 ? ` label=[${s.message.mustFlag.join(",")}] missed=[${s.missed.join(",")}]` : "";
  return `  ${s.message.id} ${r.status} ${r.overall}${label}\n    ${gauges}\n    ${findings}\n    ${(s.message.input.title ?? "").slice(0, 80)} | ${s.message.input.body.replace(/\s+/g, " ").slice(0, 160)}`;
}

const heldOut = EVAL_SETS.filter((s) => s.role === "heldOut");
const lastHeldOut = heldOut.at(-1);
const tuning: EvalReport[] = [];
const reports: string[] = [];
for (const set of EVAL_SETS) {
  if (set.pooled?.printed) {
    const good = set.parts.flatMap((p) => p.good);
    const bad = set.parts.flatMap((p) => p.bad);
    const report = evaluate(good, bad);
    reports.push(formatReport(title(set.pooled.label, set.pooled.note), report));
    if (set.role === "tuning") tuning.push(report);
  } else {
    for (const part of set.parts) {
      const report = evaluate(part.good, part.bad);
      reports.push(formatReport(title(part.label, part.note), report));
      if (set.role === "tuning") tuning.push(report);
    }
  }
  // Every set held out at the end of the tenth round, together: the figure the closing note reports, printed right
  // after the last of them.
  if (set === lastHeldOut) {
    const parts = heldOut.flatMap((s) => s.parts);
    const ids = parts.map((p) => p.id.replace(/^blind/, "")).join(", ");
    const together = evaluate(
      parts.flatMap((p) => p.good),
      parts.flatMap((p) => p.bad),
    );
    reports.push(formatReport(`All held-out blind sets (${ids}): figures only`, together));
  }
}
reports.push(formatPairs(evaluatePairs(pairControls(CONTROLS, EVAL_SETS))));
console.log(reports.join("\n\n"));
if (values.details) {
  console.log("\nTuning messages judged wrong (blind3–blind16, blind18–blind23 and blind26 are tuning material):");
  for (const s of tuning.flatMap((r) => r.scored)) {
    const isBad = s.message.mustFlag.length > 0;
    if ((isBad && (!s.refused || s.missed.length > 0)) || (!isBad && s.refused)) console.log(describe(s));
  }
}
