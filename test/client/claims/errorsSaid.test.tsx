import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ClaimsBoardPage } from "../../../client/src/features/claims/ClaimsBoardPage";
import { useStore } from "../../../client/src/store";
import { stubFetch, type RecordedCall } from "../helpers/fetchStub";
import { jsonResponse, LEAD, makeIncident, makeUser } from "../helpers/fixtures";
import { cardFor, renderBoard, signInSaraOn } from "./harness";
import { makeClaim, PER } from "./fixtures";

/**
 * A refused claim action is said in the console's language (i18n/errors.ts), not as the server's English:
 * "Åtgärden misslyckades: assigneeId: must be an active communicator, lead or admin" was shown in the Swedish UI.
 */
const incident = makeIncident({ title: "Översvämning i Åby" });
const claim = makeClaim(incident.id, { text: "Bron över ån har rasat" });
const NOT_ASSIGNABLE = {
  error: {
    code: "validation",
    message: "assigneeId: must be an active communicator, lead or admin",
    field: "assigneeId",
    reason: "not_assignable",
  },
};
const SAID = "Den personen kan inte tilldelas. Välj en aktiv kommunikatör, krisledare eller administratör.";

function serve(extra: (call: RecordedCall) => Response | null) {
  stubFetch((call) => {
    const answer = extra(call);
    if (answer) return answer;
    if (call.url === `/api/incidents/${incident.id}/claims`) return jsonResponse(200, { claims: [claim] });
    if (call.url === "/api/users/assignable")
      return jsonResponse(200, { users: [{ id: PER.id, displayName: PER.displayName, role: "communicator" }] });
    return jsonResponse(404, { error: { code: "not_found", message: "no" } });
  });
}

describe("a refused claim action", () => {
  beforeEach(() => {
    signInSaraOn(incident);
    useStore
      .getState()
      .setSignedIn(makeUser({ id: LEAD.id, displayName: LEAD.displayName, role: "lead", username: "lena" }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it("in the Tilldela panel is said in Swedish", async () => {
    serve((call) => (call.url === `/api/claims/${claim.id}/assign` ? jsonResponse(400, NOT_ASSIGNABLE) : null));
    renderBoard(incident.id);
    const card = await cardFor("Bron över ån har rasat");
    fireEvent.click(within(card).getByRole("button", { name: "Fler åtgärder" }));
    fireEvent.click(within(card).getByRole("button", { name: "Tilldela" }));
    const select = within(card).getByLabelText("Tilldela till");
    await within(select).findByRole("option", { name: PER.displayName });
    fireEvent.change(select, { target: { value: PER.id } });
    fireEvent.click(
      within(within(card).getByRole("form", { name: "Tilldela" })).getByRole("button", { name: "Tilldela" }),
    );
    const alert = await within(card).findByRole("alert");
    expect(alert).toHaveTextContent(`Åtgärden misslyckades: ${SAID}`);
    expect(alert).not.toHaveTextContent("must be");
  });

  it("from the card's own buttons ('Ta') is said in Swedish", async () => {
    serve((call) =>
      call.url === `/api/claims/${claim.id}/take`
        ? jsonResponse(403, { error: { code: "forbidden", message: "Your role may not do this" } })
        : null,
    );
    renderBoard(incident.id);
    const card = await cardFor("Bron över ån har rasat");
    fireEvent.click(within(card).getByRole("button", { name: /^Ta/ }));
    await waitFor(() => expect(card).toHaveTextContent("Åtgärden misslyckades: Din roll får inte göra detta."));
    expect(card).not.toHaveTextContent("Your role");
  });

  it("in the list view's bulk bar is said in Swedish per claim", async () => {
    serve((call) => (call.url === `/api/claims/${claim.id}/assign` ? jsonResponse(400, NOT_ASSIGNABLE) : null));
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
    await within(select).findByRole("option", { name: PER.displayName });
    fireEvent.change(select, { target: { value: PER.id } });
    fireEvent.click(within(bar).getByRole("button", { name: "Tilldela valda" }));
    const alert = await within(bar).findByRole("alert");
    expect(alert).toHaveTextContent(`”Bron över ån har rasat”: ${SAID}`);
    expect(alert).not.toHaveTextContent("must be");
  });
});
