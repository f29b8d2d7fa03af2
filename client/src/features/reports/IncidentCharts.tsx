import { useMemo } from "react";
import type uPlot from "uplot";
import { CLAIM_SEVERITIES, type ClaimSeverity } from "@shared/schemas/claim";
import { INQUIRY_CHANNELS, type InquiryChannel } from "@shared/schemas/inquiry";
import type { IncidentReport } from "@shared/schemas/report";
import { formatTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { Chart } from "./Chart";
import { AXIS_FONT, barSeries, categoryAxis, lineSeries, pointSeries } from "./chartOptions";

const seconds = (iso: string) => Date.parse(iso) / 1000;
/** A time axis in 24-hour clock time in the UI language (uPlot's default is am/pm). */
function useTimeAxis(): uPlot.Axis {
  const lang = useLanguage();
  return useMemo(
    () => ({
      ...AXIS_FONT,
      values: (_u: uPlot, splits: number[]) => splits.map((s) => formatTime(new Date(s * 1000), lang)),
    }),
    [lang],
  );
}

const SEVERITY_ORDER: readonly ClaimSeverity[] = ["critical", "high", "medium", "low"];

/** Channels that had inquiries: a chart of eight flat lines says nothing. */
export function usedChannels(byChannel: Record<InquiryChannel, number>): InquiryChannel[] {
  return INQUIRY_CHANNELS.filter((c) => byChannel[c] > 0);
}

export function VolumeChart({ report }: { report: IncidentReport }) {
  const t = useT();
  const timeAxis = useTimeAxis();
  const { options, data } = useMemo(() => {
    const channels = usedChannels(report.contact.byChannel);
    const bins = report.timeline.bins;
    const options: Omit<uPlot.Options, "width" | "height"> = {
      legend: { live: false },
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
      axes: [timeAxis, { ...AXIS_FONT, label: t("reports.contact.inquiries") }],
      series: [{}, ...channels.map((c, i) => lineSeries(t(`contact.channel.${c}`), i))],
    };
    const data: uPlot.AlignedData = [
      bins.map((b) => seconds(b.start)),
      ...channels.map((c) => bins.map((b) => b.byChannel[c])),
    ];
    return { options, data };
  }, [report, t, timeAxis]);
  return <Chart title={t("reports.chart.volume")} alt={t("reports.chart.volumeAlt")} options={options} data={data} />;
}

/** Rows of the event chart, bottom to top. */
const ROWS = ["decisions", "publications", "promised", "claims", "corrected"] as const;

export function TimelineChart({ report }: { report: IncidentReport }) {
  const t = useT();
  const timeAxis = useTimeAxis();
  const { options, data } = useMemo(() => {
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
    return { options, data: [xs, ...ys] as uPlot.AlignedData };
  }, [report, t, timeAxis]);
  return (
    <Chart title={t("reports.chart.timeline")} alt={t("reports.chart.timelineAlt")} options={options} data={data} />
  );
}

export function CorrectionChart({ report }: { report: IncidentReport }) {
  const t = useT();
  const { options, data } = useMemo(() => {
    const labels = SEVERITY_ORDER.map((s) => t(`claims.severity.${s}`));
    const rows = SEVERITY_ORDER.map((s) => report.claims.bySeverity[s]);
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
      SEVERITY_ORDER.map((_, i) => i),
      rows.map((r) => r.medianMinutes),
      rows.map((r) => r.p90Minutes),
    ];
    return { options, data };
  }, [report, t]);
  return (
    <Chart title={t("reports.chart.correction")} alt={t("reports.chart.correctionAlt")} options={options} data={data} />
  );
}
