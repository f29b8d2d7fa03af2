/**
 * Public outputs benchmark: requests per second and latency for the public page, the Atom and JSON feeds
 * and a CAP alert of an incident with 200 published bulletins, served by the built server.
 *
 *   npm run build && npm run bench:public -- [--bulletins 200] [--connections 32] [--seconds 5] [--rounds 3]
 *     [--only feed.atom,cap.xml]   (rows by name; both the 200 and the revalidate row of each)
 *
 * The load generator runs in this process on keep-alive connections, on the same 2-core machine as the server,
 * so the figures are a floor. `revalidate` rows send If-None-Match, as a polite feed reader or CDN does.
 *
 * The yardstick: a trivial Express route (its own process, `res.send` of a short page, Express's own ETag and 304),
 * loaded the same way in alternation with each row, round by round, so both see the same machine load; `vsTrivial`
 * is the median over the rounds of the row's req/s over the trivial route's (200 against 200, 304 against 304).
 * The performance target is at least 0.7 on cached pages and 304s.
 *
 * On a shared machine req/s swings with the neighbours' load; the CPU the serving process spends per answered
 * request (user + system, from /proc, Linux only) swings far less. `cpuUs` and `trivialCpuUs` are those medians,
 * and `cpuVsTrivial` the median of the rounds' trivial/row CPU ratios: the throughput ratio a saturated CPU would give.
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import { parseArgs } from "node:util";
import { spawn } from "node:child_process";
import { freePort, login, repoRoot, startKrisrum, stopChild, waitForHealth } from "./lib/processes.js";
import { nowMs, percentile, round, summarise } from "./lib/stats.js";

const { values: args } = parseArgs({
  options: {
    bulletins: { type: "string", default: "200" },
    connections: { type: "string", default: "32" },
    seconds: { type: "string", default: "5" },
    rounds: { type: "string", default: "3" },
    only: { type: "string" },
  },
});
const BULLETINS = Number(args.bulletins);
const CONNECTIONS = Number(args.connections);
const SECONDS = Number(args.seconds);
const ROUNDS = Number(args.rounds);
const ONLY = args.only?.split(",").map((name) => name.trim());

async function api<T>(url: string, cookie: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(url + path, {
    method,
    headers: { "content-type": "application/json", cookie },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function prepare(url: string): Promise<{ incidentId: string; bulletinId: string }> {
  const [lead, communicator] = await Promise.all([
    login(url, "lead", "bench-password-1"),
    login(url, "communicator", "bench-password-1"),
  ]);
  const incident = await api<{ id: string }>(url, lead, "POST", "/api/incidents", {
    title: "Benchmark: vattenläcka",
    affectedAreas: ["Norrby"],
  });
  const fact = await api<{ id: string }>(url, communicator, "POST", `/api/incidents/${incident.id}/facts`, {
    statement: "Huvudledningen har gått sönder.",
    source: "VA-jouren",
  });
  let last = "";
  for (let i = 0; i < BULLETINS; i++) {
    const b = await api<{ id: string }>(url, communicator, "POST", `/api/incidents/${incident.id}/bulletins`, {
      headline: `Lägesrapport ${i + 1}: koka dricksvattnet i Norrby`,
      body: "Norrby kommun informerar: En huvudvattenledning gick sönder vid Storgatan. Därför finns det risk för förorenat dricksvatten i Norrby och Söderäng. ".repeat(
        3,
      ),
      instruction:
        "Koka vatten som du ska dricka eller laga mat med i minst en minut. Hämta dricksvatten från tankbilen vid Norrby skola.",
      audiences: ["residents"],
      factIds: [fact.id],
      area: { description: "Norrby och Söderäng" },
    });
    await api(url, communicator, "POST", `/api/bulletins/${b.id}/submit`, {});
    await api(url, lead, "POST", `/api/bulletins/${b.id}/approve`, { expectedVersion: 1 });
    await api(url, lead, "POST", `/api/bulletins/${b.id}/publish`, { reason: "benchmark" });
    last = b.id;
  }
  return { incidentId: incident.id, bulletinId: last };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });

function get(url: string, headers: Record<string, string>): Promise<{ status: number; etag: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, etag: String(res.headers.etag ?? ""), bytes }));
    });
    req.on("error", reject);
  });
}

const TICKS_PER_S = 100; // USER_HZ: /proc reports CPU time in these on every Linux build the project runs on

/** CPU seconds (user + system) a process has used so far, or NaN off Linux. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S; // utime, stime (fields 14 and 15 of stat)
  } catch {
    return Number.NaN;
  }
}

async function load(url: string, revalidate: boolean, pid: number | undefined) {
  const first = await get(url, { "accept-encoding": "gzip" });
  // Accept gzip as every browser and feed reader does; the body is counted as sent (compressed).
  const headers: Record<string, string> = revalidate
    ? { "accept-encoding": "gzip", "if-none-match": first.etag }
    : { "accept-encoding": "gzip" };
  const latencies: number[] = [];
  const cpuBefore = cpuSeconds(pid);
  const deadline = nowMs() + SECONDS * 1000;
  let errors = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (nowMs() < deadline) {
        const started = nowMs();
        const res = await get(url, headers);
        if (res.status !== (revalidate ? 304 : 200)) errors++;
        latencies.push(nowMs() - started);
      }
    }),
  );
  const cpuUs = ((cpuSeconds(pid) - cpuBefore) * 1e6) / latencies.length;
  return {
    rps: round(latencies.length / SECONDS, 0),
    bytes: first.bytes,
    errors,
    cpuUs: round(cpuUs, 0),
    ...summarise(latencies),
  };
}

/** A bare Express app with one trivial route, in its own process like the server under test. */
async function startTrivialExpress() {
  const port = await freePort();
  const code = `
    import express from "express";
    const app = express();
    app.get("/healthz", (_req, res) => res.json({ ok: true }));
    app.get("/trivial", (_req, res) => res.send("<!doctype html><title>ok</title><p>ok</p>"));
    app.listen(${port}, "127.0.0.1");
  `;
  const child = spawn(process.execPath, ["--input-type=module", "-e", code], { cwd: repoRoot, stdio: "inherit" });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url);
  return { url: `${url}/trivial`, pid: child.pid, stop: () => stopChild(child) };
}

