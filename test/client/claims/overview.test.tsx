import { act, render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Claim } from "@shared/schemas/claim";
import { ClaimsOverviewLink } from "../../../client/src/features/claims/ClaimsOverviewLink";
import { useStore } from "../../../client/src/store";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeIncident, makeUser, resetStore } from "../helpers/fixtures";
import { claimEvent, makeClaim, SARA } from "./fixtures";

const incident = makeIncident({ title: "Kokningsrekommendation" });
const MIN = 60_000;
const ago = (minutes: number) => new Date(Date.now() - minutes * MIN).toISOString();

function serve(claims: Claim[]) {
  return stubFetch((call) =>
    call.url === `/api/incidents/${incident.id}/claims`
      ? jsonResponse(200, { claims })
      : jsonResponse(404, { error: { code: "not_found", message: "no" } }),
  );
}

function renderSummary() {
  render(
    <MemoryRouter>
      <ClaimsOverviewLink incidentId={incident.id} />
    </MemoryRouter>,
  );
  return screen.getByRole("region", { name: "Rykten och rättelser" });
}

function count(region: HTMLElement, status: string): string | null {
  return region.querySelector(`dd[data-status="${status}"]`)?.textContent ?? null;
}

describe("claims on the incident overview", () => {
  beforeEach(() => {
    resetStore();
    useStore
      .getState()
      .setSignedIn(makeUser({ id: SARA.id, displayName: SARA.displayName, role: "communicator", username: "sara" }));
    useStore.getState().upsertIncidents([incident]);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("shows counts by status and the oldest open claim, red and marked Försenad when overdue", async () => {
    const oldest = makeClaim(incident.id, {
      text: "Vattnet är giftigt",
      createdAt: ago(90),
      dueAt: ago(30),
      severity: "high",
    });
    const newer = makeClaim(incident.id, { text: "Skolorna stänger", createdAt: ago(10) });
    const assigned = makeClaim(incident.id, {
      text: "Bron är stängd",
      status: "assigned",
      createdAt: ago(20),
      assigneeId: SARA.id,
      assigneeName: SARA.displayName,
    });
    const corrected = makeClaim(incident.id, { text: "Elen går", status: "corrected", createdAt: ago(200) });
    const dismissed = makeClaim(incident.id, {
      text: "Tåget är inställt",
      status: "dismissed",
      createdAt: ago(300),
      dismissReason: "Ingen spridning",
    });
    const otherIncident = makeClaim("99999999-9999-4999-8999-999999999999", {
      text: "Annan händelse",
      createdAt: ago(500),
    });
    serve([oldest, newer, assigned, corrected, dismissed, otherIncident]);
    const region = renderSummary();

    const oldestBox = await within(region).findByTestId("claims-oldest");
    expect(within(region).getByRole("link", { name: "Rykten och rättelser" })).toHaveAttribute(
      "href",
      `/incidents/${incident.id}/claims`,
    );
    expect(count(region, "new")).toBe("2");
    expect(count(region, "assigned")).toBe("1");
    expect(count(region, "corrected")).toBe("1");
    expect(count(region, "dismissed")).toBe("1");
    expect(count(region, "in_review")).toBe("0");
    expect(within(region).getByTestId("claims-overview-totals")).toHaveTextContent("Öppna: 3 · Försenade: 1");
    expect(within(region).getByText("Försenade: 1")).toHaveClass("claims-overview-overdue");
    expect(oldestBox).toHaveTextContent("”Vattnet är giftigt”");
    expect(oldestBox).toHaveTextContent("Hög");
    const due = within(oldestBox).getByText("Försenad").closest(".claim-due");
    expect(due).toHaveClass("claim-overdue");
    expect(due).toHaveTextContent(/30 min över tiden/);
  });

  it("follows claim events: a new claim is counted and a dismissed oldest hands over to the next", async () => {
    const oldest = makeClaim(incident.id, { text: "Vattnet är giftigt", createdAt: ago(90), dueAt: ago(30) });
    const next = makeClaim(incident.id, { text: "Skolorna stänger", createdAt: ago(10) });
    serve([oldest, next]);
    const region = renderSummary();
    expect(await within(region).findByTestId("claims-oldest")).toHaveTextContent("Vattnet är giftigt");

    const fresh = makeClaim(incident.id, { text: "Badhuset stänger", createdAt: new Date().toISOString() });
    act(() => useStore.getState().applyEvents([claimEvent(7, "claim.created", fresh)]));
    expect(count(region, "new")).toBe("3");
    expect(within(region).getByTestId("claims-overview-totals")).toHaveTextContent("Öppna: 3 · Försenade: 1");

    act(() =>
      useStore
        .getState()
        .applyEvents([
          claimEvent(
            8,
            "claim.status_changed",
            { ...oldest, status: "dismissed", dismissReason: "Dubblett", version: 2 },
            { from: "new", to: "dismissed" },
          ),
        ]),
    );
    expect(count(region, "new")).toBe("2");
    expect(count(region, "dismissed")).toBe("1");
    expect(within(region).getByTestId("claims-overview-totals")).toHaveTextContent("Öppna: 2 · Försenade: 0");
    const box = within(region).getByTestId("claims-oldest");
    expect(box).toHaveTextContent("Skolorna stänger");
    expect(box).not.toHaveTextContent("Försenad");
    expect(box).toHaveTextContent(/kvar/);
  });

  it("says so when nothing is open", async () => {
    serve([makeClaim(incident.id, { status: "corrected" })]);
    const region = renderSummary();
    expect(await within(region).findByText("Inga öppna påståenden.")).toBeInTheDocument();
    expect(within(region).getByTestId("claims-overview-totals")).toHaveTextContent("Öppna: 0 · Försenade: 0");
  });

  it("is not shown to a viewer and loads nothing", () => {
    useStore.getState().setSignedIn(makeUser({ role: "viewer", username: "vera" }));
    const { calls } = serve([]);
    render(
      <MemoryRouter>
        <ClaimsOverviewLink incidentId={incident.id} />
      </MemoryRouter>,
    );
    expect(screen.queryByRole("region")).not.toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });
});
