import type { PublicFaqEntry, PublicFaqHit } from "../../shared/index.js";
import type { FaqHit } from "../../shared/search/index.js";
import type { PublicFaqSource } from "../domain/contact/faqSearch.js";

/**
 * The public FAQ entry, built field by field (never by spreading the entry), so a field added to FAQ entries later
 * stays internal until someone adds it here on purpose: no authors, versions, scores, facts cited or stale flags.
 */
export function presentPublicFaq(e: PublicFaqSource): PublicFaqEntry {
  return {
    id: e.id,
    question: e.question,
    answer: e.answer,
    tags: [...e.tags],
    language: e.language,
    incident: e.incident ? { id: e.incident.id, title: e.incident.title } : null,
    updatedAt: e.updatedAt,
  };
}

export function presentPublicFaqHit(hit: FaqHit<PublicFaqSource>): PublicFaqHit {
  return {
    score: Math.round(hit.score * 1000) / 1000,
    coverage: hit.coverage,
    strong: hit.strong,
    entry: presentPublicFaq(hit.entry),
  };
}
