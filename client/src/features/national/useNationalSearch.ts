import { useMemo } from "react";
import type { NationalItem } from "@shared/schemas/national";
import { createFaqIndex, type FaqEntry } from "@shared/search/index";
import { useStore } from "../../store";

/** National items shown beside the FAQ hits at most, and how much of the question one must answer to be shown. */
export const NATIONAL_HIT_LIMIT = 3;
export const NATIONAL_MIN_COVERAGE = 0.5;

/** A national item read as the search reads an FAQ entry: its headline as the question, its texts as the answer. */
function asEntry(item: NationalItem): FaqEntry & { item: NationalItem } {
  return {
    id: item.id,
    question: item.headline,
    answer: [item.preamble, item.bodyText, item.pushMessage].filter(Boolean).join(" "),
    tags: item.areas.map((a) => a.description),
    language: item.language === "en" ? "en" : "sv",
    incidentId: null,
    status: "published",
    item,
  };
}

/**
 * The agent's search over the national picture (Krisinformation news and VMAs in force, from the store, kept live by
 * national.item events): the same analyser as the FAQ search, its own small index, only items that answer at least
 * half of the question. They are listed apart and labelled with their source; never pre-selected as the answer.
 */
export function useNationalSearch(query: string): NationalItem[] {
  const picture = useStore((s) => s.national.picture);
  const index = useMemo(() => createFaqIndex((picture?.items ?? []).map(asEntry)), [picture]);
  return useMemo(() => {
    if (query.trim() === "") return [];
    return index
      .search(query, { limit: NATIONAL_HIT_LIMIT })
      .filter((h) => h.coverage >= NATIONAL_MIN_COVERAGE)
      .map((h) => h.entry.item);
  }, [index, query]);
}
