import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { User } from "@shared/schemas/user";
import { UsersPage } from "../../client/src/features/admin/UsersPage";
import { useStore } from "../../client/src/store";
import { stubFetch } from "./helpers/fetchStub";
import { jsonResponse, makeUser, resetStore } from "./helpers/fixtures";

const admin = makeUser({ username: "admin", displayName: "Erik Holm", role: "admin" });
const agent = makeUser({ username: "agent", displayName: "Johan Berg", role: "agent" });

function serveUsers() {
  const users = new Map<string, User>([
    [admin.id, admin],
    [agent.id, agent],
  ]);
  return stubFetch((call) => {
    if (call.method === "GET" && call.url === "/api/users") return jsonResponse(200, { users: [...users.values()] });
    const patch = call.url.match(/^\/api\/users\/([^/]+)$/);
    if (call.method === "PATCH" && patch?.[1]) {
      const next = { ...users.get(patch[1])!, ...(call.body as Partial<User>) };
      users.set(next.id, next);
      return jsonResponse(200, { user: next });
    }
    if (call.method === "POST" && call.url === "/api/users") {
      return jsonResponse(409, { error: { code: "conflict", message: "That username is taken", field: "username" } });
    }
    if (call.method === "POST" && call.url.endsWith("/password")) return jsonResponse(204, null);
    return jsonResponse(404, { error: { code: "not_found", message: "no" } });
  });
}

function renderPage() {
  return render(
    <MemoryRouter>
      <UsersPage />
    </MemoryRouter>,
  );
}

describe("UsersPage (admin)", () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().setSignedIn(admin);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("lists the users and changes a role", async () => {
    const { calls } = serveUsers();
    renderPage();
    const row = (await screen.findByRole("rowheader", { name: /Johan Berg/ })).closest("tr")!;
    await userEvent.selectOptions(within(row).getByLabelText("Byt roll för Johan Berg"), "communicator");
    const save = within(row).getByRole("button", { name: "Spara roll – Johan Berg" });
    await userEvent.click(save);
    expect(calls.at(-1)).toMatchObject({
      method: "PATCH",
      url: `/api/users/${agent.id}`,
      body: { role: "communicator" },
    });
    expect(await within(row).findByDisplayValue("Kommunikatör")).toBeInTheDocument();
    expect(useStore.getState().users[agent.id]?.role).toBe("communicator");
    // Saved, the button has nothing left to do, but keeps the keyboard's focus (aria-disabled, not disabled).
    expect(save).toHaveAttribute("aria-disabled", "true");
    expect(save).not.toBeDisabled();
    expect(document.activeElement).toBe(save);
    const patches = calls.filter((c) => c.method === "PATCH").length;
    await userEvent.click(save);
    expect(calls.filter((c) => c.method === "PATCH")).toHaveLength(patches);
  });

  it("says why the last admin cannot step down, and puts the role back to the one saved", async () => {
    const { calls } = stubFetch((call) => {
      if (call.method === "GET" && call.url === "/api/users") return jsonResponse(200, { users: [admin, agent] });
      if (call.method === "PATCH")
        return jsonResponse(409, {
          error: {
            code: "conflict",
            message: "This is the last active admin; make another user admin first",
            reason: "last_admin",
          },
        });
      return jsonResponse(404, { error: { code: "not_found", message: "no" } });
    });
    renderPage();
    const row = (await screen.findByRole("rowheader", { name: /Erik Holm/ })).closest("tr")!;
    const select = within(row).getByLabelText("Byt roll för Erik Holm");
    await userEvent.selectOptions(select, "lead");
    await userEvent.click(within(row).getByRole("button", { name: "Spara roll – Erik Holm" }));
    expect(calls.at(-1)).toMatchObject({ method: "PATCH", body: { role: "lead" } });
    const alert = await within(row).findByText("Det måste finnas minst en aktiv administratör.");
    expect(alert).toHaveAttribute("role", "alert");
    expect(row).not.toHaveTextContent(/Någon annan hann ändra först|last active admin/);
    expect(select).toHaveValue("admin");
    expect(useStore.getState().users[admin.id]?.role).toBe("admin");
  });

  it("disables a user after asking, but not the admin themself", async () => {
    const { calls } = serveUsers();
    renderPage();
    const row = (await screen.findByRole("rowheader", { name: /Johan Berg/ })).closest("tr")!;
    const confirm = vi.fn(() => false);
    vi.stubGlobal("confirm", confirm);
    await userEvent.click(within(row).getByRole("button", { name: "Stäng av Johan Berg" }));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining("Johan Berg"));
    expect(calls.some((c) => c.method === "PATCH")).toBe(false);
    confirm.mockReturnValue(true);
    await userEvent.click(within(row).getByRole("button", { name: "Stäng av Johan Berg" }));
    expect(await within(row).findByText("Avstängd")).toBeInTheDocument();
    const own = screen.getByRole("rowheader", { name: /Erik Holm/ }).closest("tr")!;
    expect(within(own).getByRole("button", { name: /Stäng av/ })).toBeDisabled();
  });

  it("puts a taken username error next to the username field", async () => {
    serveUsers();
    renderPage();
    await screen.findByRole("rowheader", { name: /Johan Berg/ });
    await userEvent.type(screen.getByLabelText("Användarnamn"), "agent");
    await userEvent.type(screen.getByLabelText("Namn"), "Ny Agent");
    await userEvent.type(screen.getByLabelText("Lösenord"), "ett-långt-lösenord");
    await userEvent.click(screen.getByRole("button", { name: "Skapa konto" }));
    expect(await screen.findByLabelText("Användarnamn")).toHaveAccessibleDescription(
      expect.stringContaining("redan upptaget"),
    );
  });

  it("checks the new password's length before resetting it", async () => {
    const { calls } = serveUsers();
    renderPage();
    const row = (await screen.findByRole("rowheader", { name: /Johan Berg/ })).closest("tr")!;
    await userEvent.click(within(row).getByRole("button", { name: "Nytt lösenord – Johan Berg" }));
    await userEvent.type(within(row).getByLabelText("Nytt lösenord för Johan Berg"), "kort");
    await userEvent.click(within(row).getByRole("button", { name: "Spara lösenord" }));
    expect(within(row).getByLabelText("Nytt lösenord för Johan Berg")).toHaveAccessibleDescription(
      expect.stringContaining("Minst 12 tecken"),
    );
    expect(calls.filter((c) => c.url.endsWith("/password"))).toHaveLength(0);
  });
});
