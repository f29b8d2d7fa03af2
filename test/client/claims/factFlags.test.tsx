import { act, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useStore } from "../../../client/src/store";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeIncident } from "../helpers/fixtures";
import { makeFact } from "../bulletins/fixtures";
import { claimEvent, makeClaim } from "./fixtures";
import { cardFor, renderBoard, signInSaraOn } from "./harness";

// Staleness: a claim whose refuting fact changed says so on its card, holds its correction, and the desk confirms it.

const incident = makeIncident({ title: "Vattenläcka i Centrum" });

describe("changed refuting facts on the claims board", () => {
  beforeEach(() => signInSaraOn(incident));
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
    renderBoard(incident.id);
    expect(within(await cardFor("Vattnet är förgiftat")).queryByText("Motbevisande uppgift har ändrats")).toBeNull();

    act(() => useStore.getState().applyEvents([claimEvent(30, "claim.facts_flagged", flagged, {})]));
    const flaggedCard = await cardFor("Vattnet är förgiftat");
    expect(within(flaggedCard).getByRole("note")).toHaveTextContent(
      "Motbevisande uppgift har ändrats" + "en uppgift har dragits tillbaka: ”Vattnet är drickbart.”",
    );
    expect(flaggedCard).toHaveTextContent("Rättelsen hålls");

    await userEvent.click(within(flaggedCard).getByRole("button", { name: "Bekräfta rättelsen mot uppgifterna" }));
    expect(calls.find((c) => c.url.endsWith("/confirm-facts"))?.body).toEqual({ expectedVersion: 2 });
    expect(within(await cardFor("Vattnet är förgiftat")).queryByRole("note")).toBeNull();
  });
});
