import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, existsSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { SERVER_ENV, SERVER_NODE_ARGS } from "../../../scripts/server-runtime.mjs";
export { freePort } from "../../helpers/ports.js";

export const repoRoot = resolve(import.meta.dirname, "../../..");

export interface StartedServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Resident set size of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc (Linux; clock ticks of 10 ms). Unlike a
 * latency it does not grow when other work on the machine takes the cores, so it compares builds on a busy machine.
 */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may hold spaces, hence the last ')'): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_S;
}
const CLOCK_TICKS_PER_S = 100; // sysconf(_SC_CLK_TCK) on Linux

export async function waitForHealth(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server at ${url} did not become healthy in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Starts the built Krisrum server (npm run build first) on a fresh data dir. */
export async function startKrisrum(port: number, env: Record<string, string> = {}): Promise<StartedServer> {
  const entry = join(repoRoot, "dist/server/index.js");
  if (!existsSync(entry)) throw new Error("dist/server/index.js is missing: run `npm run build` first");
  const dataDir = mkdtempSync(join(tmpdir(), "krisrum-bench-"));
  // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server under a benchmark's load.
  // The production runtime settings (scripts/server-runtime.mjs), as npm start and the Docker image apply them.
  const nodeArgs = [...SERVER_NODE_ARGS, ...(process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean)];
  const child = spawn(process.execPath, [...nodeArgs, entry], {
    cwd: repoRoot,
    env: {
      ...SERVER_ENV,
      // As npm start and the Docker image run it: in development every response is also checked against its schema
      // (server/http/send.ts), work a measured server must not do. A caller's NODE_ENV still wins.
      NODE_ENV: "production",
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      KRISRUM_DATA_DIR: dataDir,
      KRISRUM_DEMO_PASSWORD: "bench-password-1",
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  // A server that dies (say, its port is taken) must fail the run, not leave it measuring whoever answers there.
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) => reject(new Error(`Krisrum exited (${code}) before it was healthy`))),
  );
  await Promise.race([waitForHealth(url), exited]);
  exited.catch(() => {}); // the exit after a normal stop is not an error
  // The data directory goes with the server: a run of several sizes and rounds otherwise leaves one per round in /tmp.
  const stop = () => stopChild(child).then(() => rmSync(dataDir, { recursive: true, force: true }));
  return { url, process: child, stop };
}

export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolveStop) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolveStop();
    child.once("exit", () => resolveStop());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
  });
}

export async function login(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login as ${username} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get("set-cookie");
  if (!cookie) throw new Error("login set no cookie");
  return cookie.split(";")[0] as string;
}
