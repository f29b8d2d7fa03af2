import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Announcer } from "../../client/src/components/Announcer";
import { LanguageSwitch } from "../../client/src/components/LanguageSwitch";
import { LoginPage } from "../../client/src/features/auth/LoginPage";
import { useStore } from "../../client/src/store";
import { stubFetch } from "./helpers/fetchStub";
import { jsonResponse, makeUser, resetStore } from "./helpers/fixtures";

// The signed-in console's chunk (socket, snapshot, keep-alive) is not what is tested here: the session starts with
// stand-ins, and the realtime link announces something as it starts, as a reconnect or a live event would.
vi.mock("../../client/src/store/session/connectChunk", () => ({
  loadConnect: () =>
    Promise.resolve({
      createSocket: () => ({}),
      fetchLatestSeq: () => Promise.resolve(0),
      installEventApplier: () => {},
      loadLandingData: () => Promise.resolve(),
      loadSnapshot: () => Promise.resolve(),
      startKeepAlive: () => () => {},
      startRealtime: ({ getState }: { getState: typeof useStore.getState }) => {
        getState().announce("connection.restored");
        return { stop: () => {}, recheck: () => {} };
      },
    }),
}));

function serve(account: "sv" | "en") {
  return stubFetch((call) => {
    if (call.url === "/api/auth/login") return jsonResponse(200, { user: makeUser({ language: account }) });
    if (call.url === "/api/me" && call.method === "PATCH") {
      const { language } = call.body as { language: "sv" | "en" };
      return jsonResponse(200, { user: makeUser({ language }) });
    }
    return jsonResponse(404, { error: { code: "not_found", message: "no" } });
  });
}

function renderLogin() {
  return render(
    <MemoryRouter initialEntries={["/login"]}>
      <LanguageSwitch />
      <LoginPage />
      <Announcer />
    </MemoryRouter>,
  );
}

async function signInAs(username: string, password: string) {
  await userEvent.type(screen.getByRole("textbox", { name: /Användarnamn|Username/ }), username);
  await userEvent.type(screen.getByLabelText(/Lösenord|Password/), password);
  await userEvent.click(screen.getByRole("button", { name: /Logga in|Sign in/ }));
  await waitFor(() => expect(useStore.getState().authStatus).toBe("authenticated"));
}

describe("the language at sign-in", () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().setSignedOut(null);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("keeps the language chosen on the login page over the account's, saves it to the account and announces in it", async () => {
    const { calls } = serve("sv");
    renderLogin();
    await userEvent.click(screen.getByRole("button", { name: "English" }));
    await signInAs("lead", "x");

    expect(useStore.getState().language).toBe("en");
    expect(useStore.getState().user?.language).toBe("en");
    await waitFor(() => expect(calls).toContainEqual({ method: "PATCH", url: "/api/me", body: { language: "en" } }));
    expect(screen.getByTestId("announcer")).toHaveTextContent("Connection restored.");
    expect(screen.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  });

  it("takes the account's language when none was chosen on the login page, and saves nothing", async () => {
    const { calls } = serve("en");
    renderLogin();
    await signInAs("lead", "x");

    await waitFor(() => expect(useStore.getState().language).toBe("en"));
    expect(calls.filter((c) => c.method === "PATCH")).toEqual([]);
  });

  it("saves nothing when the choice is the account's language already", async () => {
    const { calls } = serve("sv");
    renderLogin();
    await userEvent.click(screen.getByRole("button", { name: "English" }));
    await userEvent.click(screen.getByRole("button", { name: "Svenska" }));
    await signInAs("lead", "x");

    expect(useStore.getState().language).toBe("sv");
    expect(calls.filter((c) => c.method === "PATCH")).toEqual([]);
  });
});
