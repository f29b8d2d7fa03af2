import { INQUIRY_CHANNELS, INQUIRY_RESOLUTIONS, type InquiryChannel, type InquiryResolution } from "../../../shared/index.js";
import type { ContactFigures } from "../../../shared/schemas/report.js";
import type { InquiryFacts } from "../../db/repos/inquiries.js";
import { clusterQuestions, firstContactShare } from "../contact/clusters.js";
import { median } from "./numbers.js";

export const TOP_QUESTIONS = 10;

export const zeroChannels = (): Record<InquiryChannel, number> => Object.fromEntries(INQUIRY_CHANNELS.map((c) => [c, 0])) as Record<InquiryChannel, number>;
const zeroOutcomes = (): Record<InquiryResolution, number> => Object.fromEntries(INQUIRY_RESOLUTIONS.map((r) => [r, 0])) as Record<InquiryResolution, number>;

/** Volume, outcome and handling figures without the question clusters (cheap: used per month too). */
export function volumeFigures(items: readonly InquiryFacts[]) {
  const byChannel = zeroChannels();
  for (const i of items) byChannel[i.channel]++;
  return {
    inquiries: items.length,
    byChannel,
    firstContactRate: firstContactShare(items),
    medianHandlingSeconds: median(items.map((i) => i.handlingSeconds)),
  };
}

/**
 * The contact centre's figures for a set of inquiries. A question cluster is "uncovered" when no agent answered any
 * inquiry in it from an FAQ entry: what the FAQ is missing, by what was actually said on the phone. Pure.
 */
export function contactFigures(items: readonly InquiryFacts[], faqQuestions: ReadonlyMap<string, string>): ContactFigures {
  const byOutcome = zeroOutcomes();
  const forwardedTo: Record<string, number> = {};
  for (const i of items) {
    byOutcome[i.resolution]++;
    if (i.resolution === "forwarded" && i.forwardedTo) forwardedTo[i.forwardedTo] = (forwardedTo[i.forwardedTo] ?? 0) + 1;
  }
  const clusters = clusterQuestions(items, faqQuestions)
    .map((c) => ({
      text: (c.faqEntryId && faqQuestions.get(c.faqEntryId)) || c.wordings[0]?.text || "",
      count: c.members.length,
      faqEntryId: c.faqEntryId,
    }))
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, "sv"));
  return {
    ...volumeFigures(items),
    byOutcome,
    forwardedTo,
    topQuestions: clusters.slice(0, TOP_QUESTIONS),
    uncoveredQuestions: clusters
      .filter((c) => c.faqEntryId === null)
      .slice(0, TOP_QUESTIONS)
      .map(({ text, count }) => ({ text, count })),
  };
}
