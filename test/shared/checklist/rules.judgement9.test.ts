/**
 * Seventh round, blind14 studied: the failure mechanisms found in the misses of blind14 (the seventh round's held-out
 * set, tuning material since its figures were recorded), each fixed as a construction and shown next to the nearest
 * form that must be judged the other way. The wordings are paraphrases written for these tests, not the set's items.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, type Input } from "./helpers.js";

/** The rules that say "error" for a text: the ones that make the publish gate refuse it. */
const errors = (input: Input) =>
  findingsOf(input)
    .filter((f) => f.severity === "error")
    .map((f) => f.ruleId);
const sv = (title: string, body: string) => errors({ title, body });
const en = (title: string, body: string) => errors({ title, body, language: "en" });

describe("FA12: a forecast of how something will look, and weather under an evidential hedge, guess at no culprit", () => {
  it("[FA12] spares a modal forecast of an appearance", () => {
    expect(
      en(
        "Hydrant flushing on Elm Street",
        "Crews will flush hydrants on Elm Street from 9am to 3pm on Tuesday. During the work, the water might appear to be clouded with air. It is safe to drink; run the cold tap for a minute if you notice it. Call 555-0110 with questions.",
      ),
    ).not.toContain("FA12");
    expect(
      en(
        "Main replacement in Northside",
        "Water pressure may drop in Northside between 8am and 4pm on Thursday while a main is replaced. Afterwards, tap water could appear to be tinted yellow for a short while. It remains safe to use. Updates at city.gov/water.",
      ),
    ).not.toContain("FA12");
  });

  it("[FA12] spares a natural cause under an evidential hedge", () => {
    expect(
      sv(
        "Strömavbrott i Rydal",
        "Cirka 300 kunder i Rydal är utan ström sedan kl. 06.10. Orsaken är av allt att döma stormen i natt som fällt träd över ledningarna. Felet väntas vara åtgärdat kl. 18.00. Nätbolaget, natbolaget.se",
      ),
    ).not.toContain("FA12");
    expect(
      sv(
        "Avbrott i Norrby",
        "Ett 40-tal hushåll i Norrby har inte ström sedan kl. 22.00 i går. Felet beror av allt att döma på blötsnö som tyngt ner ledningarna. Vi räknar med att strömmen är tillbaka kl. 14.00. Elbolaget, elbolaget.se",
      ),
    ).not.toContain("FA12");
  });

  it("[FA12] still flags a hedged culprit, and a bare 'probably' over a cause", () => {
    expect(
      sv(
        "Brand i förråd",
        "Ett förråd vid Åsgatan brann i natt. Branden är av allt att döma anlagd. Ingen skadades. Räddningstjänsten, kl. 07.00",
      ),
    ).toContain("FA12");
    expect(
      en(
        "Fire at the depot",
        "A fire broke out at the Mill Road depot overnight. It may appear to have been set deliberately by someone who had a grudge. No one was hurt.",
      ),
    ).toContain("FA12");
  });
});
