import { useMemo } from "react";
import type { FaqEntry } from "@shared/schemas/faq";
import { createFaqIndex, type FaqHit, type FaqIndex } from "@shared/search/index";
import { useStore } from "../../store";

export const HIT_LIMIT = 8;

// One index per page, shared by every view that searches; it follows the store's FAQ (see syncIndex).
const shared: { index: FaqIndex<FaqEntry>; seen: Record<string, FaqEntry> } = {
  index: createFaqIndex<FaqEntry>([]),
  seen: {},
};

/**
 * Brings the local search index in step with the FAQ in the store: only entries whose object changed are
 * re-indexed (the index drops any that are not published), so a live FAQ event costs one entry's work and
 * typing never waits for the server.
 */
function syncIndex(faq: Record<string, FaqEntry>): FaqIndex<FaqEntry> {
  for (const [id, entry] of Object.entries(faq)) if (shared.seen[id] !== entry) shared.index.upsert(entry);
  for (const id of Object.keys(shared.seen)) if (!faq[id]) shared.index.remove(id);
  shared.seen = faq;
  return shared.index;
}

/** Hits for the typed text, the agent's incident first; with no text, the entries with unseen changes and then the incident's. */
export function useFaqSearch(query: string, incidentId: string | null): FaqHit<FaqEntry>[] {
  const faq = useStore((s) => s.contact.faq);
  const index = useMemo(() => syncIndex(faq), [faq]);
  const changes = useStore((s) => s.contact.faqChanges);
  return useMemo(() => {
    if (query.trim() !== "") return index.search(query, { incidentId, limit: HIT_LIMIT });
    const published = Object.values(faq).filter((e) => e.status === "published");
    const rank = (e: FaqEntry) =>
      changes[e.id] ? 0 : e.incidentId !== null && e.incidentId === incidentId ? 1 : e.incidentId === null ? 3 : 2;
    return published
      .sort((a, b) => rank(a) - rank(b) || a.question.localeCompare(b.question, "sv"))
      .slice(0, HIT_LIMIT)
      .map((entry) => ({
        id: entry.id,
        score: 0,
        entry,
        matchedTerms: [],
        matchedWords: [],
        coverage: 0,
        strong: false,
      }));
  }, [index, faq, changes, query, incidentId]);
}
