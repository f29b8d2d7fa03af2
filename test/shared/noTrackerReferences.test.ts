/**
 * The repository explains itself: a comment, a test title or a document names the feature or links a file, never an
 * issue number of a tracker a newcomer cannot see ("(issue 18)" says nothing to someone who joins next year).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const SCANNED = ["server", "client/src", "shared", "test", "scripts", "docs", "README.md"];
const SKIPPED = new Set(["node_modules", "dist", "eval"]);
const TEXT = /\.(?:ts|tsx|mjs|js|md|css)$/u;
const TRACKER_REFERENCE = /\bissues? \d+\b/iu;

function files(path: string): string[] {
  const full = join(ROOT, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).flatMap((name) => (SKIPPED.has(name) ? [] : files(join(path, name))));
}

describe("no references to issue numbers", () => {
  it("names features, not tracker numbers, in code, tests and documents", () => {
    const offending = SCANNED.flatMap(files)
      .filter(
        (path) => TEXT.test(path) && relative(ROOT, join(ROOT, path)) !== "test/shared/noTrackerReferences.test.ts",
      )
      .flatMap((path) =>
        readFileSync(join(ROOT, path), "utf8")
          .split("\n")
          .flatMap((line, i) => (TRACKER_REFERENCE.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(offending).toEqual([]);
  });
});
