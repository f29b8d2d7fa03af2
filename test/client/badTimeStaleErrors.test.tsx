import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ClaimForm } from "../../client/src/features/claims/ClaimForm";
import { IncidentCreateForm } from "../../client/src/features/incidents/IncidentCreateForm";
import { LogEntryForm } from "../../client/src/features/log/LogEntryForm";
import { useStore } from "../../client/src/store";
import { stubFetch } from "./helpers/fetchStub";
import { jsonResponse, makeIncident, makeUser, resetStore } from "./helpers/fixtures";

const incident = makeIncident();

/**
 * A date and time field holding no date and time stops the submit before validation runs. The errors of the submit
 * before must not stay: they described fields the user has put right since.
 */
describe("a bad time after a refused submit", () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().setSignedIn(makeUser({ role: "communicator" }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it("log form: the filled Text no longer says it must be filled in; only the time is marked", async () => {
    const { calls } = stubFetch(() => jsonResponse(500, {}));
    render(<LogEntryForm incidentId={incident.id} correcting={null} onDone={() => {}} />);
    const text = screen.getByLabelText("Text");
    await userEvent.click(screen.getByRole("button", { name: "Lägg till i loggboken" }));
    await waitFor(() => expect(text).toHaveAccessibleDescription("Fältet måste fyllas i."));

    await userEvent.type(text, "Test");
    const time = screen.getByLabelText(/Tidpunkt/);
    await userEvent.type(time, "igår 14");
    await userEvent.click(screen.getByRole("button", { name: "Lägg till i loggboken" }));

    await waitFor(() => expect(time).toHaveFocus(), { timeout: 3_000 });
    expect(time).toHaveAttribute("aria-invalid", "true");
    expect(text).not.toHaveAttribute("aria-invalid");
    expect(screen.queryByText("Fältet måste fyllas i.")).not.toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it("new incident: the filled title no longer says it must be filled in", async () => {
    const { calls } = stubFetch(() => jsonResponse(500, {}));
    render(
      <MemoryRouter>
        <IncidentCreateForm />
      </MemoryRouter>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Skapa händelse" }));
    const title = screen.getByLabelText("Rubrik");
    await waitFor(() => expect(title).toHaveAttribute("aria-invalid", "true"));

    await userEvent.type(title, "Strömavbrott");
    const nextUpdate = screen.getByLabelText(/Nästa utlovade uppdatering/);
    await userEvent.type(nextUpdate, "imorgon 14");
    await userEvent.click(screen.getByRole("button", { name: "Skapa händelse" }));

    await waitFor(() => expect(nextUpdate).toHaveFocus(), { timeout: 3_000 });
    expect(title).not.toHaveAttribute("aria-invalid");
    expect(screen.queryByText("Fältet måste fyllas i.")).not.toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it("claim form: the written claim no longer says to write it", async () => {
    const { calls } = stubFetch(() => jsonResponse(500, {}));
    render(<ClaimForm incidentId={incident.id} />);
    await userEvent.click(screen.getByRole("button", { name: "Logga nytt rykte" }));
    await userEvent.click(screen.getByRole("button", { name: "Logga rykte" }));
    const text = screen.getByLabelText("Påståendet, som det syns");
    await waitFor(() => expect(text).toHaveAttribute("aria-invalid", "true"));

    await userEvent.type(text, "Vattnet är förgiftat");
    const firstSeen = screen.getByLabelText(/Först sett/);
    await userEvent.type(firstSeen, "igår 14");
    await userEvent.click(screen.getByRole("button", { name: "Logga rykte" }));

    await waitFor(() => expect(firstSeen).toHaveFocus(), { timeout: 3_000 });
    expect(text).not.toHaveAttribute("aria-invalid");
    expect(screen.queryByText("Skriv påståendet.")).not.toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });
});
