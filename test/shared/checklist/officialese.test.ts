/**
 * [AU21] by structure: a text where nearly every sentence is passive, nobody speaks and nothing is asked of the
 * reader is officialese even without a stock phrase. [FA12] a cause given with "eftersom" is a cause too.
 */
import { describe, expect, it } from "vitest";
import { allFindings, scoreMessage } from "../../../shared/checklist/index.js";
import type { MessageInput } from "../../../shared/schemas/checklist.js";

const ids = (m: Partial<MessageInput> & { body: string }) =>
  allFindings(scoreMessage({ kind: "bulletin", language: "sv", ...m })).map((f) => f.ruleId);

describe("officialese and cause frames", () => {
  it("[AU21] flags passive sentences with nobody acting and nothing to do", () => {
    expect(
      ids({
        title: "Vattenkvaliteten i Åsen",
        body: "Ärendet har överlämnats till miljöförvaltningen. Information kommer att delges berörda.",
      }),
    ).toContain("AU21");
    expect(
      ids({
        language: "en",
        title: "Harbour Road",
        body: "An incident was reported at Harbour Road. Resources were deployed and an assessment was carried out.",
      }),
    ).toContain("AU21");
  });

  it("[AU21] does not flag the same when someone speaks or the reader is told what to do", () => {
    expect(
      ids({
        title: "Vattenkvaliteten i Åsen",
        body: "Vi har lämnat ärendet till miljöförvaltningen. Information kommer att delges berörda.",
      }),
    ).not.toContain("AU21");
    expect(
      ids({
        title: "Vattenkvaliteten i Åsen",
        body: "Ärendet har överlämnats till miljöförvaltningen. Koka vattnet tills vidare.",
      }),
    ).not.toContain("AU21");
  });

  it("[FA12] a guess with 'eftersom' gives a cause", () => {
    expect(
      ids({
        title: "Grumligt vatten",
        body: "Vattnet är grumligt. Det är troligen eftersom någon har öppnat en brandpost.",
      }),
    ).toContain("FA12");
    expect(
      ids({ title: "Grumligt vatten", body: "Vattnet är grumligt eftersom en brandpost har öppnats. Orsaken utreds." }),
    ).not.toContain("FA12");
  });
});
