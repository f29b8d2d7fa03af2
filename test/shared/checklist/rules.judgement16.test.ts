/**
 * Sixteenth round: failures that break a second principle. A text too thin to act on, reassurance with nothing behind
 * it and "the incident" never named are refused under active or factual; they withhold what is known (open), and a
 * thin text with no time at all is slow (fast). The wordings are written for these tests, each next to the nearest
 * text that must not be flagged on the second principle.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, type Input } from "./helpers.js";

const rules = (input: Input) => new Set(findingsOf({ language: "sv", ...input }).map((f) => f.ruleId));

describe("[OP10] withholds what is known", () => {
  it("flags a thin text that never says what happened, and reassurance or 'händelsen' in place of what is known", () => {
    const thin = rules({ kind: "social", title: "Info", body: "Vi jobbar på det. Mer sen. /Kommunen" });
    expect(thin.has("AC10")).toBe(true);
    expect(thin.has("OP10")).toBe(true);
    const calm = rules({
      title: "Lukt i kranvattnet",
      body: "Flera boende i Åsby har hört av sig om att kranvattnet luktar jord. Det finns ingen som helst anledning till oro. Exempelby kommun, 6 december kl. 10.00.",
    });
    expect(calm.has("FA14")).toBe(true);
    expect(calm.has("OP10")).toBe(true);
    const vague = rules({
      language: "en",
      title: "Statement",
      body: "Following the incident at the school on Tuesday, the council is working closely with partners. Parents will be contacted. Hillshire Council, 6 December, 10:00.",
    });
    expect(vague.has("FA16")).toBe(true);
    expect(vague.has("OP10")).toBe(true);
  });

  it("leaves a thin text that says what happened, and reassurance that rests on a fact", () => {
    const named = rules({ kind: "social", body: "Brand i ett förråd på Storgatan. /Kommunen" });
    expect(named.has("AC10")).toBe(true); // thin, but it says what happened
    expect(named.has("OP10")).toBe(false);
    const founded = rules({
      title: "Lukt i kranvattnet",
      body: "Flera boende i Åsby har hört av sig om att kranvattnet luktar jord. Det finns ingen anledning till oro eftersom proverna från i dag visar att vattnet är rent. Exempelby kommun, 6 december kl. 10.00.",
    });
    expect(founded.has("FA14")).toBe(false);
    expect(founded.has("OP10")).toBe(false);
  });
});

describe("[FS10] thin text with no time at all", () => {
  it("flags a thin text with neither a time nor a next update, in Swedish and English", () => {
    expect(rules({ kind: "sms", body: "Vattnet är avstängt p.g.a. läcka. Åter inom kort." }).has("FS10")).toBe(true);
    expect(rules({ language: "en", kind: "social", body: "Incident ongoing. Updates to follow." }).has("FS10")).toBe(
      true,
    );
  });

  it("leaves a thin text that says when, or when the next update comes, and a text that is not thin", () => {
    expect(
      rules({ kind: "sms", body: "Vattnet är avstängt p.g.a. läcka sedan kl. 09.00. Åter inom kort." }).has("FS10"),
    ).toBe(false);
    expect(
      rules({
        kind: "sms",
        body: "Åsby kommun: Vattnet är avstängt på Storgatan 1–30 i Åsby efter en läcka. Spara vatten i kannor. Vi lagar läckan nu. Mer info: asby.se/vatten",
      }).has("FS10"),
    ).toBe(false);
  });
});

describe("[IM15] a guess that points at someone", () => {
  it("flags a guessed cause that names a culprit or a deed only a person does", () => {
    const arson = rules({
      title: "Brand i förskolan",
      body: "Brand i förskolan Solrosen i natt. Räddningstjänsten har släckt branden. Allt tyder på att branden var anlagd. Åsby kommun, 6 december kl. 07.00.",
    });
    expect(arson.has("FA12")).toBe(true);
    expect(arson.has("IM15")).toBe(true);
    const workers = rules({
      language: "en",
      title: "Norovirus at Westfield",
      body: "14 residents have been ill since Monday. The infection was most likely brought in by one of the visitors last week. Westfield Care, 6 December, 10:00.",
    });
    expect(workers.has("FA12")).toBe(true);
    expect(workers.has("IM15")).toBe(true);
  });

  it("leaves a guessed cause that is no one", () => {
    const frost = rules({
      title: "Vattenläcka på Storgatan",
      body: "En vattenledning har gått sönder på Storgatan i Åsby. Läckan beror troligen på tjälen. Åsby kommun, 6 december kl. 07.00.",
    });
    expect(frost.has("FA12")).toBe(true);
    expect(frost.has("IM15")).toBe(false);
  });
});

describe("[AC12] nothing anyone can act on", () => {
  it("flags reassurance that is the only advice", () => {
    const calm = rules({
      body: "Det har läckt olja i Lillån. Du behöver inte vara orolig. Det är ingen fara. Vi skriver mer på asby.se i morgon kl 10. Åsby kommun",
    });
    expect(calm.has("FA14")).toBe(true);
    expect(calm.has("AC12")).toBe(true);
  });

  it("leaves unfounded reassurance beside real advice", () => {
    const advised = rules({
      body: "Det har läckt olja i Lillån. Du behöver inte vara orolig. Undvik att bada i Lillån tills vidare. Vi skriver mer på asby.se i morgon kl 10. Åsby kommun",
    });
    expect(advised.has("FA14")).toBe(true);
    expect(advised.has("AC12")).toBe(false);
  });
});

describe("[FA22] alarm in place of facts", () => {
  it("flags an alarmist sentence as unfactual too, and leaves a sentence that gives the facts", () => {
    const alarm = rules({
      title: "Översvämning",
      body: "Vi är på väg mot en katastrof i Åsby. Håll dig borta från ån. Åsby kommun, 6 december kl. 10.00.",
    });
    expect(alarm.has("IM14")).toBe(true);
    expect(alarm.has("FA22")).toBe(true);
    const facts = rules({
      title: "Översvämning",
      body: "Ån har stigit 40 centimeter sedan i morse och tolv hus på Ågatan är hotade. Håll dig borta från ån. Åsby kommun, 6 december kl. 10.00.",
    });
    expect(facts.has("FA22")).toBe(false);
  });
});

describe("[FA23][FA24] blame stated as fact, or nothing said", () => {
  it("flags blame as unfactual too, and a thin text that never says what happened", () => {
    const blame = rules({
      title: "Angående smittan",
      body: "Att smittan kommit från hemtjänsten är helt uppenbart, personalen har slarvat med handhygienen. Besöksförbud gäller på Solhemmet. Nästa info fredag kl. 10. Åsby kommun",
    });
    expect(blame.has("FA23")).toBe(true);
    const nothing = rules({ kind: "social", body: "Något har hänt vid Ringby station. Vi återkommer. /Ringby kommun" });
    expect(nothing.has("AC10")).toBe(true);
    expect(nothing.has("FA24")).toBe(true);
  });

  it("leaves a cause under investigation, and a thin text that says what happened", () => {
    const investigated = rules({
      title: "Smitta på Solhemmet",
      body: "Sju boende på Solhemmet har magsjuka. Smittskyddsenheten utreder hur smittan kom in. Besöksförbud gäller på Solhemmet. Nästa info fredag kl. 10. Åsby kommun",
    });
    expect(investigated.has("FA23")).toBe(false);
    const named = rules({ kind: "social", body: "Brand i ett förråd på Storgatan. /Kommunen" });
    expect(named.has("AC10")).toBe(true);
    expect(named.has("FA24")).toBe(false);
  });
});

describe("[OP6] questions refused outright", () => {
  it("flags 'vi svarar inte på frågor' and 'frågor om … besvaras inte', and leaves who answers them", () => {
    expect(rules({ title: "Fråga", body: "Vi svarar inte på frågor om branden nu. Kommunen" }).has("OP6")).toBe(true);
    expect(
      rules({
        title: "Avbrott i fjärrvärmen",
        body: "Cirka 1 800 lägenheter är utan fjärrvärme sedan kl. 02.45. Frågor om hur skadan uppstod och vem som bär ansvaret besvaras inte. Åsby Energi",
      }).has("OP6"),
    ).toBe(true);
    expect(
      rules({
        title: "Avbrott i fjärrvärmen",
        body: "Cirka 1 800 lägenheter är utan fjärrvärme sedan kl. 02.45. Frågor om avbrottet besvaras av kundservice på 0500-12 34 56. Åsby Energi",
      }).has("OP6"),
    ).toBe(false);
  });
});

describe("a code review's cases: a refusal that redirects, a guess that names no one, no advice at all", () => {
  const sv = (body: string) => rules({ title: "Info", body: `${body} Åsby kommun, 6 december kl. 10.00.` });
  it("[OP6] leaves questions sent elsewhere or answered at a set time, and keeps an open-ended withholding", () => {
    for (const body of [
      "Vi svarar inte på frågor i kommentarsfältet, mejla info@asby.se eller ring 0500-12 34 56.",
      "Vi svarar inte på frågor via sms. Ring kontaktcenter.",
      "Frågor om ersättning besvaras inte av kommunen utan av ditt försäkringsbolag.",
      "Vi kommenterar inte förrän i morgon kl. 10, då håller vi presskonferens.",
    ])
      expect(sv(body).has("OP6"), body).toBe(false);
    expect(sv("Vi lämnar inga uppgifter om provet förrän utredningen är klar.").has("OP6")).toBe(true);
    expect(sv("Vi kommenterar inte det här ärendet.").has("OP6")).toBe(true);
  });

  it("[IM15] leaves Swedish 'man', crews named before the guess, and a cause that is no one", () => {
    for (const body of [
      "Man tror att branden orsakades av ett elfel.",
      "Räddningstjänsten arbetar på platsen och branden orsakades troligen av ett elfel.",
    ]) {
      const found = sv(body);
      expect(found.has("FA12"), body).toBe(true);
      expect(found.has("IM15"), body).toBe(false);
    }
    const crews = rules({
      language: "en",
      title: "Outage",
      body: "Crews are on site and the outage was most likely caused by a tree. Ashby Council, 6 December, 10:00.",
    });
    expect(crews.has("FA12")).toBe(true);
    expect(crews.has("IM15")).toBe(false);
  });

  it("[AC12] leaves reassurance when nothing at all is advised (AC1's case)", () => {
    const found = sv("Det har läckt olja i Lillån. Det finns ingen anledning till oro. Vi återkommer.");
    expect(found.has("FA14")).toBe(true);
    expect(found.has("AC12")).toBe(false);
  });
});
