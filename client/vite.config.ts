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

export default defineConfig({
  root,
  plugins: [react(), precompress()],
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
            // zod with the shared schemas and the event catalogue: one chunk, fetched once signed in (the login page
            // has none of it). Left to themselves they split into a dozen small chunks, and a cold signed-in load
            // queued them ahead of its API calls on the browser's six connections.
            { name: "schemas", test: /node_modules[\\/]zod[\\/]|[\\/]shared[\\/](schemas|events)[\\/]/ },
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
