import { LIMITS } from "../../shared/constants.js";
import { COMMON_PASSWORDS } from "./commonPasswords.js";

const COMMON = new Set(COMMON_PASSWORDS);
const SHORT_UNIT = 4; // characters: a password that is one unit this short repeated ("abcabcabcabc") is refused

/**
 * Why a new password is refused, or null (OWASP ASVS 2.1.1 and 2.1.7; no composition rules, per 2.1.9): at least
 * LIMITS.passwordMin characters, not the username (nor containing it), and not one of the most common passwords —
 * also not one with digits or symbols added at either end ("password1234", "!!qwerty2024!!") or repeated
 * ("monkeymonkey", "aaaaaaaaaaaa").
 */
export function passwordProblem(password: string, username?: string): string | null {
  return passwordCheck(password, username)?.message ?? null;
}

/** Which rule a refused password breaks: the console says it in the user's language (error `details.reason`). */
export type PasswordReason = "too_short" | "contains_username" | "common";

export function passwordCheck(password: string, username?: string): { reason: PasswordReason; message: string } | null {
  if ([...password].length < LIMITS.passwordMin)
    return { reason: "too_short", message: `must be at least ${LIMITS.passwordMin} characters` };
  const lower = password.toLowerCase();
  const name = username?.trim().toLowerCase();
  if (name && (lower === name || (name.length >= 4 && lower.includes(name))))
    return { reason: "contains_username", message: "must not be or contain the username" };
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  const unit = /^(.+?)\1+$/su.exec(lower)?.[1];
  if (
    COMMON.has(lower) ||
    (core !== "" && COMMON.has(core)) ||
    (unit !== undefined && (unit.length <= SHORT_UNIT || COMMON.has(unit)))
  ) {
    return { reason: "common", message: "is one of the most common passwords; choose a longer phrase of your own" };
  }
  return null;
}
