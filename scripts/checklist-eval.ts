/**
 * Prints how the checklist judges the evaluation corpus (test/eval/checklist): the gate's confusion matrix, the
 * false-fail rate per principle on real messages and label coverage, for the tuning part and the held-out part.
 *
 *   npm run -s checklist:eval                 both parts, figures only
 *   npm run -s checklist:eval -- --details    also lists every tuning message the checklist gets wrong
 *
 * Details are printed for tuning material only (the tuning part and blind3–blind13, each measured before it was
 * studied, and realExtra4's real messages); the held-out third stays unseen while rules are tuned. blind14.ts, the held-out set of
 * the seventh round, is tuning material since its figures were recorded (its items studied by construction).
 * blind15.ts (held out after the seventh round) and blind16.ts (measured at the ninth round's start) were studied in
 * the ninth round, and so were blind18.ts and blind19.ts (measured on its first pass before they were opened);
 * blind17.ts, written with blind16 by an author who read no rule, is its held-out set, and so are blind24.ts and
 * blind25.ts, written at its end: figures only. In the tenth round blind26.ts was measured, then studied; blind27.ts and
 * blind28.ts, written beside it by authors who read no rule, are held out with blind17, 24 and 25, and so is blind29.ts,
 * written after the round.
 */
import { parseArgs } from "node:util";
import { allFindings } from "../shared/checklist/index.js";
import { PRINCIPLES } from "../shared/checklist/constants.js";
import { BAD_EXTRA, GOOD_EXTRA } from "../test/eval/checklist/extraTune.js";
import { BAD_EXTRA2, GOOD_EXTRA2 } from "../test/eval/checklist/extraTune2.js";
import { BAD_EXTRA3, GOOD_EXTRA3 } from "../test/eval/checklist/extraTune3.js";
import { BAD_BLIND3, GOOD_BLIND3 } from "../test/eval/checklist/blind3.js";
import { BAD_BLIND4, GOOD_BLIND4 } from "../test/eval/checklist/blind4.js";
import { BAD_BLIND5, GOOD_BLIND5 } from "../test/eval/checklist/blind5.js";
import { BAD_BLIND6, GOOD_BLIND6 } from "../test/eval/checklist/blind6.js";
import { BAD_BLIND7, GOOD_BLIND7 } from "../test/eval/checklist/blind7.js";
import { BAD_BLIND8, GOOD_BLIND8 } from "../test/eval/checklist/blind8.js";
import { BAD_BLIND9, GOOD_BLIND9 } from "../test/eval/checklist/blind9.js";
import { BAD_BLIND10, GOOD_BLIND10 } from "../test/eval/checklist/blind10.js";
import { BAD_BLIND11, GOOD_BLIND11 } from "../test/eval/checklist/blind11.js";
import { BAD_BLIND12, GOOD_BLIND12 } from "../test/eval/checklist/blind12.js";
import { BAD_BLIND13, GOOD_BLIND13 } from "../test/eval/checklist/blind13.js";
import { BAD_BLIND14, GOOD_BLIND14 } from "../test/eval/checklist/blind14.js";
import { BAD_BLIND15, GOOD_BLIND15 } from "../test/eval/checklist/blind15.js";
import { BAD_BLIND16, GOOD_BLIND16 } from "../test/eval/checklist/blind16.js";
import { BAD_BLIND17, GOOD_BLIND17 } from "../test/eval/checklist/blind17.js";
import { BAD_BLIND18, GOOD_BLIND18 } from "../test/eval/checklist/blind18.js";
import { BAD_BLIND19, GOOD_BLIND19 } from "../test/eval/checklist/blind19.js";
import { BAD_BLIND20, GOOD_BLIND20 } from "../test/eval/checklist/blind20.js";
import { BAD_BLIND21, GOOD_BLIND21 } from "../test/eval/checklist/blind21.js";
import { BAD_BLIND22, GOOD_BLIND22 } from "../test/eval/checklist/blind22.js";
import { BAD_BLIND23, GOOD_BLIND23 } from "../test/eval/checklist/blind23.js";
import { BAD_BLIND24, GOOD_BLIND24 } from "../test/eval/checklist/blind24.js";
import { BAD_BLIND25, GOOD_BLIND25 } from "../test/eval/checklist/blind25.js";
import { BAD_BLIND26, GOOD_BLIND26 } from "../test/eval/checklist/blind26.js";
import { BAD_BLIND27, GOOD_BLIND27 } from "../test/eval/checklist/blind27.js";
import { BAD_BLIND28, GOOD_BLIND28 } from "../test/eval/checklist/blind28.js";
import { BAD_BLIND29, GOOD_BLIND29 } from "../test/eval/checklist/blind29.js";
import { GOOD_REAL4 } from "../test/eval/checklist/realExtra4.js";
import { GOOD_REAL5 } from "../test/eval/checklist/realExtra5.js";
import { GOOD_REAL6 } from "../test/eval/checklist/realExtra6.js";
import { GOOD_REAL7 } from "../test/eval/checklist/realExtra7.js";
import { GOOD_REAL8 } from "../test/eval/checklist/realExtra8.js";
import { GOOD_REAL9 } from "../test/eval/checklist/realExtra9.js";
import { GOOD_REAL10 } from "../test/eval/checklist/realExtra10.js";
import { GOOD_REAL11 } from "../test/eval/checklist/realExtra11.js";
import { BAD, GOOD, split } from "../test/eval/checklist/index.js";
import { evaluate, formatReport, type Scored } from "../test/eval/evaluateChecklist.js";

