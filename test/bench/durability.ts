/**
 * Durability under SIGKILL, more kills than CI runs: the real server process takes parallel
 * writes of incidents, bulletins, claims, inquiries and FAQ entries, is killed with SIGKILL, restarted on the same
 * database, and checked (test/server/attack/killCycles.ts says how). Prints kills / acknowledged / found / lost per
 * engine and exits 1 when a write was lost or anything else broke.
 *
 *   npm run bench:durability -- [--kills 30] [--engine sqlite|postgres] [--seed 13]
 *
 * PostgreSQL: TEST_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test (a schema of its own, dropped after).
 */
import { parseArgs } from "node:util";
import type { Engine } from "../../server/db/connect.js";
import { ENGINES } from "../helpers/db.js";
import { runKillCycles, type KillReport } from "../server/attack/killCycles.js";

const { values: args } = parseArgs({
  options: {
    kills: { type: "string", default: "30" },
    engine: { type: "string" },
    seed: { type: "string", default: "13" },
    quiet: { type: "boolean", default: false },
  },
});
const kills = Number(args.kills);
if (!Number.isInteger(kills) || kills < 1) throw new Error("--kills must be a positive whole number");
const engines: Engine[] = args.engine ? [args.engine as Engine] : ENGINES;
if (!engines.every((e) => ENGINES.includes(e))) throw new Error(`--engine must be one of ${ENGINES.join(", ")}`);

const reports: KillReport[] = [];
for (const engine of engines) {
  console.log(`${engine}: ${kills} kills…`);
  reports.push(
    await runKillCycles({
      engine,
      kills,
      seed: Number(args.seed),
      ...(args.quiet ? {} : { log: (l) => console.log(`  ${l}`) }),
    }),
  );
}

console.log(
  "\nengine    kills  acknowledged  found  lost  cut off  rows  problems  seconds  per kind (incident/bulletin/claim/inquiry/faq)",
);
for (const r of reports) {
  const cells = [
    r.engine.padEnd(8),
    String(r.kills).padStart(5),
    String(r.acknowledged).padStart(12),
    String(r.found).padStart(5),
    String(r.lost.length).padStart(4),
    String(r.cutOff).padStart(7),
    String(r.rows).padStart(5),
    String(r.problems.length).padStart(8),
    r.seconds.toFixed(1).padStart(7),
  ];
  console.log(`${cells.join("  ")}  ${Object.values(r.byKind).join("/")}`);
}
for (const r of reports) for (const p of r.problems) console.log(`${r.engine}: ${p}`);
for (const r of reports)
  for (const l of r.lost) console.log(`${r.engine}: LOST ${l.kind} ${l.id} (${l.tag}, cycle ${l.cycle})`);
process.exitCode = reports.some((r) => r.lost.length > 0 || r.problems.length > 0) ? 1 : 0;
