import { useMemo } from "react";
import type uPlot from "uplot";
import type { PeriodReport } from "@shared/schemas/report";
import { useLanguage, useT } from "../../i18n/useT";
import { Chart, EmptyChart } from "./Chart";
import { AXIS_FONT, categoryAxis, COUNT_INCRS, lineSeries } from "./chartOptions";
import { formatPercent } from "./format";
import { usedChannels } from "./IncidentCharts";

const xRange = (n: number): uPlot.Scale => ({ time: false, range: [-0.5, Math.max(0.5, n - 0.5)] });

export function MonthVolumeChart({ report }: { report: PeriodReport }) {
  const t = useT();
  const chart = useMemo(() => {
    const channels = usedChannels(report.contact.byChannel);
    if (channels.length === 0 || report.months.length === 0) return null;
    const options: Omit<uPlot.Options, "width" | "height"> = {
      legend: { live: false },
      scales: { x: xRange(report.months.length), y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
      axes: [
        { ...AXIS_FONT, ...categoryAxis(report.months.map((m) => m.month)) },
        { ...AXIS_FONT, label: t("reports.contact.inquiries"), incrs: COUNT_INCRS },
      ],
      series: [{}, ...channels.map((c, i) => lineSeries(t(`contact.channel.${c}`), i))],
    };
    const data: uPlot.AlignedData = [
      report.months.map((_, i) => i),
      ...channels.map((c) => report.months.map((m) => m.byChannel[c])),
    ];
    return { options, data };
  }, [report, t]);
  if (!chart) return <EmptyChart title={t("reports.chart.volume")} text={t("reports.chart.volumeEmptyPeriod")} />;
  return (
    <Chart
      title={t("reports.chart.volume")}
      alt={t("reports.chart.volumeAlt")}
      options={chart.options}
      data={chart.data}
    />
  );
}

export function FirstContactChart({ report }: { report: PeriodReport }) {
  const t = useT();
  const lang = useLanguage();
  const target = report.targets.find((x) => x.key === "firstContactRate")?.target ?? null;
  const chart = useMemo(() => {
    // No month with a rate (no inquiries): the target's line alone on empty axes showed no figure at all.
    if (report.months.every((m) => m.firstContactRate === null)) return null;
    const options: Omit<uPlot.Options, "width" | "height"> = {
      legend: { live: false },
      scales: { x: xRange(report.months.length), y: { range: [0, 100] } },
      axes: [
        { ...AXIS_FONT, ...categoryAxis(report.months.map((m) => m.month)) },
        { ...AXIS_FONT, label: "%" },
      ],
      series: [
        {},
        lineSeries(t("reports.contact.firstContactRate"), 0),
        lineSeries(t("reports.chart.target"), 1, { points: { show: false } }),
      ],
    };
    const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
    const data: uPlot.AlignedData = [
      report.months.map((_, i) => i),
      report.months.map((m) => pct(m.firstContactRate)),
      report.months.map(() => pct(target)),
    ];
    return { options, data };
  }, [report, t, target]);
  if (!chart) return <EmptyChart title={t("reports.chart.fcr")} text={t("reports.chart.volumeEmptyPeriod")} />;
  return (
    <Chart
      title={t("reports.chart.fcr")}
      alt={t("reports.chart.fcrAlt", { target: formatPercent(target, lang) })}
      options={chart.options}
      data={chart.data}
    />
  );
}
