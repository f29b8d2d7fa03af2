import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AssignableUser } from "@shared/schemas/user";
import { ClaimsBoardPage } from "../../../client/src/features/claims/ClaimsBoardPage";
import { useStore } from "../../../client/src/store";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, LEAD, makeIncident, makeUser } from "../helpers/fixtures";
import { cardFor, renderBoard, signInSaraOn } from "./harness";
import { makeClaim, PER, SARA } from "./fixtures";

/**
 * A lead's "Tilldela till" list (a card's panel and the list view's bulk bar) is whom the server lets a claim be
 * assigned to (GET /api/users/assignable), not whoever this browser has seen: the agent and the viewer it had seen
 * were refused, and a communicator not yet seen was missing.
 */
const incident = makeIncident({ title: "Översvämning i Åby" });
const AGENT = { id: "44444444-4444-4444-8444-444444444444", displayName: "Johan Kommuncenter" };
const VIEWER = { id: "55555555-5555-4555-8555-555555555555", displayName: "Maria Läsare" };
const ASSIGNABLE: AssignableUser[] = [
  { id: SARA.id, displayName: SARA.displayName, role: "communicator" },
  { id: LEAD.id, displayName: LEAD.displayName, role: "lead" },
  { id: PER.id, displayName: PER.displayName, role: "communicator" }, // never seen by this browser
];

const optionNames = (select: HTMLElement) =>
  within(select)
    .getAllByRole("option")
    .map((o) => o.textContent);

describe("the assign list", () => {
  const claim = makeClaim(incident.id, { text: "Bron över ån har rasat" });
  beforeEach(() => {
    signInSaraOn(incident);
    useStore
      .getState()
      .setSignedIn(makeUser({ id: LEAD.id, displayName: LEAD.displayName, role: "lead", username: "lena" }));
    // Seen in events and presence: an agent and a viewer, whom assign refuses.
    useStore.getState().rememberPeople([AGENT, VIEWER]);
    stubFetch((call) => {
      if (call.url === `/api/incidents/${incident.id}/claims`) return jsonResponse(200, { claims: [claim] });
      if (call.url === "/api/users/assignable") return jsonResponse(200, { users: ASSIGNABLE });
      return jsonResponse(404, { error: { code: "not_found", message: "no" } });
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  const expected = ["Välj person", "Lena Krisledare", "Per Kommunikatör", "Sara Kommunikatör"];

  it("in a card's Tilldela panel offers every assignable person and no agent or viewer", async () => {
    renderBoard(incident.id);
    const card = await cardFor("Bron över ån har rasat");
    fireEvent.click(within(card).getByRole("button", { name: "Fler åtgärder" }));
    fireEvent.click(within(card).getByRole("button", { name: "Tilldela" }));
    const select = within(card).getByLabelText("Tilldela till");
    await waitFor(() => expect(optionNames(select)).toEqual(expected));
  });

  it("in the list view's bulk bar offers the same people", async () => {
    render(
      <MemoryRouter initialEntries={[`/incidents/${incident.id}/claims?view=list`]}>
        <Routes>
          <Route path="/incidents/:id/claims" element={<ClaimsBoardPage />} />
        </Routes>
      </MemoryRouter>,
    );
    fireEvent.click(await screen.findByRole("checkbox", { name: /Bron över ån har rasat/ }));
    const bar = screen.getByRole("region", { name: /^Gör med valda/ });
    const select = within(bar).getByLabelText("Tilldela till");
    await waitFor(() => expect(optionNames(select)).toEqual(expected));
  });
});
