import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Claim } from "@shared/schemas/claim";
import type { Fact } from "@shared/schemas/fact";
import { ClaimsBoardPage } from "../../../client/src/features/claims/ClaimsBoardPage";
import { useStore } from "../../../client/src/store";
import { makeFact } from "../bulletins/fixtures";
import { stubFetch, type RecordedCall } from "../helpers/fetchStub";
import { jsonResponse, makeIncident, makeUser, resetStore } from "../helpers/fixtures";
import { makeClaim, PER, SARA } from "./fixtures";

const incident = makeIncident({ title: "Kokningsrekommendation i Centrum" });
const factSafe = makeFact(incident.id, {
  statement: "Vattnet i Norra Åby är inte påverkat.",
  createdAt: "2026-11-25T07:30:00.000Z",
});
const factBoil = makeFact(incident.id, {
  statement: "Det räcker att koka vattnet i tre minuter.",
  createdAt: "2026-11-25T07:31:00.000Z",
});

function serve(claims: Claim[], facts: Fact[], patch: (call: RecordedCall) => Response) {
  return stubFetch((call) => {
    if (call.method === "PATCH") return patch(call);
    if (call.url === `/api/incidents/${incident.id}/claims`) return jsonResponse(200, { claims });
    if (call.url === `/api/incidents/${incident.id}/facts`) return jsonResponse(200, { facts });
    return jsonResponse(404, { error: { code: "not_found", message: "no" } });
  });
}

