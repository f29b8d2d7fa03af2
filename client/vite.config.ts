import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = fileURLToPath(new URL(".", import.meta.url));
const outDir = join(root, "dist");
const serverPort = process.env.PORT ?? "3000";

/**
 * Source maps are built for error reports but never served: they go to dist/client-sourcemaps/ at the repository
 * root, outside the directory the server serves, and the bundles carry no sourceMappingURL comment.
 * KRISRUM_SOURCEMAPS=none builds none at all.
 */
const sourcemapDir = join(root, "../dist/client-sourcemaps");
const withSourcemaps = process.env.KRISRUM_SOURCEMAPS !== "none";

/** Files under this size are not worth a compressed twin (the headers cost more than the saving). */
const MIN_COMPRESS_BYTES = 512;
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/**
 * After the bundle is written: moves the source maps out of the served directory and writes a brotli (.br, quality
 * 11) and a gzip (.gz, level 9) twin next to every compressible file, which server/http/static.ts serves to browsers
 * that accept them. Compressing once at build time lets the slowest, smallest settings pay off.
 */
function precompress(): Plugin {
  return {
    name: "krisrum-precompress",
    apply: "build",
    buildStart() {
      rmSync(sourcemapDir, { recursive: true, force: true });
    },
    closeBundle() {
      for (const path of filesUnder(outDir)) {
        if (path.endsWith(".map")) {
          const target = join(sourcemapDir, relative(outDir, path));
          mkdirSync(join(target, ".."), { recursive: true });
          renameSync(path, target);
          continue;
        }
        if (!COMPRESSIBLE.test(path) || statSync(path).size < MIN_COMPRESS_BYTES) continue;
        const raw = readFileSync(path);
        const br = brotliCompressSync(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        });
        const gz = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
        // A twin that saves less than a tenth is not worth a decoding step.
        if (br.length < raw.length * 0.9) writeFileSync(`${path}.br`, br);
        if (gz.length < raw.length * 0.9) writeFileSync(`${path}.gz`, gz);
      }
    },
  };
}

/** zod with the shared schemas and the event catalogue: the roots of the `schemas` chunk. */
const SCHEMAS = /node_modules[\\/]zod[\\/]|[\\/]shared[\\/](schemas|events)[\\/]/;

/**
 * The roots of the `console` chunk: what a signed-in console needs on the pages it most often lands on cold (a reload,
 * a shared link): the session chunk (socket, realtime link, loaders, event applier), the notification region every
 * signed-in page shows, and the landing pages.
 */
const CONSOLE_ROOTS = [
  "src/store/session/connect.ts",
  "src/features/notifications/NotificationRegion.tsx",
  "src/features/dashboard/StartPage.tsx",
  "src/features/incidents/IncidentListPage.tsx",
  "src/features/incidents/IncidentOverview.tsx",
].map((path) => join(root, path));

/**
 * Two chunks a signed-in load fetches in parallel, found once the module graph is built: `schemas` (zod, the shared
 * schemas and events, and what they import) and `console` (what CONSOLE_ROOTS import, the schemas aside); each without
 * the login page's modules (main.tsx's static imports), which stay in the entry chunk.
 * Left to automatic splitting, these made some forty chunks of under 3 KB each (one per set of pages sharing them),
 * which a cold signed-in load fetched six at a time over HTTP/1.1: about half a second of round trips before the
 * overview could render. The schemas' own imports (the template scenarios, the checklist's constants) are in their
 * chunk so that the two do not import each other and the login form's schemas do not fetch the console.
 */
function signedInChunks(): { plugin: Plugin; schemas: (id: string) => boolean; console: (id: string) => boolean } {
  const inSchemas = new Set<string>();
  const inConsole = new Set<string>();
  const plugin: Plugin = {
    name: "krisrum-signed-in-chunks",
    apply: "build",
    buildEnd() {
      const staticClosure = (starts: string[]) => {
        const seen = new Set<string>();
        const queue = starts.filter((id) => this.getModuleInfo(id));
        for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
          if (seen.has(id)) continue;
          seen.add(id);
          queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const all = [...this.getModuleIds()];
      const initial = staticClosure(all.filter((id) => this.getModuleInfo(id)?.isEntry));
      inSchemas.clear();
      inConsole.clear();
      for (const id of staticClosure(all.filter((id) => SCHEMAS.test(id)))) if (!initial.has(id)) inSchemas.add(id);
      for (const id of staticClosure(CONSOLE_ROOTS)) if (!initial.has(id) && !inSchemas.has(id)) inConsole.add(id);
      const missing = CONSOLE_ROOTS.filter((id) => !inConsole.has(id));
      if (missing.length > 0) this.error(`console chunk: not found or in the login page: ${missing.join(", ")}`);
    },
  };
  return { plugin, schemas: (id) => inSchemas.has(id), console: (id) => inConsole.has(id) };
}
const chunks = signedInChunks();

/**
 * Writes landing.html beside index.html: the same page, which also preloads the `console` and `schemas` chunks and the
 * console's stylesheet. The server sends it for the landing pages (server/http/static.ts), so a cold load of one
 * fetches those chunks beside the entry instead of after it has run (boot.ts asks for them then, from the module
 * map); the login page's index.html fetches neither.
 */
function landingHtml(): Plugin {
  return {
    name: "krisrum-landing-html",
    apply: "build",
    writeBundle(_options, bundle) {
      const files: string[] = [];
      const styles: string[] = [];
      for (const name of ["schemas", "console"]) {
        const chunk = Object.values(bundle).find((c) => c.type === "chunk" && c.name === name);
        if (chunk?.type !== "chunk") this.error(`landing.html: no ${name} chunk`);
        files.push(chunk.fileName);
        styles.push(...(chunk.viteMetadata?.importedCss ?? []));
      }
      const links = [
        ...files.map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`),
        ...styles.map((f) => `<link rel="preload" as="style" crossorigin href="/${f}">`),
      ];
      const index = readFileSync(join(outDir, "index.html"), "utf8");
      if (!index.includes("</head>")) this.error("landing.html: index.html has no </head>");
      writeFileSync(join(outDir, "landing.html"), index.replace("</head>", `  ${links.join("\n    ")}\n  </head>`));
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), landingHtml(), precompress(), chunks.plugin],
  // The console imports the code it shares with the server as @shared/… (client/tsconfig.json says the same to tsc).
  resolve: { alias: { "@shared": join(root, "../shared") } },
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: withSourcemaps ? "hidden" : false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: "schemas", test: chunks.schemas, priority: 2 },
            { name: "console", test: chunks.console, priority: 1 },
          ],
          includeDependenciesRecursively: false,
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      "/api": `http://localhost:${serverPort}`,
      "/healthz": `http://localhost:${serverPort}`,
      "/public": `http://localhost:${serverPort}`,
      "/socket.io": { target: `ws://localhost:${serverPort}`, ws: true },
    },
  },
});
