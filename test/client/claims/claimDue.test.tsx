import { render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { ClaimDue } from "../../../client/src/features/claims/ClaimDue";
import { resetStore } from "../helpers/fixtures";
import { makeClaim } from "./fixtures";

describe("ClaimDue", () => {
  beforeEach(() => resetStore());

  it("rounds the time to correction to the nearest minute, as the follow-up page does", () => {
    render(<ClaimDue claim={makeClaim("inc", { status: "corrected", timeToCorrectionMs: 172_000 })} />);
    expect(screen.getByText("Rättat efter 3 min")).toBeInTheDocument();
  });

  it("keeps seconds under a minute", () => {
    render(<ClaimDue claim={makeClaim("inc", { status: "corrected", timeToCorrectionMs: 40_000 })} />);
    expect(screen.getByText("Rättat efter 40 s")).toBeInTheDocument();
  });
});
