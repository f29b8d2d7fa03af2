import uPlot from "uplot";
import { SERIES_COLOURS } from "./Chart";

const DASHES: Array<number[] | undefined> = [
  undefined,
  [6, 3],
  [2, 2],
  [8, 3, 2, 3],
  undefined,
  [6, 3],
  [2, 2],
  [8, 3, 2, 3],
];

/** A line series with its colour, dash and point shape by index, so series differ by more than colour. */
export function lineSeries(label: string, i: number, extra: Partial<uPlot.Series> = {}): uPlot.Series {
  const stroke = SERIES_COLOURS[i % SERIES_COLOURS.length];
  return {
    label,
    stroke,
    width: 2,
    ...(DASHES[i] ? { dash: DASHES[i] } : {}),
    points: { show: true, size: 5, fill: stroke },
    ...extra,
  };
}

/** Points only, no line: events on a timeline. */
export function pointSeries(label: string, i: number, size = 9): uPlot.Series {
  const stroke = SERIES_COLOURS[i % SERIES_COLOURS.length];
  return {
    label,
    stroke,
    width: 0,
    paths: () => null,
    points: { show: true, size, fill: i % 2 === 0 ? stroke : "#ffffff", stroke, width: 2 },
  };
}

export function barSeries(label: string, i: number, offset: number): uPlot.Series {
  const colour = SERIES_COLOURS[i % SERIES_COLOURS.length];
  return {
    label,
    stroke: colour,
    fill: colour,
    width: 1,
    paths: uPlot.paths.bars?.({ size: [0.35, 60], align: offset as 1 | -1 }),
  };
}

/** An x axis of category labels (months, severities) at the integer positions 0…n-1. */
/** Room per category below which the labels turn (CSS pixels): on a phone "Sociala medier" ran into "Press". */
const LABEL_ROOM = 90;
const narrow = (u: uPlot, labels: readonly string[]) => u.width / Math.max(1, labels.length) < LABEL_ROOM;

export function categoryAxis(labels: readonly string[]): uPlot.Axis {
  return {
    values: (_u, splits) => splits.map((s) => (Number.isInteger(s) ? (labels[s] ?? "") : "")),
    splits: () => labels.map((_, i) => i),
    rotate: (u) => (narrow(u, labels) ? -45 : 0),
    size: (u) => (narrow(u, labels) ? 90 : 50),
  };
}

export const AXIS_FONT = {
  stroke: "#1b1f24",
  grid: { stroke: "#e3e6ea" },
  ticks: { stroke: "#c9ced6" },
} satisfies Partial<uPlot.Axis>;

/** A count axis (inquiries): whole-number steps only, where uPlot wrote "0.5" and "1.5" calls on a quiet chart. */
export const COUNT_INCRS = [
  1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 50_000,
];
