/**
 * The checklist judged as a publish gate on the evaluation corpus (test/eval/checklist: real authority messages
 * and messages written from known failure patterns). The held-out third was never looked at while tuning; its
 * figures are asserted at what was reached, below the targets where it falls short (see the README).
 */
import { describe, expect, it } from "vitest";
import { BAD_EXTRA, GOOD_EXTRA } from "./checklist/extraTune.js";
import { BAD_EXTRA2, GOOD_EXTRA2 } from "./checklist/extraTune2.js";
import { BAD_EXTRA3, GOOD_EXTRA3 } from "./checklist/extraTune3.js";
import { BAD_BLIND3, GOOD_BLIND3 } from "./checklist/blind3.js";
import { BAD_BLIND4, GOOD_BLIND4 } from "./checklist/blind4.js";
import { BAD_BLIND5, GOOD_BLIND5 } from "./checklist/blind5.js";
import { BAD_BLIND6, GOOD_BLIND6 } from "./checklist/blind6.js";
import { BAD_BLIND7, GOOD_BLIND7 } from "./checklist/blind7.js";
import { BAD_BLIND8, GOOD_BLIND8 } from "./checklist/blind8.js";
import { BAD_BLIND9, GOOD_BLIND9 } from "./checklist/blind9.js";
import { BAD_BLIND10, GOOD_BLIND10 } from "./checklist/blind10.js";
import { BAD_BLIND11, GOOD_BLIND11 } from "./checklist/blind11.js";
import { BAD_BLIND12, GOOD_BLIND12 } from "./checklist/blind12.js";
import { BAD_BLIND13, GOOD_BLIND13 } from "./checklist/blind13.js";
import { BAD_BLIND14, GOOD_BLIND14 } from "./checklist/blind14.js";
import { BAD_BLIND15, GOOD_BLIND15 } from "./checklist/blind15.js";
import { BAD_BLIND16, GOOD_BLIND16 } from "./checklist/blind16.js";
import { BAD_BLIND17, GOOD_BLIND17 } from "./checklist/blind17.js";
import { BAD_BLIND18, GOOD_BLIND18 } from "./checklist/blind18.js";
import { BAD_BLIND19, GOOD_BLIND19 } from "./checklist/blind19.js";
import { BAD_BLIND20, GOOD_BLIND20 } from "./checklist/blind20.js";
import { BAD_BLIND21, GOOD_BLIND21 } from "./checklist/blind21.js";
import { BAD_BLIND22, GOOD_BLIND22 } from "./checklist/blind22.js";
import { BAD_BLIND23, GOOD_BLIND23 } from "./checklist/blind23.js";
import { BAD_BLIND24, GOOD_BLIND24 } from "./checklist/blind24.js";
import { BAD_BLIND25, GOOD_BLIND25 } from "./checklist/blind25.js";
import { BAD_BLIND26, GOOD_BLIND26 } from "./checklist/blind26.js";
import { BAD_BLIND27, GOOD_BLIND27 } from "./checklist/blind27.js";
import { BAD_BLIND28, GOOD_BLIND28 } from "./checklist/blind28.js";
import { BAD_BLIND29, GOOD_BLIND29 } from "./checklist/blind29.js";
import { GOOD_REAL10 } from "./checklist/realExtra10.js";
import { GOOD_REAL11 } from "./checklist/realExtra11.js";
import { GOOD_REAL4 } from "./checklist/realExtra4.js";
import { GOOD_REAL5 } from "./checklist/realExtra5.js";
import { GOOD_REAL6 } from "./checklist/realExtra6.js";
import { GOOD_REAL7 } from "./checklist/realExtra7.js";
import { GOOD_REAL8 } from "./checklist/realExtra8.js";
import { GOOD_REAL9 } from "./checklist/realExtra9.js";
import type { EvalMessage } from "./checklist/types.js";
import { BAD, GOOD, split } from "./checklist/index.js";
import { evaluate, formatReport } from "./evaluateChecklist.js";

