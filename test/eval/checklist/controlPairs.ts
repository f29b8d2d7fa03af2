/**
 * Matched pairs: a flawed tuning message and its control (build.ts `control`), the same text with the flaw mended.
 * The gate should refuse the original and pass the control; a control refused too means the refusal followed the
 * scenario, the kind or the length rather than the flaw. Pure: the eval test asserts on it, the eval script prints it.
 */
import { gateRefuses } from "../evaluateChecklist.js";
import { scoreMessage } from "../../../shared/checklist/index.js";
import { PRINCIPLES, type Principle } from "../../../shared/checklist/constants.js";
import type { EvalSet } from "./sets.js";
import type { EvalMessage } from "./types.js";

export interface ControlPair {
  set: string;
  original: EvalMessage;
  control: EvalMessage;
}

/** Each control with its original among the tuning sets' flawed messages; throws on a control with none. */
export function pairControls(controls: readonly EvalMessage[], sets: readonly EvalSet[]): ControlPair[] {
  const flawed = new Map<string, { set: string; message: EvalMessage }>();
  for (const set of sets.filter((s) => s.role === "tuning"))
    for (const part of set.parts)
      for (const m of part.bad) flawed.set(`${part.id}:${m.id}`, { set: part.id, message: m });
  const byId = new Map<string, { set: string; message: EvalMessage }[]>();
  for (const entry of flawed.values()) byId.set(entry.message.id, [...(byId.get(entry.message.id) ?? []), entry]);
  return controls.map((control) => {
    const of = control.id.replace(/^ctl-/, "");
    // "blind4:wbad-sv-001": blind4 and blind6 share their flawed ids, so their controls name the set.
    const found = of.includes(":") ? [flawed.get(of)] : (byId.get(of) ?? []);
    const entry = found[0];
    if (found.length !== 1 || entry === undefined) throw new Error(`${control.id}: not exactly one original`);
    return { set: entry.set, original: entry.message, control };
  });
}

export interface PairReport {
  pairs: number;
  /** The original refused and the control passed: the refusal followed the flaw. */
  flawJudged: number;
  originalRefused: number;
  controlRefused: number;
  /** Principles failing on refused controls, counted per control. */
  controlFailing: Record<Principle, number>;
}

export function evaluatePairs(pairs: readonly ControlPair[]): PairReport {
  const controlFailing = Object.fromEntries(PRINCIPLES.map((p) => [p, 0])) as Record<Principle, number>;
  let flawJudged = 0;
  let originalRefused = 0;
  let controlRefused = 0;
  for (const { original, control } of pairs) {
    const o = gateRefuses(scoreMessage(original.input, {}));
    const c = scoreMessage(control.input, {});
    const refused = gateRefuses(c);
    if (o) originalRefused++;
    if (refused) {
      controlRefused++;
      for (const p of PRINCIPLES) if (c[p].status === "fail") controlFailing[p]++;
    }
    if (o && !refused) flawJudged++;
  }
  return { pairs: pairs.length, flawJudged, originalRefused, controlRefused, controlFailing };
}

export function formatPairs(r: PairReport): string {
  const pct = (n: number) => `${((100 * n) / r.pairs).toFixed(1)} %`;
  return [
    `Matched controls (${r.pairs} flawed tuning messages, each rewritten with its flaw mended):`,
    `  original refused, control passed (the refusal follows the flaw): ${r.flawJudged} (${pct(r.flawJudged)})`,
    `  originals refused ${r.originalRefused} (${pct(r.originalRefused)}), controls refused ${r.controlRefused} (${pct(r.controlRefused)})`,
    `  principles failing on refused controls: ${PRINCIPLES.map((p) => `${p} ${r.controlFailing[p]}`).join(", ")}`,
  ].join("\n");
}
