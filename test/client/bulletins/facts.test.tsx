import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FactsSection } from "../../../client/src/features/facts/FactsSection";
import { useStore } from "../../../client/src/store";
import { stubFetch, type RecordedCall } from "../helpers/fetchStub";
import { jsonResponse, LEAD, makeIncident, makeUser, resetStore } from "../helpers/fixtures";
import { makeFact } from "./fixtures";

const incident = makeIncident();
const confirmed = makeFact(incident.id, {
  statement: "Ledningen vid Storgatan har gått sönder.",
  createdAt: "2026-11-25T07:30:00.000Z",
});
const unconfirmed = makeFact(incident.id, {
  statement: "Skolan kan behöva stänga.",
  status: "unconfirmed",
  verifiedAt: null,
  createdAt: "2026-11-25T07:40:00.000Z",
});
const retracted = makeFact(incident.id, {
  statement: "Bakterierna är E. coli.",
  status: "retracted",
  createdAt: "2026-11-25T07:50:00.000Z",
});

function serve(extra: (call: RecordedCall) => Response | null = () => null) {
  return stubFetch((call) => {
    const answer = extra(call);
    if (answer) return answer;
    if (call.method === "GET" && call.url === `/api/incidents/${incident.id}/facts`)
      return jsonResponse(200, { facts: [retracted, confirmed, unconfirmed] });
    if (call.method === "GET" && call.url.endsWith("/versions")) {
      return jsonResponse(200, {
        versions: [
          {
            factId: confirmed.id,
            version: 1,
            statement: "Ledningen har gått sönder.",
            source: "VA-jouren",
            verifiedAt: null,
            status: "unconfirmed",
            changed: [],
            changedBy: LEAD,
            changedAt: "2026-11-25T07:30:00.000Z",
          },
          {
            factId: confirmed.id,
            version: 2,
            statement: confirmed.statement,
            source: "VA-jouren",
            verifiedAt: "2026-11-25T07:35:00.000Z",
            status: "confirmed",
            changed: ["statement", "status"],
            changedBy: LEAD,
            changedAt: "2026-11-25T07:35:00.000Z",
          },
        ],
      });
    }
    return jsonResponse(404, { error: { code: "not_found", message: "no" } });
  });
}

