/**
 * Twelfth round: a firm return and, in another sentence, a lower bound past it. The wordings are written for these
 * tests, each next to the nearest form that must be judged the other way.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, type Input } from "./helpers.js";

const errors = (input: Input) =>
  findingsOf(input)
    .filter((f) => f.severity === "error")
    .map((f) => f.ruleId);
const sv = (body: string) => errors({ title: "Avstängt vatten i Ekby", body });
const en = (body: string) => errors({ title: "Road closure", body, language: "en" });

describe("[FA19] a firm return contradicted by a later lower bound", () => {
  it("refuses a return today beside work that takes at least a day, or ends on Sunday at the earliest", () => {
    expect(
      sv(
        "Ekby kommun, lördag kl. 09.40. Vattnet är avstängt på Ekvägen efter en läcka. Vattnet är tillbaka senast kl. 14.00 i dag. Reparationen väntas ta minst ett dygn. Frågor: 0910-10 10 10.",
      ),
    ).toContain("FA19");
    expect(
      sv(
        "Ekby kommun, lördag kl. 09.40. Vattnet är avstängt på Ekvägen. Vi räknar med att vattnet är tillbaka kl. 15 i dag. Arbetet blir klart tidigast söndag kväll. Frågor: 0910-10 10 10.",
      ),
    ).toContain("FA19");
  });

  it("refuses a reopening on Thursday beside a closure until at least Monday", () => {
    expect(
      en(
        "Hillford Council, Wednesday. The B1234 is closed after a landslip. The road will reopen at 7am on Thursday. The closure is expected to remain until at least Monday. Updates at hillford.gov.uk/roads.",
      ),
    ).toContain("FA19");
  });

  it("lets one time stand, a temporary supply beside a longer repair, and a return that may come earlier", () => {
    expect(
      sv(
        "Ekby kommun, lördag kl. 09.40. Vattnet är avstängt på Ekvägen. Arbetet blir klart tidigast söndag kväll. Frågor: 0910-10 10 10.",
      ),
    ).not.toContain("FA19");
    expect(
      sv(
        "Ekby kommun, lördag kl. 09.40. Vattnet är tillbaka senast kl. 14.00 i dag via en tillfällig ledning. Reparationen av huvudledningen tar minst ett dygn. Frågor: 0910-10 10 10.",
      ),
    ).not.toContain("FA19");
    expect(
      en(
        "Hillford Council, Wednesday. The B1234 is closed after a landslip. The road may reopen earlier, at 7am on Thursday. The closure is expected to remain until at least Monday. Updates at hillford.gov.uk/roads.",
      ),
    ).not.toContain("FA19");
    expect(
      en(
        "Hillford Council, Wednesday. The B1234 is closed after a landslip. The road will reopen at 7am on Monday. Updates at hillford.gov.uk/roads.",
      ),
    ).not.toContain("FA19");
  });
});