// extraTune.ts and extraTune2.ts were written later, blind to the rules, as more tuning material.
const tune = evaluate(
  [...GOOD.filter((m) => split(m) === "tune"), ...GOOD_EXTRA, ...GOOD_EXTRA2, ...GOOD_EXTRA3],
  [...BAD.filter((m) => split(m) === "tune"), ...BAD_EXTRA, ...BAD_EXTRA2, ...BAD_EXTRA3],
);
const held = evaluate(
  GOOD.filter((m) => split(m) === "holdout"),
  BAD.filter((m) => split(m) === "holdout"),
);
// Two more held-out sets (figures only, never their items): blind3.ts written before the rules were generalised,
// blind4.ts after. See the README for what each figure means.
const blind3 = evaluate(GOOD_BLIND3, BAD_BLIND3);
const blind4 = evaluate(GOOD_BLIND4, BAD_BLIND4);
// blind5.ts: written for the second round before any rule changed in it (measured once then: 64.5 % refused).
const blind5 = evaluate(GOOD_BLIND5, BAD_BLIND5);
// blind6.ts: written for the third round before any rule changed in it; measured before (77.1 % refused, 81.8 %
// passed) and once after the round (79.2 %, 81.8 %). Never tuned on; below the targets (see the README).
const blind6 = evaluate(GOOD_BLIND6, BAD_BLIND6);

