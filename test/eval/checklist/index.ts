import type { EvalMessage } from "./types.js";
import { GOOD } from "./good.js";
import { BAD } from "./bad.js";

export type { Channel, EvalMessage, Principle } from "./types.js";
export { GOOD, BAD };

/**
 * Deterministic tune/holdout split: every third item of each list (index % 3 === 2,
 * counted within GOOD or BAD separately) is held out; the rest is for tuning.
 */
export function split(m: EvalMessage): "tune" | "holdout" {
  const list = m.id.startsWith("good-") ? GOOD : BAD;
  const index = list.findIndex((x) => x.id === m.id);
  if (index < 0) throw new Error(`split: ${m.id} is not in the corpus`);
  return index % 3 === 2 ? "holdout" : "tune";
}

export const CORPUS_NOTE =
  "Checklist evaluation corpus. GOOD: real crisis / public-safety messages published by Swedish " +
  "municipalities, municipal utilities, räddningstjänst, Polisen, länsstyrelser and Krisinformation.se, and by " +
  "English-speaking authorities (UK councils, Environment Agency, fire and rescue services, Irish Water, US/AU/NZ " +
  "utilities and emergency services, NWS, CDC), found in a stored web corpus and condensed to the message core with " +
  "the authority's own sentences; each item's source gives the URL. mustFlag is empty for GOOD. " +
  "BAD: flawed messages written for this corpus (written without reading the checklist rules), each showing one or " +
  "two failure patterns named in crisis-communication guidance (CDC CERC, MSB, Krisinformation.se, Språkrådet " +
  "klarspråk, WHO, EPA, Debunking Handbook, Regeringsformen 1:9); mustFlag lists the principles a competent crisis " +
  "communicator would send the message back for. Split: within each list, index % 3 === 2 is holdout, the rest tune.";
