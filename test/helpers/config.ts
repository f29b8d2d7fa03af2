import { join } from "node:path";
import { defaultConfig, type Config } from "../../server/config.js";

/**
 * A whole server configuration for tests: the defaults of server/config.ts (what an empty environment gives) with
 * `overrides`. Plain cookies (the tests speak HTTP), and no built console unless a test names its folder.
 */
export function testConfig(overrides: Partial<Config> = {}): Readonly<Config> {
  const base = defaultConfig();
  return Object.freeze({ ...base, secureCookies: false, staticDir: join(base.dataDir, "no-client"), ...overrides });
}
