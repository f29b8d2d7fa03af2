import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useStore } from "../../../client/src/store";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeIncident, makeUser } from "../helpers/fixtures";
import { cardFor, renderBoard, signInSaraOn } from "./harness";
import { makeClaim, SARA } from "./fixtures";

/**
 * The panels "Fler åtgärder" opens in a card (Bedöm, Tilldela, Avfärda) can be left without acting, by "Avbryt" or
 * by Escape as the menu and the dialogs are, and the keyboard goes back to the button that opened them (WCAG 2.4.3).
 */
const incident = makeIncident({ title: "Översvämning i Åby" });
const PANELS = ["Bedöm", "Tilldela", "Avfärda"] as const;

async function openPanel(action: (typeof PANELS)[number]) {
  const card = await cardFor("Bron över ån har rasat");
  const more = within(card).getByRole("button", { name: "Fler åtgärder" });
  fireEvent.click(more);
  fireEvent.click(within(card).getByRole("button", { name: action }));
  const form = within(card).getByRole("form", { name: action });
  return { card, more, form };
}

describe("a claim's action panel", () => {
  let writes: () => number;
  beforeEach(() => {
    signInSaraOn(incident);
    // A lead: Tilldela is in the menu too.
    useStore
      .getState()
      .setSignedIn(makeUser({ id: SARA.id, displayName: SARA.displayName, role: "lead", username: "sara" }));
    const claim = makeClaim(incident.id, { text: "Bron över ån har rasat" });
    const { calls } = stubFetch((call) =>
      call.url === `/api/incidents/${incident.id}/claims`
        ? jsonResponse(200, { claims: [claim] })
        : jsonResponse(404, { error: { code: "not_found", message: "no" } }),
    );
    writes = () => calls.filter((c) => c.method !== "GET").length;
    renderBoard(incident.id);
  });
  afterEach(() => vi.unstubAllGlobals());

  for (const action of PANELS) {
    it(`'${action}' closes with Avbryt, sends nothing, and gives focus back to Fler åtgärder`, async () => {
      const { card, more, form } = await openPanel(action);
      fireEvent.click(within(form).getByRole("button", { name: "Avbryt" }));
      expect(within(card).queryByRole("form", { name: action })).toBeNull();
      await waitFor(() => expect(document.activeElement).toBe(more), { timeout: 5000 });
      expect(writes()).toBe(0);
    });

    it(`'${action}' closes with Escape from its field and gives focus back to Fler åtgärder`, async () => {
      const user = userEvent.setup();
      const { card, more, form } = await openPanel(action);
      expect(form.contains(document.activeElement)).toBe(true);
      await user.keyboard("{Escape}");
      expect(within(card).queryByRole("form", { name: action })).toBeNull();
      await waitFor(() => expect(document.activeElement).toBe(more), { timeout: 5000 });
      expect(writes()).toBe(0);
    });
  }

  for (const action of ["Anteckningar (0)", "Liknande"]) {
    it(`'${action}' closes with Escape too`, async () => {
      const user = userEvent.setup();
      const card = await cardFor("Bron över ån har rasat");
      const more = within(card).getByRole("button", { name: "Fler åtgärder" });
      fireEvent.click(more);
      fireEvent.click(within(card).getByRole("button", { name: action }));
      const panel = card.querySelector(".claim-panel");
      await waitFor(() => expect(panel?.contains(document.activeElement)).toBe(true), { timeout: 5000 });
      await user.keyboard("{Escape}");
      expect(card.querySelector(".claim-panel")).toBeNull();
      await waitFor(() => expect(document.activeElement).toBe(more), { timeout: 5000 });
    });

    it(`'${action}' closes with its Stäng button too, for a pointer or touch, and gives focus back`, async () => {
      const card = await cardFor("Bron över ån har rasat");
      const more = within(card).getByRole("button", { name: "Fler åtgärder" });
      fireEvent.click(more);
      fireEvent.click(within(card).getByRole("button", { name: action }));
      const panel = card.querySelector<HTMLElement>(".claim-panel");
      if (!panel) throw new Error("no panel");
      fireEvent.click(within(panel).getByRole("button", { name: "Stäng" }));
      expect(card.querySelector(".claim-panel")).toBeNull();
      await waitFor(() => expect(document.activeElement).toBe(more), { timeout: 5000 });
      expect(writes()).toBe(0);
    });
  }

  it("says Cancel in English", async () => {
    useStore.getState().setLanguage("en");
    // English quotes the claim its own way (“…”), so the card is found by the words alone.
    const card = (await screen.findByText(/Bron över ån har rasat/)).closest("li") as HTMLElement;
    fireEvent.click(within(card).getByRole("button", { name: "More actions" }));
    fireEvent.click(within(card).getByRole("button", { name: "Dismiss" }));
    const form = within(card).getByRole("form", { name: "Dismiss" });
    expect(within(form).getByRole("button", { name: "Cancel" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Avbryt" })).toBeNull();
  });
});
