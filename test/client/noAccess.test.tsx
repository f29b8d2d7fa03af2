import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Route, Routes } from "react-router";
import { beforeEach, describe, expect, it } from "vitest";
import { RequireRole } from "../../client/src/features/layout/guards";
import { useStore } from "../../client/src/store";
import { makeUser, resetStore } from "./helpers/fixtures";

// A page the role may not open (a lead on /admin/users) is a page: a heading, a tab title, and a way back to the
// start page, not only a warning box.

function renderAsLeadOnAdminPage() {
  return render(
    <MemoryRouter initialEntries={["/admin/users"]}>
      <Routes>
        <Route path="/" element={<p>startsidan</p>} />
        <Route
          path="/admin/users"
          element={
            <RequireRole roles={["admin"]}>
              <h1>Användare</h1>
            </RequireRole>
          }
        />
      </Routes>
    </MemoryRouter>,
  );
}

describe("a page the role may not open", () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().setSignedIn(makeUser({ role: "lead" }));
  });

  it("has the heading Ingen behörighet, says why, names the tab, and links back to the start page", async () => {
    renderAsLeadOnAdminPage();
    expect(screen.getByRole("heading", { level: 1, name: "Ingen behörighet" })).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("Din roll har inte behörighet till den här sidan.");
    expect(screen.queryByRole("heading", { name: "Användare" })).toBeNull();
    await waitFor(() => expect(document.title).toBe("Ingen behörighet – Krisrum"));
    await userEvent.click(screen.getByRole("link", { name: "Till startsidan" }));
    expect(await screen.findByText("startsidan")).toBeInTheDocument();
  });

  it("says it in English too", async () => {
    useStore.getState().setLanguage("en");
    renderAsLeadOnAdminPage();
    expect(await screen.findByRole("heading", { level: 1, name: "No access" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Back to the start page" })).toHaveAttribute("href", "/");
    await waitFor(() => expect(document.title).toBe("No access – Krisrum"));
  });
});
