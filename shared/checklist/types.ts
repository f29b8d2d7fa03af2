import type { ChecklistSpan, ChecklistText, FindingSeverity, MessageKind } from "../schemas/checklist.js";
import type { Analysis } from "./analysis.js";
import type { Principle } from "./constants.js";
import type { LangFamily } from "./lexicons/index.js";

/** What a rule reports; the scorer turns it into a finding with a deduction. */
export interface Draft {
  message: ChecklistText;
  suggestion?: ChecklistText;
  span?: ChecklistSpan;
  /** Overrides the rule's severity for this finding (e.g. LIX slightly over target → info). */
  severity?: FindingSeverity;
  /** Overrides the rule's points for this finding (documented per rule in SPEC.md). */
  points?: number;
}

/**
 * One rule: a stable id, the principle it scores, and a small pure check.
 * Deductions: the first finding costs `points`, every later one `repeat`, never more than `cap` in total.
 * Negative points are credits (good practice), capped the same way.
 */
export interface Rule {
  id: string;
  principle: Principle;
  name: string;
  severity: FindingSeverity;
  points: number;
  repeat: number;
  cap: number;
  /** Message kinds the rule runs for; all when absent. */
  kinds?: readonly MessageKind[];
  /** Language families the rule runs for; all (including unknown languages) when absent. */
  languages?: readonly LangFamily[];
  /**
   * The rule reads the clock (`a.now`, `a.context.incident`). Every other rule's findings depend only on the text
   * and the rest of the context, so the scorer may reuse them while the clock moves; a clock rule runs every time.
   */
  clock?: true;
  check(a: Analysis): Draft[];
}

export const MAX_FINDINGS_PER_RULE = 25; // findings; a 100 kB text must not return thousands of underlines
