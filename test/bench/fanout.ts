/**
 * Fan-out benchmark: time from a write (request sent; also from its HTTP response) to the event's
 * arrival at every one of N connected Socket.IO clients, for Krisrum and, in the same run, for a bare Socket.IO relay with a message of
 * the same size. Also the server's resident memory with N clients connected.
 *
 *   npm run build && npm run bench:fanout -- [--clients 1000] [--workers 4] [--writes 30] [--interval 1000]
 *                                            [--write incident|publish] [--rounds 1] [--json FILE]
 *
 * `--clients` takes a comma-separated list of sizes (`--clients 2000,5000,10000`), each run for `--rounds` rounds;
 * per size and server it reports the share of events delivered, the p50/p99 delivery time and the resident memory
 * with every client connected, as medians over the rounds.
 *
 * `--write publish` times `POST /api/bulletins/:id/publish` of bulletins approved beforehand; the event
 * timed is the bulletin's `bulletin.status_changed`, and the baseline relays a message of that size.
 *
 * Clients run in separate worker processes; on a 2-core machine they compete with the server for CPU, so compare
 * the ratio to the baseline rather than absolute times. Each server's CPU per write (user + system, over the timed writes)
 * is reported too: it does not grow when other work takes the cores, so it is the figure to compare builds with there.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  cpuMs,
  freePort,
  login,
  repoRoot,
  rssMb,
  startKrisrum,
  stopChild,
  waitForHealth,
  type StartedServer,
} from "./lib/processes.js";
import { nowMs, round, summarise } from "./lib/stats.js";
import { collect, spawnWorkers } from "./lib/workerPool.js";

const { values: args } = parseArgs({
  options: {
    clients: { type: "string", default: "1000" },
    workers: { type: "string", default: "4" },
    writes: { type: "string", default: "30" },
    interval: { type: "string", default: "1000" },
    write: { type: "string", default: "incident" },
    rounds: { type: "string", default: "1" },
    json: { type: "string" },
  },
});
const SIZES = args.clients.split(",").map((c) => Number(c.trim()));
if (SIZES.some((n) => !Number.isInteger(n) || n <= 0))
  throw new Error(`--clients: sizes must be positive integers, got ${args.clients}`);
const WORKERS = Number(args.workers);
const WRITES = Number(args.writes);
const INTERVAL_MS = Number(args.interval);
const PUBLISH = args.write === "publish";
const ROUNDS = Number(args.rounds);

interface Target {
  name: string;
  server: StartedServer;
  cookie: string | null;
  /** Performs one write and returns its id (the event's entity id) once the HTTP response has arrived. */
  write(i: number): Promise<string>;
}

type RunResult = Awaited<ReturnType<typeof run>>;

