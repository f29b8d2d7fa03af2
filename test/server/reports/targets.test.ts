import { describe, expect, it } from "vitest";
import { DEFAULT_TARGETS } from "../../../shared/schemas/report.js";
import { parseConfig, type ConfigError } from "../../../server/config.js";
import { judge, parseTargets } from "../../../server/domain/reports/targets.js";

describe("targets (KRISRUM_TARGETS)", () => {
  it("defaults to the seed municipality's figures and common practice", () => {
    expect(parseTargets(undefined)).toEqual({
      firstContactRate: 0.68,
      firstPublicMinutes: 60,
      promisesKept: 1,
      claimsWithinDeadline: 0.9,
      publishScore: 80,
    });
    expect(parseConfig({}).targets).toEqual(DEFAULT_TARGETS);
  });

  it("overrides the keys given and keeps the rest", () => {
    expect(parseConfig({ KRISRUM_TARGETS: "firstContactRate=0.75, firstPublicMinutes=30" }).targets).toEqual({
      ...DEFAULT_TARGETS,
      firstContactRate: 0.75,
      firstPublicMinutes: 30,
    });
  });

  it("refuses unknown keys, non-numbers and out-of-range shares, naming each", () => {
    const problems = (() => {
      try {
        parseConfig({ KRISRUM_TARGETS: "speed=3,firstPublicMinutes=soon,firstContactRate=68" });
        return [];
      } catch (err) {
        return (err as ConfigError).problems;
      }
    })();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^KRISRUM_TARGETS: /);
    expect(problems[0]).toContain('unknown target "speed"');
    expect(problems[0]).toContain('firstPublicMinutes: "soon" is not a number');
    expect(problems[0]).toContain("firstContactRate");
  });

  it("meets a rate or a score by reaching it and a time by staying at or under it; nothing to measure is null", () => {
    expect(judge("firstContactRate", 0.68, 0.68).met).toBe(true);
    expect(judge("firstContactRate", 0.68, 0.679).met).toBe(false);
    expect(judge("firstPublicMinutes", 60, 60).met).toBe(true);
    expect(judge("firstPublicMinutes", 60, 60.1).met).toBe(false);
    expect(judge("promisesKept", 1, null)).toEqual({ key: "promisesKept", target: 1, actual: null, met: null });
  });
});
