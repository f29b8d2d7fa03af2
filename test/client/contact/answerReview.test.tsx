import { render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { AnswerPanel } from "../../../client/src/features/contact/AnswerPanel";
import { useStore } from "../../../client/src/store";
import { makeUser, resetStore } from "../helpers/fixtures";
import { makeFaq } from "./fixtures";

// Staleness: an answer whose cited fact changed tells the agent so, with why and since when, before it is read out.

describe("the agent's answer needing review", () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().setSignedIn(makeUser({ role: "agent" }));
  });

  it("shows the review reason of a flagged answer, and nothing on a current one", () => {
    const flagged = makeFaq({
      stale: true,
      staleFactIds: ["11111111-1111-4111-8111-111111111111"],
      reviewReasons: [
        {
          reason: "fact_retracted",
          at: "2026-11-25T09:15:00.000Z",
          factId: "11111111-1111-4111-8111-111111111111",
          factVersion: 2,
        },
      ],
    });
    const { rerender } = render(<AnswerPanel entry={flagged} hasQuery />);
    const note = screen.getByRole("note");
    expect(note).toHaveTextContent("Uppgifterna bakom svaret har ändrats");
    expect(note).toHaveTextContent(/Orsak: en uppgift har dragits tillbaka \(25 nov\. 2026 \d\d:15\)/);
    rerender(<AnswerPanel entry={makeFaq()} hasQuery />);
    expect(screen.queryByRole("note")).toBeNull();
  });
});
