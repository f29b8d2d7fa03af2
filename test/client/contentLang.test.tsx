import { render, screen, within } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TEMPLATES } from "@shared/templates";
import { ClaimsBoardPage } from "../../client/src/features/claims/ClaimsBoardPage";
import { FactItem } from "../../client/src/features/facts/FactItem";
import { IncidentDetails } from "../../client/src/features/incidents/IncidentDetails";
import { IncidentHeader } from "../../client/src/features/incidents/IncidentHeader";
import { IncidentList } from "../../client/src/features/incidents/IncidentList";
import { LogItemView } from "../../client/src/features/log/LogItemView";
import { TemplateEditorPage } from "../../client/src/features/templates/TemplateEditorPage";
import { useStore } from "../../client/src/store";
import { makeFact } from "./bulletins/fixtures";
import { makeClaim } from "./claims/fixtures";
import { stubFetch } from "./helpers/fetchStub";
import { jsonResponse, makeEntry, makeIncident, makeUser, resetStore } from "./helpers/fixtures";

const incident = makeIncident({ title: "Vattenläcka i centrum", description: "Huvudledningen brast vid torget." });

/** The language a screen reader reads `element` in: its own lang or the nearest ancestor's. */
const langOf = (element: Element | null) => element?.closest("[lang]")?.getAttribute("lang") ?? null;

/**
 * The team's own words (incident, log, facts, claims) carry no language field and are Swedish: in the English UI they
 * are tagged lang="sv", as a bulletin's headline is tagged with its language (WCAG 3.1.2).
 */
describe("content language marked for screen readers in the English UI", () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().setSignedIn(makeUser({ role: "lead" }));
    useStore.getState().setLanguage("en");
  });
  afterEach(() => vi.unstubAllGlobals());

  it("tags an incident's title and description as Swedish", () => {
    useStore.getState().upsertIncidents([incident]);
    render(
      <MemoryRouter>
        <IncidentHeader incident={incident} />
        <IncidentDetails incident={incident} />
        <IncidentList filter="all" />
      </MemoryRouter>,
    );
    expect(langOf(screen.getByRole("heading", { level: 1, name: incident.title }))).toBe("sv");
    expect(langOf(screen.getByText(incident.description))).toBe("sv");
    expect(langOf(screen.getByRole("link", { name: incident.title }))).toBe("sv");
  });

  it("tags a log entry and its correction as Swedish, not the interface's words around them", () => {
    const entry = { source: "entry" as const, ...makeEntry(incident.id, 3, { text: "Räddningstjänsten på plats" }) };
    const correction = {
      source: "entry" as const,
      ...makeEntry(incident.id, 4, { kind: "correction", text: "Även polisen på plats", refersTo: entry.id }),
    };
    render(<LogItemView item={entry} original={undefined} corrections={[correction]} onCorrect={() => {}} />);
    expect(langOf(screen.getByText("Räddningstjänsten på plats"))).toBe("sv");
    // Its words in the "Correct" button's hidden name too.
    expect(langOf(screen.getByText("– Räddningstjänsten på plats"))).toBe("sv");
    expect(langOf(screen.getByText("Även polisen på plats"))).toBe("sv");
    expect(langOf(screen.getByText(/Corrected/))).toBe(null);
  });

  it("tags a fact's statement as Swedish", () => {
    const fact = makeFact(incident.id, { statement: "Vattnet är otjänligt att dricka" });
    render(
      <ul>
        <FactItem fact={fact} canWrite={false} />
      </ul>,
    );
    expect(langOf(screen.getByText("Vattnet är otjänligt att dricka"))).toBe("sv");
  });

  it("tags a claim's text on its card, and the incident's title over the board, as Swedish", async () => {
    const claim = makeClaim(incident.id, { text: "Vattnet är förgiftat" });
    useStore.getState().upsertIncidents([incident]);
    stubFetch((call) =>
      call.url === `/api/incidents/${incident.id}/claims`
        ? jsonResponse(200, { claims: [claim] })
        : jsonResponse(404, { error: { code: "not_found", message: "no" } }),
    );
    render(
      <MemoryRouter initialEntries={[`/incidents/${incident.id}/claims`]}>
        <Routes>
          <Route path="/incidents/:id/claims" element={<ClaimsBoardPage />} />
        </Routes>
      </MemoryRouter>,
    );
    expect(langOf(await screen.findByText("“Vattnet är förgiftat”"))).toBe("sv");
    expect(langOf(screen.getByText(incident.title))).toBe("sv");
    expect(langOf(screen.getByRole("heading", { level: 1 }))).toBe(null);
  });

  it("tags each language's text fields in the template editor with that language", async () => {
    stubFetch((call) => {
      if (call.url === "/api/templates") return jsonResponse(200, { templates: [TEMPLATES[0]], defaults: {} });
      if (call.url === "/api/templates/drafts") return jsonResponse(200, { templates: [] });
      if (call.url.endsWith("/versions")) return jsonResponse(200, { versions: [] });
      return jsonResponse(404, { error: { code: "not_found", message: "no" } });
    });
    render(
      <MemoryRouter>
        <TemplateEditorPage />
      </MemoryRouter>,
    );
    const expected = { Swedish: "sv", "Easy Swedish": "sv", English: "en", Finnish: "fi" } as const;
    for (const [name, lang] of Object.entries(expected)) {
      const group = await screen.findByRole("group", { name });
      const fields = within(group).getAllByRole("textbox");
      expect(fields.length).toBeGreaterThan(0);
      for (const field of fields) expect(field).toHaveAttribute("lang", lang);
    }
  });
});
