import type { Rule } from "../types.js";
import { AC1, AC11, AC2, AC3, AC6, AC8 } from "./active.js";
import { FA13, FA15 } from "./factualJudgement.js";
import { FS7, FS8, FS9 } from "./fastPromises.js";
import { AU18, AU22, AU19, AU21 } from "./insideWords.js";
import { AC9, AU17, FA10, FA11, FS6, IM8, OP5, OP8 } from "./substance.js";
import { AU10, AU11, AU12 } from "./channel.js";
import { AC4, AC5, AC7, AU20, FA17 } from "./correction.js";
import { AU13, AU14, AU15, AU16 } from "./delivery.js";
import { FA1, FA2, FA7, FA8, FA9 } from "./factual.js";
import { FA3, FA4, FA5, FA6 } from "./facts.js";
import { FS1, FS2, FS3, FS4, FS5 } from "./fast.js";
import { IM10, IM12, IM2, IM3, IM4, IM5, IM6, IM7, IM9 } from "./impartial.js";
import { OP9 } from "./mistakesMade.js";
import { FA19 } from "./timeClash.js";
import { FA20 } from "./areaClash.js";
import { FA21 } from "./placeholder.js";
import { OP1, OP2, OP3, OP4, OP6, OP7 } from "./open.js";
import { AU5, AU6, AU7, AU8, AU9 } from "./plain.js";
import { AU1, AU2, AU3, AU4 } from "./readability.js";
import { AU23 } from "./tone.js";
import { AC13 } from "./vagueAdvice.js";
import { IM16 } from "./promotion.js";
import { OP11 } from "./decider.js";
import { OP12, OP13 } from "./unanswered.js";
import { OP14, OP15 } from "./whyUnanswered.js";
import { OP16 } from "./platitudeAnswer.js";
import { OP17 } from "./unexplainedDecision.js";
import { AC19 } from "./faqAction.js";
import { AC20 } from "./faqWhere.js";
import { AC21 } from "./resourcePlace.js";
import { AC22 } from "./shelterCloses.js";
import { AC23 } from "./exposureAdvice.js";
import { AC24 } from "./noWayIn.js";
import { FS11 } from "./updateClash.js";
import { FS12 } from "./staleDates.js";
import { FA25 } from "./countClash.js";
import { AC14 } from "./correctionValue.js";
import { AC15 } from "./leaveWhere.js";
import { AC16 } from "./noAlternative.js";
import { AC17 } from "./linkOnly.js";
import { AC18 } from "./bareVerdict.js";
import { AU24 } from "./languageRoute.js";
import { FS14 } from "./lateNews.js";
import { AU25 } from "./lightTone.js";
import { FA26 } from "./hedgedCasualties.js";
import { AU26 } from "./lockedAnswer.js";
import { AU27 } from "./digitalOnly.js";
import { FS13, FS15 } from "./heldForMeeting.js";
import {
  AC10_MEMO,
  AC12,
  FA12_MEMO,
  FA14_MEMO,
  FA16_MEMO,
  FA18_MEMO,
  FA22,
  FA23,
  FA24,
  FS10,
  IM1_MEMO,
  IM11_MEMO,
  IM13_MEMO,
  IM14_MEMO,
  IM15,
  OP10,
} from "./alsoBreaks.js";

/** Every rule, in the order findings are produced. SPEC.md documents each by its id. */
export const RULES: readonly Rule[] = [
  AC1,
  AC2,
  AC3,
  AC4,
  AC5,
  AC6,
  AC7,
  AC8,
  AC9,
  AC10_MEMO,
  AC11,
  AC12,
  AC13,
  AC14,
  AC15,
  AC16,
  AC17,
  AC18,
  AC19,
  AC20,
  AC21,
  AC22,
  AC23,
  AC24,
  OP1,
  OP2,
  OP3,
  OP4,
  OP5,
  OP6,
  OP7,
  OP9,
  OP8,
  OP10,
  OP11,
  OP12,
  OP13,
  OP14,
  OP15,
  OP16,
  OP17,
  FA1,
  FA2,
  FA3,
  FA4,
  FA5,
  FA6,
  FA7,
  FA8,
  FA9,
  FA10,
  FA11,
  FA12_MEMO,
  FA13,
  FA14_MEMO,
  FA15,
  FA16_MEMO,
  FA17,
  FA18_MEMO,
  FA19,
  FA20,
  FA21,
  FA22,
  FA23,
  FA24,
  FA25,
  FA26,
  FS1,
  FS2,
  FS3,
  FS4,
  FS5,
  FS6,
  FS7,
  FS8,
  FS9,
  FS10,
  FS11,
  FS12,
  FS13,
  FS14,
  FS15,
  IM1_MEMO,
  IM11_MEMO,
  IM12,
  IM13_MEMO,
  IM14_MEMO,
  IM2,
  IM3,
  IM4,
  IM5,
  IM6,
  IM7,
  IM8,
  IM9,
  IM10,
  IM15,
  IM16,
  AU1,
  AU2,
  AU3,
  AU4,
  AU5,
  AU6,
  AU7,
  AU8,
  AU9,
  AU10,
  AU11,
  AU12,
  AU13,
  AU14,
  AU15,
  AU16,
  AU17,
  AU18,
  AU22,
  AU19,
  AU20,
  AU21,
  AU23,
  AU24,
  AU25,
  AU26,
  AU27,
];
