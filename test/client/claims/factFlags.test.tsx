import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ClaimsBoardPage } from "../../../client/src/features/claims/ClaimsBoardPage";
import { useStore } from "../../../client/src/store";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeIncident, makeUser, resetStore } from "../helpers/fixtures";
import { makeFact } from "../bulletins/fixtures";
import { claimEvent, makeClaim, SARA } from "./fixtures";

// Issue 18: a claim whose refuting fact changed says so on its card, holds its correction, and the desk confirms it.

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

describe("changed refuting facts on the claims board", () => {
  beforeEach(() => {
    resetStore();
    useStore
      .getState()
      .setSignedIn(makeUser({ id: SARA.id, displayName: SARA.displayName, role: "communicator", username: "sara" }));
    useStore.getState().upsertIncidents([incident]);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("flags the card live (claim.facts_flagged) and lifts the hold when the desk confirms", async () => {
    const fact = makeFact(incident.id, { statement: "Vattnet är drickbart.", status: "retracted", version: 2 });
    useStore.getState().upsertFacts([fact]);
    const claim = makeClaim(incident.id, {
      text: "Vattnet är förgiftat",
      status: "in_review",
      refutingFactIds: [fact.id],
    });
    const flagged = {
      ...claim,
      version: 2,
      factFlags: [{ reason: "fact_retracted" as const, at: new Date().toISOString(), factId: fact.id, factVersion: 2 }],
    };
    const confirmed = { ...flagged, version: 3, factFlags: [] };
    const { calls } = stubFetch((call) =>
      call.url.endsWith("/confirm-facts")
        ? jsonResponse(200, confirmed)
        : call.url === `/api/incidents/${incident.id}/claims`
          ? jsonResponse(200, { claims: [claim] })
          : jsonResponse(404, { error: { code: "not_found", message: "no" } }),
    );
    renderBoard();
    expect(within(await card("Vattnet är förgiftat")).queryByText("Motbevisande uppgift har ändrats")).toBeNull();

    act(() => useStore.getState().applyEvents([claimEvent(30, "claim.facts_flagged", flagged, {})]));
    const flaggedCard = await card("Vattnet är förgiftat");
    expect(within(flaggedCard).getByRole("note")).toHaveTextContent(
      "Motbevisande uppgift har ändrats" + "en uppgift har dragits tillbaka: ”Vattnet är drickbart.”",
    );
    expect(flaggedCard).toHaveTextContent("Rättelsen hålls");

    await userEvent.click(within(flaggedCard).getByRole("button", { name: "Bekräfta rättelsen mot uppgifterna" }));
    expect(calls.find((c) => c.url.endsWith("/confirm-facts"))?.body).toEqual({ expectedVersion: 2 });
    expect(within(await card("Vattnet är förgiftat")).queryByRole("note")).toBeNull();
  });
});
