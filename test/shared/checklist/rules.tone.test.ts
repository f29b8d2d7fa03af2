/**
 * Fourteenth round: capitals and irony are an audience-adaptation failure as well as a tone one (AU23). The wordings
 * are written for these tests, each next to the nearest form that must be judged the other way.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, type Input } from "./helpers.js";

const au23 = (input: Input) => findingsOf(input).filter((f) => f.ruleId === "AU23");

describe("[AU23] capitals or irony the reader may misread", () => {
  it("flags a text written in capitals on audience adaptation", () => {
    const found = au23({
      body: "KOKA VATTNET I ÄNGSBY! DET KAN FINNAS BAKTERIER I VATTNET. DET GÄLLER TILLS KOMMUNEN SÄGER ATT DET ÄR SLUT.",
    });
    expect(found).toHaveLength(1);
    expect(found[0]?.principle).toBe("audienceAdapted");
    expect(found[0]?.severity).toBe("warn");
    expect(found[0]?.span?.start).toBe(0);
  });

  it("lets a word or two in capitals and the VMA header stand", () => {
    expect(au23({ body: "Koka vattnet i Ängsby. Det GÄLLER även tandborstning. Frågor: ring 0511-38 60 00." })).toEqual(
      [],
    );
    expect(
      au23({
        title: "VIKTIGT MEDDELANDE TILL ALLMÄNHETEN",
        body: "Viktigt meddelande till allmänheten i Ängsby. Det brinner i en lagerlokal. Gå inomhus och stäng fönster, dörrar och ventilation.",
      }),
    ).toEqual([]);
  });

  it("flags a joke and an irony mark, and only once each", () => {
    const joke = au23({
      body: "Ingen el? Perfekt tillfälle för en mysig kväll med levande ljus! Skämt åsido: 3 000 kunder i Lindås saknar ström. Montörerna är ute. 😉",
    });
    expect(joke).toHaveLength(1);
    const wink = au23({
      body: "Vattnet i Berga är brunt igen 🙃 Spola kallvatten en stund så klarnar det. Läckan lagas i kväll.",
    });
    expect(wink).toHaveLength(1);
    expect(wink[0]?.message.sv).toContain("🙃");
    expect(
      au23({ body: "Snow joke, folks 😂 Bins will not be collected today. Leave your bins out tomorrow." }),
    ).toHaveLength(1);
  });

  it("does not read a plain notice, a quoted joke or a named joke as irony", () => {
    expect(
      au23({
        body: "Vattnet i Berga är brunt av järn. Spola kallvatten en stund så klarnar det. Läckan lagas i kväll.",
      }),
    ).toEqual([]);
    expect(
      au23({ body: "Hot, även sådana som görs på skämt, är allvarliga och polisanmäls. Ring 112 om du ser något." }),
    ).toEqual([]);
    expect(au23({ body: "Orten Hahaby har fått tillbaka strömmen. Tack för ert tålamod." })).toEqual([]);
  });
});
