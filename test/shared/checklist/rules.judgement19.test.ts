/**
 * Nineteenth round: readings that refused ordinary authority texts (blind32's real notices, studied) and the rules
 * that came from the round's studied sets. The wordings are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, type Input } from "./helpers.js";

describe("[FS7] a purpose clause is no promise", () => {
  const policy = (sentence: string): Input => ({
    language: "en",
    title: "Severe weather and school closures",
    body: `The district decides on school closures by 6:30 a.m. Closures are posted on the district website. ${sentence} Parents are responsible for their child's safe travel to school.`,
  });

  it("leaves 'To reach as many people as possible - as quickly as possible - we work with local media'", () => {
    const text = policy(
      "To reach as many people as possible - as quickly as possible - we work closely with our local media to share information.",
    );
    expect(findingsOf(text, undefined, "FS7")).toHaveLength(0);
    const sv: Input = {
      title: "Skolor vid oväder",
      body: "Kommunen beslutar om stängda skolor senast kl. 06.30. För att nå så många som möjligt så snabbt som möjligt samarbetar vi med lokala medier för att sprida information. Vårdnadshavare ansvarar för barnens resa till skolan.",
    };
    expect(findingsOf(sv, undefined, "FS7")).toHaveLength(0);
  });

  it("still flags a promise that opens with its purpose", () => {
    expect(
      findingsOf(policy("To keep you safe, we will share more information as soon as possible."), undefined, "FS7"),
    ).toHaveLength(1);
    const sv: Input = {
      title: "Storm",
      body: "Träd har fallit över flera vägar i kommunen. För att hålla er informerade återkommer vi så snart som möjligt.",
    };
    expect(findingsOf(sv, undefined, "FS7")).toHaveLength(1);
  });
});

describe("[AU21] a named body that acts is no officialese", () => {
  const SHOWERS =
    "Vid en tidigare kontroll visades förhöjda värden av legionella på två boenden. Rören har spolats och rengjorts. Nya prover visar lägre värden.";

  it("leaves a passive notice in which the council or the unit plainly acts", () => {
    const unit: Input = {
      title: "Lägre värden av legionella",
      body: `${SHOWERS} Smittskyddsenheten i Norrby, som är rådgivande till miljöförvaltningen, har bedömt att duscharna nu kan användas igen. Ytterligare provsvar inväntas.`,
    };
    expect(findingsOf(unit, undefined, "AU21")).toHaveLength(0);
    const council: Input = {
      language: "en",
      title: "Water main works",
      body: "The water main has been broken several times and water has been turned off while repairs are made. Council is working to install a more robust supply. Supply has been maintained through temporary lines. Council apologises for any inconvenience.",
    };
    expect(findingsOf(council, undefined, "AU21")).toHaveLength(0);
  });

  it("still refuses the same notice when the body is passive too ('har kontaktats', 'has been informed')", () => {
    const unit: Input = {
      title: "Lägre värden av legionella",
      body: `${SHOWERS} Smittskyddsenheten i Norrby har kontaktats och ett beslut har fattats. Ytterligare provsvar inväntas.`,
    };
    expect(findingsOf(unit, undefined, "AU21")).toHaveLength(1);
    const council: Input = {
      language: "en",
      title: "Water main works",
      body: "The water main has been broken several times and water has been turned off while repairs are made. Council has been informed. Supply has been maintained through temporary lines. Action has been taken.",
    };
    expect(findingsOf(council, undefined, "AU21")).toHaveLength(1);
  });
});
