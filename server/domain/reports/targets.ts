import {
  DEFAULT_TARGETS,
  TARGET_DIRECTION,
  TARGET_KEYS,
  TargetKey,
  Targets,
  type TargetResult,
} from "../../../shared/schemas/report.js";

/**
 * KRISRUM_TARGETS, e.g. "firstContactRate=0.68,firstPublicMinutes=60": the keys given override the defaults
 * (the seed municipality's 68 % and common practice). Throws with every problem listed; config.ts reports it.
 */
export function parseTargets(value: string | undefined): Targets {
  const merged: Record<string, number> = { ...DEFAULT_TARGETS };
  const problems: string[] = [];
  for (const part of (value ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "")) {
    const [key = "", raw = ""] = part.split("=").map((s) => s.trim());
    if (!TargetKey.safeParse(key).success) {
      problems.push(`unknown target "${key}"; use ${TARGET_KEYS.join(", ")}`);
      continue;
    }
    const n = raw === "" ? Number.NaN : Number(raw);
    if (!Number.isFinite(n)) problems.push(`${key}: "${raw}" is not a number`);
    else merged[key] = n;
  }
  const parsed = Targets.safeParse(merged);
  if (!parsed.success) problems.push(...parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  if (problems.length > 0 || !parsed.success) throw new Error(problems.join("; "));
  return parsed.data;
}

/** Met when the figure reaches the target (a time: stays at or under it); null when there is no figure yet. */
export function judge(key: TargetKey, target: number, actual: number | null): TargetResult {
  if (actual === null) return { key, target, actual, met: null };
  return { key, target, actual, met: TARGET_DIRECTION[key] === "atLeast" ? actual >= target : actual <= target };
}

export function judgeAll(targets: Targets, actual: Partial<Record<TargetKey, number | null>>): TargetResult[] {
  return TARGET_KEYS.filter((k) => k in actual).map((k) => judge(k, targets[k], actual[k] ?? null));
}
