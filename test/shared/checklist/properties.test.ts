/** Property tests (fast-check): invariants that must hold for any input. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allFindings, PRINCIPLES, scoreMessage } from "../../../shared/checklist/index.js";
import { ChecklistResult, type MessageInput } from "../../../shared/schemas/checklist.js";
import { MESSAGE_KINDS } from "../../../shared/checklist/constants.js";
import { LANGUAGES } from "../../../shared/constants.js";
import { CORPUS } from "./corpus/index.js";

/** Realistic sentences to build messages from (so the properties exercise the rules, not only noise). */
const SENTENCES = [
  "Uppdaterad 25 november kl. 14.00.",
  "Bakterier har hittats i dricksvattnet i Norrby.",
  "Koka vattnet i minst en minut.",
  "Exempelby kommun har beslutat att stänga badhuset.",
  "Badhuset stängs eftersom vattnet är förorenat.",
  "Vi vet ännu inte varför.",
  "Mer information finns på exempelby.se.",
  "Ring kontaktcenter på 0480-45 00 00.",
  "Räddningstjänsten bedömer att branden är släckt i kväll.",
  "Det sprids uppgifter om att vattnet är giftigt.",
  "Det stämmer inte.",
  "DU SKA KOKA VATTNET!",
  "Det är en skandal.",
  "Man ska koka vattnet, t.ex. till matlagning.",
  "Tests found bacteria in the water.",
  "Boil tap water before drinking it.",
  "Stay away from fallen power lines.",
];
const HEDGES = [
  "Läckan beror troligen på tjälen.",
  "Vi tror att det var sabotage.",
  "It was probably a broken valve.",
  "Det sägs att två personer är skadade.",
  "Strömmen kommer kanske tillbaka.",
];
const PROMISES = [
  "Nästa uppdatering kommer kl. 18.00.",
  "Vi återkommer med mer information.",
  "The next update will be at 6 pm.",
  "Nästa uppdatering kommer senast kl. 12 i morgon.",
];

const kind = fc.constantFrom(...MESSAGE_KINDS);
const language = fc.constantFrom(...LANGUAGES);
const sentences = fc.array(fc.constantFrom(...SENTENCES), { maxLength: 12 });
const utf16 = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 300,
});
const anyText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  utf16,
  sentences.map((xs) => xs.join(" ")),
  sentences.map((xs) => xs.join("\n\n")),
);
const message = fc.record({ kind, language, title: fc.option(anyText, { nil: undefined }), body: anyText });

function explainable(result: ChecklistResult): void {
  for (const p of PRINCIPLES) {
    const r = result[p];
    const total = r.findings.reduce((sum, f) => sum + f.deduction, 0);
    expect(r.score).toBe(Math.max(0, Math.min(100, Math.round(100 - total))));
    expect(Number.isInteger(r.score)).toBe(true);
  }
  expect(result.overall).toBeGreaterThanOrEqual(0);
  expect(result.overall).toBeLessThanOrEqual(100);
}

function spansInBounds(input: MessageInput, result: ChecklistResult): void {
  for (const f of allFindings(result)) {
    if (f.span === undefined) continue;
    const text = f.span.field === "title" ? (input.title ?? "") : input.body;
    expect(f.span.start).toBeLessThanOrEqual(f.span.end);
    expect(f.span.end).toBeLessThanOrEqual(text.length);
  }
}

