/**
 * The build stamp: a digest of everything the build reads, written next to the build output once a
 * build has finished, so `npm start` (scripts/start.mjs) rebuilds only when a source changed since the last build.
 *
 *   node scripts/build-stamp.mjs begin    # before building: forget the old stamp, note the sources' digest now
 *   node scripts/build-stamp.mjs commit   # after a successful build: that digest becomes the stamp
 *
 * Content, not modification times: a checkout that rewrites files without changing them costs no build, and an edit
 * that keeps the mtime (a copy with -p, an archive) still causes one. Hashing the ~3 MB of sources takes ~20 ms.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const STAMP = join(repoRoot, "dist/.build-stamp");
const PENDING = `${STAMP}.pending`;

/** What the build reads: the client, server and shared sources, and the configuration that shapes the output. */
const SOURCE_DIRS = ["client", "server", "shared"];
const SOURCE_FILES = [
  "package.json",
  "package-lock.json",
  "tsconfig.base.json",
  "tsconfig.json",
  "tsconfig.build.json",
];
const SKIPPED = new Set([join(repoRoot, "client/dist"), join(repoRoot, "client/node_modules")]);
/** The environment the build reads (client/vite.config.ts). */
const BUILD_ENV = ["KRISRUM_SOURCEMAPS"];

/** The files whose change requires a build. */
function* filesUnder(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (SKIPPED.has(path)) continue;
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

export function sourceDigest() {
  const files = [
    ...SOURCE_DIRS.flatMap((d) => [...filesUnder(join(repoRoot, d))]),
    ...SOURCE_FILES.map((f) => join(repoRoot, f)).filter((f) => existsSync(f)),
  ].sort();
  const hash = createHash("sha256");
  for (const name of BUILD_ENV) hash.update(`env ${name}=${process.env[name] ?? ""}\n`);
  for (const file of files) {
    hash.update(`${relative(repoRoot, file)}\n`);
    hash.update(createHash("sha256").update(readFileSync(file)).digest());
  }
  return hash.digest("hex");
}

/** The build's outputs that `npm start` needs. */
export const OUTPUTS = [join(repoRoot, "dist/server/index.js"), join(repoRoot, "client/dist/index.html")];

/** Whether the last finished build was made from the sources as they are now, and its outputs are all there. */
export function buildIsCurrent() {
  if (!existsSync(STAMP) || !OUTPUTS.every((f) => existsSync(f))) return false;
  return readFileSync(STAMP, "utf8").trim() === sourceDigest();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const command = process.argv[2];
  if (command === "begin") {
    // A build that fails half-way must not leave the previous stamp vouching for the outputs.
    rmSync(STAMP, { force: true });
    mkdirSync(join(repoRoot, "dist"), { recursive: true });
    // Digested before building: a file edited during the build makes the next start build again.
    writeFileSync(PENDING, `${sourceDigest()}\n`);
  } else if (command === "commit") {
    if (!existsSync(PENDING)) throw new Error("build-stamp commit without begin");
    renameSync(PENDING, STAMP);
  } else {
    console.error("usage: node scripts/build-stamp.mjs begin|commit");
    process.exit(2);
  }
}
