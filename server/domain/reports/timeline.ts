import type { InquiryChannel } from "../../../shared/index.js";
import type { TimelineBin } from "../../../shared/schemas/report.js";
import { zeroChannels } from "./contactFigures.js";
import { MINUTE_MS } from "./numbers.js";

export const BIN_MINUTES = 15;
/** A week of quarter hours; a longer incident gets wider bins (a multiple of 15 minutes) so the chart stays legible. */
export const MAX_BINS = 672;

export interface BinInput {
  inquiries: ReadonlyArray<{ createdAt: string; channel: InquiryChannel }>;
  publications: ReadonlyArray<{ at: string }>;
  claims: ReadonlyArray<{ createdAt: string }>;
}

/**
 * Activity per bin from the start of the incident (floored to the quarter hour, UTC) to `end`. Anything before the
 * start counts in the first bin, anything after `end` in the last, so totals always add up.
 */
export function binActivity(
  startedAt: string,
  end: string,
  input: BinInput,
): { binMinutes: number; bins: TimelineBin[] } {
  const quarter = BIN_MINUTES * MINUTE_MS;
  const start = Math.floor(Date.parse(startedAt) / quarter) * quarter;
  const span = Math.max(quarter, Date.parse(end) - start);
  const binMinutes = BIN_MINUTES * Math.max(1, Math.ceil(span / quarter / MAX_BINS));
  const width = binMinutes * MINUTE_MS;
  const count = Math.max(1, Math.ceil(span / width));
  const bins: TimelineBin[] = Array.from({ length: count }, (_, i) => ({
    start: new Date(start + i * width).toISOString(),
    inquiries: 0,
    byChannel: zeroChannels(),
    publications: 0,
    claims: 0,
  }));
  const binOf = (iso: string) =>
    bins[Math.min(count - 1, Math.max(0, Math.floor((Date.parse(iso) - start) / width)))] as TimelineBin;
  for (const i of input.inquiries) {
    const b = binOf(i.createdAt);
    b.inquiries++;
    b.byChannel[i.channel]++;
  }
  for (const p of input.publications) binOf(p.at).publications++;
  for (const c of input.claims) binOf(c.createdAt).claims++;
  return { binMinutes, bins };
}
