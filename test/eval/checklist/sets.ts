/**
 * Every evaluation set, described once: the eval test (test/eval/checklist.test.ts) asserts each entry's shape and
 * floors, and the eval script (scripts/checklist-eval.ts) prints each entry's figures, lists the tuning entries'
 * misses under --details and pools the held-out entries. An entry is what the test asserts in one it(): one set, or
 * sets asserted together. The comment above an entry is its history: when it was written, what it measured and why
 * its floors are where they are.
 */
import { BAD, GOOD, split } from "./index.js";
import type { EvalMessage, Principle } from "./types.js";
import { BAD_EXTRA, GOOD_EXTRA } from "./extraTune.js";
import { BAD_EXTRA2, GOOD_EXTRA2 } from "./extraTune2.js";
import { BAD_EXTRA3, GOOD_EXTRA3 } from "./extraTune3.js";
import { BAD_BLIND3, GOOD_BLIND3 } from "./blind3.js";
import { BAD_BLIND4, GOOD_BLIND4 } from "./blind4.js";
import { BAD_BLIND5, GOOD_BLIND5 } from "./blind5.js";
import { BAD_BLIND6, GOOD_BLIND6 } from "./blind6.js";
import { BAD_BLIND7, GOOD_BLIND7 } from "./blind7.js";
import { BAD_BLIND8, GOOD_BLIND8 } from "./blind8.js";
import { BAD_BLIND9, GOOD_BLIND9 } from "./blind9.js";
import { BAD_BLIND10, GOOD_BLIND10 } from "./blind10.js";
import { BAD_BLIND11, GOOD_BLIND11 } from "./blind11.js";
import { BAD_BLIND12, GOOD_BLIND12 } from "./blind12.js";
import { BAD_BLIND13, GOOD_BLIND13 } from "./blind13.js";
import { BAD_BLIND14, GOOD_BLIND14 } from "./blind14.js";
import { BAD_BLIND15, GOOD_BLIND15 } from "./blind15.js";
import { BAD_BLIND16, GOOD_BLIND16 } from "./blind16.js";
import { BAD_BLIND17, GOOD_BLIND17 } from "./blind17.js";
import { BAD_BLIND18, GOOD_BLIND18 } from "./blind18.js";
import { BAD_BLIND19, GOOD_BLIND19 } from "./blind19.js";
import { BAD_BLIND20, GOOD_BLIND20 } from "./blind20.js";
import { BAD_BLIND21, GOOD_BLIND21 } from "./blind21.js";
import { BAD_BLIND22, GOOD_BLIND22 } from "./blind22.js";
import { BAD_BLIND23, GOOD_BLIND23 } from "./blind23.js";
import { BAD_BLIND24, GOOD_BLIND24 } from "./blind24.js";
import { BAD_BLIND25, GOOD_BLIND25 } from "./blind25.js";
import { BAD_BLIND26, GOOD_BLIND26 } from "./blind26.js";
import { BAD_BLIND27, GOOD_BLIND27 } from "./blind27.js";
import { BAD_BLIND28, GOOD_BLIND28 } from "./blind28.js";
import { BAD_BLIND29, GOOD_BLIND29 } from "./blind29.js";
import { BAD_BLIND30, GOOD_BLIND30 } from "./blind30.js";
import { BAD_BLIND31, GOOD_BLIND31 } from "./blind31.js";
import { BAD_BLIND32, GOOD_BLIND32 } from "./blind32.js";
import { BAD_BLIND33, GOOD_BLIND33 } from "./blind33.js";
import { BAD_BLIND34, GOOD_BLIND34 } from "./blind34.js";
import { BAD_BLIND35, GOOD_BLIND35 } from "./blind35.js";
import { BAD_BLIND36, GOOD_BLIND36 } from "./blind36.js";
import { BAD_BLIND37, GOOD_BLIND37 } from "./blind37.js";
import { BAD_BLIND38, GOOD_BLIND38 } from "./blind38.js";
import { BAD_BLIND39, GOOD_BLIND39 } from "./blind39.js";
import { BAD_BLIND40, GOOD_BLIND40 } from "./blind40.js";
import { BAD_BLIND41, GOOD_BLIND41 } from "./blind41.js";
import { BAD_BLIND42, GOOD_BLIND42 } from "./blind42.js";
import { BAD_BLIND43, GOOD_BLIND43 } from "./blind43.js";
import { BAD_BLIND44, GOOD_BLIND44 } from "./blind44.js";
import { BAD_BLIND45, GOOD_BLIND45 } from "./blind45.js";
import { BAD_BLIND46, GOOD_BLIND46 } from "./blind46.js";
import { BAD_BLIND47, GOOD_BLIND47 } from "./blind47.js";
import { BAD_BLIND48, GOOD_BLIND48 } from "./blind48.js";
import { BAD_BLIND49, GOOD_BLIND49 } from "./blind49.js";
import { BAD_BLIND50, GOOD_BLIND50 } from "./blind50.js";
import { BAD_BLIND51, GOOD_BLIND51 } from "./blind51.js";
import { BAD_BLIND52, GOOD_BLIND52 } from "./blind52.js";
import { BAD_BLIND53, GOOD_BLIND53 } from "./blind53.js";
import { BAD_BLIND54, GOOD_BLIND54 } from "./blind54.js";
import { BAD_BLIND55, GOOD_BLIND55 } from "./blind55.js";
import { BAD_BLIND56, GOOD_BLIND56 } from "./blind56.js";
import { BAD_BLIND57, GOOD_BLIND57 } from "./blind57.js";
import { BAD_BLIND58, GOOD_BLIND58 } from "./blind58.js";
import { BAD_BLIND59, GOOD_BLIND59 } from "./blind59.js";
import { BAD_BLIND60, GOOD_BLIND60 } from "./blind60.js";
import { BAD_BLIND61, GOOD_BLIND61 } from "./blind61.js";
import { BAD_BLIND62, GOOD_BLIND62 } from "./blind62.js";
import { BAD_BLIND63, GOOD_BLIND63 } from "./blind63.js";
import { BAD_BLIND64, GOOD_BLIND64 } from "./blind64.js";
import { BAD_BLIND65, GOOD_BLIND65 } from "./blind65.js";
import { BAD_BLIND66, GOOD_BLIND66 } from "./blind66.js";
import { BAD_BLIND67, GOOD_BLIND67 } from "./blind67.js";
import { BAD_BLIND68, GOOD_BLIND68 } from "./blind68.js";
import { BAD_BLIND69, GOOD_BLIND69 } from "./blind69.js";
import { BAD_BLIND70, GOOD_BLIND70 } from "./blind70.js";
import { BAD_CONTRA1, GOOD_CONTRA1 } from "./contra1.js";
import { BAD_CONTRA2, GOOD_CONTRA2 } from "./contra2.js";
import { BAD_CONTRA3, GOOD_CONTRA3 } from "./contra3.js";
import { BAD_CONTRA4, GOOD_CONTRA4 } from "./contra4.js";
import { BAD_CONTRA5, GOOD_CONTRA5 } from "./contra5.js";
import { BAD_IMPART1, GOOD_IMPART1 } from "./impart1.js";
import { BAD_IMPART2, GOOD_IMPART2 } from "./impart2.js";
import { BAD_IMPART3, GOOD_IMPART3 } from "./impart3.js";
import { BAD_IMPART4, GOOD_IMPART4 } from "./impart4.js";
import { BAD_IMPART5, GOOD_IMPART5 } from "./impart5.js";
import { GOOD_REAL4 } from "./realExtra4.js";
import { GOOD_REAL5 } from "./realExtra5.js";
import { GOOD_REAL6 } from "./realExtra6.js";
import { GOOD_REAL7 } from "./realExtra7.js";
import { GOOD_REAL8 } from "./realExtra8.js";
import { GOOD_REAL9 } from "./realExtra9.js";
import { GOOD_REAL10 } from "./realExtra10.js";
import { GOOD_REAL11 } from "./realExtra11.js";

/**
 * `tuning`: material a tuner may open (the script lists its misses under --details). `heldOut`: never opened by a
 * tuner; the script reports these entries together at the end. `heldOutThird`: the held-out third of index.ts's split,
 * never tuned on but reported on its own (it is not one of the independent held-out blind sets).
 */
export type EvalRole = "tuning" | "heldOut" | "heldOutThird";

/** What the test asserts about a set's messages before any figure (see the helpers in checklist.test.ts). */
export type EvalShape =
  /** Only the counts of real and flawed messages. */
  | { kind: "sizes"; minGood: number; minBad: number }
  /** An independent set of real and flawed messages (expectWellFormed: at least 45 flawed, `minGood` real, 25 unless said). */
  | { kind: "wellFormed"; minGood?: number; minBad?: number }
  /** Real messages only (expectRealWellFormed); `uniqueSources`: no two share a source URL. */
  | { kind: "real"; min: number; uniqueSources?: boolean }
  /** The fuller check blind7 got before its floors were set: counts per language and per labelled principle too. */
  | {
      kind: "independent";
      minGood: number;
      minBad: number;
      perLanguage: { good: number; bad: number };
      perPrinciple: { principles: readonly Principle[]; min: number };
    };

/** The floors the test holds a report at. */
export type EvalGate =
  /** expectGateHolds: prints the figures only, holds refused (when there are flawed messages) and passed, and every
   * principle's false-fail rate at most 0.1. */
  | { kind: "holds"; refused: number; passed: number }
  /** Prints the whole report and holds only the floors given (`falseFail`: the most each principle may fail real
   * messages; left out, not held). */
  | { kind: "floors"; refused?: number; passed: number; fullyFlagged?: number; falseFail?: number };

