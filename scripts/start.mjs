/**
 * `npm start`: builds only when the sources changed since the last finished build (see
 * scripts/build-stamp.mjs), then runs the server in a child process (scripts/server-runtime.mjs says why). A fresh
 * checkout, or one whose sources differ from the stamp, builds first exactly as `npm run build` does; an unchanged
 * one starts in about a second.
 */
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { buildIsCurrent, repoRoot } from "./build-stamp.mjs";
import { SERVER_ENV, SERVER_NODE_ARGS } from "./server-runtime.mjs";

if (!buildIsCurrent()) {
  console.log("Krisrum: the sources changed since the last build (or there is none): building first …");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const build = spawnSync(npm, ["run", "build"], { cwd: repoRoot, stdio: "inherit" });
  if (build.status !== 0) {
    console.error(`Krisrum: the build failed (${build.status ?? build.signal}); not starting.`);
    process.exit(build.status ?? 1);
  }
}

// `npm start` is the production start: responses are not re-checked against their schemas (server/http/send.ts),
// as in the Docker image. `npm run dev` and the tests leave NODE_ENV unset, so they check every response.
// The server runs in a child process with the runtime settings of scripts/server-runtime.mjs (a V8 flag and a glibc
// setting that only take effect when a process starts); this process passes signals on and exits as it exits.
const server = spawn(process.execPath, [...SERVER_NODE_ARGS, join(repoRoot, "dist/server/index.js")], {
  cwd: process.cwd(),
  env: { ...SERVER_ENV, ...process.env, NODE_ENV: process.env.NODE_ENV ?? "production" },
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
