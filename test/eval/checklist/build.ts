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

/**
 * The two item builders of one evaluation set: `real` for a published authority message (nothing to flag), `bad`
 * for a flawed one with the pattern it was written from and the principles that must flag it. Ids are
 * `<prefix>good-<lang>-001`, `<prefix>bad-<lang>-001`, … numbered in the order the set calls them.
 */
export function evalSet(prefix: string) {
  let goodCounter = 0;
  let badCounter = 0;
  return {
    real(language: Lang, kind: Kind, title: string | undefined, body: string, source: string): EvalMessage {
      goodCounter += 1;
      return {
        id: `${prefix}good-${language}-${pad(goodCounter)}`,
        input: makeInput(kind, language, title, body),
        source,
        mustFlag: [],
      };
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
      badCounter += 1;
      return {
        id: `${prefix}bad-${language}-${pad(badCounter)}`,
        input: makeInput(kind, language, title, body),
        source,
        pattern,
        mustFlag,
      };
    },
  };
}
