/**
 * Fifteenth round: a guess at a cause that names a source only as the one expected to confirm it later. The writer
 * expecting the police to confirm something is neither the police's word nor a forecast, so the guess stays a guess.
 * The wordings are written for these tests, each next to the nearest form that must still count as sourced.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, type Input } from "./helpers.js";

const rules = (input: Input) => new Set(findingsOf({ language: "sv", ...input }).map((f) => f.ruleId));

describe("[FA1][FA12] a source named only as the one who will confirm the writer's guess", () => {
  it("flags a Swedish guess followed by the confirmation the writer expects", () => {
    const found = rules({
      title: "Brand i förrådet",
      body: "Allt talar för att branden i förrådet var anlagd, och vi räknar med att polisen kommer att bekräfta det i morgon.",
    });
    expect(found.has("FA12")).toBe(true);
    expect(found.has("FA1")).toBe(true);
  });

  it("flags an English guess followed by the confirmation the writer expects", () => {
    const found = rules({
      language: "en",
      title: "Pump station",
      body: "The damage at the pump station was most likely caused by vandals, and we expect the police to confirm this next week.",
    });
    expect(found.has("FA12")).toBe(true);
  });

  it("still counts the source's own word, and a forecast of the writer's own, as no guess", () => {
    expect(
      rules({ title: "Brand i förrådet", body: "Polisen bedömer att branden i förrådet troligen var anlagd." }).has(
        "FA12",
      ),
    ).toBe(false);
    expect(
      rules({ title: "Strömavbrott", body: "Vi räknar med att strömmen troligen är tillbaka kl. 14 i hela Åsby." }).has(
        "FA1",
      ),
    ).toBe(false);
  });
});

describe("[AC1] a subject's own negation is no instruction", () => {
  const rulesEn = (body: string) =>
    new Set(findingsOf({ language: "en", kind: "bulletin", title: "Gas in Elm Court", body }).map((f) => f.ruleId));

  it("does not read 'we do not yet know' as telling the reader what to do", () => {
    expect(rulesEn("Gas was found in two flats. We do not yet know where it is coming from.").has("AC1")).toBe(true);
    expect(rulesEn("Gas was found in two flats. They don't know where it is coming from.").has("AC1")).toBe(true);
  });

  it("still reads an imperative negation as an instruction", () => {
    expect(rulesEn("Gas was found in two flats. Do not use matches or light switches.").has("AC1")).toBe(false);
    expect(rulesEn("Gas was found in two flats. Please don't use the lift.").has("AC1")).toBe(false);
  });
});

describe("[FA1][FA12] a Swedish 'i' after the verb is a preposition, not the writer", () => {
  it("keeps a sourced statement sourced when the verb is followed by 'i …'", () => {
    for (const body of [
      "Polisen har under natten bekräftat i ett pressmeddelande att branden troligen var anlagd.",
      "Räddningstjänsten har efter undersökningen bedömt i sin rapport att branden troligen startade i en torktumlare.",
    ]) {
      const found = rules({ title: "Branden på Åsvägen", body });
      expect(found.has("FA12"), body).toBe(false);
      expect(found.has("FA1"), body).toBe(false);
    }
  });
});

describe("[FS4][FS9] Finnish 'kello' is a clock time as 'klo' is", () => {
  it("reads 'kello 13' as a time in a Finnish text", () => {
    const found = (body: string) =>
      new Set(findingsOf({ language: "fi", title: "Vesikatko", body, channels: ["web"] }).map((f) => f.ruleId));
    expect(found("Vesikatko Norrbyssä. Keitä vesi ennen juomista.").has("FS4")).toBe(true);
    expect(found("Vesikatko Norrbyssä alkoi kello 13. Keitä vesi ennen juomista.").has("FS4")).toBe(false);
    expect(found("Vesikatko Norrbyssä alkoi klo 13. Keitä vesi ennen juomista.").has("FS4")).toBe(false);
  });
});

describe("[AC2] the sentence suggested for a next-update time kept only in the metadata", () => {
  const suggestion = (language: "sv" | "en" | "fi") =>
    findingsOf(
      {
        language,
        title: "Water",
        body: "Boil the water.",
        nextUpdateAt: "2026-12-06T14:49:00.000Z",
      },
      {},
      "AC2",
    )[0]?.suggestion;

  it("names the time set, in the message's own language", () => {
    expect(suggestion("sv")?.sv).toContain("”Nästa uppdatering kommer kl. 15.49.”");
    expect(suggestion("en")?.en).toContain("“Next update at 15:49.”");
    expect(suggestion("fi")?.sv).toContain("”Seuraava tiedote klo 15.49.”");
  });
});

describe("[FS4][AU15] the stamp and date suggested to copy are in the message's language, the advice in the UI's", () => {
  const NOW = "2026-12-06T16:07:00Z"; // Sunday 6 December, 17:07 in Sweden
  const bodies = {
    sv: "Koka vattnet i dag innan du dricker det.",
    "sv-lattlast": "Koka vattnet i dag. Drick inte vattnet från kranen innan du har kokat det.",
    en: "Boil the water today before you drink it.",
    fi: "Keitä vesi tänään ennen kuin juot sitä.",
  } as const;
  const suggestion = (language: keyof typeof bodies, ruleId: "FS4" | "AU15") =>
    findingsOf({ language, title: "Vatten", body: bodies[language] }, { now: NOW }, ruleId)[0]?.suggestion;

  it("puts a Swedish stamp into a Swedish or easy-Swedish bulletin, also when the UI is English", () => {
    expect(suggestion("sv", "FS4")).toEqual({
      sv: "Börja med ”Uppdaterad söndag 6 december kl. 17.07”.",
      en: "Start with “Uppdaterad söndag 6 december kl. 17.07”.",
    });
    expect(suggestion("sv-lattlast", "FS4")?.en).toBe("Start with “Uppdaterad söndag 6 december kl. 17.07”.");
    expect(suggestion("sv", "AU15")?.en).toBe("Add the date: “i dag, söndag 6 december”.");
  });

  it("puts an English stamp into an English bulletin, also when the UI is Swedish", () => {
    expect(suggestion("en", "FS4")).toEqual({
      sv: "Börja med ”Updated Sunday 6 December, 17:07”.",
      en: "Start with “Updated Sunday 6 December, 17:07”.",
    });
    expect(suggestion("en", "AU15")?.sv).toBe("Skriv datumet: ”today, Sunday 6 December”.");
  });

  it("puts a Finnish stamp into a Finnish bulletin, one the rule itself reads as a stamp", () => {
    expect(suggestion("fi", "FS4")).toEqual({
      sv: "Börja med ”Päivitetty 6. joulukuuta klo 17.07”.",
      en: "Start with “Päivitetty 6. joulukuuta klo 17.07”.",
    });
    expect(suggestion("fi", "AU15")?.en).toBe("Add the date: “tänään 6. joulukuuta”.");
    const stamped = findingsOf(
      { language: "fi", title: "Vesi", body: `Päivitetty 6. joulukuuta klo 17.07. ${bodies.fi}` },
      { now: NOW },
      "FS4",
    );
    expect(stamped).toEqual([]);
  });
});
