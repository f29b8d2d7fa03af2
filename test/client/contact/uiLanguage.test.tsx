import { act, render, screen, within } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { QuestionCluster } from "@shared/schemas/contactStats";
import type { IncidentReport } from "@shared/schemas/report";
import { TEMPLATES } from "@shared/templates";
import { ContactNav } from "../../../client/src/features/contact/ContactNav";
import { ScriptPanel } from "../../../client/src/features/contact/ScriptPanel";
import { TrendsTable } from "../../../client/src/features/contact/TrendsTable";
import { IncidentList } from "../../../client/src/features/incidents/IncidentList";
import { OverridesTable, PublicationsTable } from "../../../client/src/features/reports/IncidentReportPage";
import { TemplatePage } from "../../../client/src/features/templates/TemplatePage";
import { useStore } from "../../../client/src/store";
import { makeBulletin } from "../bulletins/fixtures";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeIncident, makeUser, resetStore, uuid } from "../helpers/fixtures";

// The report page imports uPlot, which reads matchMedia when it loads (jsdom has none); as in reports/incidentCharts.
vi.hoisted(() => {
  const g = globalThis as { matchMedia?: unknown };
  g.matchMedia ??= () => ({ matches: false, addEventListener() {}, removeEventListener() {} });
});

/** The console in English (and Swedish): counts, percentages and placeholders in the right words and language. */
const incident = makeIncident({ title: "Kokningsrekommendation i Norrby" });

afterEach(() => vi.unstubAllGlobals());

function signedIn(language: "sv" | "en" = "sv") {
  resetStore();
  useStore.getState().setSignedIn(makeUser({ role: "lead" }));
  useStore.getState().setLanguage(language);
}

describe("the contact centre's script panel", () => {
  it("tags a Finnish and an easy-Swedish script with their language (WCAG 3.1.2)", async () => {
    signedIn("en");
    const finnish = makeBulletin(incident.id, {
      headline: "Keitä vesi Norrbyssä",
      body: "Putki on rikki.",
      instruction: "Keitä vesi minuutin ajan.",
      language: "fi",
      status: "published",
      publishedAt: "2026-11-25T08:00:00.000Z",
    });
    const easy = makeBulletin(incident.id, {
      headline: "Koka vattnet",
      body: "Vattnet kan vara smutsigt.",
      instruction: "Koka vattnet i en minut.",
      language: "sv-lattlast",
      status: "published",
      publishedAt: "2026-11-25T07:00:00.000Z",
    });
    stubFetch(() => jsonResponse(200, { bulletins: [finnish, easy] }));
    render(<ScriptPanel incidents={[incident]} />);
    expect(await screen.findByText("Keitä vesi Norrbyssä")).toHaveAttribute("lang", "fi");
    expect(screen.getByText(/^Keitä vesi minuutin ajan\./)).toHaveAttribute("lang", "fi");
    expect(screen.getByText("Koka vattnet")).toHaveAttribute("lang", "sv");
    expect(screen.getByText(/^Koka vattnet i en minut\./)).toHaveAttribute("lang", "sv");
    // The UI's words around them are not tagged.
    expect(screen.getByRole("heading", { name: incident.title }).closest("[lang]")).toBeNull();
  });
});

describe("the after-action report's headline tables", () => {
  const fi = uuid();
  const sv = uuid();
  const report = {
    public: {
      overrides: [
        { bulletinId: fi, headline: "Keitä vesi", reason: "Brådskande.", score: 61, at: "2026-11-25T08:05:00.000Z" },
      ],
    },
    timeline: {
      publications: [
        {
          at: "2026-11-25T08:00:00.000Z",
          bulletinId: sv,
          headline: "Koka vattnet",
          language: "sv",
          kind: "bulletin",
          nextUpdateAt: null,
        },
        {
          at: "2026-11-25T08:05:00.000Z",
          bulletinId: fi,
          headline: "Keitä vesi",
          language: "fi",
          kind: "bulletin",
          nextUpdateAt: null,
        },
      ],
    },
  } as unknown as IncidentReport;

  it("tags each headline with its bulletin's language, in the overrides too", () => {
    signedIn("en");
    render(
      <>
        <OverridesTable report={report} />
        <PublicationsTable report={report} />
      </>,
    );
    const overrides = screen.getByRole("table", { name: "Published past the publish gate" });
    expect(within(overrides).getByText("Keitä vesi")).toHaveAttribute("lang", "fi");
    const publications = screen.getByRole("table", { name: "Publications" });
    expect(within(publications).getByText("Keitä vesi")).toHaveAttribute("lang", "fi");
    expect(within(publications).getByText("Koka vattnet")).toHaveAttribute("lang", "sv");
    // The language column is the UI's words.
    expect(within(publications).getByText("Finnish")).not.toHaveAttribute("lang");
  });
});

