import {
  INQUIRY_CHANNELS,
  INQUIRY_RESOLUTIONS,
  type InquiryChannel,
  type InquiryResolution,
} from "../../../shared/index.js";
import type { ContactFigures } from "../../../shared/schemas/report.js";
import type { InquiryFacts } from "../../db/repos/inquiries.js";
import { CLUSTER_THRESHOLD, clusterQuestions, firstContactShare } from "../contact/clusters.js";
import { signature, type QuestionSignature } from "../contact/questions.js";
import { median } from "./numbers.js";

export const TOP_QUESTIONS = 10;

export const zeroChannels = (): Record<InquiryChannel, number> =>
  Object.fromEntries(INQUIRY_CHANNELS.map((c) => [c, 0])) as Record<InquiryChannel, number>;
const zeroOutcomes = (): Record<InquiryResolution, number> =>
  Object.fromEntries(INQUIRY_RESOLUTIONS.map((r) => [r, 0])) as Record<InquiryResolution, number>;

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

interface Asked {
  question: string;
  faqEntryId: string | null;
  resolution: InquiryResolution;
  /** How many inquiries asked exactly this, answered from this entry (or none). */
  n: number;
}

const mostCommon = (counts: Map<string, number>): string | null => {
  let best: string | null = null;
  let n = 0;
  for (const [key, count] of counts) if (count > n) [best, n] = [key, count];
  return best;
};

interface Signed {
  sig: QuestionSignature;
  /** Every term of the signature, for the allocation-free comparison below. */
  terms: Set<string>;
}

export const signed = (sig: QuestionSignature): Signed => ({
  sig,
  terms: new Set(sig.flatMap((family) => [...family])),
});

/** The families of `a` that share a term with `b`. */
function meeting(a: QuestionSignature, b: ReadonlySet<string>): number {
  let n = 0;
  for (const family of a) {
    for (const t of family) {
      if (b.has(t)) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** `similarity` of contact/questions.ts (a Dice coefficient on word families), without its per-call allocations. */
export function dice(a: Signed, b: Signed): number {
  if (a.sig.length === 0 || b.sig.length === 0) return 0;
  return (meeting(a.sig, b.terms) + meeting(b.sig, a.terms)) / (a.sig.length + b.sig.length);
}

/**
 * Signatures of wordings seen before (the Swedish analysis is the costly part of a question, and a contact centre's
 * wordings repeat from one report to the next). Bounded: cleared when full, so memory stays small.
 */
const SIGNATURE_CACHE_MAX = 50_000; // wordings
const signatureCache = new Map<string, Signed>();
function signedOf(text: string): Signed {
  let s = signatureCache.get(text);
  if (!s) {
    if (signatureCache.size >= SIGNATURE_CACHE_MAX) signatureCache.clear();
    s = signed(signature(text));
    signatureCache.set(text, s);
  }
  return s;
}

const SIGNATURES_PER_CLUSTER = 8; // as clusters.ts: a wording is compared with this many of a cluster's wordings

/**
 * Most asked questions, clustered as the trends page clusters them, in two steps so a year of inquiries stays fast:
 * identical wordings (with the same FAQ entry) count as one item weighed by its count, and clusterQuestions groups
 * the wordings asked more than once and those answered from an entry. A wording asked once only joins the most
 * similar of those clusters (at the same threshold), else stands alone with its count of 1: it cannot be among the
 * most asked by itself, and comparing thousands of one-off wordings with each other is what made a year slow.
 */
function questionClusters(items: readonly InquiryFacts[], faqQuestions: ReadonlyMap<string, string>) {
  const asked = new Map<string, Asked>();
  for (const i of items) {
    const key = `${i.faqEntryId ?? ""}\u0000${i.question.trim()}`;
    const a = asked.get(key);
    if (a) a.n++;
    else asked.set(key, { question: i.question.trim(), faqEntryId: i.faqEntryId, resolution: i.resolution, n: 1 });
  }
  const all = [...asked.values()];
  const grouped = clusterQuestions(
    all.filter((a) => a.n > 1 || a.faqEntryId !== null),
    faqQuestions,
  ).map((c) => ({ members: [...c.members], signatures: [] as Signed[] }));
  const byTerm = new Map<string, Set<number>>();
  grouped.forEach((c, index) => {
    const texts = [...new Set(c.members.map((m) => m.question))].slice(0, SIGNATURES_PER_CLUSTER);
    if (c.members[0]?.faqEntryId) texts.unshift(faqQuestions.get(c.members[0].faqEntryId) ?? "");
    for (const text of texts) {
      const one = signedOf(text);
      c.signatures.push(one);
      for (const family of one.sig)
        for (const t of family) (byTerm.get(t) ?? byTerm.set(t, new Set()).get(t))?.add(index);
    }
  });
  const alone: Array<{ members: Asked[] }> = [];
  for (const a of all) {
    if (a.n > 1 || a.faqEntryId !== null) continue;
    const one = signedOf(a.question);
    const sig = one.sig;
    // How many of the wording's words meet each cluster: with the Dice coefficient of `similarity`, a cluster whose
    // signature has b words can score at most (hits + b) / (words + b), so most need no comparison at all.
    const hits = new Map<number, number>();
    for (const family of sig) {
      const met = new Set<number>();
      for (const t of family) for (const index of byTerm.get(t) ?? []) met.add(index);
      for (const index of met) hits.set(index, (hits.get(index) ?? 0) + 1);
    }
    // The most similar cluster at or above the threshold; among equals the first formed, so the result is stable.
    let best = -1;
    let bestScore = CLUSTER_THRESHOLD;
    for (const [index, hit] of hits) {
      let score = 0;
      for (const s of grouped[index]?.signatures ?? []) {
        if ((hit + s.sig.length) / (sig.length + s.sig.length) < Math.max(bestScore, score)) continue;
        score = Math.max(score, dice(one, s));
      }
      if (score > bestScore || (score === bestScore && (best === -1 || index < best)))
        [best, bestScore] = [index, score];
    }
    if (best >= 0) grouped[best]?.members.push(a);
    else alone.push({ members: [a] });
  }
  return [...grouped, ...alone]
    .map((c) => {
      const entries = new Map<string, number>();
      const wordings = new Map<string, number>();
      for (const m of c.members) {
        if (m.faqEntryId) entries.set(m.faqEntryId, (entries.get(m.faqEntryId) ?? 0) + m.n);
        wordings.set(m.question, (wordings.get(m.question) ?? 0) + m.n);
      }
      const faqEntryId = mostCommon(entries);
      return {
        text: (faqEntryId && faqQuestions.get(faqEntryId)) || mostCommon(wordings) || "",
        count: c.members.reduce((n, m) => n + m.n, 0),
        faqEntryId,
      };
    })
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, "sv"));
}

/**
 * The contact centre's figures for a set of inquiries. A question cluster is "uncovered" when no agent answered any
 * inquiry in it from an FAQ entry: what the FAQ is missing, by what was actually said on the phone. Without
 * `questions` the clusters are left out (an incident's key figures in the period report need only the volume). Pure.
 */
export function contactFigures(
  items: readonly InquiryFacts[],
  faqQuestions: ReadonlyMap<string, string>,
  questions = true,
): ContactFigures {
  const byOutcome = zeroOutcomes();
  const forwardedTo: Record<string, number> = {};
  for (const i of items) {
    byOutcome[i.resolution]++;
    if (i.resolution === "forwarded" && i.forwardedTo)
      forwardedTo[i.forwardedTo] = (forwardedTo[i.forwardedTo] ?? 0) + 1;
  }
  const clusters = questions ? questionClusters(items, faqQuestions) : [];
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
