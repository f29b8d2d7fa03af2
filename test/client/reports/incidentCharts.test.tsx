import { act, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { INQUIRY_CHANNELS, type InquiryChannel } from "@shared/schemas/inquiry";
import type { IncidentReport, PeriodReport, TimelineBin } from "@shared/schemas/report";
import type uPlot from "uplot";
import {
  CorrectionChart,
  MIN_VOLUME_SLOTS,
  TimelineChart,
  timeTickLabels,
  VolumeChart,
} from "../../../client/src/features/reports/IncidentCharts";
import { FirstContactChart, MonthVolumeChart } from "../../../client/src/features/reports/PeriodCharts";
import { useStore } from "../../../client/src/store";

// uPlot reads matchMedia when it loads and draws on a canvas, which jsdom has neither of: the chart is stood in for by
// its caption and the figures it was given (x values in seconds, then each series), as in claims/metrics.test.tsx.
vi.hoisted(() => {
  const g = globalThis as { matchMedia?: unknown };
  g.matchMedia ??= () => ({ matches: false, addEventListener() {}, removeEventListener() {} });
});
vi.mock("../../../client/src/features/reports/Chart", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  Chart: ({ title, data, options }: { title: string; data: unknown[][]; options: uPlot.Options }) => (
    <figure>
      <figcaption>{title}</figcaption>
      <p data-testid="chart-data">{JSON.stringify(data)}</p>
      <p data-testid="chart-points">{JSON.stringify(options.series.slice(1).map((s) => s.points?.size))}</p>
    </figure>
  ),
}));

const QUARTER = 15 * 60; // s
const zero = () => Object.fromEntries(INQUIRY_CHANNELS.map((c) => [c, 0])) as Record<InquiryChannel, number>;

/** Quarter-hour bins from `start`, with the phone calls given per bin; the parts of a report the charts read. */
function reportOf(start: string, phoneCalls: number[], events: Partial<IncidentReport["timeline"]> = {}) {
  const bins: TimelineBin[] = phoneCalls.map((n, i) => ({
    start: new Date(Date.parse(start) + i * QUARTER * 1000).toISOString(),
    inquiries: n,
    byChannel: { ...zero(), phone: n },
    publications: 0,
    claims: 0,
  }));
  const total = phoneCalls.reduce((a, b) => a + b, 0);
  return {
    contact: { inquiries: total, byChannel: { ...zero(), phone: total } },
    timeline: { binMinutes: 15, bins, decisions: [], publications: [], promises: [], claims: [], ...events },
  } as unknown as IncidentReport;
}

const chartData = () => JSON.parse(screen.getByTestId("chart-data").textContent ?? "[]") as Array<Array<number | null>>;
const seconds = (iso: string) => Date.parse(iso) / 1000;

describe("the incident report's volume chart", () => {
  it("spans an hour around the one quarter hour that had calls, not a dot at the edge of a day", () => {
    // An exercise closed within the quarter hour: the server sends one bin, and uPlot made a day-wide axis of it.
    render(<VolumeChart report={reportOf("2026-11-30T09:00:00.000Z", [3])} />);
    const [xs = [], phone = []] = chartData();
    const slot = seconds("2026-11-30T09:00:00.000Z");
    expect(xs.length).toBeGreaterThan(1);
    expect(xs[xs.length - 1]! - xs[0]!).toBeGreaterThanOrEqual(MIN_VOLUME_SLOTS * QUARTER);
    // The counted slot in the middle, on the quarter-hour grid; nothing drawn where nothing was counted.
    expect(xs).toEqual([-2, -1, 0, 1, 2].map((i) => slot + i * QUARTER));
    expect(phone).toEqual([null, null, 3, null, null]);
    // With no line to a neighbour, the point alone shows the count: drawn larger than the usual 5 px.
    expect(JSON.parse(screen.getByTestId("chart-points").textContent ?? "[]")).toEqual([10]);
  });

  it("leaves an incident of many quarter hours as it is, one call or many", () => {
    render(<VolumeChart report={reportOf("2026-11-30T09:00:00.000Z", [0, 0, 1, 0, 0, 0, 0, 0])} />);
    const [xs = [], phone = []] = chartData();
    expect(xs[0]).toBe(seconds("2026-11-30T09:00:00.000Z"));
    expect(xs).toHaveLength(8);
    expect(phone).toEqual([0, 0, 1, 0, 0, 0, 0, 0]);
  });

  it("says there were no calls instead of drawing empty axes, in Swedish and in English", () => {
    render(<VolumeChart report={reportOf("2026-11-30T09:00:00.000Z", [0, 0, 0])} />);
    expect(screen.queryByTestId("chart-data")).toBeNull();
    const figure = screen.getByRole("figure");
    expect(figure).toHaveTextContent("Ärenden per kanal över tid");
    expect(figure).toHaveTextContent("Inga ärenden registrerades under händelsen.");
    act(() => useStore.getState().setLanguage("en"));
    expect(screen.getByRole("figure")).toHaveTextContent("No inquiries were logged during the incident.");
  });
});

