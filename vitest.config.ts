import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: on a 2-core machine that is one, and the whole suite ran
    // file after file while that worker mostly waited (fsync, PostgreSQL, child servers, the next file's imports).
    // Two workers at least; the e2e project stays one file at a time (fileParallelism: false below).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: "unit",
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
          fileParallelism: false,
        },
      },
    ],
  },
});
