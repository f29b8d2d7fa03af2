import { NEXT_UPDATE_PAST_TOLERANCE_SECONDS } from "./constants.js";

/**
 * Why a newly promised next update is refused: `past` (more than the tolerance behind the clock) or `before_start`
 * (before the incident started). The server's 400 sends it as `reason`; the console says it at the field before it
 * asks. A promise of 2020-01-01 10:00 made every console announce an update "försenad 2531 d".
 */
export type NextUpdateProblem = "past" | "before_start";

/** What is wrong with promising the next update at `due` for an incident started at `startedAt`, if anything. */
export function nextUpdateProblem(due: string, startedAt: string, now: number): NextUpdateProblem | null {
  const at = Date.parse(due);
  // The same tolerance both ways: an incident created "now" starts at the server's now, and a console whose clock runs
  // a minute behind promises "this minute" by its own.
  const tolerance = NEXT_UPDATE_PAST_TOLERANCE_SECONDS * 1000;
  if (at < now - tolerance) return "past";
  if (at < Date.parse(startedAt) - tolerance) return "before_start";
  return null;
}
