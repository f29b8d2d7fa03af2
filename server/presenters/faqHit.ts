import type { FaqEntry, FaqSearchHit } from "../../shared/index.js";
import type { FaqHit } from "../../shared/search/index.js";
import { publishedView } from "../domain/contact/faqEvents.js";

/** A search hit as the console and GET /api/faq/search receive it (with `strong`: docs/api.md "FAQ search"). */
export function presentHit(hit: FaqHit<FaqEntry>): FaqSearchHit {
  return {
    id: hit.id,
    score: hit.score,
    coverage: hit.coverage,
    strong: hit.strong,
    matchedTerms: hit.matchedTerms,
    matchedWords: hit.matchedWords,
    // The search serves published text: a working version under review never leaves with a hit.
    entry: publishedView(hit.entry),
  };
}
