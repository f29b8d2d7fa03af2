import type { InquiryResolution } from "../../../shared/index.js";
import { questionKey, signature, similarity, type QuestionSignature } from "./questions.js";

/** Questions at least this similar (see `similarity`) are counted as one. */
export const CLUSTER_THRESHOLD = 0.6;
const WORDINGS_COMPARED = 8; // distinct wordings per cluster a new question is compared with: bounds the cost

export interface AskedQuestion {
  question: string;
  faqEntryId: string | null;
  resolution: InquiryResolution;
}

export interface Cluster<T extends AskedQuestion> {
  key: string;
  /** The entry agents used for it (the most used one when several were). */
  faqEntryId: string | null;
  members: T[];
  /** Distinct wordings, most frequent first. */
  wordings: Array<{ text: string; count: number }>;
}

interface Building<T extends AskedQuestion> {
  key: string;
  members: T[];
  signatures: QuestionSignature[];
  wordings: Map<string, number>;
  entries: Map<string, number>;
}

/**
 * Groups asked questions: all inquiries answered with the same FAQ entry are one cluster (its signature is the
 * entry's question); every other question joins the most similar cluster at or above the threshold, or starts
 * its own. Deterministic for a given input order. Pure.
 */
export function clusterQuestions<T extends AskedQuestion>(
  items: readonly T[],
  faqQuestions: ReadonlyMap<string, string>,
): Cluster<T>[] {
  const clusters: Building<T>[] = [];
  const byEntry = new Map<string, Building<T>>();
  const byTerm = new Map<string, Set<Building<T>>>();

  const index = (c: Building<T>, sig: QuestionSignature) => {
    for (const family of sig) for (const t of family) (byTerm.get(t) ?? byTerm.set(t, new Set()).get(t))?.add(c);
  };
  const create = (key: string, sig: QuestionSignature): Building<T> => {
    const c: Building<T> = { key, members: [], signatures: [sig], wordings: new Map(), entries: new Map() };
    clusters.push(c);
    index(c, sig);
    return c;
  };
  const add = (c: Building<T>, item: T, sig: QuestionSignature) => {
    c.members.push(item);
    const text = item.question.trim();
    if (
      !c.wordings.has(text) &&
      !c.signatures.includes(sig) &&
      c.signatures.length < WORDINGS_COMPARED &&
      sig.length > 0
    ) {
      c.signatures.push(sig);
      index(c, sig);
    }
    c.wordings.set(text, (c.wordings.get(text) ?? 0) + 1);
    if (item.faqEntryId) c.entries.set(item.faqEntryId, (c.entries.get(item.faqEntryId) ?? 0) + 1);
  };

  // Entry clusters first, so that a question logged without an entry can still join the entry that answers it.
  for (const item of items) {
    if (!item.faqEntryId) continue;
    let c = byEntry.get(item.faqEntryId);
    if (!c) {
      c = create(`faq:${item.faqEntryId}`, signature(faqQuestions.get(item.faqEntryId) ?? item.question));
      byEntry.set(item.faqEntryId, c);
    }
    add(c, item, signature(item.question));
  }
  for (const item of items) {
    if (item.faqEntryId) continue;
    const sig = signature(item.question);
    let best: Building<T> | undefined;
    let bestScore = CLUSTER_THRESHOLD;
    const candidates = new Set<Building<T>>();
    for (const family of sig) for (const t of family) for (const c of byTerm.get(t) ?? []) candidates.add(c);
    for (const c of candidates) {
      const score = Math.max(...c.signatures.map((s) => similarity(sig, s)));
      if (score > bestScore || (score === bestScore && best === undefined)) {
        best = c;
        bestScore = score;
      }
    }
    add(best ?? create(`q:${questionKey(item.question)}`, sig), item, sig);
  }

  return clusters.map((c) => ({
    key: c.key,
    faqEntryId: mostCommon(c.entries),
    members: c.members,
    wordings: [...c.wordings].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count),
  }));
}

function mostCommon(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [id, count] of counts) {
    if (count > n) {
      best = id;
      n = count;
    }
  }
  return best;
}

export function firstContactShare(items: ReadonlyArray<{ resolution: InquiryResolution }>): number | null {
  if (items.length === 0) return null;
  return items.filter((i) => i.resolution === "answered_first_contact").length / items.length;
}
