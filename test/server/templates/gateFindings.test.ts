import { describe, expect, it } from "vitest";
import { findTemplate } from "../../../shared/templates/index.js";
import { assertTemplatePasses } from "../../../server/domain/templates/check.js";
import { AppError } from "../../../server/errors.js";

// The template editor lists the publish gate's findings as "Att rätta: …"; a word used in two texts is one thing to fix.

function gateFindings(run: () => void): { sv: string; en: string }[] {
  try {
    run();
  } catch (err) {
    if (err instanceof AppError) return (err.details as { findings: { sv: string; en: string }[] }).findings;
    throw err;
  }
  throw new Error("the template passed the gate");
}

describe("the template gate's findings", () => {
  it("names a finding once when its word is in both the body and the instruction", () => {
    const boil = findTemplate("boil-water")!;
    const sv = boil.texts.sv;
    const guess = " Orsaken är möjligen sabotage.";
    const findings = gateFindings(() =>
      assertTemplatePasses({
        ...boil,
        texts: { ...boil.texts, sv: { ...sv, body: sv.body + guess, instruction: sv.instruction + guess } },
      }),
    );
    const messages = findings.map((f) => f.sv);
    expect(messages.filter((m) => m.includes("möjligen")).length).toBeGreaterThan(0);
    expect(messages).toEqual([...new Set(messages)]);
  });
});
