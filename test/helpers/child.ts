import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { holdOffSchemaDrops } from "./pg.js";

export const repoRoot = resolve(import.meta.dirname, "../..");

export interface ChildServer {
  url: string;
  process: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

let bundled: Promise<string> | undefined;

/**
 * server/index.ts as one ES module, transpiled by esbuild as tsx would, once per test process: through tsx's loader
 * hooks every start resolved and transformed the server's modules again, ~2–3 s more per start on this 2-core
 * machine (5–7 s instead of 3–4.5 s under load), and the durability test alone starts a server 22 times. Packages
 * stay external (Node resolves them from the bundle's place under node_modules/.cache). The file is named by its
 * content and written by rename, so test files running side by side share it and never read a half-written one;
 * bundles of older sources are removed after an hour.
 */
function serverBundle(): Promise<string> {
  bundled ??= (async () => {
    const dir = join(repoRoot, "node_modules/.cache/krisrum-test-server");
    mkdirSync(dir, { recursive: true });
    const result = await build({
      entryPoints: [join(repoRoot, "server/index.ts")],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      write: false,
      outfile: join(dir, "server.mjs"),
      logLevel: "warning",
    });
    const code = result.outputFiles[0]?.contents;
    if (!code) throw new Error("esbuild wrote no server bundle");
    const name = `server-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`;
    const outfile = join(dir, name);
    if (existsSync(outfile)) {
      const now = new Date();
      utimesSync(outfile, now, now); // in use: not one of the old bundles another process clears away
    } else {
      const partial = `${outfile}.${process.pid}.partial`;
      writeFileSync(partial, code);
      renameSync(partial, outfile);
    }
    const hourAgo = Date.now() - 3_600_000;
    for (const old of readdirSync(dir)) {
      const path = join(dir, old);
      const modified = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (old !== name && modified < hourAgo) rmSync(path, { force: true });
    }
    return outfile;
  })();
  return bundled;
}

/**
 * Runs the server in its own process, as `npm start` would (no build needed: serverBundle() above), on a free port.
 * `node <bundle>` rather than a wrapper: one process, so a signal reaches the server itself.
 */
export async function startChildServer(env: Record<string, string>, timeoutMs = 20_000): Promise<ChildServer> {
  // A server on PostgreSQL migrates as it starts, and Kysely's migrator reads every schema's tables: another test
  // file dropping its schema at that moment fails the start ("schema … does not exist"), so drops wait for it.
  if (!env.DATABASE_URL) return spawnServer(env, timeoutMs);
  const release = await holdOffSchemaDrops();
  try {
    return await spawnServer(env, timeoutMs);
  } finally {
    await release();
  }
}

async function spawnServer(env: Record<string, string>, timeoutMs: number): Promise<ChildServer> {
  let entry = await serverBundle();
  if (!existsSync(entry)) {
    bundled = undefined; // cleared away as old by another process during a long session: make it again
    entry = await serverBundle();
  }
  const child = spawn(process.execPath, [entry], {
    cwd: repoRoot,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once("exit", (code, signal) => done({ code, signal })),
  );
  return new Promise((resolveStart, rejectStart) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      rejectStart(new Error(`server did not start in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[\w.:[\]-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveStart({ url: match[1], process: child, output: () => output, exited });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      rejectStart(new Error(`server exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
}
