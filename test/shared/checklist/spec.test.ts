/** SPEC.md and the code must agree: "when a test and this document disagree, one of them is wrong". */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../../shared/checklist/index.js";

const spec = readFileSync(join(import.meta.dirname, "../../../shared/checklist/SPEC.md"), "utf8");
const rows = new Map(
  [
    ...spec.matchAll(
      /^\| ([A-Z]{2}\d+) \| (\w+) \| (.+?) \| (\w+) \| (-?\d+) \| (\d+) \| (\d+) \| (.+?) \| (.+?) \|$/gmu,
    ),
  ].map((m) => [m[1], m.slice(2)]),
);

describe("SPEC.md", () => {
  it("lists every rule exactly as the code defines it", () => {
    expect([...rows.keys()]).toEqual(RULES.map((r) => r.id));
    for (const r of RULES) {
      expect(rows.get(r.id), r.id).toEqual([
        r.principle,
        r.name,
        r.severity,
        String(r.points),
        String(r.repeat),
        String(r.cap),
        r.kinds?.join(", ") ?? "all",
        r.languages?.join(", ") ?? "all",
      ]);
    }
  });

  it("documents every rule in its own section", () => {
    for (const r of RULES) expect(spec, r.id).toMatch(new RegExp(`^\\*\\*${r.id} — `, "mu"));
  });
});
