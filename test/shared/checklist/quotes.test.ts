import { describe, expect, it } from "vitest";
import { allFindings, scoreMessage } from "../../../shared/checklist/index.js";
import { q, t } from "../../../shared/checklist/text/spans.js";

describe("quotation marks in findings", () => {
  it("quotes the Swedish way in Swedish and the English way in English", () => {
    const text = t(`${q("koka vattnet")} står två gånger.`, `${q("koka vattnet")} appears twice.`);
    expect(text.sv).toBe("”koka vattnet” står två gånger.");
    expect(text.en).toBe("“koka vattnet” appears twice.");
    // A message already quoting the English way keeps its closing marks.
    expect(t("Skriv ”du” eller ”ni”.", "Write “du” or “ni”.").en).toBe("Write “du” or “ni”.");
    expect(t("”a” och ”b”", "”a” and (”b”)").en).toBe("“a” and (“b”)");
  });

  it("no English finding message carries a Swedish opening quotation mark", () => {
    const result = scoreMessage({
      kind: "bulletin",
      title: "KATASTROF I NORRBY",
      body: "Enligt uppgifter på sociala medier har tre personer dött. Det är politikernas fel. Åtgärder har vidtagits.",
      language: "sv",
    });
    const quoted = allFindings(result).filter((f) => f.message.sv.includes("”"));
    expect(quoted.length).toBeGreaterThan(0);
    for (const f of quoted) expect(f.message.en).not.toMatch(/(^|[\s(:])”/u);
  });
});