describe("the incident report's event chart", () => {
  it("spans an hour around a single event", () => {
    const at = "2026-11-30T09:07:00.000Z";
    render(<TimelineChart report={reportOf(at, [0], { decisions: [{ at, text: "Stäng skolan" }] })} />);
    const [xs = [], decisions = []] = chartData();
    expect(xs).toEqual([seconds(at) - 1800, seconds(at), seconds(at) + 1800]);
    expect(decisions).toEqual([null, 1, null]);
  });

  it("says there is nothing to show when nothing happened", () => {
    render(<TimelineChart report={reportOf("2026-11-30T09:00:00.000Z", [0])} />);
    expect(screen.queryByTestId("chart-data")).toBeNull();
    expect(screen.getByRole("figure")).toHaveTextContent(
      "Inga beslut, publiceringar, utlovade uppdateringar eller påståenden att visa.",
    );
  });
});

describe("the incident report's correction chart", () => {
  const times = (corrected: number, medianMinutes: number | null) => ({
    corrected,
    medianMinutes,
    p90Minutes: medianMinutes,
  });
  const withClaims = (critical: ReturnType<typeof times>) =>
    ({
      claims: { bySeverity: { low: times(0, null), medium: times(0, null), high: times(0, null), critical } },
    }) as unknown as IncidentReport;

  it("says no claim was corrected instead of drawing empty axes, in Swedish and in English", () => {
    render(<CorrectionChart report={withClaims(times(0, null))} />);
    expect(screen.queryByTestId("chart-data")).toBeNull();
    const figure = screen.getByRole("figure");
    expect(figure).toHaveTextContent("Tid till rättelse per allvarlighetsgrad (minuter)");
    expect(figure).toHaveTextContent("Inga påståenden rättades under händelsen.");
    act(() => useStore.getState().setLanguage("en"));
    expect(screen.getByRole("figure")).toHaveTextContent("No claims were corrected during the incident.");
  });

  it("draws the times, most severe first, once a claim was corrected", () => {
    render(<CorrectionChart report={withClaims(times(1, 42))} />);
    expect(chartData()).toEqual([
      [0, 1, 2, 3],
      [42, null, null, null],
      [42, null, null, null],
    ]);
  });
});

describe("the period report's first-contact chart", () => {
  it("says there were no calls in the period instead of drawing the target alone on empty axes", () => {
    const report = {
      months: [{ month: "2026-11", inquiries: 0, byChannel: zero(), firstContactRate: null }],
      targets: [{ key: "firstContactRate", target: 0.68, actual: null, met: null }],
    } as unknown as PeriodReport;
    render(<FirstContactChart report={report} />);
    expect(screen.queryByTestId("chart-data")).toBeNull();
    const figure = screen.getByRole("figure");
    expect(figure).toHaveTextContent("Besvarade vid första kontakt per månad, mot målet");
    expect(figure).toHaveTextContent("Inga ärenden under perioden.");
  });
});

describe("the period report's volume chart", () => {
  it("says there were no calls in the period instead of drawing empty axes", () => {
    const report = {
      contact: { inquiries: 0, byChannel: zero() },
      months: [{ month: "2026-11", inquiries: 0, byChannel: zero() }],
    } as unknown as PeriodReport;
    render(<MonthVolumeChart report={report} />);
    expect(screen.queryByTestId("chart-data")).toBeNull();
    expect(screen.getByRole("figure")).toHaveTextContent("Inga ärenden under perioden.");
  });
});

describe("the time axis of an incident over several days", () => {
  // 23:00, 00:00 and 01:00 Swedish time (UTC+1 in winter), across the night to 1 December.
  const night = ["2026-11-30T22:00:00Z", "2026-11-30T23:00:00Z", "2026-12-01T00:00:00Z"].map(seconds);

  it("puts the day under the first time of each day, as the times alone ('00:00' twice) say nothing", () => {
    expect(timeTickLabels(night, 3600, "sv")).toEqual(["23:00\n30 nov.", "00:00\n1 dec.", "01:00"]);
    expect(timeTickLabels(night, 3600, "en")).toEqual(["23:00\n30 Nov", "00:00\n1 Dec", "01:00"]);
  });

  it("writes times alone within one day, and days alone when the ticks are days apart", () => {
    expect(timeTickLabels(night.slice(1), 3600, "sv")).toEqual(["00:00", "01:00"]);
    const days = ["2026-11-29T23:00:00Z", "2026-11-30T23:00:00Z"].map(seconds);
    expect(timeTickLabels(days, 86_400, "sv")).toEqual(["30 nov.", "1 dec."]);
  });
});
