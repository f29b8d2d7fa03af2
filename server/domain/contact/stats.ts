import {
  INQUIRY_CHANNELS,
  INQUIRY_RESOLUTIONS,
  type ChannelCounts,
  type ContactStats,
  type InquiryResolution,
} from "../../../shared/index.js";
import type { InquiryFacts } from "../../db/repos/inquiries.js";
import { clusterQuestions, firstContactShare } from "./clusters.js";

const TOP_QUESTIONS = 10;

const zeroChannels = (): ChannelCounts => Object.fromEntries(INQUIRY_CHANNELS.map((c) => [c, 0])) as ChannelCounts;

/** "2026-11-25T08:00:00.000Z" for any time in that UTC hour (ISO text: the first 13 characters are the hour). */
export const hourOf = (iso: string): string => `${iso.slice(0, 13)}:00:00.000Z`;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The follow-up figures the audit asked for, from the inquiries of a range. Pure. */
export function buildStats(
  range: { from: string; to: string; incidentId: string | null },
  items: readonly InquiryFacts[],
  faqQuestions: ReadonlyMap<string, string>,
): Omit<ContactStats, "exerciseInquiriesLeftOut"> {
  const perHour = new Map<string, { total: number; channels: ChannelCounts }>();
  const byChannel = zeroChannels();
  const resolutions = Object.fromEntries(INQUIRY_RESOLUTIONS.map((r) => [r, 0])) as Record<InquiryResolution, number>;
  const units = new Map<string, number>();
  for (const i of items) {
    const hour = hourOf(i.createdAt);
    const row = perHour.get(hour) ?? perHour.set(hour, { total: 0, channels: zeroChannels() }).get(hour);
    if (row) {
      row.total++;
      row.channels[i.channel]++;
    }
    byChannel[i.channel]++;
    resolutions[i.resolution]++;
    if (i.resolution === "forwarded" && i.forwardedTo) units.set(i.forwardedTo, (units.get(i.forwardedTo) ?? 0) + 1);
  }
  const handling = items.map((i) => i.handlingSeconds);
  const topQuestions = clusterQuestions(items, faqQuestions)
    .map((c) => ({
      label: (c.faqEntryId && faqQuestions.get(c.faqEntryId)) || c.wordings[0]?.text || "",
      count: c.members.length,
      faqEntryId: c.faqEntryId,
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "sv"))
    .slice(0, TOP_QUESTIONS);
  return {
    ...range,
    total: items.length,
    perHour: [...perHour].sort(([a], [b]) => a.localeCompare(b)).map(([hour, row]) => ({ hour, ...row })),
    byChannel,
    resolutions,
    firstContactRate: firstContactShare(items),
    fromSuggestion: items.filter((i) => i.fromSuggestion).length,
    forwardedByUnit: [...units]
      .map(([unit, count]) => ({ unit, count }))
      .sort((a, b) => b.count - a.count || a.unit.localeCompare(b.unit, "sv")),
    averageHandlingSeconds:
      handling.length > 0 ? Math.round(handling.reduce((a, b) => a + b, 0) / handling.length) : null,
    medianHandlingSeconds: median(handling),
    topQuestions,
  };
}
