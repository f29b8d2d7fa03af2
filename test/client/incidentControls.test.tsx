import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { IncidentControls } from "../../client/src/features/incidents/IncidentControls";
import { IncidentCreateForm } from "../../client/src/features/incidents/IncidentCreateForm";
import { toDateTimeLocalValue } from "../../client/src/i18n/format";
import { useStore } from "../../client/src/store";
import { MemoryRouter } from "react-router";
import { stubFetch } from "./helpers/fetchStub";
import { jsonResponse, makeIncident, makeUser, resetStore } from "./helpers/fixtures";

/** A time as the field takes it ("2026-12-06 16:00"), in Swedish time. */
const typed = (at: Date) => toDateTimeLocalValue(at).replace("T", " ");
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000);

function renderControls(startedAt: Date) {
  const incident = makeIncident({ startedAt: startedAt.toISOString(), nextUpdateDue: null });
  useStore.getState().setSignedIn(makeUser({ role: "lead" }));
  useStore.getState().upsertIncidents([incident]);
  const fetch = stubFetch((call) => jsonResponse(200, { ...incident, ...(call.body as object), version: 2 }));
  render(<IncidentControls incident={incident} />);
  return { incident, ...fetch };
}

describe("a new next-update promise already broken is said at the field before it is sent", () => {
  beforeEach(resetStore);
  afterEach(() => vi.unstubAllGlobals());

  it("refuses a time long past in 'Ny tid för nästa uppdatering', with focus on the field", async () => {
    const { calls } = renderControls(hoursAgo(2));
    const field = screen.getByLabelText("Ny tid för nästa uppdatering");
    await userEvent.type(field, "2020-01-01 10:00");
    await userEvent.click(screen.getByRole("button", { name: "Spara tid" }));
    await waitFor(() => expect(field).toHaveFocus(), { timeout: 5000 });
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription(expect.stringContaining("Tiden har redan passerat. Ange en tid framåt."));
    expect(calls).toHaveLength(0);
  });

  it("refuses a time before the incident started, in English too", async () => {
    const { calls } = renderControls(new Date(Date.now() + 3 * 3600_000));
    useStore.getState().setLanguage("en");
    const field = await screen.findByLabelText("New time for the next update");
    await userEvent.type(field, typed(new Date(Date.now() + 3600_000)));
    await userEvent.click(screen.getByRole("button", { name: "Save time" }));
    await waitFor(() => expect(field).toHaveFocus(), { timeout: 5000 });
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining("That time is before the incident started. Give a later time."),
    );
    expect(calls).toHaveLength(0);
  });

  it("sends a time ahead, and one a minute ago (the current minute, typed a little late)", async () => {
    const { calls } = renderControls(hoursAgo(2));
    const field = screen.getByLabelText("Ny tid för nästa uppdatering");
    for (const [n, at] of [new Date(Date.now() + 3600_000), new Date(Date.now() - 60_000)].entries()) {
      at.setSeconds(0, 0);
      await userEvent.clear(field);
      await userEvent.type(field, typed(at));
      await userEvent.click(screen.getByRole("button", { name: "Spara tid" }));
      await waitFor(() => expect(calls).toHaveLength(n + 1), { timeout: 5000 });
      expect(calls[n]).toMatchObject({ method: "PATCH", body: { nextUpdateDue: at.toISOString() } });
      expect(field).not.toHaveAttribute("aria-invalid");
    }
  });

  it("says the server's refusal in the UI language at the field, not its English", async () => {
    const incident = makeIncident({ startedAt: hoursAgo(2).toISOString(), nextUpdateDue: null });
    useStore.getState().setSignedIn(makeUser({ role: "lead" }));
    stubFetch(() =>
      jsonResponse(400, {
        error: {
          code: "validation",
          message: "nextUpdateDue: lies in the past; promise a time ahead",
          field: "nextUpdateDue",
          reason: "past",
        },
      }),
    );
    render(<IncidentControls incident={incident} />);
    // A console clock running ahead lets a time through that the server finds past.
    const field = screen.getByLabelText("Ny tid för nästa uppdatering");
    await userEvent.type(field, typed(new Date(Date.now() + 60_000)));
    await userEvent.click(screen.getByRole("button", { name: "Spara tid" }));
    await waitFor(
      () => expect(field).toHaveAccessibleDescription(expect.stringContaining("Tiden har redan passerat.")),
      {
        timeout: 5000,
      },
    );
    expect(screen.queryByText(/lies in the past/)).not.toBeInTheDocument();
  });

  it("refuses a past promise when an incident is created, too", async () => {
    const { calls } = stubFetch(() => jsonResponse(201, makeIncident()));
    render(
      <MemoryRouter>
        <IncidentCreateForm />
      </MemoryRouter>,
    );
    await userEvent.type(screen.getByLabelText("Rubrik"), "Strömavbrott");
    const nextUpdate = screen.getByLabelText(/Nästa utlovade uppdatering/);
    await userEvent.type(nextUpdate, typed(hoursAgo(1)));
    await userEvent.click(screen.getByRole("button", { name: "Skapa händelse" }));
    await waitFor(() => expect(nextUpdate).toHaveFocus(), { timeout: 5000 });
    expect(nextUpdate).toHaveAccessibleDescription(expect.stringContaining("Tiden har redan passerat."));
    expect(calls).toHaveLength(0);
  });
});