describe("checklist evaluation corpus", () => {
  it("holds at least 60 real and 60 flawed messages, a third held out", () => {
    expect(GOOD.length).toBeGreaterThanOrEqual(60);
    expect(BAD.length).toBeGreaterThanOrEqual(60);
    expect(held.good).toBeGreaterThanOrEqual(Math.floor(GOOD.length / 3));
    expect(held.bad).toBeGreaterThanOrEqual(Math.floor(BAD.length / 3));
    expect(BAD.every((m) => m.mustFlag.length > 0)).toBe(true);
  });

  it("tuning part: the gate refuses flawed messages and passes real ones", () => {
    console.log(formatReport("Tuning part", tune));
    expect(tune.badRefused / tune.bad).toBeGreaterThanOrEqual(0.9);
    expect(tune.goodPassed / tune.good).toBeGreaterThanOrEqual(0.95);
    expect(tune.fullyFlagged / tune.bad).toBeGreaterThanOrEqual(0.8);
    for (const rate of Object.values(tune.falseFailRate)) expect(rate).toBeLessThanOrEqual(0.1);
  });

  it("held-out part: the same, on messages never tuned on", () => {
    console.log(formatReport("Held-out part", held));
    expect(held.badRefused / held.bad).toBeGreaterThanOrEqual(0.8);
    expect(held.goodPassed / held.good).toBeGreaterThanOrEqual(0.9);
    for (const rate of Object.values(held.falseFailRate)) expect(rate).toBeLessThanOrEqual(0.1);
  });

  it("held-out blind sets: the gate refuses most flawed messages and passes the real ones", () => {
    console.log(formatReport("Blind set 3", blind3));
    console.log(formatReport("Blind set 4", blind4));
    console.log(formatReport("Blind set 5", blind5));
    expect(BAD_BLIND5.length).toBeGreaterThanOrEqual(25);
    expect(GOOD_BLIND5.length).toBeGreaterThanOrEqual(12);
    expect(BAD_BLIND3.length).toBeGreaterThanOrEqual(20);
    expect(GOOD_BLIND3.length).toBeGreaterThanOrEqual(15);
    for (const r of [blind3, blind4, blind5]) {
      expect(r.badRefused / r.bad).toBeGreaterThanOrEqual(0.8);
      expect(r.goodPassed / r.good).toBeGreaterThanOrEqual(0.9);
      for (const rate of Object.values(r.falseFailRate)) expect(rate).toBeLessThanOrEqual(0.1);
    }
  });

  // Fourth round: blind6's per-item results were read and its failure mechanisms fixed (README), so it is tuning
  // material now: 44/48 refused, 22/22 passed after the round.
  it("blind6, studied in the fourth round (now a tuning figure): the gate refuses flawed and passes real messages", () => {
    console.log(formatReport("Blind set 6", blind6));
    expect(BAD_BLIND6.length).toBeGreaterThanOrEqual(40);
    expect(GOOD_BLIND6.length).toBeGreaterThanOrEqual(20);
    // 0.875, not 0.9: the fifth round shortened the "short and thin" band to 35 words because real notices of 35–60
    // words with only what and where (blind8) were refused; one blind6 item of that length now passes.
    expect(blind6.badRefused / blind6.bad).toBeGreaterThanOrEqual(0.875);
    expect(blind6.goodPassed / blind6.good).toBeGreaterThanOrEqual(0.95);
    for (const rate of Object.values(blind6.falseFailRate)) expect(rate).toBeLessThanOrEqual(0.1);
  });

  it("blind7, independent and held out: well-formed (figures only; its floors are set later)", () => {
    // Only the set's shape is asserted here: the coordinator sets score floors after the measurement at 93b0bd1.
    expect(GOOD_BLIND7.length).toBeGreaterThanOrEqual(25);
    expect(BAD_BLIND7.length).toBeGreaterThanOrEqual(50);
    const ids = [...GOOD_BLIND7, ...BAD_BLIND7].map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of GOOD_BLIND7) {
      expect(m.mustFlag).toEqual([]);
      expect(m.pattern).toBeUndefined();
      expect(m.source).toMatch(/https?:\/\/\S+/);
      expect(m.input.body.trim().length).toBeGreaterThan(0);
    }
    for (const m of BAD_BLIND7) {
      expect(m.mustFlag.length).toBeGreaterThan(0);
      expect(new Set(m.mustFlag).size).toBe(m.mustFlag.length);
      expect(m.pattern ?? "").not.toBe("");
      expect(m.source.length).toBeGreaterThan(0);
      expect(m.input.body.trim().length).toBeGreaterThan(0);
    }
    for (const lang of ["sv", "en"] as const) {
      expect(GOOD_BLIND7.filter((m) => m.input.language === lang).length).toBeGreaterThanOrEqual(10);
      expect(BAD_BLIND7.filter((m) => m.input.language === lang).length).toBeGreaterThanOrEqual(20);
    }
    for (const p of ["active", "open", "factual", "fast", "impartial", "audienceAdapted"] as const) {
      expect(BAD_BLIND7.filter((m) => m.mustFlag.includes(p)).length).toBeGreaterThanOrEqual(3);
    }
  });

  it("blind7, independent and held out: the gate holds what it reached (floors below the issue's targets)", () => {
    // Measured twice, aggregates only: at 93b0bd1 72.2 % refused / 97.1 % passed; after the fourth round (tuned on
    // other sets, blind7 never opened by the tuner) 80.6 % / 97.1 %. The targets (95 % / 90 %) are not met;
    // these floors only keep a later change from losing what was reached.
    const blind7 = evaluate(GOOD_BLIND7, BAD_BLIND7);
    console.log(formatReport("Blind set 7", blind7));
    expect(blind7.badRefused / blind7.bad).toBeGreaterThanOrEqual(0.8);
    expect(blind7.goodPassed / blind7.good).toBeGreaterThanOrEqual(0.95);
    for (const rate of Object.values(blind7.falseFailRate)) expect(rate).toBeLessThanOrEqual(0.1);
  });

  it("blind8, independent: well-formed, and the gate holds what the fifth round reached", () => {
    // Written 2026-12-04 by an author who read no rule; measured at d706712 (71.6 % refused / 83.8 % passed) and
    // after the first pass of the fifth round, tuned on blind7 (the same: 71.6 % / 83.8 %). Then studied openly
    // (tuning material); after the second pass 79.1 % / 97.3 %, after the fourth 88.1 % / 97.3 %. The sixth round's
    // second pass classed its misses with blind9–blind11's by mechanism: 92.5 % / 97.3 %, so the floor rose to 0.88.
    expectWellFormed(GOOD_BLIND8, BAD_BLIND8);
    const blind8 = evaluate(GOOD_BLIND8, BAD_BLIND8);
    console.log(formatReport("Blind set 8", blind8));
    expect(blind8.badRefused / blind8.bad).toBeGreaterThanOrEqual(0.88);
    expect(blind8.goodPassed / blind8.good).toBeGreaterThanOrEqual(0.94);
  });

  it("blind9, independent: measured twice, then studied in the fifth round; the gate holds what it reached", () => {
    // Written 2026-12-04 by an author who read no rule and no earlier item; measured at d706712 (68.2 % refused /
    // 86.5 % passed) and after the third pass (72.7 % / 86.5 %), aggregates only. Then studied openly; after the fourth
    // pass 78.8 % / 94.6 %; after the sixth round's second pass (misses classed by mechanism) 93.9 % / 94.6 %, floor 0.88.
    expectWellFormed(GOOD_BLIND9, BAD_BLIND9);
    const blind9 = evaluate(GOOD_BLIND9, BAD_BLIND9);
    console.log(formatReport("Blind set 9", blind9));
    expect(blind9.badRefused / blind9.bad).toBeGreaterThanOrEqual(0.88);
    expect(blind9.goodPassed / blind9.good).toBeGreaterThanOrEqual(0.92);
  });

  it("blind10, independent: held out in the fifth round, tuning material since the sixth; the gate holds what it reached", () => {
    // Written during the fifth round by an author who read no rule and no earlier item. Measured twice while held out,
    // aggregates only: at d706712 69.2 % refused / 94.3 % passed; at the end of the fifth round 80.0 % / 97.1 %. Its
    // items were read in the sixth round's second pass (misses classed by mechanism): 96.9 % / 97.1 %, floor 0.88.
    expectWellFormed(GOOD_BLIND10, BAD_BLIND10);
    expectGateHolds("Blind set 10", GOOD_BLIND10, BAD_BLIND10, { refused: 0.88, passed: 0.94 });
  });

  it("blind11, independent: measured once, then the sixth round's tuning material; the gate holds what it reached", () => {
    // Measured at f3c32f5 before it was studied: 76.3 % refused / 83.3 % passed; after the sixth round 98.7 % / 94.4 %.
    expectWellFormed(GOOD_BLIND11, BAD_BLIND11);
    expectGateHolds("Blind set 11", GOOD_BLIND11, BAD_BLIND11, { refused: 0.9, passed: 0.9 });
  });

  it("blind12, independent: held out in the sixth round, tuning material since the seventh; the gate holds what it reached", () => {
    // Written before the sixth round by an author who read no rule and no earlier item; never opened by its tuners.
    // Aggregates only: at f3c32f5 72.7 % refused / 91.4 % passed; after the sixth round 75.8 % / 88.6 % (false-fail
    // factual 5.7 %, fast 2.9 %, audience-adapted 2.9 %). Its items were read in the seventh round (misses classed by
    // construction): 93.9 % / 100 %, floors 0.93 / 0.97.
    expectWellFormed(GOOD_BLIND12, BAD_BLIND12);
    expectGateHolds("Blind set 12", GOOD_BLIND12, BAD_BLIND12, { refused: 0.93, passed: 0.97 });
  });

  it("blind13, independent: measured at the start of the seventh round, then its tuning material; the gate holds what it reached", () => {
    // Written for the seventh round by an author who read no rule, lexicon, SPEC or earlier flawed item. Measured at
    // 3b05e4e before it was studied: 87.9 % refused / 85.7 % passed; after the seventh round 98.5 % / 94.3 %.
    expectWellFormed(GOOD_BLIND13, BAD_BLIND13);
    expectGateHolds("Blind set 13", GOOD_BLIND13, BAD_BLIND13, { refused: 0.96, passed: 0.94 });
  });

  it("blind14, independent: held out in the seventh round, then its tuning material; the gate holds what it reached", () => {
    // Written for the seventh round by an author who read no rule, lexicon, SPEC or earlier item; the round's held-out
    // set. Measured at the round's start and its end with identical figures: 53/66 refused (80.3 %), 28/37 passed
    // (75.7 %, factual false fails 16.2 %). Then studied by construction (paraphrase pair tests in
    // rules.judgement9.test.ts): 66/66 (100 %) and 37/37 (100 %).
    expectWellFormed(GOOD_BLIND14, BAD_BLIND14);
    // Floors a little under that, as for the other tuning sets: a regression guard, not a pin on every item.
    expectGateHolds("Blind set 14", GOOD_BLIND14, BAD_BLIND14, { refused: 0.97, passed: 0.97 });
  });

  it("blind15, independent: held out after the seventh round, studied in the ninth; the gate holds what it reached", () => {
    // Written at the end of the seventh round by an author who read no rule, lexicon, SPEC or earlier item. Measured
    // while held out at 3b05e4e 39/51 refused (76.5 %), 27/30 passed (90.0 %), and at 8b04106 40/51 (78.4 %), 27/30.
    // Studied in the ninth round (paraphrase pair tests in rules.judgement10.test.ts): 44/51 (86.3 %), 27/30.
    expectWellFormed(GOOD_BLIND15, BAD_BLIND15);
    expectGateHolds("Blind set 15", GOOD_BLIND15, BAD_BLIND15, { refused: 0.84, passed: 0.86 });
  });

  it("blind16, independent: measured at the ninth round's start, then studied in it; the gate holds what it reached", () => {
    // Written 2026-12-05 from Swedish municipalities', regions' and utilities' messages by an author who read no rule,
    // lexicon or earlier item. At 8b04106, before it was opened: 26/45 refused (57.8 %), 24/30 passed (80.0 %). After
    // the ninth round: 32/45 (71.1 %), 28/30 (93.3 %).
    expectWellFormed(GOOD_BLIND16, BAD_BLIND16);
    expectGateHolds("Blind set 16", GOOD_BLIND16, BAD_BLIND16, { refused: 0.69, passed: 0.9 });
  });

  it("blind17, independent and held out in the ninth round: the gate holds what it did on unseen wording", () => {
    // Written with blind16 from English-speaking authorities' and Swedish national agencies' messages by an author who
    // read no rule, lexicon or earlier item; never opened by a tuner. Measured at the ninth round's start (8b04106) and
    // at its end with identical figures: 34/45 refused (75.6 %), 28/30 passed (93.3 %). Floors a little under that.
    expectWellFormed(GOOD_BLIND17, BAD_BLIND17);
    expectGateHolds("Blind set 17", GOOD_BLIND17, BAD_BLIND17, { refused: 0.73, passed: 0.9 });
  });

  it("blind18 and blind19, independent: measured on the ninth round's first pass, then studied; the gate holds what it reached", () => {
    // Written 2026-12-05 by two authors who read no rule, lexicon or earlier item (blind18 from Swedish municipalities,
    // länsstyrelser and utilities; blind19 from English-speaking authorities and Swedish national agencies). Measured
    // at 0212c40 before they were opened: blind18 26/45 refused (57.8 %), 28/30 passed (93.3 %); blind19 30/45 (66.7 %),
    // 23/30 (76.7 %, factual false fails 16.7 %). After the second pass: 32/45 (71.1 %), 29/30; 35/45 (77.8 %), 28/30.
    expectWellFormed(GOOD_BLIND18, BAD_BLIND18);
    expectWellFormed(GOOD_BLIND19, BAD_BLIND19);
    expectGateHolds("Blind set 18", GOOD_BLIND18, BAD_BLIND18, { refused: 0.69, passed: 0.93 });
    expectGateHolds("Blind set 19", GOOD_BLIND19, BAD_BLIND19, { refused: 0.75, passed: 0.9 });
  });

  it("blind20 and blind21, independent: measured at the ninth round's start and after its second pass, then studied", () => {
    // Written 2026-12-05 by two authors who read no rule, lexicon or earlier item. Before they were opened: at 8b04106
    // blind20 26/45 refused (57.8 %), 27/30 passed; blind21 28/45 (62.2 %), 28/30; at bbf14dd 27/45 (60.0 %), 28/30
    // and 29/45 (64.4 %), 28/30. After the third pass: 34/45 (75.6 %), 30/30 and 33/45 (73.3 %), 28/30.
    expectWellFormed(GOOD_BLIND20, BAD_BLIND20);
    expectWellFormed(GOOD_BLIND21, BAD_BLIND21);
    expectGateHolds("Blind set 20", GOOD_BLIND20, BAD_BLIND20, { refused: 0.73, passed: 0.96 });
    expectGateHolds("Blind set 21", GOOD_BLIND21, BAD_BLIND21, { refused: 0.71, passed: 0.9 });
  });

  it("blind22 and blind23, independent: measured at the ninth round's start and after its third pass, then studied", () => {
    // Written 2026-12-05 by two authors who read no rule, lexicon or earlier item. Before they were opened: at 8b04106
    // blind22 24/45 refused (53.3 %), 23/30 passed (76.7 %, factual false fails 20 %); blind23 21/45 (46.7 %), 22/30;
    // at 39e0cf3 24/45, 23/30 and 22/45 (48.9 %), 22/30. After the fourth pass: 32/45 (71.1 %), 26/30 and 27/45
    // (60.0 %), 25/30.
    expectWellFormed(GOOD_BLIND22, BAD_BLIND22);
    expectWellFormed(GOOD_BLIND23, BAD_BLIND23);
    expectGateHolds("Blind set 22", GOOD_BLIND22, BAD_BLIND22, { refused: 0.69, passed: 0.8 });
    expectGateHolds("Blind set 23", GOOD_BLIND23, BAD_BLIND23, { refused: 0.57, passed: 0.8 });
  });

  it("blind24 and blind25, independent and held out after the ninth round: figures, and floors under what they measured", () => {
    // Written at the end of the ninth round by two authors who read no rule, lexicon or earlier item; never opened by a
    // tuner. Together, at 8b04106 (the round's start): 56/90 refused (62.2 %), 45/60 passed (75.0 %); at 932e7cd (its
    // end): 59/90 (65.6 %), 47/60 (78.3 %; factual false fails 15 %); after the fifth pass (real prose) 59/90, 48/60
    // (80.0 %); after the sixth 59/90, 49/60 (81.7 %). Well below the targets: reported, not tuned.
    expectWellFormed(GOOD_BLIND24, BAD_BLIND24);
    expectWellFormed(GOOD_BLIND25, BAD_BLIND25);
    const report = evaluate([...GOOD_BLIND24, ...GOOD_BLIND25], [...BAD_BLIND24, ...BAD_BLIND25]);
    console.log(formatReport("Blind sets 24 and 25", report));
    expect(report.badRefused / report.bad).toBeGreaterThanOrEqual(0.63);
    expect(report.goodPassed / report.good).toBeGreaterThanOrEqual(0.76);
  });

  it("blind26, independent: measured at the tenth round's start, then studied", () => {
    // Written 2026-12-05 by an author who read no rule, lexicon or earlier item. Before it was opened (0460818):
    // 31/45 refused (68.9 %), 25/30 passed (83.3 %, factual false fails 10 %); after the tenth round's pass: 37/45
    // (82.2 %), 29/30 (96.7 %).
    expectWellFormed(GOOD_BLIND26, BAD_BLIND26);
    expectGateHolds("Blind set 26", GOOD_BLIND26, BAD_BLIND26, { refused: 0.8, passed: 0.93 });
  });

  it("blind27 and blind28, independent and held out in the tenth round: figures, and floors under what they measured", () => {
    // Written beside blind26 by two authors who read no rule, lexicon or earlier item; never opened by a tuner.
    // blind27 (incidents beyond water): 28/45 refused (62.2 %), 28/30 passed (93.3 %); blind28 (short forms,
    // corrections and FAQ answers): 28/45 (62.2 %), 18/30 (60.0 %; audience-adapted false fails 20 %, factual
    // 13.3 %). The same before and after the tenth round's pass on blind26, to the message. Reported, not tuned.
    expectWellFormed(GOOD_BLIND27, BAD_BLIND27);
    expectWellFormed(GOOD_BLIND28, BAD_BLIND28);
    const report = evaluate([...GOOD_BLIND27, ...GOOD_BLIND28], [...BAD_BLIND27, ...BAD_BLIND28]);
    console.log(formatReport("Blind sets 27 and 28", report));
    expect(report.badRefused / report.bad).toBeGreaterThanOrEqual(0.6);
    expect(report.goodPassed / report.good).toBeGreaterThanOrEqual(0.75);
  });

  it("blind29, independent and written after the tenth round: figures, and floors under what it measured", () => {
    // 21 real and 45 flawed messages by an author who read no rule; never opened by a tuner. Measured once at 8bca69f:
    // 22/45 refused (48.9 %), 20/21 passed (95.2 %); the same at e27b213, before the round. Reported, not tuned.
    expectWellFormed(GOOD_BLIND29, BAD_BLIND29, 20);
    const report = evaluate([...GOOD_BLIND29], [...BAD_BLIND29]);
    console.log(formatReport("Blind set 29", report));
    expect(report.badRefused / report.bad).toBeGreaterThanOrEqual(0.46);
    expect(report.goodPassed / report.good).toBeGreaterThanOrEqual(0.9);
  });

  it("realExtra10 and realExtra11, real messages only (tenth round, real prose): well-formed, and the gate passes what it reached", () => {
    // 57 short forms (corrections, FAQ answers, alert texts, short posts) and 61 police, fire, health and utility
    // reports, collected by authors who read no rule. Measured at 8bbf1e1 before any rule changed for them: 41/57
    // (71.9 %) and 43/61 (70.5 %, factual false fails 23 %); after the tenth round's real-prose pass 44/57 and 55/61.
    for (const set of [GOOD_REAL10, GOOD_REAL11]) {
      expect(set.length).toBeGreaterThanOrEqual(55);
      expect(new Set(set.map((m) => m.id)).size).toBe(set.length);
      for (const m of set) {
        expect(m.mustFlag).toEqual([]);
        expect(m.source).toMatch(/https?:\/\/\S+/);
      }
    }
    // The short forms keep active and audience-adapted false fails at 10.5 % each (rumour-first corrections, alert
    // texts thinner than a bulletin): held to what they measured, above the 10 % the other sets keep.
    const short = evaluate([...GOOD_REAL10], []);
    console.log(formatReport("Real messages 10", short));
    expect(short.goodPassed / short.good).toBeGreaterThanOrEqual(0.77);
    for (const rate of Object.values(short.falseFailRate)) expect(rate).toBeLessThanOrEqual(0.11);
    expectGateHolds("Real messages 11", GOOD_REAL11, [], { refused: 0, passed: 0.88 });
  });

  it("realExtra4, real messages only (seventh round, real prose): well-formed, and the gate passes what it reached", () => {
    // 125 published authority messages collected for constructions hard for rules (officials' quotes, what is not yet
    // known, investigations, authority counts, forecasts, corrections). At aa6e455 the first 63 passed 49 (77.8 %,
    // factual false fails 17.5 %); after the seventh round's real-prose fixes all 125 pass 117 (93.6 %). Tuning material.
    expect(GOOD_REAL4.length).toBeGreaterThanOrEqual(60);
    expect(new Set(GOOD_REAL4.map((m) => m.id)).size).toBe(GOOD_REAL4.length);
    expect(new Set(GOOD_REAL4.map((m) => m.source.split(" ")[0])).size).toBe(GOOD_REAL4.length);
    for (const m of GOOD_REAL4) {
      expect(m.mustFlag).toEqual([]);
      expect(m.source).toMatch(/https?:\/\/\S+/);
    }
    expectGateHolds("Real messages 4", GOOD_REAL4, [], { refused: 0, passed: 0.92 });
  });

  it("realExtra5, real messages only (real prose, second pass): well-formed, and the gate passes what it reached", () => {
    // 83 published messages (45 Swedish, 38 English) of kinds the first pass had few of: short notices and social
    // posts, easy Swedish, länsstyrelser, police event notices and appeals, NWS and Environment Agency warnings,
    // health advisories, school closures. Measured at b083fe2 before any rule changed for it: 61/81 (75.3 %, factual
    // false fails 13.6 %); after the second pass's fixes 73/81 (90.1 %). Three that shared a URL with the held-out
    // set were then replaced and two added (4 of the 5 passed; the fifth led to an IM1 narrowing): 76/83 (91.6 %).
    // Tuning material.
    expect(GOOD_REAL5.length).toBeGreaterThanOrEqual(80);
    expect(new Set(GOOD_REAL5.map((m) => m.id)).size).toBe(GOOD_REAL5.length);
    expect(new Set(GOOD_REAL5.map((m) => m.source.split(" ")[0])).size).toBe(GOOD_REAL5.length);
    for (const m of GOOD_REAL5) {
      expect(m.mustFlag).toEqual([]);
      expect(m.source).toMatch(/https?:\/\/\S+/);
    }
    expectGateHolds("Real messages 5", GOOD_REAL5, [], { refused: 0, passed: 0.9 });
  });

  it("realExtra6 and realExtra7, real messages only (real prose, third and fourth passes): the gate passes what it reached", () => {
    // 50 English-language and 50 Swedish published messages of the genres where authorities hedge, report and assess
    // (police appeals, outbreak reports, spills, cyber-incident statements). Measured at 0252d3a before any rule changed
    // for them: 40/50 (80.0 %, factual false fails 10 %) and 39/50 (78.0 %, factual 16 %); after the fifth pass 46/50
    // and 45/50. Tuning material.
    for (const set of [GOOD_REAL6, GOOD_REAL7]) expectRealWellFormed(set, 50);
    expectGateHolds("Real messages 6", GOOD_REAL6, [], { refused: 0, passed: 0.9 });
    expectGateHolds("Real messages 7", GOOD_REAL7, [], { refused: 0, passed: 0.88 });
  });

  it("realExtra8 and realExtra9, real messages only (sixth pass): the gate passes what it reached", () => {
    // 40 English-language and 38 Swedish published warnings, outage updates, closures and all-clears. Measured at
    // f5f8350 before any rule changed for them: 30/40 (75.0 %) and 33/38 (86.8 %); after the sixth pass 35/40 and
    // 33/38 (the Swedish ones' remaining refusals are thin status notes and a region's own staff words). Tuning material.
    for (const set of [GOOD_REAL8, GOOD_REAL9]) expectRealWellFormed(set, 35);
    const report = evaluate([...GOOD_REAL8, ...GOOD_REAL9], []);
    console.log(formatReport("Real messages 8 and 9", report));
    expect(report.goodPassed / report.good).toBeGreaterThanOrEqual(0.85);
  });
});

