import type { EvalMessage } from "./types.js";
import { GOOD } from "./good.js";

export type { EvalMessage, Principle } from "./types.js";
export { GOOD };
export const BAD: EvalMessage[] = [];
