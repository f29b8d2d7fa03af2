import type { MessageInput, ScoringContext } from "../../../../shared/schemas/checklist.js";

/** A message written for the tests, with the rule ids it must and must not produce. */
export interface CorpusCase {
  name: string;
  input: MessageInput;
  context?: ScoringContext;
  must: string[];
  mustNot: string[];
  /** A professionally written message: the overall score must reach this. */
  overallAtLeast?: number;
  overallAtMost?: number;
}

export const NOW = "2025-11-25T14:00:00+01:00";

/** Rule ids a good bulletin must never trigger: the false alarms that would get the checklist switched off. */
export const GOOD_BULLETIN_CLEAN = [
  "FA1",
  "FA2",
  "FA7",
  "AC1",
  "AC2",
  "AC3",
  "OP1",
  "FS4",
  "IM1",
  "IM2",
  "IM4",
  "IM5",
  "AU1",
  "AU9",
  "AU14",
];