export interface EvalPart {
  /** File (or split) the messages come from, e.g. "blind17". */
  id: string;
  /** The report's title; the script adds `note` in parentheses. */
  label: string;
  note?: string;
  good: readonly EvalMessage[];
  bad: readonly EvalMessage[];
  shape?: EvalShape;
  gate?: EvalGate;
}

export interface EvalSet {
  id: string;
  role: EvalRole;
  /** The test's it() name. */
  title: string;
  /** When set, the shapes are asserted in an it() of their own with this name. */
  shapeTitle?: string;
  parts: readonly EvalPart[];
  /** The parts evaluated as one report: the test holds `gate` on it; the script prints it instead of the parts when
   * `printed`. */
  pooled?: { label: string; note?: string; gate: EvalGate; printed: boolean };
}

const PRINCIPLE_LIST: readonly Principle[] = ["active", "open", "factual", "fast", "impartial", "audienceAdapted"];

export const EVAL_SETS: readonly EvalSet[] = [
  // extraTune.ts and extraTune2.ts were written later, blind to the rules, as more tuning material.
  {
    id: "tune",
    role: "tuning",
    title: "tuning part: the gate refuses flawed messages and passes real ones",
    parts: [
      {
        id: "tune",
        label: "Tuning part",
        good: [...GOOD.filter((m) => split(m) === "tune"), ...GOOD_EXTRA, ...GOOD_EXTRA2, ...GOOD_EXTRA3],
        bad: [...BAD.filter((m) => split(m) === "tune"), ...BAD_EXTRA, ...BAD_EXTRA2, ...BAD_EXTRA3],
        gate: { kind: "floors", refused: 0.9, passed: 0.95, fullyFlagged: 0.8, falseFail: 0.1 },
      },
    ],
  },
  {
    id: "holdout",
    role: "heldOutThird",
    title: "held-out part: the same, on messages never tuned on",
    parts: [
      {
        id: "holdout",
        label: "Held-out part",
        good: GOOD.filter((m) => split(m) === "holdout"),
        bad: BAD.filter((m) => split(m) === "holdout"),
        gate: { kind: "floors", refused: 0.8, passed: 0.9, falseFail: 0.1 },
      },
    ],
  },
  // Two more held-out sets (figures only, never their items): blind3.ts written before the rules were generalised,
  // blind4.ts after. See the README for what each figure means.
  // blind5.ts: written for the second round before any rule changed in it (measured once then: 64.5 % refused).
  {
    id: "blind3-5",
    role: "tuning",
    title: "held-out blind sets: the gate refuses most flawed messages and passes the real ones",
    parts: [
      {
        id: "blind3",
        label: "Blind set 3",
        note: "held out",
        good: GOOD_BLIND3,
        bad: BAD_BLIND3,
        shape: { kind: "sizes", minGood: 15, minBad: 20 },
        gate: { kind: "floors", refused: 0.8, passed: 0.9, falseFail: 0.1 },
      },
      {
        id: "blind4",
        label: "Blind set 4",
        note: "held out, written after tuning",
        good: GOOD_BLIND4,
        bad: BAD_BLIND4,
        gate: { kind: "floors", refused: 0.8, passed: 0.9, falseFail: 0.1 },
      },
      {
        id: "blind5",
        label: "Blind set 5",
        note: "held out",
        good: GOOD_BLIND5,
        bad: BAD_BLIND5,
        shape: { kind: "sizes", minGood: 12, minBad: 25 },
        gate: { kind: "floors", refused: 0.8, passed: 0.9, falseFail: 0.1 },
      },
    ],
  },
  // blind6.ts: written for the third round before any rule changed in it; measured before (77.1 % refused, 81.8 %
  // passed) and once after the round (79.2 %, 81.8 %). Never tuned on; below the targets (see the README).
  // Fourth round: blind6's per-item results were read and its failure mechanisms fixed (README), so it is tuning
  // material now: 44/48 refused, 22/22 passed after the round.
  {
    id: "blind6",
    role: "tuning",
    title:
      "blind6, studied in the fourth round (now a tuning figure): the gate refuses flawed and passes real messages",
    parts: [
      {
        id: "blind6",
        label: "Blind set 6",
        note: "held out, written before the third round",
        good: GOOD_BLIND6,
        bad: BAD_BLIND6,
        shape: { kind: "sizes", minGood: 20, minBad: 40 },
        // 0.875, not 0.9: the fifth round shortened the "short and thin" band to 35 words because real notices of 35–60
        // words with only what and where (blind8) were refused; one blind6 item of that length now passes.
        gate: { kind: "floors", refused: 0.875, passed: 0.95, falseFail: 0.1 },
      },
    ],
  },
  // Measured twice, aggregates only: at 93b0bd1 72.2 % refused / 97.1 % passed; after the fourth round (tuned on
  // other sets, blind7 never opened by the tuner) 80.6 % / 97.1 %. The targets (95 % / 90 %) are not met;
  // these floors only keep a later change from losing what was reached.
  {
    id: "blind7",
    role: "tuning",
    shapeTitle: "blind7, independent and held out: well-formed (figures only; its floors are set later)",
    title: "blind7, independent and held out: the gate holds what it reached (floors below the issue's targets)",
    parts: [
      {
        id: "blind7",
        label: "Blind set 7",
        note: "independent; tuning material since the fifth round",
        good: GOOD_BLIND7,
        bad: BAD_BLIND7,
        // Only the set's shape is asserted here: the coordinator sets score floors after the measurement at 93b0bd1.
        shape: {
          kind: "independent",
          minGood: 25,
          minBad: 50,
          perLanguage: { good: 10, bad: 20 },
          perPrinciple: { principles: PRINCIPLE_LIST, min: 3 },
        },
        gate: { kind: "floors", refused: 0.8, passed: 0.95, falseFail: 0.1 },
      },
    ],
  },
  // Written 2026-12-04 by an author who read no rule; measured at d706712 (71.6 % refused / 83.8 % passed) and
  // after the first pass of the fifth round, tuned on blind7 (the same: 71.6 % / 83.8 %). Then studied openly
  // (tuning material); after the second pass 79.1 % / 97.3 %, after the fourth 88.1 % / 97.3 %. The sixth round's
  // second pass classed its misses with blind9–blind11's by mechanism: 92.5 % / 97.3 %, so the floor rose to 0.88.
  {
    id: "blind8",
    role: "tuning",
    title: "blind8, independent: well-formed, and the gate holds what the fifth round reached",
    parts: [
      {
        id: "blind8",
        label: "Blind set 8",
        note: "independent; studied in the fifth round",
        good: GOOD_BLIND8,
        bad: BAD_BLIND8,
        shape: { kind: "wellFormed" },
        gate: { kind: "floors", refused: 0.88, passed: 0.94 },
      },
    ],
  },
  // Written 2026-12-04 by an author who read no rule and no earlier item; measured at d706712 (68.2 % refused /
  // 86.5 % passed) and after the third pass (72.7 % / 86.5 %), aggregates only. Then studied openly; after the fourth
  // pass 78.8 % / 94.6 %; after the sixth round's second pass (misses classed by mechanism) 93.9 % / 94.6 %, floor 0.88.
  {
    id: "blind9",
    role: "tuning",
    title: "blind9, independent: measured twice, then studied in the fifth round; the gate holds what it reached",
    parts: [
      {
        id: "blind9",
        label: "Blind set 9",
        note: "independent; studied in the fifth round",
        good: GOOD_BLIND9,
        bad: BAD_BLIND9,
        shape: { kind: "wellFormed" },
        gate: { kind: "floors", refused: 0.88, passed: 0.92 },
      },
    ],
  },
  // Written during the fifth round by an author who read no rule and no earlier item. Measured twice while held out,
  // aggregates only: at d706712 69.2 % refused / 94.3 % passed; at the end of the fifth round 80.0 % / 97.1 %. Its
  // items were read in the sixth round's second pass (misses classed by mechanism): 96.9 % / 97.1 %, floor 0.88.
  {
    id: "blind10",
    role: "tuning",
    title:
      "blind10, independent: held out in the fifth round, tuning material since the sixth; the gate holds what it reached",
    parts: [
      {
        id: "blind10",
        label: "Blind set 10",
        note: "independent; held out in the fifth round, tuning material since the sixth",
        good: GOOD_BLIND10,
        bad: BAD_BLIND10,
        shape: { kind: "wellFormed" },
        gate: { kind: "holds", refused: 0.88, passed: 0.94 },
      },
    ],
  },
  // Measured at f3c32f5 before it was studied: 76.3 % refused / 83.3 % passed; after the sixth round 98.7 % / 94.4 %.
  {
    id: "blind11",
    role: "tuning",
    title:
      "blind11, independent: measured once, then the sixth round's tuning material; the gate holds what it reached",
    parts: [
      {
        id: "blind11",
        label: "Blind set 11",
        note: "independent; studied in the sixth round",
        good: GOOD_BLIND11,
        bad: BAD_BLIND11,
        shape: { kind: "wellFormed" },
        gate: { kind: "holds", refused: 0.9, passed: 0.9 },
      },
    ],
  },
  // Written before the sixth round by an author who read no rule and no earlier item; never opened by its tuners.
  // Aggregates only: at f3c32f5 72.7 % refused / 91.4 % passed; after the sixth round 75.8 % / 88.6 % (false-fail
  // factual 5.7 %, fast 2.9 %, audience-adapted 2.9 %). Its items were read in the seventh round (misses classed by
  // construction): 93.9 % / 100 %, floors 0.93 / 0.97.
  {
    id: "blind12",
    role: "tuning",
    title:
      "blind12, independent: held out in the sixth round, tuning material since the seventh; the gate holds what it reached",
    parts: [
      {
        id: "blind12",
        label: "Blind set 12",
        note: "independent; held out in the sixth round, tuning material since the seventh",
        good: GOOD_BLIND12,
        bad: BAD_BLIND12,
        shape: { kind: "wellFormed" },
        gate: { kind: "holds", refused: 0.93, passed: 0.97 },
      },
    ],
  },
  // Written for the seventh round by an author who read no rule, lexicon, SPEC or earlier flawed item. Measured at
  // 3b05e4e before it was studied: 87.9 % refused / 85.7 % passed; after the seventh round 98.5 % / 94.3 %. The
  // twenty-first round's AC21 refuses one more real text (sandbag stations "across the City", the places on another
  // page): 91.4 %.
  {
    id: "blind13",
    role: "tuning",
    title:
      "blind13, independent: measured at the start of the seventh round, then its tuning material; the gate holds what it reached",
    parts: [
      {
        id: "blind13",
        label: "Blind set 13",
        note: "independent; measured at the start of the seventh round, tuning material",
        good: GOOD_BLIND13,
        bad: BAD_BLIND13,
        shape: { kind: "wellFormed" },
        gate: { kind: "holds", refused: 0.96, passed: 0.91 },
      },
    ],
  },
  // Written for the seventh round by an author who read no rule, lexicon, SPEC or earlier item; the round's held-out
  // set. Measured at the round's start and its end with identical figures: 53/66 refused (80.3 %), 28/37 passed
  // (75.7 %, factual false fails 16.2 %). Then studied by construction (paraphrase pair tests in
  // rules.judgement9.test.ts): 66/66 (100 %) and 37/37 (100 %).
  {
    id: "blind14",
    role: "tuning",
    title:
      "blind14, independent: held out in the seventh round, then its tuning material; the gate holds what it reached",
    parts: [
      {
        id: "blind14",
        label: "Blind set 14",
        note: "independent; held out in the seventh round, tuning material since its end",
        good: GOOD_BLIND14,
        bad: BAD_BLIND14,
        shape: { kind: "wellFormed" },
        // Floors a little under that, as for the other tuning sets: a regression guard, not a pin on every item.
        gate: { kind: "holds", refused: 0.97, passed: 0.97 },
      },
    ],
  },
  // Written at the end of the seventh round by an author who read no rule, lexicon, SPEC or earlier item. Measured
  // while held out at 3b05e4e 39/51 refused (76.5 %), 27/30 passed (90.0 %), and at 8b04106 40/51 (78.4 %), 27/30.
  // Studied in the ninth round (paraphrase pair tests in rules.judgement10.test.ts): 44/51 (86.3 %), 27/30.
  {
    id: "blind15",
    role: "tuning",
    title:
      "blind15, independent: held out after the seventh round, studied in the ninth; the gate holds what it reached",
    parts: [
      {
        id: "blind15",
        label: "Blind set 15",
        note: "independent; held out after the seventh round, studied in the ninth",
        good: GOOD_BLIND15,
        bad: BAD_BLIND15,
        shape: { kind: "wellFormed" },
        gate: { kind: "holds", refused: 0.84, passed: 0.86 },
      },
    ],
  },
  // Written 2026-12-05 from Swedish municipalities', regions' and utilities' messages by an author who read no rule,
  // lexicon or earlier item. At 8b04106, before it was opened: 26/45 refused (57.8 %), 24/30 passed (80.0 %). After
  // the ninth round: 32/45 (71.1 %), 28/30 (93.3 %).
  {
    id: "blind16",
    role: "tuning",
    title:
      "blind16, independent: measured at the ninth round's start, then studied in it; the gate holds what it reached",
    parts: [
      {
        id: "blind16",
        label: "Blind set 16",
        note: "independent; measured at the ninth round's start, studied in it",
        good: GOOD_BLIND16,
        bad: BAD_BLIND16,
        shape: { kind: "wellFormed" },
        gate: { kind: "holds", refused: 0.69, passed: 0.9 },
      },
    ],
  },
  // Written with blind16 from English-speaking authorities' and Swedish national agencies' messages by an author who
  // read no rule, lexicon or earlier item; never opened by a tuner. Measured at the ninth round's start (8b04106) and
  // at its end with identical figures: 34/45 refused (75.6 %), 28/30 passed (93.3 %). Floors a little under that.
  {
    id: "blind17",
    role: "heldOut",
    title: "blind17, independent and held out in the ninth round: the gate holds what it did on unseen wording",
    parts: [
      {
        id: "blind17",
        label: "Blind set 17",
        note: "independent, held out in the ninth round: figures only",
        good: GOOD_BLIND17,
        bad: BAD_BLIND17,
        shape: { kind: "wellFormed" },
        gate: { kind: "holds", refused: 0.73, passed: 0.9 },
      },
    ],
  },
  // Written 2026-12-05 by two authors who read no rule, lexicon or earlier item (blind18 from Swedish municipalities,
  // länsstyrelser and utilities; blind19 from English-speaking authorities and Swedish national agencies). Measured
  // at 0212c40 before they were opened: blind18 26/45 refused (57.8 %), 28/30 passed (93.3 %); blind19 30/45 (66.7 %),
  // 23/30 (76.7 %, factual false fails 16.7 %). After the second pass: 32/45 (71.1 %), 29/30; 35/45 (77.8 %), 28/30.
  {
    id: "blind18+blind19",
    role: "tuning",
    title:
      "blind18 and blind19, independent: measured on the ninth round's first pass, then studied; the gate holds what it reached",
    parts: [
      {
        id: "blind18",
        label: "Blind set 18",
        note: "independent; measured before it was studied in the ninth round",
        good: GOOD_BLIND18,
        bad: BAD_BLIND18,
        shape: { kind: "wellFormed" },
        gate: { kind: "holds", refused: 0.69, passed: 0.93 },
      },
      {
        id: "blind19",
        label: "Blind set 19",
        note: "independent; measured before it was studied in the ninth round",
        good: GOOD_BLIND19,
        bad: BAD_BLIND19,
        shape: { kind: "wellFormed" },
        gate: { kind: "holds", refused: 0.75, passed: 0.9 },
      },
    ],
  },
  // Written 2026-12-05 by two authors who read no rule, lexicon or earlier item. Before they were opened: at 8b04106
  // blind20 26/45 refused (57.8 %), 27/30 passed; blind21 28/45 (62.2 %), 28/30; at bbf14dd 27/45 (60.0 %), 28/30
  // and 29/45 (64.4 %), 28/30. After the third pass: 34/45 (75.6 %), 30/30 and 33/45 (73.3 %), 28/30.
  {
    id: "blind20+blind21",
    role: "tuning",
    title:
      "blind20 and blind21, independent: measured at the ninth round's start and after its second pass, then studied",
    parts: [
      {
        id: "blind20",
        label: "Blind set 20",
        note: "independent; measured twice, then studied in the ninth round",
        good: GOOD_BLIND20,
        bad: BAD_BLIND20,
        shape: { kind: "wellFormed" },
        gate: { kind: "holds", refused: 0.73, passed: 0.96 },
      },
      {
        id: "blind21",
        label: "Blind set 21",
        note: "independent; measured twice, then studied in the ninth round",
        good: GOOD_BLIND21,
        bad: BAD_BLIND21,
        shape: { kind: "wellFormed" },
        gate: { kind: "holds", refused: 0.71, passed: 0.9 },
      },
    ],
  },
  // Written 2026-12-05 by two authors who read no rule, lexicon or earlier item. Before they were opened: at 8b04106
  // blind22 24/45 refused (53.3 %), 23/30 passed (76.7 %, factual false fails 20 %); blind23 21/45 (46.7 %), 22/30;
  // at 39e0cf3 24/45, 23/30 and 22/45 (48.9 %), 22/30. After the fourth pass: 32/45 (71.1 %), 26/30 and 27/45
  // (60.0 %), 25/30.
  {
    id: "blind22+blind23",
    role: "tuning",
    title:
      "blind22 and blind23, independent: measured at the ninth round's start and after its third pass, then studied",
    parts: [
      {
        id: "blind22",
        label: "Blind set 22",
        note: "independent; measured twice, then studied in the ninth round",
        good: GOOD_BLIND22,
        bad: BAD_BLIND22,
        shape: { kind: "wellFormed" },
        gate: { kind: "holds", refused: 0.69, passed: 0.8 },
      },
      {
        id: "blind23",
        label: "Blind set 23",
        note: "independent; measured twice, then studied in the ninth round",
        good: GOOD_BLIND23,
        bad: BAD_BLIND23,
        shape: { kind: "wellFormed" },
        gate: { kind: "holds", refused: 0.57, passed: 0.8 },
      },
    ],
  },
  // Written at the end of the ninth round by two authors who read no rule, lexicon or earlier item; never opened by a
  // tuner. Together, at 8b04106 (the round's start): 56/90 refused (62.2 %), 45/60 passed (75.0 %); at 932e7cd (its
  // end): 59/90 (65.6 %), 47/60 (78.3 %; factual false fails 15 %); after the fifth pass (real prose) 59/90, 48/60
  // (80.0 %); after the sixth 59/90, 49/60 (81.7 %). Well below the targets: reported, not tuned.
  {
    id: "blind24+blind25",
    role: "heldOut",
    title:
      "blind24 and blind25, independent and held out after the ninth round: figures, and floors under what they measured",
    parts: [
      { id: "blind24", label: "Blind set 24", good: GOOD_BLIND24, bad: BAD_BLIND24, shape: { kind: "wellFormed" } },
      { id: "blind25", label: "Blind set 25", good: GOOD_BLIND25, bad: BAD_BLIND25, shape: { kind: "wellFormed" } },
    ],
    pooled: {
      label: "Blind sets 24 and 25",
      note: "independent, held out after the ninth round: figures only",
      gate: { kind: "floors", refused: 0.63, passed: 0.76 },
      printed: true,
    },
  },
  // Written 2026-12-05 by an author who read no rule, lexicon or earlier item. Before it was opened (0460818):
  // 31/45 refused (68.9 %), 25/30 passed (83.3 %, factual false fails 10 %); after the tenth round's pass: 37/45
  // (82.2 %), 29/30 (96.7 %).
  {
    id: "blind26",
    role: "tuning",
    title: "blind26, independent: measured at the tenth round's start, then studied",
    parts: [
      {
        id: "blind26",
        label: "Blind set 26",
        note: "independent; measured, then studied in the tenth round",
        good: GOOD_BLIND26,
        bad: BAD_BLIND26,
        shape: { kind: "wellFormed" },
        gate: { kind: "holds", refused: 0.8, passed: 0.93 },
      },
    ],
  },
  // Written beside blind26 by two authors who read no rule, lexicon or earlier item; never opened by a tuner.
  // blind27 (incidents beyond water): 28/45 refused (62.2 %), 28/30 passed (93.3 %); blind28 (short forms,
  // corrections and FAQ answers): 28/45 (62.2 %), 18/30 (60.0 %; audience-adapted false fails 20 %, factual
  // 13.3 %). The same before and after the tenth round's pass on blind26, to the message. Reported, not tuned.
  {
    id: "blind27+blind28",
    role: "heldOut",
    title:
      "blind27 and blind28, independent and held out in the tenth round: figures, and floors under what they measured",
    parts: [
      { id: "blind27", label: "Blind set 27", good: GOOD_BLIND27, bad: BAD_BLIND27, shape: { kind: "wellFormed" } },
      { id: "blind28", label: "Blind set 28", good: GOOD_BLIND28, bad: BAD_BLIND28, shape: { kind: "wellFormed" } },
    ],
    pooled: {
      label: "Blind sets 27 and 28",
      note: "independent, held out in the tenth round: figures only",
      gate: { kind: "floors", refused: 0.6, passed: 0.75 },
      printed: true,
    },
  },
  // 21 real and 45 flawed messages by an author who read no rule; never opened by a tuner. Measured once at 8bca69f:
  // 22/45 refused (48.9 %), 20/21 passed (95.2 %); the same at e27b213, before the round. Reported, not tuned.
  {
    id: "blind29",
    role: "heldOut",
    title: "blind29, independent and written after the tenth round: figures, and floors under what it measured",
    parts: [
      {
        id: "blind29",
        label: "Blind set 29",
        note: "independent, written after the tenth round: figures only",
        good: GOOD_BLIND29,
        bad: BAD_BLIND29,
        shape: { kind: "wellFormed", minGood: 20 },
        gate: { kind: "floors", refused: 0.46, passed: 0.9 },
      },
    ],
  },
  // Written 2026-12-06 by two authors who read no rule, lexicon or earlier item (blind30 mostly Swedish, blind31 mostly
  // English and short forms); never opened by a tuner. Measured once, with FA16 a warning: blind30 17/40 refused
  // (42.5 %), 27/28 passed (96.4 %); blind31 16/41 (39.0 %), 24/29 (82.8 %; factual false fails 10.3 %). FA16 still
  // an error: the same, but blind30 26/28 passed. Reported, not tuned. In the twenty-first round AC21 (help on offer
  // with no place), decided on tuning material only, refused one more of their real messages: floor 0.85 → 0.83.
  {
    id: "blind30+blind31",
    role: "heldOut",
    title:
      "blind30 and blind31, independent and written in the eighteenth round: figures, and floors under what they measured",
    parts: [
      {
        id: "blind30",
        label: "Blind set 30",
        good: GOOD_BLIND30,
        bad: BAD_BLIND30,
        shape: { kind: "wellFormed", minBad: 40 },
      },
      {
        id: "blind31",
        label: "Blind set 31",
        good: GOOD_BLIND31,
        bad: BAD_BLIND31,
        shape: { kind: "wellFormed", minBad: 40 },
      },
    ],
    pooled: {
      label: "Blind sets 30 and 31",
      note: "independent, written in the eighteenth round: figures only",
      gate: { kind: "floors", refused: 0.38, passed: 0.83 },
      printed: true,
    },
  },
  // Written 2026-12-07 by an author who read no rule or lexicon (one mistaken grep printed a few lines of earlier sets,
  // unused); spread evenly over the six principles and the five kinds, flawed messages written as a stressed
  // communicator's first-hour drafts. Never opened by a tuner. Measured once at arrival, at 6c50ca1: 26/50 refused
  // (52.0 %), 22/28 passed (78.6 %). Reported, not tuned.
  {
    id: "blind34",
    role: "heldOut",
    title: "blind34, independent and written in the nineteenth round: figures, and floors under what it measured",
    parts: [
      {
        id: "blind34",
        label: "Blind set 34",
        note: "independent, written in the nineteenth round: figures only",
        good: GOOD_BLIND34,
        bad: BAD_BLIND34,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.46, passed: 0.74 },
      },
    ],
  },
  // Written 2026-12-06 by an author who read no rule or lexicon (by mistake the last five lines of blind29.ts), weighted
  // to the active, fast and open failure patterns. Measured at arrival, before it was opened: 18/50 refused (36.0 %),
  // 22/26 passed (84.6 %); at the round's first commit 17/50, 22/26. Studied in the eighteenth round: 32/50, 23/26.
  {
    id: "blind32",
    role: "tuning",
    title: "blind32, independent: measured at the eighteenth round's arrival, then studied",
    parts: [
      {
        id: "blind32",
        label: "Blind set 32",
        note: "independent; measured, then studied in the eighteenth round",
        good: GOOD_BLIND32,
        bad: BAD_BLIND32,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "holds", refused: 0.62, passed: 0.84 },
      },
    ],
  },
  // Written 2026-12-07 by an independent author who read no rule, lexicon or earlier item; about half of the flawed
  // messages factual, impartial, audience or guideline failures, the real side with preparedness pages and quoted
  // posts. Measured at arrival, before it was opened, at 6c50ca1: 23/50 refused (46.0 %), 23/30 passed (76.7 %).
  // Studied in the nineteenth round: 37/50, 27/30.
  {
    id: "blind33",
    role: "tuning",
    title: "blind33, independent: measured at the nineteenth round's arrival, then studied",
    parts: [
      {
        id: "blind33",
        label: "Blind set 33",
        note: "independent; measured, then studied in the nineteenth round",
        good: GOOD_BLIND33,
        bad: BAD_BLIND33,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "holds", refused: 0.72, passed: 0.88 },
      },
    ],
  },
  // Written 2026-12-07 by an independent author who read no rule, lexicon or earlier item; weighted to the active,
  // open and fast failure patterns, flaws of absence among them. Measured at arrival, before it was opened: 27/50 refused (54.0 %), 24/29
  // passed (82.8 %). Studied in the nineteenth round: 41/50, 27/29.
  {
    id: "blind35",
    role: "tuning",
    title: "blind35, independent: measured at the nineteenth round's arrival, then studied",
    parts: [
      {
        id: "blind35",
        label: "Blind set 35",
        note: "independent; measured, then studied in the nineteenth round",
        good: GOOD_BLIND35,
        bad: BAD_BLIND35,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "holds", refused: 0.8, passed: 0.9 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon (by mistake the first three real items of blind35.ts,
  // unused), spread evenly over the six principles. Measured at arrival, before it was opened, at 25e3636: 27/50 refused
  // (54.0 %), 26/31 passed (83.9 %).
  // Studied in the twentieth round: 40/50 refused, 28/31 passed.
  {
    id: "blind36",
    role: "tuning",
    title: "blind36, independent: measured at the twentieth round's arrival, then studied",
    parts: [
      {
        id: "blind36",
        label: "Blind set 36",
        note: "independent; measured, then studied in the twentieth round",
        good: GOOD_BLIND36,
        bad: BAD_BLIND36,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.78, passed: 0.88 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon (by mistake two real items of blind35.ts, unused),
  // spread over the six principles as a reviewer's returns. Never opened by a tuner. Measured once at arrival, at 25e3636:
  // 35/53 refused (66.0 %), 31/31 passed (100 %). Reported, not tuned.
  {
    id: "blind37",
    role: "heldOut",
    title: "blind37, independent and written in the twentieth round: figures, and floors under what it measured",
    parts: [
      {
        id: "blind37",
        label: "Blind set 37",
        note: "independent, written in the twentieth round: figures only",
        good: GOOD_BLIND37,
        bad: BAD_BLIND37,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.62, passed: 0.93 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon, weighted to factual, impartial and audience-adapted
  // flaws, many in FAQ answers and corrections. Measured at arrival, before it was opened, at 25e3636: 29/50 refused
  // (58.0 %), 23/30 passed (76.7 %).
  // Studied in the twentieth round: 39/50 refused, 25/30 passed.
  {
    id: "blind38",
    role: "tuning",
    title: "blind38, independent: measured at the twentieth round's arrival, then studied",
    parts: [
      {
        id: "blind38",
        label: "Blind set 38",
        note: "independent; measured, then studied in the twentieth round",
        good: GOOD_BLIND38,
        bad: BAD_BLIND38,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.76, passed: 0.8 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon, spread over the six principles with many FAQ answers,
  // sms and social posts. Measured at arrival, before it was opened, at f0bcaad (the
  // twentieth round's rules so far): 27/50 refused (54.0 %), 24/30 passed (80.0 %).
  // Studied in the twentieth round: 34/50 refused, 25/30 passed.
  {
    id: "blind39",
    role: "tuning",
    title: "blind39, independent: measured at the twentieth round's arrival, then studied",
    parts: [
      {
        id: "blind39",
        label: "Blind set 39",
        note: "independent; measured, then studied in the twentieth round",
        good: GOOD_BLIND39,
        bad: BAD_BLIND39,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.66, passed: 0.8 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon, spread evenly over the six principles and the five
  // kinds. Never opened by a tuner. Measured once at arrival, at f0bcaad: 28/50 refused (56.0 %), 26/30 passed
  // (86.7 %). Reported, not tuned.
  {
    id: "blind40",
    role: "heldOut",
    title: "blind40, independent and written in the twentieth round: figures, and floors under what it measured",
    parts: [
      {
        id: "blind40",
        label: "Blind set 40",
        note: "independent, written in the twentieth round: figures only",
        good: GOOD_BLIND40,
        bad: BAD_BLIND40,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.52, passed: 0.83 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon, weighted to active, open and fast failures, many of
  // them flaws of absence. Measured at arrival, before it was opened, at f0bcaad: 28/50 refused (56.0 %), 24/30
  // passed (80.0 %).
  // Studied in the twentieth round: 32/50 refused, 26/30 passed.
  {
    id: "blind41",
    role: "tuning",
    title: "blind41, independent: measured at the twentieth round's arrival, then studied",
    parts: [
      {
        id: "blind41",
        label: "Blind set 41",
        note: "independent; measured, then studied in the twentieth round",
        good: GOOD_BLIND41,
        bad: BAD_BLIND41,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.62, passed: 0.84 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon: real texts mainly from Swedish municipalities and UK
  // and Irish councils, the flawed side weighted to factual, impartial and audience-adapted failures. Measured at
  // arrival, before it was opened, at b0a199c: 27/50 refused (54.0 %), 27/30 passed (90.0 %).
  // Studied in the twenty-first round: 38/50 refused, 30/30 passed.
  {
    id: "blind42",
    role: "tuning",
    title: "blind42, independent: measured at the twenty-first round's arrival, then studied",
    parts: [
      {
        id: "blind42",
        label: "Blind set 42",
        note: "independent; measured, then studied in the twenty-first round",
        good: GOOD_BLIND42,
        bad: BAD_BLIND42,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.5, passed: 0.86 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon, spread evenly over the six principles and the five
  // kinds (real texts from Swedish regions, länsstyrelser, Krisinformation.se, Australian, Canadian and US emergency
  // services). Never opened by a tuner. Measured once at arrival, at b0a199c: 23/50 refused (46.0 %), 24/30 passed
  // (80.0 %). Reported, not tuned. (Its author, checking the file format, saw the opening lines of two real items of
  // blind41, a tuning set; it reused neither.)
  {
    id: "blind43",
    role: "heldOut",
    title: "blind43, independent and written in the twenty-first round: figures, and floors under what it measured",
    parts: [
      {
        id: "blind43",
        label: "Blind set 43",
        note: "independent, written in the twenty-first round: figures only",
        good: GOOD_BLIND43,
        bad: BAD_BLIND43,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.42, passed: 0.76 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon: real texts mainly from Swedish national authorities
  // and rescue services and US federal and state agencies, the flawed side weighted to active, open and fast failures
  // (flaws of absence). Measured at arrival, before it was opened, at b0a199c: 25/50 refused (50.0 %), 21/30 passed
  // (70.0 %).
  // Studied in the twenty-first round: 33/50 refused, 24/30 passed.
  {
    id: "blind44",
    role: "tuning",
    title: "blind44, independent: measured at the twenty-first round's arrival, then studied",
    parts: [
      {
        id: "blind44",
        label: "Blind set 44",
        note: "independent; measured, then studied in the twenty-first round",
        good: GOOD_BLIND44,
        bad: BAD_BLIND44,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.46, passed: 0.66 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon: cyber attacks, IT outages, heat, drought and water
  // shortages, many SMS, social posts and FAQ answers. Arrived after AC21 and AC22 were written; measured before it was
  // opened, at b0a199c (the round's start) 22/50 refused (44.0 %), 26/29 passed (89.7 %), and at 6d7313b 24/50, 26/29.
  // One real item, copied from the same page as a blind46 item, was dropped before anything was measured.
  // Studied in the twenty-first round: 31/50 refused, 26/29 passed.
  {
    id: "blind45",
    role: "tuning",
    title: "blind45, independent: measured at the twenty-first round's arrival, then studied",
    parts: [
      {
        id: "blind45",
        label: "Blind set 45",
        note: "independent; measured, then studied in the twenty-first round",
        good: GOOD_BLIND45,
        bad: BAD_BLIND45,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.44, passed: 0.86 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon, any Swedish or English-speaking authority, the flawed
  // side written as a hurried municipal communicator errs, spread over the six principles, many FAQ answers and
  // corrections. Never opened by a tuner. Measured at arrival, at b0a199c (the round's start): 30/50 refused (60.0 %),
  // 24/30 passed (80.0 %); at 6d7313b, with AC21 and AC22 (written before it arrived): 31/50, 24/30. Reported, not tuned.
  {
    id: "blind46",
    role: "heldOut",
    title: "blind46, independent and written in the twenty-first round: figures, and floors under what it measured",
    parts: [
      {
        id: "blind46",
        label: "Blind set 46",
        note: "independent, written in the twenty-first round: figures only",
        good: GOOD_BLIND46,
        bad: BAD_BLIND46,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.56, passed: 0.76 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon: floods, landslides, storms, snow, ice and power cuts,
  // the flawed side weighted to open, factual and fast failures. Arrived after AC21 and AC22 were written; measured
  // before it was opened, at b0a199c 20/50 refused (40.0 %), 28/30 passed (93.3 %), and at 6d7313b 23/50, 28/30.
  // Studied in the twenty-first round: 26/50 refused, 29/30 passed.
  {
    id: "blind47",
    role: "tuning",
    title: "blind47, independent: measured at the twenty-first round's arrival, then studied",
    parts: [
      {
        id: "blind47",
        label: "Blind set 47",
        note: "independent; measured, then studied in the twenty-first round",
        good: GOOD_BLIND47,
        bad: BAD_BLIND47,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.4, passed: 0.86 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon: every kind of authority message and flawed messages
  // spread evenly over the six principles. Never opened by a tuner. Measured at arrival, at b0a199c (the round's
  // start): 28/50 refused (56.0 %), 24/30 passed (80.0 %); at de36032, with the round's rules so far (written before it
  // arrived): 30/50, 24/30. Reported, not tuned.
  {
    id: "blind48",
    role: "heldOut",
    title: "blind48, independent and written in the twenty-first round: figures, and floors under what it measured",
    parts: [
      {
        id: "blind48",
        label: "Blind set 48",
        note: "independent, written in the twenty-first round: figures only",
        good: GOOD_BLIND48,
        bad: BAD_BLIND48,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.54, passed: 0.76 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon, mostly Swedish (municipalities, municipal companies,
  // rescue services). Arrived after the round's first rules; measured before it was opened, at b0a199c 25/50 refused
  // (50.0 %), 23/30 passed (76.7 %), and at de36032 27/50, 23/30.
  // Studied in the twenty-first round: 30/50 refused, 28/30 passed.
  {
    id: "blind49",
    role: "tuning",
    title: "blind49, independent: measured at the twenty-first round's arrival, then studied",
    parts: [
      {
        id: "blind49",
        label: "Blind set 49",
        note: "independent; measured, then studied in the twenty-first round",
        good: GOOD_BLIND49,
        bad: BAD_BLIND49,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.5, passed: 0.73 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon, mostly English (US, UK, Ireland, Canada, Australia,
  // New Zealand). Arrived after the round's first rules; measured before it was opened, at b0a199c 26/50 refused
  // (52.0 %), 27/30 passed (90.0 %), and at de36032 28/50, 27/30.
  // Studied in the twenty-first round: 30/50 refused, 28/30 passed.
  {
    id: "blind50",
    role: "tuning",
    title: "blind50, independent: measured at the twenty-first round's arrival, then studied",
    parts: [
      {
        id: "blind50",
        label: "Blind set 50",
        note: "independent; measured, then studied in the twenty-first round",
        good: GOOD_BLIND50,
        bad: BAD_BLIND50,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.52, passed: 0.86 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon: mostly Swedish (regions and municipalities) with US state and county agencies. Measured before it was opened, at
  // 5f1c27e (the round's start) and with the round's first rules: 25/50 refused (50.0 %), 26/30 passed (86.7 %).
  // Studied in the twenty-second round: 36/50 refused, 26/30 passed.
  {
    id: "blind51",
    role: "tuning",
    title: "blind51, independent: measured at the twenty-second round's arrival, then studied",
    parts: [
      {
        id: "blind51",
        label: "Blind set 51",
        note: "independent; measured, then studied in the twenty-second round",
        good: GOOD_BLIND51,
        bad: BAD_BLIND51,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.7, passed: 0.83 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon: UK and Irish councils, utilities, police and fire, Swedish länsstyrelser and Krisinformation.se. Measured before it was opened, at
  // 5f1c27e (the round's start) and with the round's first rules: 26/50 refused (52.0 %), 22/30 passed (73.3 %).
  // Studied in the twenty-second round: 37/50 refused, 23/30 passed.
  {
    id: "blind52",
    role: "tuning",
    title: "blind52, independent: measured at the twenty-second round's arrival, then studied",
    parts: [
      {
        id: "blind52",
        label: "Blind set 52",
        note: "independent; measured, then studied in the twenty-second round",
        good: GOOD_BLIND52,
        bad: BAD_BLIND52,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.72, passed: 0.73 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon: Australian and New Zealand services and councils, Swedish municipalities. Measured before it was opened, at
  // 5f1c27e (the round's start) and with the round's first rules: 24/50 refused (48.0 %), 24/30 passed (80.0 %).
  // Studied in the twenty-second round: 30/50 refused, 25/30 passed.
  {
    id: "blind53",
    role: "tuning",
    title: "blind53, independent: measured at the twenty-second round's arrival, then studied",
    parts: [
      {
        id: "blind53",
        label: "Blind set 53",
        note: "independent; measured, then studied in the twenty-second round",
        good: GOOD_BLIND53,
        bad: BAD_BLIND53,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.58, passed: 0.8 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon: Canadian provinces and cities, US public health and utilities, Swedish national authorities and municipalities. Never opened by a tuner. Measured at
  // arrival, at 5f1c27e (the round's start) and with the round's first rules (written before it arrived): 28/50 refused
  // (56.0 %), 28/30 passed (93.3 %). Reported, not tuned.
  // After the twenty-second round (aggregates only, never opened): 30/50, 28/30.
  {
    id: "blind54",
    role: "heldOut",
    title: "blind54, independent and written in the twenty-second round: figures, and floors under what it measured",
    parts: [
      {
        id: "blind54",
        label: "Blind set 54",
        note: "independent, written in the twenty-second round: figures only",
        good: GOOD_BLIND54,
        bad: BAD_BLIND54,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.52, passed: 0.9 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon: mostly Swedish municipal crisis pages, English-language utilities and sheriffs. Never opened by a tuner. Measured at
  // arrival, at 5f1c27e (the round's start) and with the round's first rules (written before it arrived): 31/50 refused
  // (62.0 %), 26/30 passed (86.7 %). Reported, not tuned.
  // After the twenty-second round (aggregates only, never opened): 31/50, 26/30.
  {
    id: "blind55",
    role: "heldOut",
    title: "blind55, independent and written in the twenty-second round: figures, and floors under what it measured",
    parts: [
      {
        id: "blind55",
        label: "Blind set 55",
        note: "independent, written in the twenty-second round: figures only",
        good: GOOD_BLIND55,
        bad: BAD_BLIND55,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.58, passed: 0.83 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon: English-language city and county emergency management and health notices, Swedish regions and Krisinformation.se. Measured before it was opened, at
  // 5f1c27e (the round's start) and with the round's first rules: 25/50 refused (50.0 %), 21/30 passed (70.0 %).
  // Studied in the twenty-second round: 35/50 refused, 21/30 passed.
  {
    id: "blind56",
    role: "tuning",
    title: "blind56, independent: measured at the twenty-second round's arrival, then studied",
    parts: [
      {
        id: "blind56",
        label: "Blind set 56",
        note: "independent; measured, then studied in the twenty-second round",
        good: GOOD_BLIND56,
        bad: BAD_BLIND56,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.7, passed: 0.68 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon: Swedish municipalities, water utilities and rescue services, English-language police and fire services; many short sms and social posts. Arrived after the round's
  // rules; measured before it was opened, at 5f1c27e 19/50 refused (38.0 %), 21/30 passed (70.0 %), and at 22c5ed4 21/50, 22/30.
  // Studied in the twenty-second round: 26/50 refused, 22/30 passed.
  {
    id: "blind57",
    role: "tuning",
    title: "blind57, independent: measured at the twenty-second round's arrival, then studied",
    parts: [
      {
        id: "blind57",
        label: "Blind set 57",
        note: "independent; measured, then studied in the twenty-second round",
        good: GOOD_BLIND57,
        bad: BAD_BLIND57,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.5, passed: 0.7 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon: a broad mix: Swedish regions, länsstyrelser and municipalities, UK and Irish councils and utilities, North American and Australasian emergency and health agencies; flaws over every kind. Never opened by a tuner.
  // Measured at arrival: at 5f1c27e (the round's start) 26/50 refused (52.0 %), 24/30 passed (80.0 %); at 22c5ed4, with
  // the round's rules (written before it arrived), 31/50, 24/30. Reported, not tuned.
  // After the twenty-second round (aggregates only, never opened): 31/50, 24/30.
  {
    id: "blind58",
    role: "heldOut",
    title: "blind58, independent and written in the twenty-second round: figures, and floors under what it measured",
    parts: [
      {
        id: "blind58",
        label: "Blind set 58",
        note: "independent, written in the twenty-second round: figures only",
        good: GOOD_BLIND58,
        bad: BAD_BLIND58,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.58, passed: 0.76 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon: English-language utilities, health departments and councils, Swedish municipalities; many faq answers and flaws of absence. Arrived after the round's
  // rules; measured before it was opened, at 5f1c27e 22/50 refused (44.0 %), 20/30 passed (66.7 %), and at 22c5ed4 24/50, 19/30.
  // Studied in the twenty-second round: 29/50 refused, 21/30 passed.
  {
    id: "blind59",
    role: "tuning",
    title: "blind59, independent: measured at the twenty-second round's arrival, then studied",
    parts: [
      {
        id: "blind59",
        label: "Blind set 59",
        note: "independent; measured, then studied in the twenty-second round",
        good: GOOD_BLIND59,
        bad: BAD_BLIND59,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.56, passed: 0.68 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon (the brief's source focus: Swedish regions, Krisinformation.se and municipalities in Skåne and Halland, UK councils, water companies and UKHSA; heatwaves, water shortages, cyber incidents, school closures).
  // Measured before it was opened, at 68409f5 (the twenty-third round's start): 26/50 refused, 24/30 passed.
  // Studied in the twenty-third round: 36/50 refused, 27/30 passed.
  {
    id: "blind60",
    role: "tuning",
    title: "blind60, independent: measured at the twenty-third round's arrival, then studied",
    parts: [
      {
        id: "blind60",
        label: "Blind set 60",
        note: "independent; measured, then studied in the twenty-third round",
        good: GOOD_BLIND60,
        bad: BAD_BLIND60,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.68, passed: 0.86 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon (the brief's source focus: Swedish municipalities and rescue services in Norrland and Dalarna, US county emergency management, sheriffs and the National Weather Service; winter storms, outages, road closures, smoke). Never opened
  // by a tuner. Measured at arrival, at 68409f5 (the twenty-third round's start, before any of its rules): 27/50
  // refused, 30/30 passed. Reported, not tuned. After the twenty-third round (aggregates only, never opened): 27/50, 30/30.
  {
    id: "blind61",
    role: "heldOut",
    title: "blind61, independent and written in the twenty-third round: figures, and floors under what it measured",
    parts: [
      {
        id: "blind61",
        label: "Blind set 61",
        note: "independent, written in the twenty-third round: figures only",
        good: GOOD_BLIND61,
        bad: BAD_BLIND61,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.5, passed: 0.96 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon (the brief's source focus: Swedish rescue services, Polisen and municipal warnings, Australian state agencies (NSW SES, VicEmergency, CFA, Queensland Health, SA Water); floods, fires, evacuations).
  // Measured before it was opened, at 68409f5 (the twenty-third round's start): 28/50 refused, 23/30 passed.
  // Studied in the twenty-third round: 41/50 refused, 25/30 passed.
  {
    id: "blind62",
    role: "tuning",
    title: "blind62, independent: measured at the twenty-third round's arrival, then studied",
    parts: [
      {
        id: "blind62",
        label: "Blind set 62",
        note: "independent; measured, then studied in the twenty-third round",
        good: GOOD_BLIND62,
        bad: BAD_BLIND62,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.77, passed: 0.79 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon (the brief's source focus: Swedish municipal water and energy companies and west-Swedish municipalities, Canadian municipalities, health units and utilities; boil notices, wells, spills, overflows). Never opened
  // by a tuner. Measured at arrival, at 68409f5 (the twenty-third round's start, before any of its rules): 31/50
  // refused, 28/30 passed. Reported, not tuned. After the twenty-third round (aggregates only, never opened): 32/50, 28/30.
  {
    id: "blind63",
    role: "heldOut",
    title: "blind63, independent and written in the twenty-third round: figures, and floors under what it measured",
    parts: [
      {
        id: "blind63",
        label: "Blind set 63",
        note: "independent, written in the twenty-third round: figures only",
        good: GOOD_BLIND63,
        bad: BAD_BLIND63,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.6, passed: 0.89 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon (the brief's source focus: Swedish länsstyrelser, Livsmedelsverket and municipalities in Östergötland and Småland, Irish councils, Uisce Éireann, HSE, New Zealand councils; animal disease, recalls, outbreaks, drought).
  // Measured before it was opened, at 68409f5 (the twenty-third round's start): 27/50 refused, 28/30 passed.
  // Studied in the twenty-third round: 36/50 refused, 29/30 passed.
  {
    id: "blind64",
    role: "tuning",
    title: "blind64, independent: measured at the twenty-third round's arrival, then studied",
    parts: [
      {
        id: "blind64",
        label: "Blind set 64",
        note: "independent; measured, then studied in the twenty-third round",
        good: GOOD_BLIND64,
        bad: BAD_BLIND64,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.68, passed: 0.92 },
      },
    ],
  },
  // Written 2026-12-07 by an author who read no rule or lexicon (the brief's source focus: Swedish municipalities in Stockholm, Uppsala and Gotland, US state health departments, CDC, FEMA and city governments; cyber attacks, breaches, infrastructure, heat, health rumours). Never opened
  // by a tuner. Measured at arrival, at 68409f5 (the twenty-third round's start, before any of its rules): 31/50
  // refused, 26/30 passed. Reported, not tuned. After the twenty-third round (aggregates only, never opened): 31/50, 26/30.
  {
    id: "blind65",
    role: "heldOut",
    title: "blind65, independent and written in the twenty-third round: figures, and floors under what it measured",
    parts: [
      {
        id: "blind65",
        label: "Blind set 65",
        note: "independent, written in the twenty-third round: figures only",
        good: GOOD_BLIND65,
        bad: BAD_BLIND65,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.57, passed: 0.82 },
      },
    ],
  },
  // Written 2026-12-07, after the twenty-third round's rules, by an author who read no rule or lexicon (the brief's
  // source focus: Swedish municipalities in Jämtland, Västernorrland and Västerbotten and regions' 1177 pages, Scottish councils, SEPA and Welsh councils and Dŵr Cymru; snow, landslips, supply failures, school transport, norovirus). Never opened by a tuner. Measured at arrival, both at 68409f5 (the round's start) and with the
  // round's rules (written without it): 29/50 refused, 26/30 passed at both. Reported, not tuned.
  {
    id: "blind66",
    role: "heldOut",
    title:
      "blind66, independent and written after the twenty-third round's rules: figures, and floors under what it measured",
    parts: [
      {
        id: "blind66",
        label: "Blind set 66",
        note: "independent, written after the twenty-third round's rules: figures only",
        good: GOOD_BLIND66,
        bad: BAD_BLIND66,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.53, passed: 0.82 },
      },
    ],
  },
  // Written 2026-12-07, after the twenty-third round's rules, by an author who read no rule or lexicon (the brief's
  // source focus: Swedish municipalities in Örebro, Västmanland, Södermanland and Blekinge and energy companies, US city water departments, public utility districts and county health departments; outages, boil advisories, tornado aftermath. The author read about nine items of blind50 (a tuning set) for the format, more than the brief allowed). Never opened by a tuner. Measured at arrival, both at 68409f5 (the round's start) and with the
  // round's rules (written without it): 25/50 refused, 21/30 passed at both. Reported, not tuned.
  {
    id: "blind67",
    role: "heldOut",
    title:
      "blind67, independent and written after the twenty-third round's rules: figures, and floors under what it measured",
    parts: [
      {
        id: "blind67",
        label: "Blind set 67",
        note: "independent, written after the twenty-third round's rules: figures only",
        good: GOOD_BLIND67,
        bad: BAD_BLIND67,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.46, passed: 0.65 },
      },
    ],
  },
  // Written 2026-12-07, after the twenty-third round's rules, by an author who read no rule or lexicon (the brief's
  // source focus: Swedish national and regional crisis pages and Tornedalen municipalities, Canadian provincial and regional emergency pages, Australian councils, New Zealand Civil Defence; wildfire evacuations, hospital cyber incidents, contamination, cold, corrections). Never opened by a tuner. Measured at arrival, both at 68409f5 (the round's start) and with the
  // round's rules (written without it): 30/50 refused, 28/30 passed at both. Reported, not tuned.
  {
    id: "blind68",
    role: "heldOut",
    title:
      "blind68, independent and written after the twenty-third round's rules: figures, and floors under what it measured",
    parts: [
      {
        id: "blind68",
        label: "Blind set 68",
        note: "independent, written after the twenty-third round's rules: figures only",
        good: GOOD_BLIND68,
        bad: BAD_BLIND68,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.55, passed: 0.89 },
      },
    ],
  },
  // The twenty-fourth round's contradiction sets (2026-12-07): each author read no rule, lexicon or earlier item and
  // wrote 40 flawed messages with exactly one internal contradiction (ten types, four each: two counts for one group,
  // parts and whole, two times for one event, a place affected and not, a state and its opposite, advice and its
  // opposite, all of a kind and an exception, a cause asserted and denied, headline against body, one measure with two
  // values) and 10-15 published messages with several consistent figures, times or states. Which to hold out was
  // decided before any arrived: contra1 and contra2 studied, contra3 held out; contra4 and contra5, written after the
  // round's first rules, held out too. Held-out sets are measured as aggregates only and never opened.
  // contra1 at arrival (86d80ab, the round's start): 9/40 refused, 8/10 passed. Studied, after the round: 26/40, 9/10.
  {
    id: "contra1",
    role: "tuning",
    title: "contra1, self-contradictions: measured at the twenty-fourth round's arrival, then studied",
    parts: [
      {
        id: "contra1",
        label: "Contradiction set 1",
        note: "independent; measured, then studied in the twenty-fourth round",
        good: GOOD_CONTRA1,
        bad: BAD_CONTRA1,
        shape: { kind: "sizes", minGood: 10, minBad: 40 },
        gate: { kind: "floors", refused: 0.63, passed: 0.86 },
      },
    ],
  },
  // contra2 at arrival (86d80ab): 13/40 refused, 10/14 passed. Studied, after the round: 27/40, 10/14. (Its author saw two new rule
  // files' names in `git status` after writing the set, none of their contents.)
  {
    id: "contra2",
    role: "tuning",
    title: "contra2, self-contradictions: measured at the twenty-fourth round's arrival, then studied",
    parts: [
      {
        id: "contra2",
        label: "Contradiction set 2",
        note: "independent; measured, then studied in the twenty-fourth round",
        good: GOOD_CONTRA2,
        bad: BAD_CONTRA2,
        shape: { kind: "sizes", minGood: 14, minBad: 40 },
        gate: { kind: "floors", refused: 0.62, passed: 0.67 },
      },
    ],
  },
  // contra3, held out, never opened: at arrival (86d80ab) 9/40 refused, 9/10 passed; after the round 12/40, 9/10.
  {
    id: "contra3",
    role: "heldOut",
    title:
      "contra3, self-contradictions, held out in the twenty-fourth round: figures, and floors under what it measured",
    parts: [
      {
        id: "contra3",
        label: "Contradiction set 3",
        note: "independent, held out in the twenty-fourth round: figures only",
        good: GOOD_CONTRA3,
        bad: BAD_CONTRA3,
        shape: { kind: "sizes", minGood: 10, minBad: 40 },
        gate: { kind: "floors", refused: 0.26, passed: 0.86 },
      },
    ],
  },
  // contra4, held out, never opened: at 86d80ab 7/40 refused, 11/15 passed; after the round 12/40, 11/15.
  {
    id: "contra4",
    role: "heldOut",
    title:
      "contra4, self-contradictions written after the round's first rules: figures, and floors under what it measured",
    parts: [
      {
        id: "contra4",
        label: "Contradiction set 4",
        note: "independent, written during the twenty-fourth round: figures only",
        good: GOOD_CONTRA4,
        bad: BAD_CONTRA4,
        shape: { kind: "sizes", minGood: 15, minBad: 40 },
        gate: { kind: "floors", refused: 0.28, passed: 0.69 },
      },
    ],
  },
  // contra5, held out, never opened: at 86d80ab 10/40 refused, 9/12 passed; after the round 19/40, 9/12.
  {
    id: "contra5",
    role: "heldOut",
    title:
      "contra5, self-contradictions written after the round's first rules: figures, and floors under what it measured",
    parts: [
      {
        id: "contra5",
        label: "Contradiction set 5",
        note: "independent, written during the twenty-fourth round: figures only",
        good: GOOD_CONTRA5,
        bad: BAD_CONTRA5,
        shape: { kind: "sizes", minGood: 12, minBad: 40 },
        gate: { kind: "floors", refused: 0.43, passed: 0.71 },
      },
    ],
  },
  // The twenty-fifth round's impartiality and openness sets (2026-12-07): each author read no rule, lexicon or earlier
  // item and wrote 40 otherwise competent messages with one flaw each (ten kinds, four each: blame, political credit,
  // self-praise or defence, stigmatising labels, mockery, alarmist wording, refusing to comment, hiding what is not
  // known or "handled" without what, a dodged question, information held back), and 12-13 published messages chosen
  // to be hard (a suspect or a cause named, a politician, groups at risk, strong justified words, a legal ground for
  // not saying more). Which to hold out was decided before any arrived: impart1 studied, impart2 and impart3 held out
  // (aggregates only, never opened).
  // impart1 at arrival (42bda6e, the round's start): 22/40 refused, 8/13 passed. Studied, after the round: 38/40, 13/13.
  {
    id: "impart1",
    role: "tuning",
    title: "impart1, impartiality and openness: measured at the twenty-fifth round's arrival, then studied",
    parts: [
      {
        id: "impart1",
        label: "Impartiality and openness set 1",
        note: "independent; measured, then studied in the twenty-fifth round",
        good: GOOD_IMPART1,
        bad: BAD_IMPART1,
        shape: { kind: "sizes", minGood: 13, minBad: 40 },
        gate: { kind: "floors", refused: 0.9, passed: 0.92 },
      },
    ],
  },
  // impart2, held out, never opened: at 42bda6e 21/40 refused, 9/13 passed; after the round 26/40, 10/13.
  {
    id: "impart2",
    role: "heldOut",
    title:
      "impart2, impartiality and openness, held out in the twenty-fifth round: figures, and floors under what it measured",
    parts: [
      {
        id: "impart2",
        label: "Impartiality and openness set 2",
        note: "independent, held out in the twenty-fifth round: figures only",
        good: GOOD_IMPART2,
        bad: BAD_IMPART2,
        shape: { kind: "sizes", minGood: 13, minBad: 40 },
        gate: { kind: "floors", refused: 0.62, passed: 0.76 },
      },
    ],
  },
  // impart3, held out, never opened: at 42bda6e 16/40 refused, 9/12 passed; after the round 20/40, 9/12.
  {
    id: "impart3",
    role: "heldOut",
    title:
      "impart3, impartiality and openness, held out in the twenty-fifth round: figures, and floors under what it measured",
    parts: [
      {
        id: "impart3",
        label: "Impartiality and openness set 3",
        note: "independent, held out in the twenty-fifth round: figures only",
        good: GOOD_IMPART3,
        bad: BAD_IMPART3,
        shape: { kind: "sizes", minGood: 12, minBad: 40 },
        gate: { kind: "floors", refused: 0.47, passed: 0.75 },
      },
    ],
  },
  // Two more sets written during the round on the six kinds the first three carried worst (blame, self-praise or
  // defence, alarmist wording, a dodged question, information held back, "handled" without what or a guess told as
  // certain): 48 flawed messages each, eight of every kind, and 12 published ones chosen to be hard. Decided before
  // either arrived: impart4 studied, impart5 held out.
  // impart4 at arrival (42bda6e): 8/48 refused, 9/12 passed. Studied, after the round: 37/48, 10/12.
  {
    id: "impart4",
    role: "tuning",
    title: "impart4, six hard kinds of impartiality and openness failure: measured at arrival, then studied",
    parts: [
      {
        id: "impart4",
        label: "Impartiality and openness set 4",
        note: "independent; measured, then studied in the twenty-fifth round",
        good: GOOD_IMPART4,
        bad: BAD_IMPART4,
        shape: { kind: "sizes", minGood: 12, minBad: 48 },
        gate: { kind: "floors", refused: 0.75, passed: 0.83 },
      },
    ],
  },
  // impart5, held out, never opened: at 42bda6e 12/48 refused, 10/12 passed; after the round 18/48, 10/12. Twenty-
  // seventh round: OP17's first reading of a closure told as a state refused one of its real messages (9/12); after a
  // review widened the reasons OP17 knows, 10/12 again.
  {
    id: "impart5",
    role: "heldOut",
    title:
      "impart5, six hard kinds of impartiality and openness failure, held out: figures, and floors under what it measured",
    parts: [
      {
        id: "impart5",
        label: "Impartiality and openness set 5",
        note: "independent, written during the twenty-fifth round: figures only",
        good: GOOD_IMPART5,
        bad: BAD_IMPART5,
        shape: { kind: "sizes", minGood: 12, minBad: 48 },
        gate: { kind: "floors", refused: 0.35, passed: 0.83 },
      },
    ],
  },
  // 125 published authority messages collected for constructions hard for rules (officials' quotes, what is not yet
  // known, investigations, authority counts, forecasts, corrections). At aa6e455 the first 63 passed 49 (77.8 %,
  // factual false fails 17.5 %); after the seventh round's real-prose fixes all 125 pass 117 (93.6 %). Tuning material.
  {
    id: "realExtra4",
    role: "tuning",
    title:
      "realExtra4, real messages only (seventh round, real prose): well-formed, and the gate passes what it reached",
    parts: [
      {
        id: "realExtra4",
        label: "Real messages 4",
        note: "tuning; real prose, no flawed messages",
        good: GOOD_REAL4,
        bad: [],
        shape: { kind: "real", min: 60, uniqueSources: true },
        gate: { kind: "holds", refused: 0, passed: 0.92 },
      },
    ],
  },
  // 83 published messages (45 Swedish, 38 English) of kinds the first pass had few of: short notices and social
  // posts, easy Swedish, länsstyrelser, police event notices and appeals, NWS and Environment Agency warnings,
  // health advisories, school closures. Measured at b083fe2 before any rule changed for it: 61/81 (75.3 %, factual
  // false fails 13.6 %); after the second pass's fixes 73/81 (90.1 %). Three that shared a URL with the held-out
  // set were then replaced and two added (4 of the 5 passed; the fifth led to an IM1 narrowing): 76/83 (91.6 %).
  // Tuning material.
  {
    id: "realExtra5",
    role: "tuning",
    title: "realExtra5, real messages only (real prose, second pass): well-formed, and the gate passes what it reached",
    parts: [
      {
        id: "realExtra5",
        label: "Real messages 5",
        note: "tuning; real prose, second pass, no flawed messages",
        good: GOOD_REAL5,
        bad: [],
        shape: { kind: "real", min: 80, uniqueSources: true },
        gate: { kind: "holds", refused: 0, passed: 0.9 },
      },
    ],
  },
  // 50 English-language and 50 Swedish published messages of the genres where authorities hedge, report and assess
  // (police appeals, outbreak reports, spills, cyber-incident statements). Measured at 0252d3a before any rule changed
  // for them: 40/50 (80.0 %, factual false fails 10 %) and 39/50 (78.0 %, factual 16 %); after the fifth pass 46/50
  // and 45/50. Tuning material.
  {
    id: "realExtra6+realExtra7",
    role: "tuning",
    title:
      "realExtra6 and realExtra7, real messages only (real prose, third and fourth passes): the gate passes what it reached",
    parts: [
      {
        id: "realExtra6",
        label: "Real messages 6",
        note: "tuning; English-language authorities, third pass",
        good: GOOD_REAL6,
        bad: [],
        shape: { kind: "real", min: 50 },
        gate: { kind: "holds", refused: 0, passed: 0.9 },
      },
      {
        id: "realExtra7",
        label: "Real messages 7",
        note: "tuning; Swedish authorities, fourth pass",
        good: GOOD_REAL7,
        bad: [],
        shape: { kind: "real", min: 50 },
        gate: { kind: "holds", refused: 0, passed: 0.88 },
      },
    ],
  },
  // 40 English-language and 38 Swedish published warnings, outage updates, closures and all-clears. Measured at
  // f5f8350 before any rule changed for them: 30/40 (75.0 %) and 33/38 (86.8 %); after the sixth pass 35/40 and
  // 33/38 (the Swedish ones' remaining refusals are thin status notes and a region's own staff words). Tuning material.
  {
    id: "realExtra8+realExtra9",
    role: "tuning",
    title: "realExtra8 and realExtra9, real messages only (sixth pass): the gate passes what it reached",
    parts: [
      {
        id: "realExtra8",
        label: "Real messages 8",
        note: "tuning; English-language authorities, fifth pass",
        good: GOOD_REAL8,
        bad: [],
        shape: { kind: "real", min: 35 },
      },
      {
        id: "realExtra9",
        label: "Real messages 9",
        note: "tuning; Swedish authorities, sixth pass",
        good: GOOD_REAL9,
        bad: [],
        shape: { kind: "real", min: 35 },
      },
    ],
    pooled: { label: "Real messages 8 and 9", gate: { kind: "floors", passed: 0.85 }, printed: false },
  },
  // 57 short forms (corrections, FAQ answers, alert texts, short posts) and 61 police, fire, health and utility
  // reports, collected by authors who read no rule. Measured at 8bbf1e1 before any rule changed for them: 41/57
  // (71.9 %) and 43/61 (70.5 %, factual false fails 23 %); after the tenth round's real-prose pass 44/57 and 55/61.
  {
    id: "realExtra10+realExtra11",
    role: "tuning",
    title:
      "realExtra10 and realExtra11, real messages only (tenth round, real prose): well-formed, and the gate passes what it reached",
    parts: [
      {
        id: "realExtra10",
        label: "Real messages 10",
        note: "tuning; short forms: corrections, FAQ, alerts, posts",
        good: GOOD_REAL10,
        bad: [],
        shape: { kind: "real", min: 55 },
        // The short forms keep active and audience-adapted false fails at 10.5 % each (rumour-first corrections, alert
        // texts thinner than a bulletin): held to what they measured, above the 10 % the other sets keep.
        gate: { kind: "floors", passed: 0.77, falseFail: 0.11 },
      },
      {
        id: "realExtra11",
        label: "Real messages 11",
        note: "tuning; police, fire, health and utility reports",
        good: GOOD_REAL11,
        bad: [],
        shape: { kind: "real", min: 55 },
        gate: { kind: "holds", refused: 0, passed: 0.88 },
      },
    ],
  },
  // Written 2026-12-08, during the twenty-seventh round, by an author who read no rule, lexicon or earlier item (the
  // brief's source focus: southern and west-coast Swedish municipalities, the UK, Ireland and the US East Coast and
  // South; heat, drought, school closures, cyber attacks, gas leaks, outbreaks, chemical fires, road closures). Decided
  // held out before it arrived, never opened by a tuner. Measured at arrival: 24/50 refused, 24/30 passed at 517c95c
  // (the round's start); 26/50, 24/30 with the round's rules. Reported, not tuned.
  {
    id: "blind69",
    role: "heldOut",
    title:
      "blind69, independent and written during the twenty-seventh round: figures, and floors under what it measured",
    parts: [
      {
        id: "blind69",
        label: "Blind set 69",
        note: "independent, written during the twenty-seventh round: figures only",
        good: GOOD_BLIND69,
        bad: BAD_BLIND69,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.5, passed: 0.8 },
      },
    ],
  },
  // Written 2026-12-08, during the twenty-seventh round, by an author who read no rule, lexicon or earlier item (the
  // brief's source focus: middle and northern Swedish municipalities, the US West and Midwest, Canada and New Zealand;
  // winter storms, power cuts, floods, wildfires, boil notices, police incidents, landslides). Decided as tuning
  // material before it arrived. Measured at arrival: 25/50 refused, 23/30 passed at 517c95c; 26/50, 23/30 with the
  // round's rules so far. Then studied: 37/50, 24/30.
  {
    id: "blind70",
    role: "tuning",
    title:
      "blind70, independent, measured at arrival and studied in the twenty-seventh round: floors under what it reached",
    parts: [
      {
        id: "blind70",
        label: "Blind set 70",
        note: "independent; measured, then studied in the twenty-seventh round",
        good: GOOD_BLIND70,
        bad: BAD_BLIND70,
        shape: { kind: "wellFormed", minBad: 45 },
        gate: { kind: "floors", refused: 0.74, passed: 0.8 },
      },
    ],
  },
];
