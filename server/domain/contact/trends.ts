import type { ContactTrends, QuestionCluster, TrendWindow } from "../../../shared/index.js";
import { clusterQuestions, firstContactShare, type AskedQuestion } from "./clusters.js";

export const WINDOW_MS: Record<TrendWindow, number> = { hour: 3_600_000, day: 86_400_000 };
const EXAMPLES = 3;

export interface TimedQuestion extends AskedQuestion {
  createdAt: string;
}

/** Finds the published entry that answers a question nobody answered from the FAQ, if any. */
export type CoverageLookup = (question: string) => string | null;

export interface TrendsInput {
  window: TrendWindow;
  now: Date;
  /** Inquiries of the window before and of this one, in time order. */
  items: readonly TimedQuestion[];
  faqQuestions: ReadonlyMap<string, string>;
  coverage: CoverageLookup;
  limit: number;
}

/**
 * Most asked questions in the window, clustered, with the count of the window before so a rising question
 * shows, and which of them no FAQ entry covers. Pure: the caller loads the rows and supplies the search.
 */
export function buildTrends({
  window,
  now,
  items,
  faqQuestions,
  coverage,
  limit,
}: TrendsInput): Omit<ContactTrends, "exerciseInquiries"> {
  const to = now.toISOString();
  const from = new Date(now.getTime() - WINDOW_MS[window]).toISOString();
  const current = items.filter((i) => i.createdAt >= from && i.createdAt < to);
  const all = items.filter((i) => i.createdAt < to);
  const clusters: QuestionCluster[] = [];
  for (const c of clusterQuestions(all, faqQuestions)) {
    const inWindow = c.members.filter((m) => m.createdAt >= from);
    if (inWindow.length === 0) continue;
    const label = (c.faqEntryId && faqQuestions.get(c.faqEntryId)) || c.wordings[0]?.text || "";
    const found = c.faqEntryId ? null : coverage(label);
    clusters.push({
      key: c.key,
      label,
      count: inWindow.length,
      previousCount: c.members.length - inWindow.length,
      firstContactShare: firstContactShare(inWindow) ?? 0,
      faqEntryId: c.faqEntryId ?? found,
      coveredBy: c.faqEntryId ? "logged" : found ? "search" : null,
      examples: c.wordings.slice(0, EXAMPLES).map((w) => w.text),
    });
  }
  // Most asked first; among equals, the one rising fastest; then by label so the order is stable.
  clusters.sort(
    (a, b) =>
      b.count - a.count ||
      b.count - b.previousCount - (a.count - a.previousCount) ||
      a.label.localeCompare(b.label, "sv"),
  );
  return {
    window,
    from,
    to,
    total: current.length,
    firstContactShare: firstContactShare(current),
    clusters: clusters.slice(0, limit),
    uncovered: clusters.filter((c) => c.coveredBy === null).slice(0, limit),
  };
}
