// @vitest-environment node
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const ENTRY = join(ROOT, "client", "src", "main.tsx");

/** The module a relative or @shared specifier names (extensionless, as the client writes them), or the package it names. */
function resolveSpecifier(from: string, specifier: string): string {
  // The @shared alias (client/vite.config.ts) names the shared folder.
  if (specifier.startsWith("@shared/")) return resolveSpecifier(ENTRY, join(ROOT, specifier.replace("@", "")));
  if (!specifier.startsWith(".") && !specifier.startsWith("/")) {
    const parts = specifier.split("/");
    return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
  }
  const base = resolve(dirname(from), specifier).replace(/\.js$/, "");
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")]) {
    if (/\.(ts|tsx|css)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  throw new Error(`${relative(ROOT, from)}: cannot resolve ${specifier}`);
}

/** Static value imports and re-exports of a module; `import type`, all-type braces and `import()` are left out. */
function staticImports(file: string): string[] {
  if (file.endsWith(".css")) return [];
  const source = readFileSync(file, "utf8");
  const found: string[] = [];
  for (const m of source.matchAll(
    /^(?:import|export)\s+(?!type\s)([\s\S]*?)\s*from\s+"([^"]+)"|^import\s+"([^"]+)"/gm,
  )) {
    const clause = (m[1] ?? "").trim();
    const braces = /^\{([\s\S]*)\}$/.exec(clause);
    const names =
      braces?.[1]
        ?.split(",")
        .map((s) => s.trim())
        .filter(Boolean) ?? [];
    if (braces && names.length > 0 && names.every((n) => n.startsWith("type "))) continue;
    found.push(resolveSpecifier(file, m[2] ?? m[3] ?? ""));
  }
  return found;
}

/** Every module a cold load of the login page evaluates (main.tsx and its static imports), each with who pulled it in. */
function loginGraph(): Map<string, string | null> {
  const parent = new Map<string, string | null>([[ENTRY, null]]);
  const queue = [ENTRY];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (!file.startsWith("/")) continue; // a package: its own imports are not ours to follow
    for (const target of staticImports(file)) {
      if (parent.has(target)) continue;
      parent.set(target, file);
      queue.push(target);
    }
  }
  return parent;
}

function chain(graph: Map<string, string | null>, module: string): string {
  const path: string[] = [];
  for (let at: string | null | undefined = module; at; at = graph.get(at)) path.unshift(relative(ROOT, at) || at);
  return path.join(" → ");
}

describe("the login page's chunks (a cold login page under 120 KB)", () => {
  const graph = loginGraph();

  it("are built from main.tsx's static imports, the store and the login form among them", () => {
    expect(graph.has(join(ROOT, "client/src/features/auth/LoginPage.tsx"))).toBe(true);
    expect(graph.has(join(ROOT, "client/src/store/index.ts"))).toBe(true);
    expect(graph.has("react-dom")).toBe(true);
  });

  it("hold no zod, no shared schema and no event catalogue: those come with the first signed-in chunk", () => {
    const heavy = [...graph.keys()].filter(
      (m) => m === "zod" || m.includes("/shared/schemas/") || m.includes("/shared/events/"),
    );
    expect(heavy.map((m) => chain(graph, m))).toEqual([]);
  });

  it("hold the Swedish messages only: English is fetched when chosen", () => {
    expect(graph.has(join(ROOT, "client/src/i18n/sv.ts"))).toBe(true);
    const english = [...graph.keys()].filter((m) => /\/client\/src\/i18n\/[^/]*\ben\.ts$/.test(m));
    expect(english.map((m) => chain(graph, m))).toEqual([]);
  });

  it("hold no socket client and no checklist", () => {
    const heavy = [...graph.keys()].filter((m) => m === "socket.io-client" || m.includes("/shared/checklist/"));
    expect(heavy.map((m) => chain(graph, m))).toEqual([]);
  });
});