const { values } = parseArgs({ options: { details: { type: "boolean", default: false } } });

// The second and third sets (extraTune.ts, extraTune2.ts) were written later, blind to the rules; tuning material only.
const tune = evaluate(
  [...GOOD.filter((m) => split(m) === "tune"), ...GOOD_EXTRA, ...GOOD_EXTRA2, ...GOOD_EXTRA3],
  [...BAD.filter((m) => split(m) === "tune"), ...BAD_EXTRA, ...BAD_EXTRA2, ...BAD_EXTRA3],
);
const held = evaluate(
  GOOD.filter((m) => split(m) === "holdout"),
  BAD.filter((m) => split(m) === "holdout"),
);
// The third blind set (blind3.ts) is held out as a whole: figures only, never its items.
const blind = evaluate(GOOD_BLIND3, BAD_BLIND3);
// The fourth (blind4.ts) was written after the rules were generalised and is held out too.
const blind4 = evaluate(GOOD_BLIND4, BAD_BLIND4);
// blind5.ts and blind6.ts: each written before a round of changes and measured once then (README); figures only.
const blind5 = evaluate(GOOD_BLIND5, BAD_BLIND5);
const blind6 = evaluate(GOOD_BLIND6, BAD_BLIND6);
// blind7.ts: written independently by another engineer blind to the rules and measured once at 93b0bd1 (README);
// figures only, never its items.
const blind7 = evaluate(GOOD_BLIND7, BAD_BLIND7);
// blind8.ts: independent, measured twice in the fifth round before it was studied; tuning material since.
const blind8 = evaluate(GOOD_BLIND8, BAD_BLIND8);
const blind9 = evaluate(GOOD_BLIND9, BAD_BLIND9);
// blind10.ts: independent, the fifth round's held-out set (measured there, figures only); tuning material from the
// sixth round on.
const blind10 = evaluate(GOOD_BLIND10, BAD_BLIND10);
// blind11.ts: independent, measured once at f3c32f5 before it was studied (the sixth round's tuning material).
const blind11 = evaluate(GOOD_BLIND11, BAD_BLIND11);
// blind12.ts: independent, the sixth round's held-out set (measured there, figures only); tuning material from the
// seventh round on.
const blind12 = evaluate(GOOD_BLIND12, BAD_BLIND12);
// blind13.ts: independent, measured at the start of the seventh round (3b05e4e) by another helper, tuning material of
// the seventh round since.
const blind13 = evaluate(GOOD_BLIND13, BAD_BLIND13);
// blind14.ts: independent, the seventh round's held-out set, measured at its start and its end with identical figures
// (53/66 refused, 28/37 passed); tuning material since, its misses fixed by construction.
const blind14 = evaluate(GOOD_BLIND14, BAD_BLIND14);
// blind15.ts: independent, held out after the seventh round (measured at 3b05e4e and at its end); studied in the ninth.
const blind15 = evaluate(GOOD_BLIND15, BAD_BLIND15);
// blind16.ts: independent, measured at the start of the ninth round (8b04106) and studied in it (tuning material).
const blind16 = evaluate(GOOD_BLIND16, BAD_BLIND16);
// blind17.ts: independent, the ninth round's held-out set (measured at its start and its end): figures only.
const blind17 = evaluate(GOOD_BLIND17, BAD_BLIND17);
// blind18.ts and blind19.ts: independent, written after the ninth round's first pass and measured on it (0212c40)
// before they were opened; studied in the round's second pass (tuning material).
const blind18 = evaluate(GOOD_BLIND18, BAD_BLIND18);
const blind19 = evaluate(GOOD_BLIND19, BAD_BLIND19);
// blind20.ts and blind21.ts: independent, measured at 8b04106 and at bbf14dd before they were opened, then studied in
// the ninth round's third pass (tuning material).
const blind20 = evaluate(GOOD_BLIND20, BAD_BLIND20);
const blind21 = evaluate(GOOD_BLIND21, BAD_BLIND21);
// blind22.ts and blind23.ts: independent, measured at 8b04106 and at 39e0cf3 before they were opened, then studied in
// the ninth round's fourth pass (tuning material).
const blind22 = evaluate(GOOD_BLIND22, BAD_BLIND22);
const blind23 = evaluate(GOOD_BLIND23, BAD_BLIND23);
// blind24.ts and blind25.ts: independent, written at the end of the ninth round and never opened by a tuner; measured
// at 8b04106 (the round's start) and 932e7cd (its end): figures only.
const blind24and25 = evaluate([...GOOD_BLIND24, ...GOOD_BLIND25], [...BAD_BLIND24, ...BAD_BLIND25]);
// blind26.ts: independent, measured at 0460818 (68.9 % refused, 83.3 % passed) before it was opened, then
// studied in the tenth round (tuning material).
const blind26 = evaluate(GOOD_BLIND26, BAD_BLIND26);
// blind27.ts and blind28.ts: independent, written with blind26 and never opened by a tuner: figures only.
const blind27and28 = evaluate([...GOOD_BLIND27, ...GOOD_BLIND28], [...BAD_BLIND27, ...BAD_BLIND28]);
// blind29.ts: independent, written after the tenth round's passes and never opened by a tuner: figures only.
const blind29 = evaluate(GOOD_BLIND29, BAD_BLIND29);
// Every set held out at the end of the tenth round, together: the figure the closing note reports.
const heldOut = evaluate(
  [...GOOD_BLIND17, ...GOOD_BLIND24, ...GOOD_BLIND25, ...GOOD_BLIND27, ...GOOD_BLIND28, ...GOOD_BLIND29],
  [...BAD_BLIND17, ...BAD_BLIND24, ...BAD_BLIND25, ...BAD_BLIND27, ...BAD_BLIND28, ...BAD_BLIND29],
);
// realExtra4.ts: real published messages only (seventh round, real prose), collected to tune the rules on what
// authorities write; tuning material.
const real4 = evaluate(GOOD_REAL4, []);
// realExtra5.ts: a second, independent pass of real prose (short notices, social posts, easy Swedish, länsstyrelser,
// NWS and Environment Agency warnings, police appeals, health advisories); measured before any rule was changed for
// it, tuning material since.
const real5 = evaluate(GOOD_REAL5, []);
// realExtra6.ts (English-language authorities) and realExtra7.ts (Swedish): real prose collected at the end of the ninth
// round for the genres where authorities hedge, report and assess; measured before any rule changed for them, tuning
// material since.
const real6 = evaluate(GOOD_REAL6, []);
const real7 = evaluate(GOOD_REAL7, []);
// realExtra8.ts and realExtra9.ts: the sixth pass's real prose (warnings, outages, closures, all-clears), measured
// before any rule changed for them.
const real8 = evaluate(GOOD_REAL8, []);
const real9 = evaluate(GOOD_REAL9, []);
// realExtra10.ts (short forms: corrections, FAQ answers, alerts, short posts) and realExtra11.ts (what police, fire,
// health and utilities know and do not know): real prose collected in the tenth round, measured at 8bbf1e1 (71.9 % and
// 70.5 % passed) before any rule was changed for them; tuning material since.
const real10 = evaluate(GOOD_REAL10, []);
const real11 = evaluate(GOOD_REAL11, []);

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

