import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ClaimText } from "../../../client/src/features/claims/ClaimText";

/** The runs a claim card lets break anywhere (claims.css `.claim-long-word`). */
const breakableRuns = (text: string): string[] =>
  Array.from(
    render(<ClaimText text={text} />).container.querySelectorAll(".claim-long-word"),
    (el) => el.textContent ?? "",
  );

describe("a claim's text on the board", () => {
  it("lets a quoted link, hashtag or code break, so one link does not widen its column and the board", () => {
    const link = "https://www.facebook.com/groups/norrbyvattenlacka/posts/1234567890123456";
    expect(breakableRuns(`Sprids på ${link} att vattnet är giftigt`)).toEqual([link]);
    expect(breakableRuns("Delas under #vattenläckanNorrby2026 i kväll")).toEqual(["#vattenläckanNorrby2026"]);
  });

  it("keeps everyday words whole, with their punctuation, and marks a long compound", () => {
    expect(breakableRuns("Köp inte reningstabletter, vattnet är rent.")).toEqual([]);
    // The card quotes the claim, so the first word carries the opening quotation mark.
    expect(breakableRuns("Kokningsrekommendationen gäller inte längre")).toEqual(["”Kokningsrekommendationen"]);
  });
});