describe("properties", () => {
  it("is deterministic: the same input gives the same result", () => {
    fc.assert(
      fc.property(message, (m) => {
        expect(scoreMessage(m)).toEqual(scoreMessage(structuredClone(m)));
      }),
      { numRuns: 200 },
    );
  });

  it("keeps every score an integer in 0–100 that equals 100 minus its findings' deductions", () => {
    fc.assert(
      fc.property(message, (m) => {
        const r = scoreMessage(m);
        expect(ChecklistResult.safeParse(r).success).toBe(true);
        explainable(r);
        spansInBounds(m, r);
      }),
      { numRuns: 300 },
    );
  });

  it("explains every corpus score from its findings", () => {
    for (const c of CORPUS) explainable(scoreMessage(c.input, c.context));
  });

  it("adding a hedge never raises factual", () => {
    fc.assert(
      fc.property(
        kind,
        fc.constantFrom("sv", "en", "sv-lattlast"),
        sentences,
        fc.constantFrom(...HEDGES),
        fc.nat(),
        (k, lang, xs, hedge, at) => {
          const i = xs.length === 0 ? 0 : at % (xs.length + 1);
          const before = { kind: k, language: lang, body: xs.join(" ") } as MessageInput;
          // A text too short to judge fails on evidence; adding any words to it may lift it out of that.
          // Factual also scores evidence: a text too short to judge (FA10) or with no concrete fact (FA11) can gain
          // from any sentence that adds a fact, hedged or not. The property is about the hedge itself.
          // FA17 judges the opening sentence: a sentence put before the claim moves it out of the opening.
          // FA24 (a thin text that never says what happened) is evidence as FA11 is: a hedged cause names what happened.
          fc.pre(
            !scoreMessage(before).factual.findings.some(
              (f) => f.ruleId === "FA10" || f.ruleId === "FA11" || f.ruleId === "FA17" || f.ruleId === "FA24",
            ),
          );
          const after = { ...before, body: [...xs.slice(0, i), hedge, ...xs.slice(i)].join(" ") };
          expect(scoreMessage(after).factual.score).toBeLessThanOrEqual(scoreMessage(before).factual.score);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("removing the next-update promise never raises active", () => {
    fc.assert(
      fc.property(
        kind,
        fc.constantFrom("sv", "en", "fi"),
        sentences,
        fc.constantFrom(...PROMISES),
        fc.nat(),
        (k, lang, xs, promise, at) => {
          const i = xs.length === 0 ? 0 : at % (xs.length + 1);
          const withPromise = {
            kind: k,
            language: lang,
            body: [...xs.slice(0, i), promise, ...xs.slice(i)].join(" "),
          } as MessageInput;
          const without = { ...withPromise, body: xs.join(" ") };
          expect(scoreMessage(without).active.score).toBeLessThanOrEqual(scoreMessage(withPromise).active.score);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("returns a valid result for emoji, right-to-left text, combining marks, lone surrogates and empty input", () => {
    const samples = [
      "",
      " ",
      "\n\n\n",
      "🔥🔥🔥 Koka vattnet 💧!!! 👍🏽 🇸🇪",
      "يرجى غلي الماء قبل الشرب. لمزيد من المعلومات اتصل بالبلدية.",
      "יש להרתיח מים לפני השתייה.",
      "Ko\u0301ka va\u0308ttnet\u200b\u200d\u202e i Norrby\u202c.",
      "\ud800 lone \udfff surrogates \ud83d",
      "İSTANBUL İ İ kl. 14.00",
      "...!!!???::: ” “ „ « » ' ’",
      "a".repeat(5_000),
      "\u0000\u0001\u0007\u001b",
    ];
    for (const body of samples) {
      for (const language of LANGUAGES) {
        for (const k of MESSAGE_KINDS) {
          const input = { kind: k, language, title: body, body };
          const r = scoreMessage(input);
          expect(ChecklistResult.safeParse(r).success).toBe(true);
          spansInBounds(input, r);
        }
      }
    }
  });

  it("scores 100 kB of text without throwing, in well under a second", () => {
    const chunk =
      "Koka vattnet i Norrby, t.ex. före matlagning! Det är troligen 🔥 ”enligt uppgift” kl. 14.00 – se exempelby.se. ";
    const body = chunk.repeat(Math.ceil(100_000 / chunk.length)).slice(0, 100_000);
    // CPU time, not wall time: the full suite runs browser tests beside this one on two cores, and a wall clock then
    // measures the neighbours (995 ms of wall time was seen for ~200 ms of work). A pathological expression still
    // costs its CPU, so the property holds.
    const cpu0 = process.cpuUsage();
    const r = scoreMessage({ kind: "bulletin", language: "sv", body, channels: ["sms", "social", "web"] });
    const cpu = process.cpuUsage(cpu0);
    expect((cpu.user + cpu.system) / 1_000).toBeLessThan(1_000);
    expect(ChecklistResult.safeParse(r).success).toBe(true);
    for (const p of PRINCIPLES) expect(r[p].findings.length).toBeLessThanOrEqual(25 * 20);
  });

  it("never throws on input a JavaScript caller got wrong (missing body, unknown language or kind)", () => {
    const bad = [
      { kind: "bulletin", language: "sv" },
      { kind: "bulletin", language: "xx", body: "Koka vattnet!" },
      { kind: "memo", language: "sv", body: "Koka vattnet." },
      { kind: "sms", language: "en", body: 42, title: null },
    ] as unknown as MessageInput[];
    for (const input of bad) expect(() => scoreMessage(input, null as unknown as undefined)).not.toThrow();
  });
});
