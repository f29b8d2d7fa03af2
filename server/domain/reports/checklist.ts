import { z } from "zod";
import type { PrincipleMeans } from "../../../shared/schemas/report.js";
import { mean } from "./numbers.js";

const PRINCIPLES = ["active", "open", "factual", "fast", "impartial", "audienceAdapted"] as const;
const Score = z.object({ score: z.number() });
/** Just the scores of a stored ChecklistResult. */
const AtPublish = z.object({
  overall: z.number(),
  ...(Object.fromEntries(PRINCIPLES.map((p) => [p, Score])) as Record<(typeof PRINCIPLES)[number], typeof Score>),
});

/** Means over the published versions' checklists at publish, one decimal; versions without one are left out. */
export function checklistMeans(checklists: readonly unknown[]): {
  publishedVersions: number;
  atPublish: PrincipleMeans;
} {
  const parsed = checklists.map((c) => AtPublish.safeParse(c)).flatMap((r) => (r.success ? [r.data] : []));
  const atPublish = { overall: mean(parsed.map((c) => c.overall)) } as PrincipleMeans;
  for (const p of PRINCIPLES) atPublish[p] = mean(parsed.map((c) => c[p].score));
  return { publishedVersions: parsed.length, atPublish };
}

export function overallScore(checklist: unknown): number | null {
  const r = AtPublish.safeParse(checklist);
  return r.success ? r.data.overall : null;
}