describe("facts register", () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().setSignedIn(makeUser({ role: "communicator" }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it("lists facts oldest first with their status in words", async () => {
    serve();
    render(<FactsSection incidentId={incident.id} />);
    const list = await screen.findByRole("list");
    const items = await within(list).findAllByRole("listitem");
    expect(items.map((li) => li.querySelector(".fact-statement")?.textContent)).toEqual([
      confirmed.statement,
      unconfirmed.statement,
      retracted.statement,
    ]);
    expect(items[0]).toHaveTextContent("Bekräftad");
    expect(items[1]).toHaveTextContent("Obekräftad");
    expect(items[2]).toHaveTextContent("Tillbakadragen");
    expect(items[0]).toHaveTextContent("Källa: VA-jouren");
    // A withdrawn fact was confirmed once, not now.
    expect(items[0]).toHaveTextContent(/· bekräftad /);
    expect(items[2]).toHaveTextContent("tidigare bekräftad");
  });

  it("adds a fact", async () => {
    const created = makeFact(incident.id, {
      statement: "Tankbil står vid skolan.",
      source: "Driftavdelningen",
      createdAt: "2026-11-25T08:00:00.000Z",
    });
    const { calls } = serve((call) => (call.method === "POST" ? jsonResponse(201, created) : null));
    render(<FactsSection incidentId={incident.id} />);
    await userEvent.click(await screen.findByRole("button", { name: "Ny uppgift" }));
    const form = screen.getByRole("form", { name: "Ny uppgift" });
    await userEvent.type(within(form).getByLabelText("Uppgift"), "Tankbil står vid skolan.");
    await userEvent.type(within(form).getByLabelText(/Källa/), "Driftavdelningen");
    await userEvent.click(within(form).getByRole("button", { name: "Registrera uppgift" }));
    expect(await screen.findByText("Uppgiften är registrerad.")).toBeInTheDocument();
    expect(calls.find((c) => c.method === "POST")?.body).toEqual({
      statement: "Tankbil står vid skolan.",
      source: "Driftavdelningen",
      status: "confirmed",
    });
    expect(screen.getByText("Tankbil står vid skolan.")).toBeInTheDocument();
    // The form closed with the focused button in it: the keyboard is back on "Ny uppgift", not on the page's body.
    await waitFor(() => expect(screen.getByRole("button", { name: "Ny uppgift" })).toHaveFocus());
  });

  it("refuses an empty statement before sending anything", async () => {
    const { calls } = serve();
    render(<FactsSection incidentId={incident.id} />);
    await userEvent.click(await screen.findByRole("button", { name: "Ny uppgift" }));
    await userEvent.click(screen.getByRole("button", { name: "Registrera uppgift" }));
    const form = screen.getByRole("form", { name: "Ny uppgift" });
    expect(await within(form).findAllByText("Fältet måste fyllas i.")).toHaveLength(2);
    expect(within(form).getByLabelText("Uppgift")).toHaveFocus();
    expect(calls.filter((c) => c.method === "POST")).toEqual([]);
  });

  it("retracts a fact with the version it was read at; a 409 offers the current wording without losing the change", async () => {
    const theirs = {
      ...confirmed,
      statement: "Ledningen vid Storgatan 12 har gått sönder.",
      version: 2,
      updatedBy: LEAD.id,
    };
    useStore.getState().rememberPeople([LEAD]);
    const { calls } = serve((call) =>
      call.method === "PATCH"
        ? jsonResponse(409, { error: { code: "conflict", message: "stale", current: theirs } })
        : null,
    );
    render(<FactsSection incidentId={incident.id} />);
    await userEvent.click(await screen.findByRole("button", { name: `Ändra uppgiften: ${confirmed.statement}` }));
    const form = screen.getByRole("form", { name: "Ändra uppgift" });
    await userEvent.selectOptions(within(form).getByLabelText("Status"), "retracted");
    await userEvent.click(within(form).getByRole("button", { name: "Spara ändring" }));
    // Presence while editing: the take-over prompt instead of a form silently reset to their wording.
    expect(await screen.findByText(`${LEAD.displayName} har sparat version 2 medan du skrev.`)).toBeInTheDocument();
    expect(calls.find((c) => c.method === "PATCH")?.body).toEqual({ status: "retracted", expectedVersion: 1 });
    expect(document.querySelector(".fact-statement")).toHaveTextContent(theirs.statement);
    expect(within(form).getByLabelText("Status")).toHaveValue("retracted");
    await userEvent.click(screen.getByRole("button", { name: "Ta deras version (min text försvinner)" }));
    expect(within(screen.getByRole("form", { name: "Ändra uppgift" })).getByLabelText("Uppgift")).toHaveValue(
      theirs.statement,
    );
  });

  it("shows a fact's versions with what changed", async () => {
    serve();
    render(<FactsSection incidentId={incident.id} />);
    await userEvent.click(await screen.findByRole("button", { name: `Versioner: ${confirmed.statement}` }));
    const versions = await screen.findByRole("list", { name: `Versioner av uppgiften: ${confirmed.statement}` });
    const items = within(versions).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[1]).toHaveTextContent("Ändrat: uppgift och status");
  });

  it("offers a viewer no way to add or change facts", async () => {
    useStore.getState().setSignedIn(makeUser({ role: "viewer" }));
    serve();
    render(<FactsSection incidentId={incident.id} />);
    await screen.findByText(confirmed.statement);
    expect(screen.queryByRole("button", { name: "Ny uppgift" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Ändra/ })).not.toBeInTheDocument();
  });
});
