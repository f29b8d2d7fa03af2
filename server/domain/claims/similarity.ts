import { indexTerms } from "../../../shared/search/index.js";

/**
 * Two claims count as possible duplicates from this Jaccard similarity of their analysed terms up. Measured on
 * rephrasings of one rumour ("kranvattnet är förgiftat i hela kommunen" / "vattnet i kranen är giftigt") versus
 * different rumours of the same incident; docs/api.md "Misinformation desk" states it.
 */
export const SIMILARITY_THRESHOLD = 0.25;

/**
 * The FAQ search's analysis (shared/search): lower case, Swedish stems, compound parts and synonym concepts, stop
 * words dropped, so "dricksvattnet" and "kranvatten" meet on their stem and concept terms.
 */
export function claimTerms(text: string): Set<string> {
  return new Set(indexTerms(text, "sv"));
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let common = 0;
  for (const t of a) if (b.has(t)) common += 1;
  return common / (a.size + b.size - common);
}
