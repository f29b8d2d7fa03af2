import type { DomainDeps } from "../context.js";
import { createContactAnalytics } from "./analytics.js";
import { createCorrectionFaq } from "./correctionFaq.js";
import { createFaq } from "./faq.js";
import type { FaqReviewOptions } from "./faqReview.js";
import { createFaqSearch } from "./faqSearch.js";
import { createInquiries } from "./inquiries.js";
import { createSuggestions } from "./suggestions.js";

/** The contact centre's services: FAQ, inquiry log, suggestions, trends and statistics. */
export function createContactCentre(deps: DomainDeps, options: FaqReviewOptions = { fourEyes: true }) {
  const faq = createFaq(deps, options);
  return {
    faq,
    search: createFaqSearch(deps.db),
    inquiries: createInquiries(deps),
    suggestions: createSuggestions(deps, faq),
    analytics: createContactAnalytics(deps),
    corrections: createCorrectionFaq(deps, faq),
  };
}

export type ContactCentre = ReturnType<typeof createContactCentre>;
export { flagCitingFaq, flagFaqCitingFact } from "./faqStale.js";
