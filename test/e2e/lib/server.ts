import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { freePort } from "../../helpers/ports.js";
import { makeTestDir } from "../../helpers/tmp.js";

export const DEMO_PASSWORD = "e2e-demo-password";
const repoRoot = resolve(import.meta.dirname, "../../..");

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts the built server exactly as `npm start` does, on a free port with a fresh data dir. */
export async function startBuiltServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const entry = join(repoRoot, "dist/server/index.js");
  if (!existsSync(entry)) throw new Error("dist/server/index.js is missing: `npm run build` runs before the e2e tests");
  if (!existsSync(join(repoRoot, "client/dist/index.html")))
    throw new Error("client/dist is missing: run `npm run build`");
  const port = await freePort();
  const dataDir = makeTestDir("krisrum-e2e-");
  const child: ChildProcess = spawn(process.execPath, [entry], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      KRISRUM_DATA_DIR: dataDir,
      KRISRUM_DEMO_PASSWORD: DEMO_PASSWORD,
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("server did not answer /healthz within 30 s");
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((done) => {
        child.once("exit", () => {
          rmSync(dataDir, { recursive: true, force: true });
          done();
        });
        child.kill("SIGTERM");
      }),
  };
}
