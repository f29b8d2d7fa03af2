import { act, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useStore } from "../../../client/src/store";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeIncident } from "../helpers/fixtures";
import { claimEvent, makeClaim } from "./fixtures";
import { cardFor, renderBoard, signInSaraOn } from "./harness";

// Closing the loop: the board shows how many have called about a claim, and the count follows caller reports live.

const incident = makeIncident({ title: "Vattenläcka i Centrum" });

describe("calls on the claims board", () => {
  beforeEach(() => signInSaraOn(incident));
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
    renderBoard(incident.id);

    const poison = await cardFor("Vattnet är förgiftat");
    const facts = within(poison).getByText("Samtal").closest("div") as HTMLElement;
    expect(facts).toHaveTextContent("Samtal12 samtal");
    expect(within(poison).getByTestId("claim-calls")).toHaveTextContent("12 samtal");
    expect(within(await cardFor("Bron är stängd")).queryByText("Samtal")).toBeNull();
  });

  it("says the count once in English, after the Calls label ('Calls 1 call', not 'Calls: Calls: 1')", async () => {
    useStore.getState().setLanguage("en");
    const one = makeClaim(incident.id, { text: "Vattnet är förgiftat", sourceChannel: "contact_centre", calls: 1 });
    const many = makeClaim(incident.id, { text: "Bron är stängd", sourceChannel: "contact_centre", calls: 4 });
    stubFetch(() => jsonResponse(200, { claims: [one, many] }));
    renderBoard(incident.id);
    // English quotes the claim its own way (“…”), so the card is found by the words alone.
    const card = async (text: string) => (await screen.findByText(new RegExp(text))).closest("li") as HTMLElement;
    const poison = within(await card("Vattnet är förgiftat"));
    expect(poison.getByText("Calls").closest("div")).toHaveTextContent(/^Calls1 call$/);
    expect(poison.getByTestId("claim-calls")).toHaveTextContent(/^1 call$/);
    expect(within(await card("Bron är stängd")).getByTestId("claim-calls")).toHaveTextContent(/^4 calls$/);
  });

  it("raises the count when a matching caller report joins the claim (claim.updated)", async () => {
    const called = makeClaim(incident.id, {
      text: "Vattnet är förgiftat",
      sourceChannel: "contact_centre",
      calls: 2,
      reach: "low",
    });
    stubFetch(() => jsonResponse(200, { claims: [called] }));
    renderBoard(incident.id);
    expect(within(await cardFor("Vattnet är förgiftat")).getByTestId("claim-calls")).toHaveTextContent("2 samtal");

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
    const updated = await cardFor("Vattnet är förgiftat");
    expect(within(updated).getByTestId("claim-calls")).toHaveTextContent("3 samtal");
    expect(updated).toHaveTextContent("Medel");
  });
});
