import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { beforeEach, describe, expect, it } from "vitest";
import { Header } from "../../client/src/features/layout/Header";
import { useStore } from "../../client/src/store";
import { makeUser, resetStore } from "./helpers/fixtures";

// The phone's "Meny" button is a disclosure (WAI-ARIA APG): Escape folds what it opened and the keyboard goes back to
// the button, not onto a link that the folded menu hides.

function renderHeader() {
  useStore.getState().setSignedIn(makeUser({ role: "agent" }));
  return render(
    <MemoryRouter>
      <Header />
      <label>
        Sök <input />
      </label>
    </MemoryRouter>,
  );
}

describe("the header's menu button", () => {
  beforeEach(() => resetStore());

  it("closes the open menu on Escape from a link in it and gives the focus back to the button", async () => {
    renderHeader();
    const user = userEvent.setup();
    const button = screen.getByRole("button", { name: "Meny" });
    await user.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    const nav = screen.getByRole("navigation", { name: "Huvudmeny" });
    const link = within(nav).getByRole("link", { name: "Händelser" });
    link.focus();
    await user.keyboard("{Escape}");
    expect(button).toHaveAttribute("aria-expanded", "false");
    await waitFor(() => expect(button).toHaveFocus(), { timeout: 5000 });
  });

  it("closes on Escape from the button itself, and leaves focus elsewhere on the page where it is", async () => {
    renderHeader();
    const user = userEvent.setup();
    const button = screen.getByRole("button", { name: "Meny" });
    await user.click(button);
    await user.keyboard("{Escape}");
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(button).toHaveFocus();

    await user.click(button);
    const search = screen.getByRole("textbox", { name: "Sök" });
    search.focus();
    await user.keyboard("{Escape}");
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(search).toHaveFocus();
  });
});
