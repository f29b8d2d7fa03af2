import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

export const CHART_HEIGHT = 240; // px
const MIN_WIDTH = 280; // px

/** Series colours with at least 3:1 against white (WCAG 1.4.11), told apart by dash and point shape too. */
export const SERIES_COLOURS = ["#1d4f91", "#a4161a", "#1b5e2f", "#6b4100", "#4b1f78", "#0f5e6e", "#8a3b00", "#50575f"];

export interface ChartProps {
  /** The figure's visible caption. */
  title: string;
  /** What the chart shows in words, and where its table is (the canvas itself says nothing to a screen reader). */
  alt: string;
  options: Omit<uPlot.Options, "width" | "height">;
  data: uPlot.AlignedData;
  height?: number;
}

/**
 * One uPlot chart, sized to its container and redrawn when the data change. Each chart on the report pages has a
 * table with the same figures right after it: the chart is for the eye, the table for everyone.
 */
export function Chart({ title, alt, options, data, height = CHART_HEIGHT }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const width = () => Math.max(MIN_WIDTH, el.clientWidth);
    const plot = new uPlot({ ...options, width: width(), height }, data, el);
    const observer =
      typeof ResizeObserver === "undefined" ? null : new ResizeObserver(() => plot.setSize({ width: width(), height }));
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      plot.destroy();
    };
  }, [options, data, height]);
  return (
    <figure className="report-chart">
      <figcaption>{title}</figcaption>
      <div ref={box} role="img" aria-label={alt} className="report-chart-canvas" />
    </figure>
  );
}

/** A chart with nothing to draw: its caption and a sentence saying so, rather than empty axes. */
export function EmptyChart({ title, text }: { title: string; text: string }) {
  return (
    <figure className="report-chart">
      <figcaption>{title}</figcaption>
      <p className="report-empty">{text}</p>
    </figure>
  );
}
