import type { EvalMessage, Principle } from "./types.js";

export type Kind = EvalMessage["input"]["kind"];
export type Lang = "sv" | "en";

function makeInput(kind: Kind, language: Lang, title: string | undefined, body: string): EvalMessage["input"] {
  const channels: EvalMessage["input"]["channels"] =
    kind === "sms" ? ["sms"] : kind === "social" ? ["social"] : ["web"];
  const input: EvalMessage["input"] = { kind, body, language, channels };
  if (title !== undefined) input.title = title;
  return input;
}

const pad = (n: number) => String(n).padStart(3, "0");

/** How an item's id is made from its side, language and place among that side's items (and that language's). */
export type IdScheme = (side: "good" | "bad", language: Lang, n: number, nInLanguage: number) => string;

/** `<prefix>good-<lang>-001`: one count per side across languages (the sets up to blind7). */
const sideCount =
  (prefix: string): IdScheme =>
  (side, language, n) =>
    `${prefix}${side}-${language}-${pad(n)}`;

/** `good8-sv-001`, `bad8-en-001`: one count per side and language (blind8 and later). */
export const perLanguage =
  (good: string, bad: string): IdScheme =>
  (side, language, _n, nInLanguage) =>
    `${side === "good" ? good : bad}-${language}-${pad(nInLanguage)}`;

/**
 * The two item builders of one evaluation set: `real` for a published authority message (nothing to flag), `bad`
 * for a flawed one with the pattern it was written from and the principles that must flag it. Ids follow `ids`
 * (by default `<prefix>good-<lang>-001`, `<prefix>bad-<lang>-001`, …), numbered in the order the set calls them.
 */
export function evalSet(prefix: string, ids: IdScheme = sideCount(prefix)) {
  const counts = new Map<string, number>();
  const next = (side: "good" | "bad", language: Lang): string => {
    const n = (counts.get(side) ?? 0) + 1;
    const inLanguage = (counts.get(`${side}-${language}`) ?? 0) + 1;
    counts.set(side, n);
    counts.set(`${side}-${language}`, inLanguage);
    return ids(side, language, n, inLanguage);
  };
  return {
    real(language: Lang, kind: Kind, title: string | undefined, body: string, source: string): EvalMessage {
      return { id: next("good", language), input: makeInput(kind, language, title, body), source, mustFlag: [] };
    },
    bad(
      language: Lang,
      kind: Kind,
      pattern: string,
      mustFlag: Principle[],
      source: string,
      title: string | undefined,
      body: string,
    ): EvalMessage {
      return {
        id: next("bad", language),
        input: makeInput(kind, language, title, body),
        source,
        pattern,
        mustFlag,
      };
    },
  };
}

/**
 * A flawed tuning message rewritten as a competent crisis communicator would send it: the same scenario, kind,
 * language and length, with the named flaw mended and no other change of substance. A matched pair shows whether a
 * refusal follows the flaw or the scenario (controlPairs.ts); never part of an evaluation's real side, which is
 * published text only.
 */
export function control(of: string, language: Lang, kind: Kind, title: string | undefined, body: string): EvalMessage {
  return { id: `ctl-${of}`, input: makeInput(kind, language, title, body), source: `rewrite of ${of}`, mustFlag: [] };
}
