/**
 * Cold start benchmark: time from spawning the built server to /healthz answering (build excluded),
 * on a fresh data dir (migrations and demo seed included) and on an existing one.
 *
 *   npm run build && npm run bench:startup -- [--runs 10]
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { repoRoot, stopChild } from "./lib/processes.js";
import { nowMs, round, summarise } from "./lib/stats.js";

const { values: args } = parseArgs({ options: { runs: { type: "string", default: "10" } } });
const RUNS = Number(args.runs);
const PORT = 3983;

async function coldStart(dataDir: string): Promise<number> {
  const started = nowMs();
  const child = spawn(process.execPath, [join(repoRoot, "dist/server/index.js")], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(PORT), HOST: "127.0.0.1", KRISRUM_DATA_DIR: dataDir, KRISRUM_DEMO_PASSWORD: "bench-password-1", LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${PORT}/healthz`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (nowMs() - started > 30_000) throw new Error("server did not start in 30 s");
    await new Promise((r) => setTimeout(r, 5));
  }
  const elapsed = nowMs() - started;
  await stopChild(child);
  return elapsed;
}

async function main() {
  const fresh: number[] = [];
  const existing: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dir = mkdtempSync(join(tmpdir(), "krisrum-start-"));
    fresh.push(await coldStart(dir));
    existing.push(await coldStart(dir));
  }
  const report = { runs: RUNS, freshDataDirMs: summarise(fresh), existingDataDirMs: summarise(existing) };
  console.table({ "fresh data dir": report.freshDataDirMs, "existing data dir": report.existingDataDirMs });
  console.log(`cold start to /healthz, existing database: p50 ${round(report.existingDataDirMs.p50)} ms (target < 1500 ms)`);
  console.log(JSON.stringify(report, null, 2));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
