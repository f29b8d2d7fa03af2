import { render, screen, within } from "@testing-library/react";
import { MemoryRouter, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { workIncidentKey } from "../../../client/src/features/contact/workIncident";
import { contactRoutes } from "../../../client/src/features/contact/routes";
import { useStore } from "../../../client/src/store";
import { makeBulletin } from "../bulletins/fixtures";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeIncident, makeUser, resetStore } from "../helpers/fixtures";

// The demo's exercise next to a real incident: the agent must see, wherever the contact view names the exercise or
// reads its script, that it is an exercise.
const drill = makeIncident({
  title: "Kokningsrekommendation i Norrby (övning)",
  exercise: true,
  startedAt: "2026-11-25T06:00:00.000Z",
});
const storm = makeIncident({ title: "Storm Gorm – elavbrott", startedAt: "2026-11-25T09:00:00.000Z" });
const drillBulletin = makeBulletin(drill.id, {
  headline: "Koka vattnet i Norrby",
  status: "published",
  publishedAt: "2026-11-25T07:00:00.000Z",
});

function open(language: "sv" | "en", workOn: string | null) {
  stubFetch((call) => {
    if (call.method === "GET" && call.url === "/api/faq") return jsonResponse(200, { entries: [] });
    if (call.method === "GET" && call.url.startsWith("/api/incidents?"))
      return jsonResponse(200, { incidents: [storm, drill] });
    if (call.method === "GET" && call.url.includes(`/incidents/${drill.id}/bulletins`))
      return jsonResponse(200, { bulletins: [drillBulletin] });
    if (call.method === "GET" && call.url.includes("/bulletins")) return jsonResponse(200, { bulletins: [] });
    return jsonResponse(404, { error: { code: "not_found", message: "no" } });
  });
  const agent = makeUser({ role: "agent" });
  if (workOn) localStorage.setItem(workIncidentKey(agent.id), workOn);
  resetStore();
  useStore.getState().setSignedIn(agent);
  useStore.getState().setLanguage(language);
  useStore.getState().upsertIncidents([drill, storm]);
  useStore.getState().setIncidentsStatus("loaded");
  return render(
    <MemoryRouter initialEntries={["/contact"]}>
      <Routes>{contactRoutes()}</Routes>
    </MemoryRouter>,
  );
}

describe("an exercise in the contact view", () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

  it("is marked ÖVNING where she works on it, in the picker, in the claim form and on its script", async () => {
    open("sv", drill.id);
    const working = screen.getByTestId("work-incident");
    expect(working).toHaveTextContent(`Du arbetar med: ${drill.title} ÖVNING`);
    const picker = screen.getByLabelText("Byt händelse");
    expect(within(picker).getByRole("option", { name: `${drill.title} – ÖVNING` })).toHaveValue(drill.id);
    // The real incident carries no mark.
    expect(within(picker).getByRole("option", { name: storm.title })).toHaveValue(storm.id);
    expect(screen.getByTestId("caller-claim-incident")).toHaveTextContent(`Skickas för: ${drill.title} ÖVNING`);
    const script = screen.getByRole("region", { name: "Manus: senaste meddelanden" });
    await within(script).findByText("Koka vattnet i Norrby");
    expect(within(script).getByRole("heading", { level: 3, name: `ÖVNING ${drill.title}` })).toBeInTheDocument();
    expect(within(script).getByRole("heading", { level: 3, name: storm.title })).toBeInTheDocument();
  });

  it("is marked EXERCISE in English", async () => {
    open("en", drill.id);
    expect(screen.getByTestId("work-incident")).toHaveTextContent(`You are working on: ${drill.title} EXERCISE`);
    const picker = screen.getByLabelText("Change incident");
    expect(within(picker).getByRole("option", { name: `${drill.title} – EXERCISE` })).toHaveValue(drill.id);
    const script = screen.getByRole("region", { name: "Script: latest bulletins" });
    expect(within(script).getByRole("heading", { level: 3, name: `EXERCISE ${drill.title}` })).toBeInTheDocument();
  });

  it("names no exercise when she works on the real incident", () => {
    open("sv", storm.id);
    expect(screen.getByTestId("work-incident")).not.toHaveTextContent("ÖVNING");
    expect(screen.getByTestId("caller-claim-incident")).not.toHaveTextContent("ÖVNING");
  });
});