console.log(formatReport("Tuning part", tune));
console.log();
console.log(formatReport("Held-out part", held));
console.log();
console.log(formatReport("Blind set 3 (held out)", blind));
console.log();
console.log(formatReport("Blind set 4 (held out, written after tuning)", blind4));
console.log();
console.log(formatReport("Blind set 5 (held out)", blind5));
console.log();
console.log(formatReport("Blind set 6 (held out, written before the third round)", blind6));
console.log();
console.log(formatReport("Blind set 7 (independent; tuning material since the fifth round)", blind7));
console.log();
console.log(formatReport("Blind set 8 (independent; studied in the fifth round)", blind8));
console.log();
console.log(formatReport("Blind set 9 (independent; studied in the fifth round)", blind9));
console.log();
console.log(
  formatReport("Blind set 10 (independent; held out in the fifth round, tuning material since the sixth)", blind10),
);
console.log();
console.log(formatReport("Blind set 11 (independent; studied in the sixth round)", blind11));
console.log();
console.log(
  formatReport("Blind set 12 (independent; held out in the sixth round, tuning material since the seventh)", blind12),
);
console.log();
console.log(
  formatReport("Blind set 13 (independent; measured at the start of the seventh round, tuning material)", blind13),
);
console.log();
console.log(
  formatReport("Blind set 14 (independent; held out in the seventh round, tuning material since its end)", blind14),
);
console.log();
console.log(
  formatReport("Blind set 15 (independent; held out after the seventh round, studied in the ninth)", blind15),
);
console.log();
console.log(formatReport("Blind set 16 (independent; measured at the ninth round's start, studied in it)", blind16));
console.log();
console.log(formatReport("Blind set 17 (independent, held out in the ninth round: figures only)", blind17));
console.log();
console.log(formatReport("Blind set 18 (independent; measured before it was studied in the ninth round)", blind18));
console.log();
console.log(formatReport("Blind set 19 (independent; measured before it was studied in the ninth round)", blind19));
console.log();
console.log(formatReport("Blind set 20 (independent; measured twice, then studied in the ninth round)", blind20));
console.log();
console.log(formatReport("Blind set 21 (independent; measured twice, then studied in the ninth round)", blind21));
console.log();
console.log(formatReport("Blind set 22 (independent; measured twice, then studied in the ninth round)", blind22));
console.log();
console.log(formatReport("Blind set 23 (independent; measured twice, then studied in the ninth round)", blind23));
console.log();
console.log(
  formatReport("Blind sets 24 and 25 (independent, held out after the ninth round: figures only)", blind24and25),
);
console.log();
console.log(formatReport("Blind set 26 (independent; measured, then studied in the tenth round)", blind26));
console.log();
console.log(
  formatReport("Blind sets 27 and 28 (independent, held out in the tenth round: figures only)", blind27and28),
);
console.log();
console.log(formatReport("Blind set 29 (independent, written after the tenth round: figures only)", blind29));
console.log();
console.log(formatReport("All held-out blind sets (17, 24, 25, 27, 28, 29): figures only", heldOut));
console.log();
console.log(formatReport("Real messages 4 (tuning; real prose, no flawed messages)", real4));
console.log();
console.log(formatReport("Real messages 5 (tuning; real prose, second pass, no flawed messages)", real5));
console.log();
console.log(formatReport("Real messages 6 (tuning; English-language authorities, third pass)", real6));
console.log();
console.log(formatReport("Real messages 7 (tuning; Swedish authorities, fourth pass)", real7));
console.log();
console.log(formatReport("Real messages 8 (tuning; English-language authorities, fifth pass)", real8));
console.log();
console.log(formatReport("Real messages 9 (tuning; Swedish authorities, sixth pass)", real9));
console.log();
console.log(formatReport("Real messages 10 (tuning; short forms: corrections, FAQ, alerts, posts)", real10));
console.log();
console.log(formatReport("Real messages 11 (tuning; police, fire, health and utility reports)", real11));
if (values.details) {
  console.log("\nTuning messages judged wrong (blind3–blind16, blind18–blind23 and blind26 are tuning material):");
  for (const s of [
    ...tune.scored,
    ...blind.scored,
    ...blind4.scored,
    ...blind5.scored,
    ...blind6.scored,
    ...blind7.scored,
    ...blind8.scored,
    ...blind9.scored,
    ...blind10.scored,
    ...blind11.scored,
    ...blind12.scored,
    ...blind13.scored,
    ...blind14.scored,
    ...blind15.scored,
    ...blind16.scored,
    ...blind18.scored,
    ...blind19.scored,
    ...blind20.scored,
    ...blind21.scored,
    ...blind22.scored,
    ...blind23.scored,
    ...blind26.scored,
    ...real4.scored,
    ...real5.scored,
    ...real6.scored,
    ...real7.scored,
    ...real8.scored,
    ...real9.scored,
    ...real10.scored,
    ...real11.scored,
  ]) {
    const isBad = s.message.mustFlag.length > 0;
    if ((isBad && (!s.refused || s.missed.length > 0)) || (!isBad && s.refused)) console.log(describe(s));
  }
}
