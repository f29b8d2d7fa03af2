/**
 * Every matched control (build.ts `control`): flawed tuning messages rewritten as a competent communicator would send
 * them, written 2026-12-06 by four authors who read only the sets they rewrote (never a held-out set) and not the
 * checklist's rules. They judge the rules, never tune them: see controlPairs.ts. blind4 and blind6 share their flawed
 * ids, so their controls name the set too (`ctl-blind4:wbad-sv-001`).
 */
import { CONTROLS_A } from "./controlsA.js";
import { CONTROLS_B } from "./controlsB.js";
import { CONTROLS_C } from "./controlsC.js";
import { CONTROLS_D } from "./controlsD.js";
import type { EvalMessage } from "./types.js";

export const CONTROLS: readonly EvalMessage[] = [...CONTROLS_A, ...CONTROLS_B, ...CONTROLS_C, ...CONTROLS_D];
