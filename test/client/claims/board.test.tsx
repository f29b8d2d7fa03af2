import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Claim } from "@shared/schemas/claim";
import { ClaimsBoardPage } from "../../../client/src/features/claims/ClaimsBoardPage";
import { useStore } from "../../../client/src/store";
import { stubFetch, type RecordedCall } from "../helpers/fetchStub";
import { jsonResponse, makeIncident, makeUser, resetStore } from "../helpers/fixtures";
import { claimEvent, makeClaim, PER, SARA } from "./fixtures";

const incident = makeIncident({ title: "Vattenläcka i Centrum" });

function serve(claims: Claim[], extra: (call: RecordedCall) => Response | null = () => null) {
  return stubFetch((call) => {
    const answer = extra(call);
    if (answer) return answer;
    if (call.url === `/api/incidents/${incident.id}/claims`) return jsonResponse(200, { claims });
    return jsonResponse(404, { error: { code: "not_found", message: "no" } });
  });
}

function renderBoard() {
  return render(
    <MemoryRouter initialEntries={[`/incidents/${incident.id}/claims`]}>
      <Routes>
        <Route path="/incidents/:id/claims" element={<ClaimsBoardPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

function column(name: RegExp): HTMLElement {
  return screen.getByRole("region", { name });
}

async function cardFor(text: string): Promise<HTMLElement> {
  return (await screen.findByText(`”${text}”`)).closest("li") as HTMLElement;
}

describe("claims board", () => {
  beforeEach(() => {
    resetStore();
    useStore
      .getState()
      .setSignedIn(makeUser({ id: SARA.id, displayName: SARA.displayName, role: "communicator", username: "sara" }));
    useStore.getState().upsertIncidents([incident]);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("renders a headed column per status and moves a card when claim.status_changed arrives", async () => {
    const claim = makeClaim(incident.id, {
      text: "Vattnet är giftigt",
      status: "assigned",
      assigneeId: SARA.id,
      assigneeName: SARA.displayName,
    });
    serve([claim]);
    renderBoard();
    await cardFor("Vattnet är giftigt");
    for (const name of ["Nya", "Bedömda", "Tilldelade", "Rättas", "Granskas", "Rättade", "Avfärdade"]) {
      expect(screen.getByRole("heading", { level: 2, name: new RegExp(`^${name}`) })).toBeInTheDocument();
    }
    expect(within(column(/^Tilldelade/)).getByText("”Vattnet är giftigt”")).toBeInTheDocument();
    const card = within(column(/^Tilldelade/)).getByRole("listitem");
    expect(card).toHaveTextContent("Hög");
    expect(card).toHaveTextContent("Sociala medier");
    expect(card).toHaveTextContent(SARA.displayName);

    act(() =>
      useStore
        .getState()
        .applyEvents([
          claimEvent(
            10,
            "claim.status_changed",
            { ...claim, status: "correcting", version: 2 },
            { from: "assigned", to: "correcting" },
          ),
        ]),
    );
    expect(within(column(/^Rättas/)).getByText("”Vattnet är giftigt”")).toBeInTheDocument();
    expect(within(column(/^Tilldelade/)).queryByText("”Vattnet är giftigt”")).not.toBeInTheDocument();
  });

  it("announces a claim logged by someone else in the polite live region", async () => {
    serve([]);
    renderBoard();
    await screen.findAllByText("Inga påståenden här.");
    const live = screen.getByTestId("claims-live");
    expect(live).toHaveAttribute("aria-live", "polite");
    const fresh = makeClaim(incident.id, { text: "Skolorna stänger i morgon" });
    act(() => useStore.getState().applyEvents([claimEvent(5, "claim.created", fresh)]));
    expect(within(column(/^Nya/)).getByText("”Skolorna stänger i morgon”")).toBeInTheDocument();
    expect(live).toHaveTextContent("Nytt rykte loggat: Skolorna stänger i morgon");
  });

  it("logs a rumour's 'Först sett' as Swedish time, whatever zone the browser runs in", async () => {
    const zone = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      const { calls } = serve([], (call) =>
        call.method === "POST" && call.url === `/api/incidents/${incident.id}/claims`
          ? jsonResponse(201, makeClaim(incident.id))
          : null,
      );
      renderBoard();
      const open = await screen.findByRole("button", { name: "Logga nytt rykte" });
      fireEvent.click(open);
      fireEvent.change(await screen.findByLabelText(/Påståendet, som det syns/), {
        target: { value: "Vattnet är giftigt" },
      });
      fireEvent.change(screen.getByLabelText(/Först sett/), { target: { value: "2026-12-06 05:00" } });
      fireEvent.click(screen.getByRole("button", { name: "Logga rykte" }));
      await waitFor(() => expect(calls.some((c) => c.method === "POST")).toBe(true));
      // 05:00 in Stockholm (CET) is 04:00 UTC; the browser's New York zone would have made it 10:00 UTC.
      expect(calls.find((c) => c.method === "POST")?.body).toMatchObject({ firstSeenAt: "2026-12-06T04:00:00.000Z" });
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("says a 'Först sett' in the future at that field in Swedish, and puts the keyboard there", async () => {
    serve([], (call) =>
      call.method === "POST"
        ? jsonResponse(400, {
            error: {
              code: "validation",
              message: "firstSeenAt: lies in the future; give the time it happened",
              field: "firstSeenAt",
              reason: "future",
            },
          })
        : null,
    );
    renderBoard();
    fireEvent.click(await screen.findByRole("button", { name: "Logga nytt rykte" }));
    fireEvent.change(screen.getByLabelText("Påståendet, som det syns"), { target: { value: "Vattnet är giftigt" } });
    const firstSeen = screen.getByLabelText(/Först sett/);
    fireEvent.change(firstSeen, { target: { value: "2030-01-01 05:00" } });
    fireEvent.click(screen.getByRole("button", { name: "Logga rykte" }));
    await waitFor(() => expect(firstSeen).toHaveAttribute("aria-invalid", "true"));
    expect(firstSeen).toHaveAccessibleDescription(/Tidpunkten ligger i framtiden\. Ange när det hände\./);
    await waitFor(() => expect(firstSeen).toHaveFocus(), { timeout: 5_000 });
    const form = screen.getByRole("form", { name: "Logga rykte" });
    expect(form).not.toHaveTextContent(/lies in the future|Åtgärden misslyckades/);
  });

  it("shows an overdue claim with the word Försenad, not colour alone", async () => {
    const late = makeClaim(incident.id, {
      text: "Sent påstående",
      dueAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    });
    const early = makeClaim(incident.id, { text: "Tidigt påstående" });
    serve([late, early]);
    renderBoard();
    expect(await cardFor("Sent påstående")).toHaveTextContent(/Försenad · 5 min över tiden/);
    const onTime = await cardFor("Tidigt påstående");
    expect(onTime).not.toHaveTextContent("Försenad");
    expect(onTime).toHaveTextContent(/kvar/);

    fireEvent.click(screen.getByLabelText("Bara försenade"));
    expect(screen.queryByText("”Tidigt påstående”")).not.toBeInTheDocument();
    expect(screen.getByText("”Sent påstående”")).toBeInTheDocument();
  });

  it("tells who got the claim when a take loses the race (409)", async () => {
    const claim = makeClaim(incident.id, { text: "Bron är stängd" });
    const winner = {
      ...claim,
      status: "assigned" as const,
      assigneeId: PER.id,
      assigneeName: PER.displayName,
      version: 2,
    };
    const { calls } = serve([claim], (call) =>
      call.method === "POST" && call.url === `/api/claims/${claim.id}/take`
        ? jsonResponse(409, { error: { code: "conflict", message: "already taken", current: winner } })
        : null,
    );
    renderBoard();
    const card = await cardFor("Bron är stängd");
    fireEvent.click(within(card).getByRole("button", { name: "Ta" }));
    expect(await screen.findByText(`${PER.displayName} hann ta den först.`)).toHaveAttribute("role", "alert");
    expect(calls.filter((c) => c.url.endsWith("/take"))).toHaveLength(1);
    // The winner's copy is stored, so the card has moved to "Tilldelade" with the winner as assignee.
    expect(
      within(column(/^Tilldelade/))
        .getByText("”Bron är stängd”")
        .closest("li"),
    ).toHaveTextContent(PER.displayName);
  });

  it("will not dismiss without a reason, and sends the reason given", async () => {
    const claim = makeClaim(incident.id, { text: "Elen går i hela stan" });
    const { calls } = serve([claim], (call) =>
      call.method === "POST" && call.url === `/api/claims/${claim.id}/dismiss`
        ? jsonResponse(200, {
            ...claim,
            status: "dismissed",
            dismissReason: (call.body as { reason: string }).reason,
            version: 2,
          })
        : null,
    );
    renderBoard();
    const card = await cardFor("Elen går i hela stan");
    // The card's secondary actions sit behind one disclosure button.
    const more = within(card).getByRole("button", { name: "Fler åtgärder" });
    expect(more).toHaveAttribute("aria-expanded", "false");
    expect(within(card).queryByRole("button", { name: "Avfärda" })).not.toBeInTheDocument();
    fireEvent.click(more);
    expect(more).toHaveAttribute("aria-expanded", "true");
    expect(document.getElementById(more.getAttribute("aria-controls") ?? "")?.tagName).toBe("UL");
    fireEvent.click(within(card).getByRole("button", { name: "Avfärda" }));
    expect(more).toHaveAttribute("aria-expanded", "false");
    const form = within(card).getByRole("form", { name: "Avfärda" });
    fireEvent.click(within(form).getByRole("button", { name: "Avfärda" }));
    expect(await within(form).findByText("Ange ett skäl.")).toBeInTheDocument();
    expect(within(form).getByLabelText("Skäl att avfärda")).toHaveAttribute("aria-invalid", "true");
    expect(calls.filter((c) => c.url.endsWith("/dismiss"))).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText("Skäl att avfärda"), { target: { value: "Satir, inte spridd" } });
    fireEvent.click(within(form).getByRole("button", { name: "Avfärda" }));
    await waitFor(() => expect(within(column(/^Avfärdade/)).getByText("(1 st)")).toBeInTheDocument());
    const dismiss = calls.filter((c) => c.url.endsWith("/dismiss"));
    expect(dismiss).toHaveLength(1);
    expect(dismiss[0]?.body).toEqual({ reason: "Satir, inte spridd" });
  });
});