async function main() {
  const server = await startKrisrum(3983);
  const trivial = await startTrivialExpress();
  try {
    const started = nowMs();
    const { incidentId, bulletinId } = await prepare(server.url);
    console.log(
      `prepared ${BULLETINS} published bulletins in ${round((nowMs() - started) / 1000, 1)} s; ${CONNECTIONS} connections, ${SECONDS} s per row`,
    );
    const base = `${server.url}/public`;
    const targets: Record<string, string> = {
      page: `${base}/incidents/${incidentId}`,
      "feed.atom": `${base}/incidents/${incidentId}/feed.atom`,
      "feed.json": `${base}/incidents/${incidentId}/feed.json`,
      "cap.xml": `${base}/bulletins/${bulletinId}/cap.xml`,
      "site list": `${base}`,
    };
    // Each row alternates with the trivial route, round by round, so both see the same machine load; the ratio is the
    // median of the rounds' ratios.
    const rows: Record<
      string,
      Awaited<ReturnType<typeof load>> & {
        trivialRps: number;
        vsTrivial: number;
        trivialCpuUs: number;
        cpuVsTrivial: number;
      }
    > = {};
    for (const [name, url] of Object.entries(targets)) {
      if (ONLY && !ONLY.includes(name)) continue;
      for (const revalidate of [false, true]) {
        const runs: Array<Awaited<ReturnType<typeof load>>> = [];
        const trivialRps: number[] = [];
        const trivialCpu: number[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          const base = await load(trivial.url, revalidate, trivial.pid);
          trivialRps.push(base.rps);
          trivialCpu.push(base.cpuUs);
          runs.push(await load(url, revalidate, server.process.pid));
        }
        const ratios = runs.map((r, i) => r.rps / (trivialRps[i] ?? Number.NaN));
        const middle = runs.map((r, i) => ({ r, ratio: ratios[i] ?? 0 })).sort((a, b) => a.ratio - b.ratio)[
          Math.floor(runs.length / 2)
        ];
        rows[revalidate ? `${name} revalidate` : name] = {
          ...middle!.r,
          trivialRps: round(percentile(trivialRps, 50), 0),
          vsTrivial: round(percentile(ratios, 50), 2),
          cpuUs: round(
            percentile(
              runs.map((r) => r.cpuUs),
              50,
            ),
            0,
          ),
          trivialCpuUs: round(percentile(trivialCpu, 50), 0),
          cpuVsTrivial: round(
            percentile(
              runs.map((r, i) => (trivialCpu[i] ?? Number.NaN) / r.cpuUs),
              50,
            ),
            2,
          ),
        };
      }
    }
    console.table(rows);
    console.log(
      JSON.stringify(
        { bulletins: BULLETINS, connections: CONNECTIONS, seconds: SECONDS, rounds: ROUNDS, rows },
        null,
        2,
      ),
    );
  } finally {
    agent.destroy();
    await trivial.stop();
    await server.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
