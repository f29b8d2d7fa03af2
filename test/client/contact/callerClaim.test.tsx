import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CallerClaimForm } from "../../../client/src/features/contact/CallerClaimForm";
import { reachFromCallers } from "../../../client/src/features/contact/callerClaim";
import { makeClaim } from "../claims/fixtures";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeIncident, resetStore } from "../helpers/fixtures";

const water = makeIncident({ title: "Vattenläcka i Norrby" });
const storm = makeIncident({ title: "Storm över kusten" });

function serve() {
  return stubFetch((call) => {
    const incidentId = /^\/api\/incidents\/([^/]+)\/claims$/.exec(call.url)?.[1];
    if (call.method === "POST" && incidentId)
      return jsonResponse(201, makeClaim(incidentId, { sourceChannel: "contact_centre" }));
    return jsonResponse(404, { error: { code: "not_found", message: "no" } });
  });
}

describe("claims raised from the contact centre", () => {
  beforeEach(() => resetStore());
  afterEach(() => vi.unstubAllGlobals());

  it("judges reach from the number of callers", () => {
    expect([1, 2, 3, 9, 10, 250].map(reachFromCallers)).toEqual(["low", "low", "medium", "medium", "high", "high"]);
  });

  it("raises what callers say as a contact-centre claim on the incident the agent works on, sent with Ctrl+Enter, and thanks politely", async () => {
    const { calls } = serve();
    render(<CallerClaimForm hasIncidents incident={storm} />);
    expect(screen.getByRole("heading", { level: 2, name: "Uppringare säger att …" })).toBeInTheDocument();
    // No picker of its own: it says where the claim goes, the full title.
    expect(screen.queryByRole("combobox")).toBeNull();
    expect(screen.getByTestId("caller-claim-incident")).toHaveTextContent("Skickas för: Storm över kusten");

    fireEvent.change(screen.getByLabelText("Hur många har ringt om det?"), { target: { value: "4" } });
    const text = screen.getByLabelText("Vad säger de som ringer?");
    fireEvent.change(text, { target: { value: "Skolorna i Norrby stänger i morgon" } });
    fireEvent.keyDown(text, { key: "Enter", ctrlKey: true });

    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent("Påståendet är skickat till omvärldsbevakningen (4 samtal)"),
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      method: "POST",
      url: `/api/incidents/${storm.id}/claims`,
      body: { text: "Skolorna i Norrby stänger i morgon", sourceChannel: "contact_centre", reach: "medium" },
    });
    expect(text).toHaveValue("");
    expect(screen.getByLabelText("Hur många har ringt om det?")).toHaveValue(1);
  });

  it("sends nothing without a text and puts the keyboard on the field that needs it", async () => {
    const { calls } = serve();
    render(<CallerClaimForm hasIncidents incident={water} />);
    fireEvent.click(screen.getByRole("button", { name: "Skicka till omvärldsbevakningen" }));
    const text = screen.getByLabelText("Vad säger de som ringer?");
    await waitFor(() => expect(text).toHaveFocus());
    expect(text).toHaveAttribute("aria-invalid", "true");
    expect(calls).toHaveLength(0);
  });

  it("never guesses an incident: with none chosen it asks for the choice and cannot send", () => {
    const { calls } = serve();
    render(<CallerClaimForm hasIncidents incident={null} />);
    expect(screen.getByText("Välj först överst på sidan vilken händelse du arbetar med.")).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText("Vad säger de som ringer?"), { target: { value: "Vattnet är förgiftat" } });
    expect(screen.getByRole("button", { name: "Skicka till omvärldsbevakningen" })).toBeDisabled();
    expect(calls).toHaveLength(0);
  });

  it("cannot send without an active incident", () => {
    render(<CallerClaimForm hasIncidents={false} incident={null} />);
    expect(screen.getByText("Det finns ingen aktiv händelse att koppla påståendet till.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Skicka till omvärldsbevakningen" })).toBeDisabled();
  });
});
