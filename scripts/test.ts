/**
 * `npm test`: the preflight (PostgreSQL, Redis, Chromium, xmllint — provided or named in one line), then typecheck,
 * lint, the Prettier check, build and every vitest project with those services; what the preflight started is stopped at the end.
 * Arguments go to vitest: `npm test -- test/server/multinode.test.ts`.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { npm, runWithServices } from "./preflight/run.js";

const require = createRequire(import.meta.url);
const vitestPackage = require.resolve("vitest/package.json");
const vitest = join(dirname(vitestPackage), (require(vitestPackage) as { bin: { vitest: string } }).bin.vitest);

await runWithServices([
  npm("run", "typecheck"),
  npm("run", "lint"),
  npm("run", "format:check"),
  npm("run", "build"),
  [process.execPath, [vitest, "run", ...process.argv.slice(2)]],
]);