/**
 * Prints a set's gate figures (never its items) and holds them at floors: the share of flawed messages refused, of
 * real ones passed, and no principle failing more than 10 % of the real ones.
 */
function expectGateHolds(
  label: string,
  good: readonly EvalMessage[],
  bad: readonly EvalMessage[],
  floors: { refused: number; passed: number },
): void {
  const report = evaluate([...good], [...bad]);
  console.log(formatReport(label, report).split("\n").slice(0, 6).join("\n"));
  // A set of real messages only has no refusal rate to hold.
  if (report.bad > 0) expect(report.badRefused / report.bad).toBeGreaterThanOrEqual(floors.refused);
  expect(report.goodPassed / report.good).toBeGreaterThanOrEqual(floors.passed);
  for (const rate of Object.values(report.falseFailRate)) expect(rate).toBeLessThanOrEqual(0.1);
}

/** A set of real messages only: at least `min`, unique ids, nothing to flag, each with its source URL. */
function expectRealWellFormed(good: readonly EvalMessage[], min: number): void {
  expect(good.length).toBeGreaterThanOrEqual(min);
  expect(new Set(good.map((m) => m.id)).size).toBe(good.length);
  for (const m of good) {
    expect(m.mustFlag).toEqual([]);
    expect(m.source).toMatch(/https?:\/\/\S+/);
  }
}

/** `minGood`: blind29's author found 21 real messages the earlier sets had not used (the index was nearly spent). */
function expectWellFormed(good: readonly EvalMessage[], bad: readonly EvalMessage[], minGood = 25): void {
  expect(good.length).toBeGreaterThanOrEqual(minGood);
  expect(bad.length).toBeGreaterThanOrEqual(45);
  const ids = [...good, ...bad].map((m) => m.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const m of good) {
    expect(m.mustFlag).toEqual([]);
    expect(m.source).toMatch(/https?:\/\/\S+/);
    expect(m.input.body.trim().length).toBeGreaterThan(0);
  }
  for (const m of bad) {
    expect(m.mustFlag.length).toBeGreaterThan(0);
    expect(new Set(m.mustFlag).size).toBe(m.mustFlag.length);
    expect(m.pattern ?? "").not.toBe("");
    expect(m.input.body.trim().length).toBeGreaterThan(0);
  }
}