function renderBoard() {
  render(
    <MemoryRouter initialEntries={[`/incidents/${incident.id}/claims`]}>
      <Routes>
        <Route path="/incidents/:id/claims" element={<ClaimsBoardPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

async function openEditor(text: string): Promise<HTMLElement> {
  const card = (await screen.findByText(`”${text}”`)).closest("li") as HTMLElement;
  fireEvent.click(within(card).getByRole("button", { name: "Redigera" }));
  return screen.getByRole("dialog", { name: "Redigera påstående" });
}

describe("editing a claim on the board", () => {
  beforeEach(() => {
    resetStore();
    useStore
      .getState()
      .setSignedIn(makeUser({ id: SARA.id, displayName: SARA.displayName, role: "communicator", username: "sara" }));
    useStore.getState().upsertIncidents([incident]);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("opens a labelled dialog with focus in the text, links refuting facts and sends only the changes with the version", async () => {
    const claim = makeClaim(incident.id, { text: "Vattnet är giftigt i hela kommunen", version: 3 });
    const { calls } = serve([claim], [factSafe, factBoil], (call) => {
      const body = call.body as { text?: string; refutingFactIds?: string[] };
      return jsonResponse(200, { ...claim, ...body, version: 4 });
    });
    renderBoard();
    const dialog = await openEditor("Vattnet är giftigt i hela kommunen");
    const text = within(dialog).getByLabelText("Påståendet, som det syns");
    expect(text).toHaveFocus();
    expect(within(dialog).getByLabelText("Källkanal")).toHaveValue("social");
    const facts = within(dialog).getByRole("group", { name: "Uppgifter som motbevisar påståendet" });
    fireEvent.click(await within(facts).findByLabelText(/Vattnet i Norra Åby är inte påverkat/));
    fireEvent.change(text, { target: { value: "Vattnet är giftigt i hela Exempelby kommun" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Spara ändringar" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    const patch = calls.find((c) => c.method === "PATCH");
    expect(patch?.url).toBe(`/api/claims/${claim.id}`);
    expect(patch?.body).toEqual({
      text: "Vattnet är giftigt i hela Exempelby kommun",
      refutingFactIds: [factSafe.id],
      expectedVersion: 3,
    });
    const card = (await screen.findByText("”Vattnet är giftigt i hela Exempelby kommun”")).closest("li") as HTMLElement;
    expect(card).toHaveTextContent("Motbevisande uppgifter: 1");
    expect(useStore.getState().claimsData.claims[claim.id]?.version).toBe(4);
  });

  it("shows a missing text and a bad link next to their fields without sending anything", async () => {
    const claim = makeClaim(incident.id, { text: "Skolorna stänger" });
    const { calls } = serve([claim], [], () => jsonResponse(500, {}));
    renderBoard();
    const dialog = await openEditor("Skolorna stänger");
    const text = within(dialog).getByLabelText("Påståendet, som det syns");
    fireEvent.change(text, { target: { value: "   " } });
    fireEvent.change(within(dialog).getByLabelText(/^Länk/), { target: { value: "ftp://example.org" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Spara ändringar" }));

    expect(text).toHaveAttribute("aria-invalid", "true");
    expect(text).toHaveAccessibleDescription(/Skriv påståendet/);
    expect(within(dialog).getByLabelText(/^Länk/)).toHaveAccessibleDescription(/börja med http/);
    await waitFor(() => expect(text).toHaveFocus());
    expect(calls.some((c) => c.method === "PATCH")).toBe(false);
  });

  it("on 409 conflict stores the other version, keeps the user's text and saves on top of the new version", async () => {
    const claim = makeClaim(incident.id, { text: "Bron är stängd", version: 1 });
    const theirs = {
      ...claim,
      sourceChannel: "press" as const,
      version: 2,
      assigneeId: PER.id,
      assigneeName: PER.displayName,
    };
    let attempt = 0;
    const { calls } = serve([claim], [], (call) => {
      attempt += 1;
      if (attempt === 1)
        return jsonResponse(409, {
          error: { code: "conflict", message: "Someone changed this claim", current: theirs },
        });
      return jsonResponse(200, { ...theirs, ...(call.body as object), version: 3 });
    });
    renderBoard();
    const dialog = await openEditor("Bron är stängd");
    fireEvent.change(within(dialog).getByLabelText("Påståendet, som det syns"), {
      target: { value: "Bron över ån är stängd" },
    });
    fireEvent.click(within(dialog).getByRole("button", { name: "Spara ändringar" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent(/Någon annan ändrade påståendet/);
    expect(within(dialog).getByLabelText("Påståendet, som det syns")).toHaveValue("Bron över ån är stängd");
    // The other person's change of channel is taken into the form, not overwritten by the stale value.
    expect(within(dialog).getByLabelText("Källkanal")).toHaveValue("press");
    expect(useStore.getState().claimsData.claims[claim.id]?.assigneeName).toBe(PER.displayName);

    fireEvent.click(within(dialog).getByRole("button", { name: "Spara ändringar" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    const patches = calls.filter((c) => c.method === "PATCH");
    expect(patches[1]?.body).toEqual({ text: "Bron över ån är stängd", expectedVersion: 2 });
  });

  it("puts a 400 on refutingFactIds.N next to the fact picker", async () => {
    const claim = makeClaim(incident.id, { text: "Elen går i hela stan" });
    serve([claim], [factBoil], () =>
      jsonResponse(400, {
        error: {
          code: "validation",
          message: "refutingFactIds.0: must be a fact of this incident",
          field: "refutingFactIds.0",
        },
      }),
    );
    renderBoard();
    const dialog = await openEditor("Elen går i hela stan");
    fireEvent.click(await within(dialog).findByLabelText(/koka vattnet i tre minuter/));
    fireEvent.click(within(dialog).getByRole("button", { name: "Spara ändringar" }));
    const group = within(dialog).getByRole("group", { name: "Uppgifter som motbevisar påståendet" });
    await waitFor(() => expect(group).toHaveAccessibleDescription(/hör inte till den här händelsen/));
    expect(screen.getByRole("dialog")).toBeInTheDocument();
  });

  it("says a 'Först sett' in the future at that field in Swedish, with focus there", async () => {
    const claim = makeClaim(incident.id, { text: "Bron är stängd" });
    serve([claim], [], () =>
      jsonResponse(400, {
        error: {
          code: "validation",
          message: "firstSeenAt: lies in the future; give the time it happened",
          field: "firstSeenAt",
          reason: "future",
        },
      }),
    );
    renderBoard();
    const dialog = await openEditor("Bron är stängd");
    const firstSeen = within(dialog).getByLabelText(/Först sett/);
    fireEvent.change(firstSeen, { target: { value: "2030-01-01 05:00" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Spara ändringar" }));
    await waitFor(() => expect(firstSeen).toHaveAttribute("aria-invalid", "true"));
    expect(firstSeen).toHaveAccessibleDescription(/Tidpunkten ligger i framtiden\. Ange när det hände\./);
    await waitFor(() => expect(firstSeen).toHaveFocus(), { timeout: 5_000 });
    expect(dialog).not.toHaveTextContent(/lies in the future/);
  });

  it("closes on Escape and hands focus back to the Redigera button", async () => {
    const claim = makeClaim(incident.id, { text: "Tåget är inställt" });
    serve([claim], [], () => jsonResponse(500, {}));
    renderBoard();
    const card = (await screen.findByText("”Tåget är inställt”")).closest("li") as HTMLElement;
    const button = within(card).getByRole("button", { name: "Redigera" });
    button.focus();
    fireEvent.click(button);
    fireEvent.keyDown(screen.getByRole("dialog"), { key: "Escape" });
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it("offers no edit on a closed claim", async () => {
    const claim = makeClaim(incident.id, {
      text: "Gammalt rykte",
      status: "dismissed",
      dismissReason: "Ingen spridning",
    });
    serve([claim], [], () => jsonResponse(500, {}));
    renderBoard();
    fireEvent.click(await screen.findByRole("button", { name: /^Visa\s*Avfärdade$/ }));
    const card = (await screen.findByText("”Gammalt rykte”")).closest("li") as HTMLElement;
    expect(within(card).queryByRole("button", { name: "Redigera" })).not.toBeInTheDocument();
  });
});
