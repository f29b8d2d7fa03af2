import { afterAll, vi } from "vitest";

// The unit project runs with `isolate: false` (vitest.config.ts): a worker runs file after file in one process, which
// saves starting Node and loading the libraries (Express, Socket.IO, Kysely, pg, …) per file. The project's own code
// is evaluated anew for each file all the same: this empties the module registry after every file, so module-level
// state (e.g. the password hash cost a server test lowers) never carries over into the next one.
afterAll(() => {
  vi.resetModules();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});
