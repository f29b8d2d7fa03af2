import { memo } from "react";
import "./gauge.css";

export type GaugeStatus = "pass" | "warn" | "fail";

const ICON: Record<GaugeStatus, string> = { pass: "✓", warn: "!", fail: "✕" };

interface GaugeProps {
  label: string;
  /** 0–100. */
  value: number;
  status: GaugeStatus;
  /** The status in words ("Godkänd"); shown beside the number so colour is never the only signal. */
  statusLabel: string;
  /** What screen readers hear for the value, e.g. "72 av 100, varning". */
  valueText: string;
  size?: "large" | "small";
  /** A fuller name for assistive technology when the visible label relies on its surroundings. */
  srLabel?: string;
}

/** A score as a bar (role="meter") with its number, status word and icon in text. */
export const Gauge = memo(function Gauge({
  label,
  value,
  status,
  statusLabel,
  valueText,
  size = "small",
  srLabel,
}: GaugeProps) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div className={`gauge gauge-${status} gauge-${size}`}>
      <span className="gauge-label" aria-hidden="true">
        {label}
      </span>
      <div
        className="gauge-track"
        role="meter"
        aria-label={srLabel ?? label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={clamped}
        aria-valuetext={valueText}
      >
        <div className="gauge-fill" style={{ width: `${clamped}%` }} />
      </div>
      <span className="gauge-reading" aria-hidden="true">
        <span className="gauge-value">{clamped}</span>
        <span className="gauge-status">
          <span className="gauge-icon">{ICON[status]}</span> {statusLabel}
        </span>
      </span>
    </div>
  );
});
