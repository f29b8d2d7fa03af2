/**
 * Cold start benchmark: time from spawning the built server to /healthz answering (build excluded),
 * on a fresh data dir (migrations and demo seed included) and on an existing one.
 *
 *   npm run build && npm run bench:startup -- [--runs 10]
 *   npm run bench:startup -- --npm-start [--runs 5]
 *
 * With --npm-start it times `npm start` itself to /healthz: the first start builds when the sources
 * differ from the last build's stamp (scripts/build-stamp.mjs), every later one should find the build current.
 *
 * It also reports the server's resident memory before any console: started as in production (the settings of
 * scripts/server-runtime.mjs), on a fresh data dir (demo seed, five password hashes) and on that dir again, read
 * from /proc once it has been idle for --settle seconds (past the scrypt worker's idle stop). Target: < 110 MB.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { SERVER_ENV, SERVER_NODE_ARGS } from "../../scripts/server-runtime.mjs";
import { repoRoot, rssMb, stopChild } from "./lib/processes.js";
import { nowMs, round, summarise } from "./lib/stats.js";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "10" },
    "npm-start": { type: "boolean", default: false },
    settle: { type: "string", default: "12" },
  },
});
const RUNS = Number(args.runs);
const PORT = 3983;

async function coldStart(dataDir: string, viaNpm = false, settleMs = 0): Promise<{ ms: number; rssMb: number }> {
  const started = nowMs();
  const env = {
    ...process.env,
    PORT: String(PORT),
    HOST: "127.0.0.1",
    KRISRUM_DATA_DIR: dataDir,
    KRISRUM_DEMO_PASSWORD: "bench-password-1",
    LOG_LEVEL: "warn",
  };
  // npm runs the server in a child of its own: in a process group of its own, so stopping it stops them all.
  const child = viaNpm
    ? spawn("npm", ["start"], { cwd: repoRoot, env, stdio: ["ignore", "ignore", "inherit"], detached: true })
    : spawn(process.execPath, [...SERVER_NODE_ARGS, join(repoRoot, "dist/server/index.js")], {
        cwd: repoRoot,
        env: { ...SERVER_ENV, ...env },
        stdio: ["ignore", "ignore", "inherit"],
      });
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${PORT}/healthz`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (nowMs() - started > (viaNpm ? 180_000 : 30_000)) throw new Error("server did not start in time");
    await new Promise((r) => setTimeout(r, 5));
  }
  const elapsed = nowMs() - started;
  let rss = Number.NaN;
  if (settleMs > 0) {
    await new Promise((r) => setTimeout(r, settleMs));
    rss = rssMb(child.pid!);
  }
  if (viaNpm) await stopGroup(child);
  else await stopChild(child);
  return { ms: elapsed, rssMb: rss };
}

function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once("exit", () => done());
    process.kill(-child.pid!, "SIGTERM");
    setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, 5_000).unref();
  });
}

async function npmStarts() {
  const dir = mkdtempSync(join(tmpdir(), "krisrum-start-"));
  const first = (await coldStart(dir, true)).ms;
  const later: number[] = [];
  for (let i = 0; i < RUNS; i++) later.push((await coldStart(dir, true)).ms);
  const report = { runs: RUNS, firstStartMs: round(first), laterStartsMs: summarise(later) };
  console.log(
    `npm start to /healthz: first ${round(first)} ms (builds if the sources changed), then p50 ${report.laterStartsMs.p50} ms over ${RUNS} (target < 2000 ms)`,
  );
  console.log(JSON.stringify(report, null, 2));
}

async function main() {
  if (args["npm-start"]) return npmStarts();
  const fresh: number[] = [];
  const existing: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dir = mkdtempSync(join(tmpdir(), "krisrum-start-"));
    fresh.push((await coldStart(dir)).ms);
    existing.push((await coldStart(dir)).ms);
  }
  const settleMs = Number(args.settle) * 1000;
  const memoryDir = mkdtempSync(join(tmpdir(), "krisrum-start-"));
  const rssFresh = (await coldStart(memoryDir, false, settleMs)).rssMb;
  const rssExisting = (await coldStart(memoryDir, false, settleMs)).rssMb;
  const report = {
    runs: RUNS,
    freshDataDirMs: summarise(fresh),
    existingDataDirMs: summarise(existing),
    rssMbBeforeAnyConsole: { freshDataDir: round(rssFresh, 1), existingDataDir: round(rssExisting, 1) },
  };
  console.table({ "fresh data dir": report.freshDataDirMs, "existing data dir": report.existingDataDirMs });
  console.log(
    `cold start to /healthz, existing database: p50 ${round(report.existingDataDirMs.p50)} ms (target < 1500 ms)`,
  );
  console.log(
    `resident memory before any console, ${args.settle} s after start: ${report.rssMbBeforeAnyConsole.freshDataDir} MB (first start, demo seed), ${report.rssMbBeforeAnyConsole.existingDataDir} MB (restart) (target < 110 MB)`,
  );
  console.log(JSON.stringify(report, null, 2));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
