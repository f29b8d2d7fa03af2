import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LoginPage } from "../../client/src/features/auth/LoginPage";
import { useStore } from "../../client/src/store";
import { stubFetch } from "./helpers/fetchStub";
import { jsonResponse, resetStore } from "./helpers/fixtures";

function renderLogin() {
  return render(
    <MemoryRouter initialEntries={["/login"]}>
      <LoginPage />
    </MemoryRouter>,
  );
}

describe("LoginPage", () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().setSignedOut(null);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("labels its fields and shows the server's answer to wrong credentials", async () => {
    const { calls } = stubFetch(() =>
      jsonResponse(401, { error: { code: "bad_credentials", message: "Wrong username or password" } }),
    );
    renderLogin();
    await userEvent.type(screen.getByLabelText("Användarnamn"), "lead");
    await userEvent.type(screen.getByLabelText("Lösenord"), "fel-lösenord");
    await userEvent.click(screen.getByRole("button", { name: "Logga in" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("Fel användarnamn eller lösenord.");
    expect(calls).toEqual([
      { method: "POST", url: "/api/auth/login", body: { username: "lead", password: "fel-lösenord" } },
    ]);
    expect(useStore.getState().authStatus).toBe("anonymous");
  });

  it("shows a message the client has no translation for in the server's own words", async () => {
    stubFetch(() => jsonResponse(403, { error: { code: "account_disabled", message: "Kontot är avstängt" } }));
    renderLogin();
    await userEvent.type(screen.getByLabelText("Användarnamn"), "viewer");
    await userEvent.type(screen.getByLabelText("Lösenord"), "x");
    await userEvent.click(screen.getByRole("button", { name: "Logga in" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Kontot är avstängt");
  });

  it("tells how long to wait when logins are rate-limited", async () => {
    stubFetch(() =>
      jsonResponse(429, { error: { code: "rate_limited", message: "Too many attempts" } }, { "Retry-After": "600" }),
    );
    renderLogin();
    await userEvent.type(screen.getByLabelText("Användarnamn"), "lead");
    await userEvent.type(screen.getByLabelText("Lösenord"), "x");
    await userEvent.click(screen.getByRole("button", { name: "Logga in" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Försök igen om 10 min.");
  });

  it("says a short sign-in wait in seconds", async () => {
    stubFetch(() =>
      jsonResponse(
        429,
        { error: { code: "rate_limited", message: "Too many failed sign-ins from this address" } },
        { "Retry-After": "4" },
      ),
    );
    renderLogin();
    await userEvent.type(screen.getByLabelText("Användarnamn"), "lead");
    await userEvent.type(screen.getByLabelText("Lösenord"), "x");
    await userEvent.click(screen.getByRole("button", { name: "Logga in" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Försök igen om 4 s.");
  });

  it("marks an empty field next to it and sends nothing", async () => {
    const { calls } = stubFetch(() => jsonResponse(500, {}));
    renderLogin();
    await userEvent.click(screen.getByRole("button", { name: "Logga in" }));
    const username = screen.getByLabelText("Användarnamn");
    // The form's schema is fetched on the first submit (the login page's chunks hold no zod), so the check settles
    // a moment after the click.
    await waitFor(() => expect(username).toHaveAttribute("aria-invalid", "true"));
    expect(username).toHaveAccessibleDescription(expect.stringContaining("Fältet måste fyllas i."));
    await waitFor(() => expect(username).toHaveFocus());
    expect(calls).toHaveLength(0);
  });

  it("explains why the user is here after the session ended", () => {
    useStore.getState().setSignedOut("session_ended");
    renderLogin();
    expect(screen.getByRole("status")).toHaveTextContent("Din session har avslutats");
  });
});
