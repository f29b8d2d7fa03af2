import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BulletinEditorPage } from "../../../client/src/features/bulletins/BulletinEditorPage";
import { Layout } from "../../../client/src/features/layout/Layout";
import { useStore } from "../../../client/src/store";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeIncident, makeUser, resetStore } from "../helpers/fixtures";
import { makeBulletin } from "./fixtures";

/**
 * The console's layout around the editor, with a history: a new bulletin's first save replaces the address with the
 * bulletin's own and marks it "the same view", so focus stays on the save button. That mark stays on the history
 * entry; coming back to it later is a page change like any other, and focus must go to <main> (WCAG 2.4.3).
 */
describe("focus on the layout's navigations around a new bulletin's first save", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("keeps focus on the save button for the first save, and moves it to <main> on Back to that address later", async () => {
    const incident = makeIncident();
    const created = makeBulletin(incident.id, { headline: "Koka vattnet", version: 1 });
    vi.spyOn(window, "scrollTo").mockImplementation(() => undefined); // jsdom has no scrolling
    resetStore();
    const s = useStore.getState();
    s.setSignedIn(makeUser({ role: "communicator" }));
    s.upsertIncidents([incident]);
    s.upsertFacts([]);
    s.setFactListStatus(incident.id, "loaded");
    s.setBulletinListStatus(incident.id, "loaded");
    stubFetch((call) => {
      if (call.method === "POST" && call.url === `/api/incidents/${incident.id}/bulletins`)
        return jsonResponse(201, created);
      if (call.method === "GET" && /\/versions$/.test(call.url)) return jsonResponse(200, { versions: [] });
      return jsonResponse(404, { error: { code: "not_found", message: `no route for ${call.method} ${call.url}` } });
    });
    const router = createMemoryRouter(
      [
        {
          element: <Layout />,
          children: [
            { path: "/incidents/:id/bulletins/new", element: <BulletinEditorPage /> },
            { path: "/incidents/:id/bulletins/:bulletinId", element: <BulletinEditorPage /> },
            { path: "/incidents/:id", element: <button type="button">Händelsens knapp</button> },
          ],
        },
      ],
      { initialEntries: [`/incidents/${incident.id}`, `/incidents/${incident.id}/bulletins/new`], initialIndex: 1 },
    );
    render(<RouterProvider router={router} />);
    const main = screen.getByRole("main");

    // The first save: the address becomes the bulletin's own, and the keyboard stays on the save button.
    await userEvent.type(await screen.findByLabelText("Rubrik"), "Koka vattnet");
    const bottom = screen.getAllByRole("button", { name: "Spara utkast" })[1] as HTMLElement;
    bottom.focus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/incidents/${incident.id}/bulletins/${created.id}`),
    );
    await waitFor(() => {
      const active = document.activeElement as HTMLElement | null;
      expect(active?.closest(".editor-save")).not.toBeNull();
      expect(active?.textContent).toBe("Spara");
    });
    expect(main).not.toHaveFocus();

    // To the incident page by its link: a new page, focus on <main>; then she moves on within that page.
    await userEvent.click(screen.getByRole("link", { name: /Till händelsen/ }));
    await waitFor(() => expect(main).toHaveFocus());
    screen.getByRole("button", { name: "Händelsens knapp" }).focus();

    // Back to the bulletin's address: the entry still holds the same-view mark, but this is a page change.
    await act(() => router.navigate(-1));
    expect(router.state.location.pathname).toBe(`/incidents/${incident.id}/bulletins/${created.id}`);
    await waitFor(() => expect(main).toHaveFocus());
    expect(document.activeElement).not.toBe(document.body);

    // And Forward again to the incident page, as for any other page.
    screen.getAllByRole("button", { name: "Spara" })[0]?.focus();
    await act(() => router.navigate(1));
    await waitFor(() => expect(main).toHaveFocus());
  });
});
