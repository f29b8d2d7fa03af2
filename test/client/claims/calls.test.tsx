import { act, render, screen, within } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ClaimsBoardPage } from "../../../client/src/features/claims/ClaimsBoardPage";
import { useStore } from "../../../client/src/store";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeIncident, makeUser, resetStore } from "../helpers/fixtures";
import { claimEvent, makeClaim, SARA } from "./fixtures";

// Closing the loop: the board shows how many have called about a claim, and the count follows caller reports live.

const incident = makeIncident({ title: "Vattenläcka i Centrum" });

function renderBoard() {
  return render(
    <MemoryRouter initialEntries={[`/incidents/${incident.id}/claims`]}>
      <Routes>
        <Route path="/incidents/:id/claims" element={<ClaimsBoardPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

const card = async (text: string) => (await screen.findByText(`”${text}”`)).closest("li") as HTMLElement;

describe("calls on the claims board", () => {
  beforeEach(() => {
    resetStore();
    useStore
      .getState()
      .setSignedIn(makeUser({ id: SARA.id, displayName: SARA.displayName, role: "communicator", username: "sara" }));
    useStore.getState().upsertIncidents([incident]);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("shows the number of calls on a claim callers reported, and none on one nobody called about", async () => {
    const called = makeClaim(incident.id, {
      text: "Vattnet är förgiftat",
      sourceChannel: "contact_centre",
      calls: 12,
      reach: "high",
    });
    const social = makeClaim(incident.id, { text: "Bron är stängd" });
    stubFetch((call) =>
      call.url === `/api/incidents/${incident.id}/claims`
        ? jsonResponse(200, { claims: [called, social] })
        : jsonResponse(404, { error: { code: "not_found", message: "no" } }),
    );
    renderBoard();

    const poison = await card("Vattnet är förgiftat");
    const facts = within(poison).getByText("Samtal").closest("div") as HTMLElement;
    expect(facts).toHaveTextContent("Samtal12 samtal");
    expect(within(poison).getByTestId("claim-calls")).toHaveTextContent("12 samtal");
    expect(within(await card("Bron är stängd")).queryByText("Samtal")).toBeNull();
  });

  it("raises the count when a matching caller report joins the claim (claim.updated)", async () => {
    const called = makeClaim(incident.id, {
      text: "Vattnet är förgiftat",
      sourceChannel: "contact_centre",
      calls: 2,
      reach: "low",
    });
    stubFetch(() => jsonResponse(200, { claims: [called] }));
    renderBoard();
    expect(within(await card("Vattnet är förgiftat")).getByTestId("claim-calls")).toHaveTextContent("2 samtal");

    act(() =>
      useStore
        .getState()
        .applyEvents([
          claimEvent(
            20,
            "claim.updated",
            { ...called, calls: 3, reach: "medium", version: 2 },
            { changed: ["calls", "reach"], callers: 1 },
          ),
        ]),
    );
    const updated = await card("Vattnet är förgiftat");
    expect(within(updated).getByTestId("claim-calls")).toHaveTextContent("3 samtal");
    expect(updated).toHaveTextContent("Medel");
  });
});
