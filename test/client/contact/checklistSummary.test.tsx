import { render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { ChecklistSummary } from "../../../client/src/features/faq/ChecklistSummary";
import { useStore } from "../../../client/src/store";
import { resetStore } from "../helpers/fixtures";

// The FAQ editor's checklist heading names the checklist once: the score badge in it had its own hidden label, so a
// screen reader read "Checklist Checklist score: 40 · fails".

const renderSummary = () =>
  render(
    <ChecklistSummary
      question="Får man fylla poolen?"
      answer="Troligen kanske, vi vet inte riktigt ännu."
      language="sv"
      audiences={["residents"]}
      factIds={[]}
      facts={[]}
    />,
  );

describe("the FAQ checklist's heading", () => {
  beforeEach(() => resetStore());

  it("says 'Checklistan' once, then the score and its verdict", () => {
    renderSummary();
    const heading = screen.getByRole("heading", { level: 3 });
    expect(heading).toHaveAccessibleName(/^Checklistan \d+ · (bra|se över|brister)$/);
    expect(heading).not.toHaveTextContent("Checklistpoäng");
  });

  it("and 'Checklist' once in English", async () => {
    useStore.getState().setLanguage("en");
    renderSummary();
    const heading = await screen.findByRole("heading", { level: 3, name: /^Checklist \d/ });
    expect(heading).toHaveAccessibleName(/^Checklist \d+ · (good|review|fails)$/);
    expect(heading).not.toHaveTextContent("Checklist score");
  });
});
