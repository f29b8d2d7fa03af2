/**
 * `npm start`: builds only when the sources changed since the last finished build (see
 * scripts/build-stamp.mjs), then runs the server in this process. A fresh checkout, or one whose sources differ from
 * the stamp, builds first exactly as `npm run build` does; an unchanged one starts in about a second.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildIsCurrent, repoRoot } from "./build-stamp.mjs";

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
process.env.NODE_ENV ??= "production";
await import(pathToFileURL(join(repoRoot, "dist/server/index.js")).href);
