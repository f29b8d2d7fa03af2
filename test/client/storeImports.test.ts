// @vitest-environment node
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const STORE = join(import.meta.dirname, "..", "..", "client", "src", "store");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** The store's own imports (type imports too: a cycle of types is what made the flat store hard to split). */
function importGraph(): Map<string, string[]> {
  const all = new Set(files(STORE));
  const graph = new Map<string, string[]>();
  for (const file of all) {
    const targets = [...readFileSync(file, "utf8").matchAll(/from "(\.[^"]+)"/g)].flatMap((m) => {
      const base = normalize(join(dirname(file), m[1] ?? ""));
      return [`${base}.ts`, join(base, "index.ts")].filter((candidate) => all.has(candidate));
    });
    graph.set(file, targets);
  }
  return graph;
}

function cycles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const done = new Set<string>();
  const visit = (node: string, path: string[]) => {
    for (const next of graph.get(node) ?? []) {
      const at = path.indexOf(next);
      if (at >= 0) found.push([...path.slice(at), next].map((f) => relative(STORE, f)).join(" → "));
      else if (!done.has(next)) visit(next, [...path, next]);
    }
    done.add(node);
  };
  for (const node of graph.keys()) if (!done.has(node)) visit(node, [node]);
  return found;
}

describe("the client store's modules", () => {
  it("are grouped by domain, each with its state, slice, events and loaders", () => {
    for (const domain of ["bulletins", "claims", "contact", "incidents", "log", "national", "users"]) {
      const names = readdirSync(join(STORE, domain)).sort();
      expect(names, domain).toEqual(["events.ts", "loaders.ts", "slice.ts", "state.ts"]);
    }
  });

  it("import one another without a cycle", () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(20);
    expect(cycles(graph)).toEqual([]);
  });
});
