import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { IncidentCreateForm } from "../../client/src/features/incidents/IncidentCreateForm";
import { useStore } from "../../client/src/store";
import { stubFetch } from "./helpers/fetchStub";
import { jsonResponse, makeIncident, resetStore } from "./helpers/fixtures";

function renderForm() {
  return render(
    <MemoryRouter initialEntries={["/"]}>
      <Routes>
        <Route path="/" element={<IncidentCreateForm />} />
        <Route path="/incidents/:id" element={<p>översikt</p>} />
      </Routes>
    </MemoryRouter>,
  );
}

describe("IncidentCreateForm", () => {
  beforeEach(resetStore);
  afterEach(() => vi.unstubAllGlobals());

  it("requires a title and says so next to the field", async () => {
    const { calls } = stubFetch(() => jsonResponse(500, {}));
    renderForm();
    await userEvent.click(screen.getByRole("button", { name: "Skapa händelse" }));
    const title = screen.getByLabelText("Rubrik");
    expect(title).toHaveAttribute("aria-invalid", "true");
    expect(title).toHaveAccessibleDescription("Fältet måste fyllas i.");
    expect(calls).toHaveLength(0);
  });

  it("refuses a next update that is no date and time instead of creating the incident with the default", async () => {
    const { calls } = stubFetch(() => jsonResponse(201, makeIncident()));
    renderForm();
    await userEvent.type(screen.getByLabelText("Rubrik"), "Strömavbrott");
    const nextUpdate = screen.getByLabelText(/Nästa utlovade uppdatering/);
    await userEvent.type(nextUpdate, "imorgon 14");
    await userEvent.click(screen.getByRole("button", { name: "Skapa händelse" }));
    expect(calls).toHaveLength(0);
    expect(nextUpdate).toHaveFocus();
    expect(nextUpdate).toHaveAttribute("aria-invalid", "true");
  });

  it("shows the server's field error next to the field the error names", async () => {
    stubFetch(() =>
      jsonResponse(400, { error: { code: "validation", message: "Must be after the start", field: "nextUpdateDue" } }),
    );
    renderForm();
    await userEvent.type(screen.getByLabelText("Rubrik"), "Strömavbrott");
    await userEvent.click(screen.getByRole("button", { name: "Skapa händelse" }));
    const nextUpdate = await screen.findByLabelText(/Nästa utlovade uppdatering/);
    expect(nextUpdate).toHaveAttribute("aria-invalid", "true");
    expect(nextUpdate).toHaveAccessibleDescription(expect.stringContaining("Must be after the start"));
    expect(screen.getByLabelText("Rubrik")).not.toHaveAttribute("aria-invalid");
  });

  it("maps an error on one affected area to the areas field", async () => {
    stubFetch(() =>
      jsonResponse(400, { error: { code: "validation", message: "Too long", field: "affectedAreas.1" } }),
    );
    renderForm();
    await userEvent.type(screen.getByLabelText("Rubrik"), "Storm");
    await userEvent.type(screen.getByLabelText(/Berörda områden/), "Norr{enter}Söder");
    await userEvent.click(screen.getByRole("button", { name: "Skapa händelse" }));
    expect(await screen.findByLabelText(/Berörda områden/)).toHaveAccessibleDescription(
      expect.stringContaining("Too long"),
    );
  });

  it("sends the filled-in fields, stores the new incident and opens it", async () => {
    const created = makeIncident({
      title: "Strömavbrott",
      exercise: true,
      severity: "severe",
      affectedAreas: ["Norr"],
    });
    const { calls } = stubFetch(() => jsonResponse(201, created));
    renderForm();
    await userEvent.type(screen.getByLabelText("Rubrik"), "Strömavbrott");
    await userEvent.selectOptions(screen.getByLabelText("Allvarlighetsgrad"), "severe");
    await userEvent.type(screen.getByLabelText(/Berörda områden/), "Norr");
    await userEvent.click(screen.getByLabelText("Detta är en övning"));
    await userEvent.click(screen.getByRole("button", { name: "Skapa händelse" }));

    expect(await screen.findByText("översikt")).toBeInTheDocument();
    expect(calls[0]).toMatchObject({
      method: "POST",
      url: "/api/incidents",
      body: { title: "Strömavbrott", severity: "severe", exercise: true, affectedAreas: ["Norr"], description: "" },
    });
    expect(useStore.getState().incidents[created.id]?.title).toBe("Strömavbrott");
  });
});
