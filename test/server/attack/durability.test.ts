import { describe, expect, it } from "vitest";
import { ENGINES } from "../../helpers/db.js";
import { KINDS, runKillCycles } from "./killCycles.js";

// Hardening: at least 10 SIGKILLs per engine during parallel writes of five entity kinds, a restart after
// each; `npm run bench:durability` runs more. killCycles.ts says what is checked.
const KILLS = 10;

describe.each(ENGINES)("SIGKILL during parallel writes, %s", (engine) => {
  it(
    `keeps every acknowledged write through ${KILLS} kills, whole, with a gapless event log and a clean start each time`,
    { timeout: 180_000 },
    async () => {
      const report = await runKillCycles({ engine, kills: KILLS, seed: engine === "sqlite" ? 13 : 31 });
      expect(report.problems).toEqual([]);
      expect(report.kills).toBe(KILLS);
      expect(report.lost).toEqual([]);
      expect(report.found).toBe(report.acknowledged);
      // Every kind was written (and acknowledged) under fire, not only the fastest writer's.
      for (const kind of KINDS) expect(report.byKind[kind], kind).toBeGreaterThan(KILLS);
      expect(report.acknowledged).toBeGreaterThanOrEqual(KILLS * 8);
      // The rows stored are the acknowledged ones plus at most the writes a kill cut off.
      expect(report.rows).toBeGreaterThanOrEqual(report.acknowledged);
      console.log(
        `durability ${engine}: ${report.kills} kills, ${report.acknowledged} acknowledged, ${report.found} found, ${report.cutOff} cut off, ${report.rows} rows, ${report.seconds.toFixed(1)} s`,
      );
    },
  );
});
