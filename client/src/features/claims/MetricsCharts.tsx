import { useMemo } from "react";
import type uPlot from "uplot";
import {
  CLAIM_SEVERITIES,
  CLAIM_SEVERITIES_MOST_SEVERE_FIRST,
  CLAIM_SOURCE_CHANNELS,
  type ClaimMetrics,
} from "@shared/schemas/claim";
import { useT } from "../../i18n/useT";
import { Chart } from "../reports/Chart";
import { AXIS_FONT, barSeries, categoryAxis } from "../reports/chartOptions";
import "../reports/reports.css";
import "./claimsList.css";

/** Most severe first, as in the table below the chart. */
const minutes = (ms: number | null) => (ms === null ? null : Math.round(ms / 6_000) / 10);

/**
 * The desk's follow-up figures drawn with the follow-up reports' chart (uPlot, reports/Chart.tsx); each chart is
 * followed by its table with the same figures, which is what a screen reader reads.
 */
export function CorrectionTimeChart({ metrics }: { metrics: ClaimMetrics }) {
  const t = useT();
  const { options, data } = useMemo(() => {
    const rows = CLAIM_SEVERITIES_MOST_SEVERE_FIRST.map((s) => metrics.timeToCorrection[s]);
    const options: Omit<uPlot.Options, "width" | "height"> = {
      legend: { live: false },
      scales: {
        x: { time: false, range: [-0.5, CLAIM_SEVERITIES.length - 0.5] },
        y: { range: (_u, _min, max) => [0, Math.max(10, max)] },
      },
      axes: [
        { ...AXIS_FONT, ...categoryAxis(CLAIM_SEVERITIES_MOST_SEVERE_FIRST.map((s) => t(`claims.severity.${s}`))) },
        { ...AXIS_FONT, label: "min" },
      ],
      series: [{}, barSeries(t("reports.chart.median"), 0, -1), barSeries(t("reports.chart.p90"), 1, 1)],
    };
    const data: uPlot.AlignedData = [
      CLAIM_SEVERITIES_MOST_SEVERE_FIRST.map((_, i) => i),
      rows.map((r) => minutes(r.medianMs)),
      rows.map((r) => minutes(r.p90Ms)),
    ];
    return { options, data };
  }, [metrics, t]);
  return (
    <Chart
      title={t("claims.metrics.chart.time")}
      alt={t("claims.metrics.chart.timeAlt")}
      options={options}
      data={data}
    />
  );
}

export function ChannelChart({ metrics }: { metrics: ClaimMetrics }) {
  const t = useT();
  const { options, data } = useMemo(() => {
    const options: Omit<uPlot.Options, "width" | "height"> = {
      legend: { live: false },
      scales: {
        x: { time: false, range: [-0.5, CLAIM_SOURCE_CHANNELS.length - 0.5] },
        y: { range: (_u, _min, max) => [0, Math.max(5, max)] },
      },
      axes: [
        { ...AXIS_FONT, ...categoryAxis(CLAIM_SOURCE_CHANNELS.map((c) => t(`claims.channel.${c}`))) },
        { ...AXIS_FONT, label: t("claims.metrics.count") },
      ],
      series: [{}, barSeries(t("claims.metrics.count"), 0, 0)],
    };
    const data: uPlot.AlignedData = [
      CLAIM_SOURCE_CHANNELS.map((_, i) => i),
      CLAIM_SOURCE_CHANNELS.map((c) => metrics.bySourceChannel[c]),
    ];
    return { options, data };
  }, [metrics, t]);
  return (
    <Chart
      title={t("claims.metrics.chart.channel")}
      alt={t("claims.metrics.chart.channelAlt")}
      options={options}
      data={data}
    />
  );
}
