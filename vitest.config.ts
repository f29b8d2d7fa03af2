import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import react from "@vitejs/plugin-react";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

/**
 * The order files are handed to the workers in. The browser files (each its own process, mostly waiting on Chromium
 * and the server) are spread evenly over the first 85 % of the queue, so that mostly one runs at a time beside the
 * others and none is left alone at the end. The rest go project by project, the unit files first (they include the
 * longest), each project longest first: a worker keeps its process for the next file only while that file is of the
 * same project (isolate: false below). The checklist's evaluation corpus (test/eval/, a minute and more of scoring on
 * both cores) goes after the last browser file: beside it a browser file's 30-second waits ran out in a clean-clone
 * run (the editor page did not appear in time), and nothing else needs the two to overlap.
 */
const CPU_HEAVY = /\/test\/eval\//u;
class SpreadBrowserFiles extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files); // project by project; failed first, then longest first
    const of = (name: string) => sorted.filter((f) => f.project.name === name);
    const browser = of("e2e");
    const heavy = sorted.filter((f) => f.project.name !== "e2e" && CPU_HEAVY.test(f.moduleId));
    const queue = [...of("unit"), ...sorted.filter((f) => !["unit", "e2e"].includes(f.project.name))].filter(
      (f) => !heavy.includes(f),
    );
    const step = (queue.length * 0.85) / Math.max(1, browser.length);
    browser.forEach((f, i) => queue.splice(Math.round(i * step) + i, 0, f));
    return [...queue, ...heavy];
  }
}

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: on a 2-core machine that is one, and the whole suite ran
    // file after file while that worker mostly waited (fsync, PostgreSQL, child servers, the next file's imports).
    // One more than the cores: the browser files run beside the others (see SpreadBrowserFiles), and their worker
    // mostly waits; before, they ran one after another once everything else had finished.
    maxWorkers: availableParallelism() + 1,
    sequence: { sequencer: SpreadBrowserFiles },
    projects: [
      {
        test: {
          name: "unit",
          // One process per worker, not per file; test/helpers/freshModules.ts gives each file fresh project modules.
          isolate: false,
          setupFiles: ["test/helpers/freshModules.ts"],
          environment: "node",
          include: ["test/shared/**/*.test.ts", "test/eval/**/*.test.ts", "test/server/**/*.test.ts"],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        resolve: { alias: { "@shared": fileURLToPath(new URL("./shared", import.meta.url)) } },
        test: {
          name: "client",
          environment: "jsdom",
          include: ["test/client/**/*.test.{ts,tsx}"],
          setupFiles: ["test/client/setup.ts"],
          // One process and one jsdom window per worker, not per file: ~3 s of start-up per file (jsdom, React,
          // Testing Library) saved 58 times. setup.ts gives each file fresh app modules and an emptied window.
          isolate: false,
          // The heaviest console tests (the checklist re-scored on each keystroke) take ~4 s alone on a busy 2-core
          // machine; with two workers side by side the 5 s default cut them off without anything having failed.
          testTimeout: 15_000,
        },
      },
      {
        test: {
          name: "e2e",
          environment: "node",
          include: ["test/e2e/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
