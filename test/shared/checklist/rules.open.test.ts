import { describe, expect, it } from "vitest";
import { findingsOf, GOOD_EN, GOOD_SV, ruleIds, spanText } from "./helpers.js";

describe("open rules", () => {
  it("[OP1] warns about a decision announced without its reason", () => {
    const input = { body: `${GOOD_SV}\n\nKommunen har beslutat att stänga badhuset.` };
    const [f] = findingsOf(input, undefined, "OP1");
    expect(spanText(input, f!)).toBe("har beslutat");
  });

  it("[OP1] accepts a reason in the same sentence, the next sentence or the same paragraph", () => {
    expect(ruleIds({ body: `${GOOD_SV}\n\nBadhuset stängs eftersom vattnet är förorenat.` })).not.toContain("OP1");
    expect(ruleIds({ body: `${GOOD_SV}\n\nBadhuset stängs. Det beror på att vattnet är förorenat.` })).not.toContain(
      "OP1",
    );
    expect(
      ruleIds({
        body: `${GOOD_SV}\n\nPå grund av föroreningen i vattnet gäller följande. Vi har informerat personalen. Badhuset stängs.`,
      }),
    ).not.toContain("OP1");
    expect(
      ruleIds({ body: `${GOOD_EN}\n\nThe pool is closed because the water is contaminated.`, language: "en" }),
    ).not.toContain("OP1");
  });

  it("[OP1] flags each unexplained decision once per sentence", () => {
    const found = findingsOf(
      { body: `${GOOD_SV}\n\nBadhuset stängs och skolan stängs.\n\nBiblioteket har stängt.` },
      undefined,
      "OP1",
    );
    expect(found).toHaveLength(2);
  });

  it("[OP2] warns when the register has unconfirmed items and the message does not say what is unknown", () => {
    const context = { facts: [{ id: "u", statement: "Orsaken", status: "unconfirmed" as const }] };
    expect(ruleIds({ body: GOOD_SV }, context)).toContain("OP2");
    expect(ruleIds({ body: `${GOOD_SV} Vi vet ännu inte vad som orsakade läckan.` }, context)).not.toContain("OP2");
    expect(
      ruleIds({ body: GOOD_SV }, { facts: [{ id: "c", statement: "E. coli", status: "confirmed" as const }] }),
    ).not.toContain("OP2");
  });

  it("[OP3] rewards an honest unknown with a 5-point credit on open", () => {
    const input = { body: `${GOOD_SV} Orsaken är ännu inte känd.` };
    const [f] = findingsOf(input, undefined, "OP3");
    expect(f?.deduction).toBe(-5);
    expect(spanText(input, f!)).toBe("Orsaken är ännu inte känd");
  });

  it("[OP3] the credit offsets a deduction on open but never lifts the score above 100", async () => {
    const { score } = await import("./helpers.js");
    const unexplained = `${GOOD_SV}\n\nBadhuset stängs.`;
    expect(score({ body: unexplained }).open.score).toBe(88);
    expect(score({ body: `${unexplained} Vi vet inte ännu hur länge.` }).open.score).toBe(93);
    expect(score({ body: `${GOOD_SV} Vi vet inte ännu hur länge.` }).open.score).toBe(100);
  });

  it("[OP4] notes frequent contact-centre questions that a bulletin leaves unanswered", () => {
    const context = {
      topQuestions: [
        { question: "Kan jag duscha?", count: 50 },
        { question: "Hur länge ska jag koka vattnet?", count: 90 },
      ],
    };
    const found = findingsOf({ body: GOOD_SV }, context, "OP4");
    expect(found.map((f) => f.message.sv)).toEqual([expect.stringContaining("Kan jag duscha?")]);
  });

  it("[OP4] does not score an English version against Swedish questions", () => {
    const context = { topQuestions: [{ question: "Kan jag duscha?", count: 50 }] };
    expect(ruleIds({ body: GOOD_EN, language: "en" }, context)).not.toContain("OP4");
  });
});
