/**
 * Fourteenth round, from a review of the twelfth round's rules: correct messages the gate refused. The wordings are
 * written for these tests, each next to the nearest form that must still be judged a contradiction.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, type Input } from "./helpers.js";

const has = (input: Input, ruleId: string, now?: string) =>
  findingsOf({ language: "sv", ...input }, now === undefined ? {} : { now }).some((f) => f.ruleId === ruleId);
const MONDAY = "2026-12-07T09:00:00+01:00";
const THURSDAY = "2026-12-10T09:00:00+01:00";

describe("[FA19] a firm return and a later bound", () => {
  const school = {
    title: "Åsbyskolan",
    body: "Skolan öppnar igen fredag kl. 8. Reparationen av värmesystemet pågår till tidigast onsdag, men skolan kan användas.",
  };

  it("orders two weekdays from the day of scoring", () => {
    // On a Monday, Wednesday comes before Friday: the repair ends before the school reopens. On a Thursday the next
    // Wednesday is past Friday: two times for one return.
    expect(has(school, "FA19", MONDAY)).toBe(false);
    expect(has(school, "FA19", THURSDAY)).toBe(true);
    // With no clock the order is unknown, and nothing is claimed; a dateline names the day to count from.
    expect(has(school, "FA19")).toBe(false);
    expect(has({ ...school, body: `Åsby kommun, torsdag. ${school.body}` }, "FA19")).toBe(true);
    // With a clock the day of scoring counts: what is published is read that day.
    expect(has({ ...school, body: `Åsby kommun, måndag. ${school.body}` }, "FA19", THURSDAY)).toBe(true);
  });

  it("does not take a day told in the story for a dateline", () => {
    const story = {
      body: "I måndags gick en huvudledning sönder på Åsvägen. Reparationen är klar tidigast fredag. Vattnet är tillbaka måndag kl. 12.",
    };
    expect(has(story, "FA19", "2026-12-09T09:00:00+01:00")).toBe(false); // a Wednesday: Friday comes before Monday
    expect(has(story, "FA19")).toBe(false);
  });

  it("reads only a clock time as a return time, not any number", () => {
    const streets = {
      body: "Strömmen är tillbaka i 12 av 15 gator i Berga. Reparationen av de sista ledningarna tar minst två dagar.",
    };
    expect(has(streets, "FA19", MONDAY)).toBe(false);
    const today = { body: "Vattnet är tillbaka senast kl. 14.00 i dag. Reparationen väntas ta minst ett dygn." };
    expect(has(today, "FA19", MONDAY)).toBe(true);
  });

  it("still refuses a bound in the following week, with or without a clock", () => {
    const road = {
      language: "en" as const,
      body: "The road will reopen to all traffic at 7am on Thursday. Because the slope is still moving, the closure is expected to remain in place until at least next Monday.",
    };
    expect(has(road, "FA19")).toBe(true);
    expect(has(road, "FA19", MONDAY)).toBe(true);
  });
});

describe("[FA15] nobody needs to leave, and someone must", () => {
  it("does not read leaving a child at school as leaving home", () => {
    expect(
      has(
        {
          body: "Ingen behöver lämna sitt hem. Föräldrar som ska lämna barn på förskolan i Åsby kan göra det som vanligt.",
        },
        "FA15",
      ),
    ).toBe(false);
    expect(
      has(
        {
          language: "en",
          body: "No one needs to leave their home. Parents who need to leave children at the school can do so as usual.",
        },
        "FA15",
      ),
    ).toBe(false);
  });

  it("still refuses those told to leave, however the leaving is put", () => {
    for (const told of [
      "Boende på Åsvägen 2–14 måste lämna omedelbart.",
      "Boende ska lämna Åsvägen före kl. 18.",
      "Boende på Åsvägen uppmanas att lämna.",
      "Eleverna måste lämna skolan.",
    ])
      expect(has({ body: `Ingen behöver lämna sin bostad på grund av branden. ${told}` }, "FA15")).toBe(true);
    for (const told of ["Residents of Ash Road must leave at once.", "Pupils must leave the school."])
      expect(has({ language: "en", body: `No one needs to leave their home. ${told}` }, "FA15")).toBe(true);
  });

  it("still refuses those told to leave their homes or the area", () => {
    expect(
      has(
        { body: "Ingen behöver lämna sitt hem. Boende på Åsvägen 2–14 ska ha lämnat sina bostäder senast kl. 18." },
        "FA15",
      ),
    ).toBe(true);
    expect(
      has({ body: "Ingen behöver lämna sitt hem. Boende på Åsvägen uppmanas att omedelbart lämna området." }, "FA15"),
    ).toBe(true);
    expect(
      has(
        {
          language: "en",
          body: "No one needs to leave their home. Residents at 2–14 Ash Road must leave their homes by 6pm.",
        },
        "FA15",
      ),
    ).toBe(true);
  });
});

describe("[FS9] a whole hour at the end of a sentence", () => {
  const set = { nextUpdateAt: "2026-12-06T11:34:00Z" }; // 12.34 in Swedish time
  const fs9 = (language: Input["language"], body: string) =>
    findingsOf({ title: "Koka vattnet", language, body, ...set }, { now: "2026-12-06T10:00:00Z" }).filter(
      (f) => f.ruleId === "FS9",
    );

  it("reads 'kl. 16.' as 16.00 in every language and refuses it beside 12.34 set on the bulletin", () => {
    for (const [language, body] of [
      ["sv", "Vattnet i Norrby ska kokas. Nästa besked kommer kl. 16."],
      ["fi", "Norrbyn vesi on keitettävä. Seuraava tiedote tulee klo 16."],
      ["sv-lattlast", "Du ska koka vattnet i Norrby. Vi berättar mer klockan 16."],
    ] as const) {
      const found = fs9(language, body);
      expect(found.map((f) => f.severity)).toEqual(["error"]);
      expect(found[0]?.message.sv).toContain("kl. 16.00");
    }
  });

  it("does not read this bulletin named as new, or a press conference, as the next update", () => {
    expect(
      fs9("fi", "Tämä on uusi tiedote, joka korvaa klo 9.30 annetun tiedotteen. Keitä vesi ennen juomista."),
    ).toEqual([]);
    expect(
      fs9("fi", "Seuraava tiedotustilaisuus pidetään klo 14 kaupungintalolla. Seuraava päivitys klo 12.34."),
    ).toEqual([]);
    expect(fs9("sv", "Presskonferens kl. 14 i stadshuset. Nästa besked kommer kl. 12.34.")).toEqual([]);
  });

  it("lets the set time stand, and still reads 16.30 as 16.30", () => {
    expect(fs9("sv", "Vattnet i Norrby ska kokas. Nästa besked kommer kl. 12.34.")).toEqual([]);
    expect(fs9("sv", "Vattnet i Norrby ska kokas. Nästa besked kommer kl. 16.30.")[0]?.message.sv).toContain(
      "kl. 16.30",
    );
  });
});
