/**
 * The preflight of `npm test` on its own:
 *
 *   node --import tsx scripts/preflight.ts                 checks the machine, says what the tests would use, and stops
 *                                                          anything it had to start
 *   node --import tsx scripts/preflight.ts -- CMD ARGS…    runs CMD with TEST_DATABASE_URL, TEST_REDIS_URL and
 *                                                          KRISRUM_CHROMIUM set, e.g. -- npx vitest run test/server
 *
 * KRISRUM_PREFLIGHT_PG_PORT and KRISRUM_PREFLIGHT_REDIS_PORT move the ports it looks at first (5432, 6379).
 */
import { runWithServices } from "./preflight/run.js";

const dash = process.argv.indexOf("--");
const [command, ...args] = dash >= 0 ? process.argv.slice(dash + 1) : [];
await runWithServices(command ? [[command, args]] : []);