describe("the FAQ tab's count of suggestions", () => {
  const suggestion = (question: string) => ({
    id: uuid(),
    question,
    incidentId: null,
    status: "open" as const,
    count: 1,
    lastAskedAt: "2026-11-25T08:00:00.000Z",
    faqEntryId: null,
    createdBy: uuid(),
    createdAt: "2026-11-25T08:00:00.000Z",
    resolvedBy: null,
    resolvedAt: null,
  });

  it("says “1 suggestion”, “2 suggestions” in English and “1 förslag” in Swedish", () => {
    signedIn("en");
    useStore.getState().setSuggestions([suggestion("Får jag fylla poolen?")]);
    render(
      <MemoryRouter>
        <ContactNav />
      </MemoryRouter>,
    );
    expect(screen.getByRole("link", { name: "Manage FAQ 1 suggestion" })).toBeInTheDocument();
    act(() => useStore.getState().setSuggestions([suggestion("Får jag fylla poolen?"), suggestion("Får jag grilla?")]));
    expect(screen.getByRole("link", { name: "Manage FAQ 2 suggestions" })).toBeInTheDocument();
    act(() => {
      useStore.getState().setSuggestions([suggestion("Får jag fylla poolen?")]);
      useStore.getState().setLanguage("sv");
    });
    expect(screen.getByRole("link", { name: "Hantera FAQ 1 förslag" })).toBeInTheDocument();
  });
});

describe("the incident list's name", () => {
  it("counts one incident in the singular", () => {
    signedIn("en");
    useStore.getState().upsertIncidents([incident]);
    render(
      <MemoryRouter>
        <IncidentList filter="all" />
      </MemoryRouter>,
    );
    expect(screen.getByRole("list", { name: "1 incident" })).toBeInTheDocument();
    act(() => useStore.getState().setLanguage("sv"));
    expect(screen.getByRole("list", { name: "1 händelse" })).toBeInTheDocument();
  });
});

describe("the trends table's share answered at first contact", () => {
  const cluster: QuestionCluster = {
    key: "koka",
    label: "Måste jag koka vattnet?",
    count: 7,
    previousCount: 2,
    firstContactShare: 0.71,
    faqEntryId: null,
    coveredBy: null,
    examples: [],
  };

  it("is written as the UI language writes a percentage, as in the reports", () => {
    signedIn("en");
    const view = render(<TrendsTable clusters={[cluster]} caption="Trends" />);
    const row = screen.getByRole("row", { name: /Måste jag koka vattnet/ });
    expect(within(row).getByText("71%")).toBeInTheDocument();
    view.unmount();
    useStore.getState().setLanguage("sv");
    render(<TrendsTable clusters={[cluster]} caption="Trender" />);
    const svRow = screen.getByRole("row", { name: /Måste jag koka vattnet/ });
    expect(within(svRow).getByText(/^71\s%$/)).toBeInTheDocument();
  });
});

describe("the template preview's empty slots", () => {
  const template = TEMPLATES.find((x) => x.id === "boil-water")!;

  async function preview(language: "sv" | "en") {
    signedIn(language);
    stubFetch((call) =>
      call.url === "/api/templates"
        ? jsonResponse(200, { templates: [template], defaults: {} })
        : jsonResponse(404, { error: { code: "not_found", message: "no" } }),
    );
    render(
      <MemoryRouter initialEntries={[`/incidents/${incident.id}/bulletins/from-template`]}>
        <Routes>
          <Route path="/incidents/:id/bulletins/from-template" element={<TemplatePage />} />
        </Routes>
      </MemoryRouter>,
    );
    const region = await screen.findByRole("region", { name: language === "sv" ? "Förhandsvisning" : "Preview" });
    return region;
  }

  it("names an empty slot in the template's language: [Område] in a Swedish text, even in the English console", async () => {
    const region = await preview("en");
    const text = region.querySelector('[lang="sv"]');
    expect(text).toHaveTextContent("Koka dricksvattnet i [Område]");
    expect(region).not.toHaveTextContent("[Area]");
    expect(within(region).getAllByText("[Område]")[0]).toHaveAttribute("lang", "sv");
  });

  it("[Area] in the English text, and in the UI's words, tagged, in the Finnish one", async () => {
    const region = await preview("en");
    const language = screen.getByRole("combobox", { name: "Main language" });
    const { default: userEvent } = await import("@testing-library/user-event");
    await userEvent.selectOptions(language, "en");
    expect(region.querySelector('div[lang="en"]')).toHaveTextContent("[Area]");
    expect(region).not.toHaveTextContent("[Område]");
    await userEvent.selectOptions(language, "fi");
    const finnish = region.querySelector('div[lang="fi"]');
    expect(finnish).not.toBeNull();
    expect(within(finnish as HTMLElement).getAllByText("[Area]")[0]).toHaveAttribute("lang", "en");
  });
});
