import { INQUIRY_LIMITS } from "../../../shared/index.js";
import { AppError } from "../../errors.js";

// The municipality's year: an inquiry at 00:30 on New Year's Day in Sweden is the new year's, whatever UTC says.
const YEAR = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Stockholm", year: "numeric" });

export const caseYear = (at: Date): number => Number(YEAR.format(at));

/** "2026-000123"; past a million cases in a year the number simply grows a digit. */
export const formatCaseNumber = (year: number, n: number): string => `${year}-${String(n).padStart(6, "0")}`;

/**
 * Seconds from the client's `openedAt` to the server's save time, floored at 0 (a client clock slightly ahead) and
 * capped (a form left open is not a long call). An `openedAt` far in the future is a broken clock: refused.
 */
export function handlingSeconds(openedAt: string, savedAt: Date): number {
  const seconds = (savedAt.getTime() - Date.parse(openedAt)) / 1000;
  if (seconds < -INQUIRY_LIMITS.clockSkewSeconds) {
    // `reason: "clock_ahead"`: the console says it in its own language (the agent never typed this time).
    throw new AppError("validation", "openedAt: lies in the future; check the computer's clock", 400, "openedAt", {
      reason: "clock_ahead",
    });
  }
  return Math.min(INQUIRY_LIMITS.maxHandlingSeconds, Math.max(0, Math.round(seconds)));
}