async function run(target: Target, clients: number) {
  const workers = await spawnWorkers(join(import.meta.dirname, "fanout-worker.ts"), WORKERS, clients, {
    url: target.server.url,
    cookie: target.cookie,
  });
  await new Promise((r) => setTimeout(r, 1_000)); // let the connection storm settle
  const pid = target.server.process.pid as number;
  const rssConnected = rssMb(pid);
  const cpuBefore = cpuMs(pid);
  const sent = new Map<string, number>();
  const responded = new Map<string, number>();
  for (let i = 0; i < WRITES; i++) {
    const started = nowMs();
    const id = await target.write(i);
    sent.set(id, started);
    responded.set(id, nowMs());
    const wait = INTERVAL_MS - (nowMs() - started);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  await new Promise((r) => setTimeout(r, 2_000)); // stragglers
  const cpuPerWrite = (cpuMs(pid) - cpuBefore) / WRITES;
  const rssAfter = rssMb(pid);
  const arrivals = await collect(workers);
  const fromRequest: number[] = [];
  const fromResponse: number[] = [];
  const lastArrival = new Map<string, number>();
  for (const [id, at] of arrivals) {
    const t0 = sent.get(id);
    if (t0 === undefined) continue;
    fromRequest.push(at - t0);
    fromResponse.push(at - (responded.get(id) as number));
    lastArrival.set(id, Math.max(lastArrival.get(id) ?? -Infinity, at));
  }
  const missing = WRITES * clients - fromRequest.length;
  const perWriteAll = [...lastArrival.entries()].map(([id, at]) => at - (sent.get(id) as number));
  return {
    target: target.name,
    /** Request sent → event at a client: the end-to-end figure the ratio uses. */
    deliveries: summarise(fromRequest),
    /** HTTP response → event at a client; negative when the push beats the response, as it does when idle. */
    deliveriesFromResponse: summarise(fromResponse),
    /** Request sent → event at the last of all clients, per write. */
    allClientsPerWrite: summarise(perWriteAll),
    missing,
    /** Share of the events (writes × clients) that reached their client. */
    deliveredPct: round((100 * fromRequest.length) / (WRITES * clients), 2),
    rssMbConnected: round(rssConnected, 1),
    rssMbAfterWrites: round(rssAfter, 1),
    /** Server CPU (user + system) per write over the timed writes, push included: steady on a busy machine. */
    cpuMsPerWrite: round(cpuPerWrite, 2),
  };
}

async function krisrumTarget(): Promise<Target> {
  const server = await startKrisrum(await freePort());
  const password = "bench-password-1";
  const lead = await login(server.url, "lead", password);
  const viewer = await login(server.url, "viewer", password);
  if (PUBLISH) {
    return publishTarget(server, lead, viewer).catch(async (err: unknown) => {
      await server.stop();
      throw err;
    });
  }
  return {
    name: "krisrum",
    server,
    cookie: viewer,
    async write(i) {
      const res = await fetch(`${server.url}/api/incidents`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: lead },
        body: JSON.stringify({ title: `Benchmark ${i}`, description: "Fan-out benchmark write", exercise: true }),
      });
      if (res.status !== 201) throw new Error(`write failed: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { id: string }).id;
    },
  };
}

async function bareTarget(eventBytes: number): Promise<Target> {
  const port = await freePort();
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", join(import.meta.dirname, "bare-relay.ts")], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url);
  return {
    name: "bare socket.io relay",
    server: { url, process: child, stop: () => stopChild(child) },
    cookie: null,
    async write() {
      const id = randomUUID();
      const base = JSON.stringify({ entity: { id }, pad: "" });
      const body = JSON.stringify({ entity: { id }, pad: "x".repeat(Math.max(0, eventBytes - base.length)) });
      const res = await fetch(`${url}/relay`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      if (res.status !== 201) throw new Error(`relay failed: ${res.status}`);
      return id;
    },
  };
}

/** Bulletins written and approved before the clients connect; each write publishes the next one. */
async function publishTarget(server: StartedServer, lead: string, viewer: string): Promise<Target> {
  const call = async <T>(cookie: string, method: string, path: string, body: unknown): Promise<T> => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const incident = await call<{ id: string }>(lead, "POST", "/api/incidents", {
    title: "Fan-out benchmark",
    exercise: true,
  });
  const ids: string[] = [];
  // One more than timed: the first is published before the clients connect, so the baseline's message size is that
  // of a real publish event (which carries the incident clock), not of the approval before it.
  for (let i = 0; i <= WRITES; i++) {
    const b = await call<{ id: string }>(lead, "POST", `/api/incidents/${incident.id}/bulletins`, {
      headline: `Lägesrapport ${i + 1}: koka dricksvattnet i Norrby`,
      body: "Norrby kommun informerar: En huvudvattenledning gick sönder vid Storgatan. Därför finns det risk för förorenat dricksvatten.",
      instruction: "Koka vatten som du ska dricka eller laga mat med i minst en minut.",
    });
    await call(lead, "POST", `/api/bulletins/${b.id}/submit`, {});
    await call(lead, "POST", `/api/bulletins/${b.id}/approve`, { expectedVersion: 1 });
    ids.push(b.id);
  }
  await call(lead, "POST", `/api/bulletins/${ids.shift() as string}/publish`, { reason: "benchmark warm-up" });
  return {
    name: "krisrum (publish)",
    server,
    cookie: viewer,
    async write(i) {
      const id = ids[i] as string;
      await call(lead, "POST", `/api/bulletins/${id}/publish`, { reason: "benchmark" });
      return id;
    },
  };
}

/** Size of one timed Krisrum event on the wire, so the baseline relays the same number of bytes. */
async function measureEventBytes(target: Target): Promise<number> {
  const res = await fetch(`${target.server.url}/api/events?since=0`, { headers: { cookie: target.cookie ?? "" } });
  const body = (await res.json()) as { events: Array<{ type: string }> };
  const created = body.events
    .filter((e) => e.type === (PUBLISH ? "bulletin.status_changed" : "incident.created"))
    .at(-1);
  return created ? JSON.stringify(created).length : 600;
}

/** One size: `ROUNDS` rounds of Krisrum and the baseline alternating, and the medians over them. */
async function runSize(clients: number) {
  console.log(`fan-out: ${clients} clients in ${WORKERS} workers, ${WRITES} writes every ${INTERVAL_MS} ms`);
  const rounds: Array<{ krisrum: RunResult; bare: RunResult; ratio: { p50: number; p99: number } }> = [];
  let eventBytes = 0;
  // Krisrum and the baseline alternate, round by round, so a burst of load elsewhere on the machine lands on both;
  // the figure is the median of the rounds' ratios.
  for (let r = 0; r < ROUNDS; r++) {
    const krisrum = await krisrumTarget();
    let resultKrisrum: RunResult;
    try {
      eventBytes = await measureEventBytes(krisrum);
      resultKrisrum = await run(krisrum, clients);
    } finally {
      // A failed run must not leave a server behind holding the port (and the caller's stdout pipe).
      await krisrum.server.stop();
    }
    const bare = await bareTarget(eventBytes);
    let resultBare: RunResult;
    try {
      resultBare = await run(bare, clients);
    } finally {
      await bare.server.stop();
    }
    const ratio = {
      p50: round(resultKrisrum.deliveries.p50 / resultBare.deliveries.p50),
      p99: round(resultKrisrum.deliveries.p99 / resultBare.deliveries.p99),
    };
    rounds.push({ krisrum: resultKrisrum, bare: resultBare, ratio });
    console.log(`${clients} clients, round ${r + 1}/${ROUNDS}`);
    console.table({
      krisrum: {
        ...resultKrisrum.deliveries,
        rssMb: resultKrisrum.rssMbConnected,
        cpuMsPerWrite: resultKrisrum.cpuMsPerWrite,
        delivered: `${resultKrisrum.deliveredPct}%`,
      },
      bare: {
        ...resultBare.deliveries,
        rssMb: resultBare.rssMbConnected,
        cpuMsPerWrite: resultBare.cpuMsPerWrite,
        delivered: `${resultBare.deliveredPct}%`,
      },
    });
    console.log(`ratio krisrum/bare: p50 ${ratio.p50}×, p99 ${ratio.p99}×`);
  }
  const medians = (pick: (x: (typeof rounds)[number]) => RunResult) => ({
    deliveredPct: median(rounds.map((x) => pick(x).deliveredPct)),
    p50: median(rounds.map((x) => pick(x).deliveries.p50)),
    p99: median(rounds.map((x) => pick(x).deliveries.p99)),
    rssMbConnected: median(rounds.map((x) => pick(x).rssMbConnected)),
    cpuMsPerWrite: median(rounds.map((x) => pick(x).cpuMsPerWrite)),
  });
  const ratio = { p50: median(rounds.map((x) => x.ratio.p50)), p99: median(rounds.map((x) => x.ratio.p99)) };
  const summary = { krisrum: medians((x) => x.krisrum), bare: medians((x) => x.bare) };
  console.log(
    `${clients} clients, median over ${ROUNDS} round(s), ratio krisrum/bare: p50 ${ratio.p50}×, p99 ${ratio.p99}× (target ≤ 1.25×)`,
  );
  return {
    clients,
    workers: WORKERS,
    writes: WRITES,
    write: PUBLISH ? "publish" : "incident",
    rounds,
    eventBytes,
    ratio,
    summary,
  };
}

async function main() {
  const reports = [];
  for (const clients of SIZES) reports.push(await runSize(clients));
  console.log(`medians over ${ROUNDS} round(s) per size (delivery time: request sent → event at a client)`);
  console.table(
    Object.fromEntries(
      reports.map((r) => [
        r.clients,
        {
          "krisrum delivered %": r.summary.krisrum.deliveredPct,
          "krisrum p50 ms": r.summary.krisrum.p50,
          "krisrum p99 ms": r.summary.krisrum.p99,
          "krisrum RSS MB": r.summary.krisrum.rssMbConnected,
          "krisrum CPU ms/write": r.summary.krisrum.cpuMsPerWrite,
          "relay delivered %": r.summary.bare.deliveredPct,
          "relay p50 ms": r.summary.bare.p50,
          "relay p99 ms": r.summary.bare.p99,
          "relay RSS MB": r.summary.bare.rssMbConnected,
          "relay CPU ms/write": r.summary.bare.cpuMsPerWrite,
          "ratio p50": r.ratio.p50,
          "ratio p99": r.ratio.p99,
        },
      ]),
    ),
  );
  const report = reports.length === 1 ? reports[0] : { sizes: reports };
  if (args.json) {
    const { writeFileSync } = await import("node:fs");
    writeFileSync(args.json, JSON.stringify(report, null, 2));
  } else {
    console.log(JSON.stringify(report, null, 2));
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : round(((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
