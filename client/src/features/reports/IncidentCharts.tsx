import { useMemo } from "react";
import type uPlot from "uplot";
import { CLAIM_SEVERITIES, CLAIM_SEVERITIES_MOST_SEVERE_FIRST } from "@shared/schemas/claim";
import { INQUIRY_CHANNELS, type InquiryChannel } from "@shared/schemas/inquiry";
import type { IncidentReport } from "@shared/schemas/report";
import type { UiLanguage } from "../../i18n";
import { formatDayMonth, formatTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { Chart, EmptyChart } from "./Chart";
import { AXIS_FONT, barSeries, categoryAxis, COUNT_INCRS, lineSeries, pointSeries } from "./chartOptions";

const seconds = (iso: string) => Date.parse(iso) / 1000;
const DAY_SECONDS = 86_400;

/**
 * The labels of a time axis: 24-hour clock time in Swedish time and the UI language (uPlot's default is am/pm), with
 * the day under the first time of each day when the axis spans more than one ("10:00" twice on a two-day incident
 * said nothing), and the day alone when the ticks are a day or more apart.
 */
export function timeTickLabels(splits: readonly number[], incr: number, lang: UiLanguage): string[] {
  const days = splits.map((s) => formatDayMonth(new Date(s * 1000), lang));
  if (incr >= DAY_SECONDS) return days;
  const oneDay = days.every((d) => d === days[0]);
  return splits.map((s, i) => {
    const time = formatTime(new Date(s * 1000), lang);
    return oneDay || days[i] === days[i - 1] ? time : `${time}\n${days[i]}`;
  });
}

function useTimeAxis(): uPlot.Axis {
  const lang = useLanguage();
  return useMemo(
    () => ({
      ...AXIS_FONT,
      values: (_u: uPlot, splits: number[], _axis: number, _space: number, incr: number) =>
        timeTickLabels(splits, incr, lang),
    }),
    [lang],
  );
}

/** The volume chart's axis spans at least this many slots (an hour of quarter hours), the counted ones in the middle. */
export const MIN_VOLUME_SLOTS = 4;
/** The event chart's axis spans at least an hour (seconds). */
const MIN_EVENT_SPAN = 3600;

/**
 * x values (seconds) to add before and after the sorted `xs`, `step` apart, until the axis spans at least `minSpan`
 * with the data in the middle. uPlot draws a single x value at the left edge of a day-wide axis (an incident whose
 * calls all fell in one quarter hour showed a dot in the corner), and two close ones across the whole width. The
 * added points carry no values (null): nothing is drawn where nothing was counted.
 */
export function padAxis(xs: readonly number[], minSpan: number, step: number): { before: number[]; after: number[] } {
  const first = xs[0];
  const last = xs[xs.length - 1];
  if (first === undefined || last === undefined) return { before: [], after: [] };
  const missing = Math.max(0, Math.ceil((minSpan - (last - first)) / step));
  const before = Math.ceil(missing / 2);
  return {
    before: Array.from({ length: before }, (_, i) => first - (before - i) * step),
    after: Array.from({ length: missing - before }, (_, i) => last + (i + 1) * step),
  };
}

/** The series of a chart with `pad`'s points added: null (nothing drawn) at each. */
function padded(
  pad: { before: number[]; after: number[] },
  xs: readonly number[],
  ys: ReadonlyArray<ReadonlyArray<number | null>>,
): uPlot.AlignedData {
  const none = (n: number) => Array.from({ length: n }, () => null);
  return [
    [...pad.before, ...xs, ...pad.after],
    ...ys.map((y) => [...none(pad.before.length), ...y, ...none(pad.after.length)]),
  ];
}

/** Channels that had inquiries: a chart of eight flat lines says nothing. */
export function usedChannels(byChannel: Record<InquiryChannel, number>): InquiryChannel[] {
  return INQUIRY_CHANNELS.filter((c) => byChannel[c] > 0);
}

export function VolumeChart({ report }: { report: IncidentReport }) {
  const t = useT();
  const timeAxis = useTimeAxis();
  const chart = useMemo(() => {
    const channels = usedChannels(report.contact.byChannel);
    const bins = report.timeline.bins;
    if (channels.length === 0 || bins.length === 0) return null;
    const options: Omit<uPlot.Options, "width" | "height"> = {
      legend: { live: false },
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
      axes: [timeAxis, { ...AXIS_FONT, label: t("reports.contact.inquiries"), incrs: COUNT_INCRS }],
      series: [{}, ...channels.map((c, i) => lineSeries(t(`contact.channel.${c}`), i))],
    };
    // One slot has no line to its neighbours: its points alone show the counts, so they are drawn larger.
    if (bins.length === 1) for (const s of options.series.slice(1)) s.points = { ...s.points, size: 10 };
    const xs = bins.map((b) => seconds(b.start));
    const slot = report.timeline.binMinutes * 60;
    const data = padded(
      padAxis(xs, MIN_VOLUME_SLOTS * slot, slot),
      xs,
      channels.map((c) => bins.map((b) => b.byChannel[c])),
    );
    return { options, data };
  }, [report, t, timeAxis]);
  if (!chart) return <EmptyChart title={t("reports.chart.volume")} text={t("reports.chart.volumeEmpty")} />;
  return (
    <Chart
      title={t("reports.chart.volume")}
      alt={t("reports.chart.volumeAlt")}
      options={chart.options}
      data={chart.data}
    />
  );
}

/** Rows of the event chart, bottom to top. */
const ROWS = ["decisions", "publications", "promised", "claims", "corrected"] as const;

export function TimelineChart({ report }: { report: IncidentReport }) {
  const t = useT();
  const timeAxis = useTimeAxis();
  const chart = useMemo(() => {
    const labels = [
      t("reports.timeline.decisions"),
      t("reports.timeline.publications"),
      t("reports.promises.dueAt"),
      t("reports.claims.total"),
      t("reports.claims.corrected"),
    ];
    const tl = report.timeline;
    const points: Record<(typeof ROWS)[number], string[]> = {
      decisions: tl.decisions.map((d) => d.at),
      publications: tl.publications.map((p) => p.at),
      promised: tl.promises.map((p) => p.dueAt),
      claims: tl.claims.map((c) => c.createdAt),
      corrected: tl.claims.flatMap((c) => (c.correctedAt ? [c.correctedAt] : [])),
    };
    const xs = [...new Set(ROWS.flatMap((r) => points[r].map(seconds)))].sort((a, b) => a - b);
    if (xs.length === 0) return null;
    const ys = ROWS.map((r, row) => {
      const at = new Set(points[r].map(seconds));
      return xs.map((x) => (at.has(x) ? row + 1 : null));
    });
    const options: Omit<uPlot.Options, "width" | "height"> = {
      legend: { live: false },
      scales: { x: { time: true }, y: { range: [0.5, ROWS.length + 0.5] } },
      axes: [
        timeAxis,
        {
          ...AXIS_FONT,
          size: 150,
          splits: () => ROWS.map((_, i) => i + 1),
          values: (_u, splits) => splits.map((s) => labels[s - 1] ?? ""),
        },
      ],
      series: [{}, ...labels.map((l, i) => pointSeries(l, i))],
    };
    return { options, data: padded(padAxis(xs, MIN_EVENT_SPAN, MIN_EVENT_SPAN / 2), xs, ys) };
  }, [report, t, timeAxis]);
  if (!chart) return <EmptyChart title={t("reports.chart.timeline")} text={t("reports.chart.timelineEmpty")} />;
  return (
    <Chart
      title={t("reports.chart.timeline")}
      alt={t("reports.chart.timelineAlt")}
      options={chart.options}
      data={chart.data}
    />
  );
}

export function CorrectionChart({ report }: { report: IncidentReport }) {
  const t = useT();
  const chart = useMemo(() => {
    const labels = CLAIM_SEVERITIES_MOST_SEVERE_FIRST.map((s) => t(`claims.severity.${s}`));
    const rows = CLAIM_SEVERITIES_MOST_SEVERE_FIRST.map((s) => report.claims.bySeverity[s]);
    // No correction, no time to draw: four empty slots on a 0–10 min axis looked like corrections in no time.
    if (rows.every((r) => r.corrected === 0)) return null;
    const options: Omit<uPlot.Options, "width" | "height"> = {
      legend: { live: false },
      scales: {
        x: { time: false, range: [-0.5, CLAIM_SEVERITIES.length - 0.5] },
        y: { range: (_u, _min, max) => [0, Math.max(10, max)] },
      },
      axes: [
        { ...AXIS_FONT, ...categoryAxis(labels) },
        { ...AXIS_FONT, label: "min" },
      ],
      series: [{}, barSeries(t("reports.chart.median"), 0, -1), barSeries(t("reports.chart.p90"), 1, 1)],
    };
    const data: uPlot.AlignedData = [
      CLAIM_SEVERITIES_MOST_SEVERE_FIRST.map((_, i) => i),
      rows.map((r) => r.medianMinutes),
      rows.map((r) => r.p90Minutes),
    ];
    return { options, data };
  }, [report, t]);
  if (!chart) return <EmptyChart title={t("reports.chart.correction")} text={t("reports.chart.correctionEmpty")} />;
  return (
    <Chart
      title={t("reports.chart.correction")}
      alt={t("reports.chart.correctionAlt")}
      options={chart.options}
      data={chart.data}
    />
  );
}
