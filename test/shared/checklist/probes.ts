/**
 * Code-review probes: texts written at the edges of a round's rules. A "spare" probe is an ordinary wording the rule
 * must leave alone (with `err`, it may warn but not refuse); a "fire" probe is what the rule is for.
 */
import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers.js";

export type ProbeKind = "bulletin" | "faq" | "sms" | "social" | "correction";
export interface Probe {
  rule: string;
  expect: "fire" | "spare";
  err?: boolean;
  input: { kind: ProbeKind; language: "sv" | "en"; title?: string; body: string };
}

export const b = (kind: ProbeKind, language: "sv" | "en", body: string, title?: string): Probe["input"] => ({
  kind,
  language,
  body,
  ...(title ? { title } : {}),
});
export const faq = (language: "sv" | "en", body: string, title?: string): Probe["input"] =>
  b("faq", language, body, title);

/** One it() per probe, named by its rule, its expectation and the start of its text. */
export function describeProbes(title: string, probes: readonly Probe[]): void {
  describe(title, () => {
    for (const p of probes) {
      const text = (p.input.title ?? "") + " " + p.input.body;
      it(`[${p.rule}] ${p.expect === "fire" ? "refuses" : "spares"}: ${text.trim().slice(0, 70)}`, () => {
        const found = findingsOf(p.input, undefined, p.rule).filter((f) =>
          p.err === true ? f.severity === "error" : f.severity !== "info",
        );
        if (p.expect === "fire") expect(found).not.toHaveLength(0);
        else expect(found).toHaveLength(0);
      });
    }
  });
}
