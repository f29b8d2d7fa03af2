import type { Rule } from "../types.js";
import { AC1, AC2, AC3, AC6, AC8 } from "./active.js";
import { AU10, AU11, AU12 } from "./channel.js";
import { AC4, AC5, AC7 } from "./correction.js";
import { AU13, AU14, AU15, AU16 } from "./delivery.js";
import { FA1, FA2, FA7, FA8, FA9 } from "./factual.js";
import { FA3, FA4, FA5, FA6 } from "./facts.js";
import { FS1, FS2, FS3, FS4, FS5 } from "./fast.js";
import { IM1, IM2, IM3, IM4, IM5, IM6, IM7 } from "./impartial.js";
import { OP1, OP2, OP3, OP4 } from "./open.js";
import { AU5, AU6, AU7, AU8, AU9 } from "./plain.js";
import { AU1, AU2, AU3, AU4 } from "./readability.js";

/** Every rule, in the order findings are produced. SPEC.md documents each by its id. */
export const RULES: readonly Rule[] = [
  AC1, AC2, AC3, AC4, AC5, AC6, AC7, AC8,
  OP1, OP2, OP3, OP4,
  FA1, FA2, FA3, FA4, FA5, FA6, FA7, FA8, FA9,
  FS1, FS2, FS3, FS4, FS5,
  IM1, IM2, IM3, IM4, IM5, IM6, IM7,
  AU1, AU2, AU3, AU4, AU5, AU6, AU7, AU8, AU9, AU10, AU11, AU12, AU13, AU14, AU15, AU16,
];
