/**
 * Twentieth round: FAQ answers. Questions pasted as sentences of the body are answered by the sentences after them,
 * and a why-question must get a reason. The wordings are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, type Input } from "./helpers.js";

const faq = (title: string, body: string, language: "sv" | "en" = "sv"): Input => ({ kind: "faq", language, title, body });

describe("[OP12/OP13] questions written inline in an FAQ body", () => {
  it("refuses an inline time question answered with activity only", () => {
    const text = faq(
      "Frågor och svar om vattenläckan",
      "Vad har hänt? En huvudledning brast vid Storgatan i natt. När kommer vattnet tillbaka? Kommunen arbetar intensivt med reparationen och gör allt vi kan. Var kan jag hämta vatten? Vid Norrby skola finns en vattentank.",
    );
    expect(findingsOf(text, undefined, "OP12")).toHaveLength(1);
  });

  it("leaves inline questions each answered, and a closing question with no answer", () => {
    const text = faq(
      "Frågor och svar om vattenläckan",
      "När kommer vattnet tillbaka? Vi räknar med att reparationen är klar i kväll kl. 20. Är vattnet säkert att dricka? Ja, vattnet är säkert. Har du fler frågor?",
    );
    expect(findingsOf(text, undefined, "OP12")).toHaveLength(0);
    expect(findingsOf(text, undefined, "OP13")).toHaveLength(0);
  });
});

describe("[OP14] a why-question answered without a reason", () => {
  it("refuses an answer that talks around why", () => {
    const en = faq(
      "Why did it take so long to warn residents on Mill Lane?",
      "Our priority throughout the incident was the safety of residents. We work closely with the Environment Agency and follow established procedures. All aspects of the response will be reviewed.",
      "en",
    );
    expect(findingsOf(en, undefined, "OP14")).toHaveLength(1);
    const sv = faq(
      "Varför fick vi inget sms?",
      "Kommunen tar frågan på största allvar och arbetar aktivt med att utveckla sina kanaler. Du kan registrera ditt nummer på norrby.se/sms.",
    );
    expect(findingsOf(sv, undefined, "OP14")).toHaveLength(1);
  });

  it("refuses a reason in name only", () => {
    const text = faq(
      "Why is Bay Beach closed this weekend?",
      "Bay Beach will remain closed through Sunday for operational reasons. Lifeguards are on duty at Harbor Beach instead.",
      "en",
    );
    expect(findingsOf(text, undefined, "OP14")).toHaveLength(1);
    const sv = faq("Varför är simhallen stängd?", "Simhallen är stängd av tekniska skäl. Välkommen tillbaka!");
    expect(findingsOf(sv, undefined, "OP14")).toHaveLength(1);
  });

  it("leaves a reason given as a plain fact, a causal verb or not knowing", () => {
    const fact = faq(
      "Varför kan jag inte dricka vattnet?",
      "Dricksvattnet innehåller koliforma bakterier. De kan ge magbesvär.",
    );
    expect(findingsOf(fact, undefined, "OP14")).toHaveLength(0);
    const verb = faq(
      "Varför fick elden så stor spridning?",
      "Sommaren har varit extremt varm och torr. Torkan och vinden har gjort att branden snabbt kunnat sprida sig.",
    );
    expect(findingsOf(verb, undefined, "OP14")).toHaveLength(0);
    const unknown = faq(
      "Why did the main burst?",
      "We do not know yet. Our engineers are working closely with the contractor and the review reports in May.",
      "en",
    );
    expect(findingsOf(unknown, undefined, "OP14")).toHaveLength(0);
    const tech = faq(
      "Why is the pool closed?",
      "The pool is closed for technical reasons: a pump failed on Monday and a new one arrives on Friday.",
      "en",
    );
    expect(findingsOf(tech, undefined, "OP14")).toHaveLength(0);
  });
});
