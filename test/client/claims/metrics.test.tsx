import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ClaimMetrics } from "@shared/schemas/claim";
import { ClaimsBoardPage } from "../../../client/src/features/claims/ClaimsBoardPage";
import { ClaimsMetricsPage } from "../../../client/src/features/claims/ClaimsMetricsPage";
import { useStore } from "../../../client/src/store";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeIncident, makeUser, resetStore } from "../helpers/fixtures";
import { claimEvent, makeClaim, SARA } from "./fixtures";

// uPlot reads matchMedia when it loads and draws on a canvas, which jsdom has neither of: the chart is stood in for by
// its caption and the figures it was given (the browser test draws the real one).
vi.hoisted(() => {
  const g = globalThis as { matchMedia?: unknown };
  g.matchMedia ??= () => ({ matches: false, addEventListener() {}, removeEventListener() {} });
});
vi.mock("../../../client/src/features/reports/Chart", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  Chart: ({ title, data }: { title: string; data: unknown[][] }) => (
    <figure>
      <figcaption>{title}</figcaption>
      <p data-testid="chart-data">{JSON.stringify(data.slice(1))}</p>
    </figure>
  ),
}));

const incident = makeIncident({ title: "Kokningsrekommendation" });
const MIN = 60_000;

/** Three corrected claims (two critical, one high), two of them in time; six claims by channel. */
const METRICS: ClaimMetrics = {
  total: 6,
  timeToCorrection: {
    critical: { corrected: 2, medianMs: 25 * MIN, p90Ms: 35 * MIN },
    high: { corrected: 1, medianMs: 90 * MIN, p90Ms: 90 * MIN },
    medium: { corrected: 0, medianMs: null, p90Ms: null },
    low: { corrected: 0, medianMs: null, p90Ms: null },
  },
  withinDeadlineShare: 2 / 3,
  bySourceChannel: { social: 4, press: 1, radio: 0, contact_centre: 1, other: 0 },
};

const metricsUrl = `/api/incidents/${incident.id}/claims/metrics`;

function serve(metrics: ClaimMetrics = METRICS) {
  return stubFetch((call) => {
    if (call.url === metricsUrl) return jsonResponse(200, metrics);
    if (call.url === `/api/incidents/${incident.id}/claims`) return jsonResponse(200, { claims: [] });
    return jsonResponse(404, { error: { code: "not_found", message: "no" } });
  });
}

function renderAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/incidents/:id/claims" element={<ClaimsBoardPage />} />
        <Route path="/incidents/:id/claims/metrics" element={<ClaimsMetricsPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

function cells(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole("cell")
    .map((c) => c.textContent ?? "");
}

describe("claims metrics view", () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().setSignedIn(
      makeUser({
        id: SARA.id,
        displayName: SARA.displayName,
        role: "communicator",
        username: "sara",
        language: "sv",
      }),
    );
    useStore.getState().upsertIncidents([incident]);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("shows time to correction per severity in a captioned table with scoped headers and Swedish durations", async () => {
    serve();
    renderAt(`/incidents/${incident.id}/claims/metrics`);
    const table = await screen.findByRole("table", {
      name: "Tid från loggat påstående till publicerad rättelse, per allvarlighet",
    });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Allvarlighet", "Rättade", "Median", "90:e percentilen"]);
    for (const h of within(table).getAllByRole("columnheader")) expect(h).toHaveAttribute("scope", "col");
    const critical = within(table).getByRole("rowheader", { name: "Kritisk" });
    expect(critical).toHaveAttribute("scope", "row");
    expect(cells(critical.closest("tr") as HTMLElement)).toEqual(["2", "25 minuter", "35 minuter"]);
    expect(cells(within(table).getByRole("rowheader", { name: "Hög" }).closest("tr") as HTMLElement)).toEqual([
      "1",
      "1 timme 30 minuter",
      "1 timme 30 minuter",
    ]);
    expect(cells(within(table).getByRole("rowheader", { name: "Medel" }).closest("tr") as HTMLElement)).toEqual([
      "0",
      "inga rättade",
      "inga rättade",
    ]);
  });

  it("shows the share corrected within the deadline and claims by source channel", async () => {
    serve();
    renderAt(`/incidents/${incident.id}/claims/metrics`);
    const deadline = await screen.findByRole("region", { name: "Rättade inom tidsgränsen" });
    expect(deadline).toHaveTextContent(/67\s%/);
    expect(deadline).toHaveTextContent("2 av 3 rättade hann inom tidsgränsen");
    expect(screen.getByText(/Påståenden totalt.*: 6/)).toBeInTheDocument();
    const channels = screen.getByRole("table", { name: "Påståenden per källkanal" });
    expect(
      cells(within(channels).getByRole("rowheader", { name: "Sociala medier" }).closest("tr") as HTMLElement),
    ).toEqual(["4", expect.stringMatching(/^67\s%$/)]);
    expect(
      cells(within(channels).getByRole("rowheader", { name: "Kontaktcenter" }).closest("tr") as HTMLElement),
    ).toEqual(["1", expect.stringMatching(/^17\s%$/)]);
    expect(cells(within(channels).getByRole("rowheader", { name: "Radio" }).closest("tr") as HTMLElement)).toEqual([
      "0",
      expect.stringMatching(/^0\s%$/),
    ]);
  });

  it("says when nothing is corrected yet", async () => {
    serve({
      ...METRICS,
      withinDeadlineShare: null,
      timeToCorrection: {
        ...METRICS.timeToCorrection,
        critical: { corrected: 0, medianMs: null, p90Ms: null },
        high: { corrected: 0, medianMs: null, p90Ms: null },
      },
    });
    renderAt(`/incidents/${incident.id}/claims/metrics`);
    const deadline = await screen.findByRole("region", { name: "Rättade inom tidsgränsen" });
    expect(deadline).toHaveTextContent("Inget påstående är rättat ännu.");
  });

  it("reads in English with English durations", async () => {
    useStore.getState().setLanguage("en");
    serve();
    renderAt(`/incidents/${incident.id}/claims/metrics`);
    const table = await screen.findByRole("table", { name: /by severity$/ });
    expect(cells(within(table).getByRole("rowheader", { name: "High" }).closest("tr") as HTMLElement)).toEqual([
      "1",
      "1 hour 30 minutes",
      "1 hour 30 minutes",
    ]);
    expect(screen.getByRole("table", { name: "Claims by source channel" })).toBeInTheDocument();
  });

  it("fetches the metrics again when a claim event of the incident arrives", async () => {
    const { calls } = serve();
    renderAt(`/incidents/${incident.id}/claims/metrics`);
    await screen.findByRole("table", { name: "Påståenden per källkanal" });
    expect(calls.filter((c) => c.url === metricsUrl)).toHaveLength(1);
    act(() => useStore.getState().applyEvents([claimEvent(3, "claim.created", makeClaim(incident.id))]));
    await waitFor(() => expect(calls.filter((c) => c.url === metricsUrl)).toHaveLength(2));
  });

  it("draws the same figures as charts, each captioned, beside its table", async () => {
    serve();
    renderAt(`/incidents/${incident.id}/claims/metrics`);
    await screen.findByText("Tid till rättelse per allvarlighet, i minuter");
    const [time, channels] = screen.getAllByTestId("chart-data").map((el) => JSON.parse(el.textContent ?? "null"));
    // Median and p90 in minutes, most severe first; then claims per channel in the schema's channel order.
    expect(time).toEqual([
      [25, 90, null, null],
      [35, 90, null, null],
    ]);
    expect(channels).toEqual([[4, 1, 0, 1, 0]]);
    expect(screen.getByText("Antal påståenden per källkanal")).toBeInTheDocument();
  });

  it("is linked from the board", async () => {
    serve();
    renderAt(`/incidents/${incident.id}/claims`);
    fireEvent.click(await screen.findByRole("link", { name: "Uppföljning" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: /^Uppföljning av rykten och rättelser/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "← Till tavlan" })).toHaveAttribute(
      "href",
      `/incidents/${incident.id}/claims`,
    );
  });
});
