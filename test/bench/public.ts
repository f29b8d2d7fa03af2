/**
 * Public outputs benchmark: requests per second and latency for the public page, the Atom and JSON feeds
 * and a CAP alert of an incident with 200 published bulletins, served by the built server.
 *
 *   npm run build && npm run bench:public -- [--bulletins 200] [--connections 32] [--seconds 5]
 *
 * The load generator runs in this process on keep-alive connections, on the same 2-core machine as the server,
 * so the figures are a floor. `revalidate` rows send If-None-Match, as a polite feed reader or CDN does.
 */
import http from "node:http";
import { parseArgs } from "node:util";
import { login, startKrisrum } from "./lib/processes.js";
import { nowMs, round, summarise } from "./lib/stats.js";

const { values: args } = parseArgs({
  options: {
    bulletins: { type: "string", default: "200" },
    connections: { type: "string", default: "32" },
    seconds: { type: "string", default: "5" },
  },
});
const BULLETINS = Number(args.bulletins);
const CONNECTIONS = Number(args.connections);
const SECONDS = Number(args.seconds);

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

async function load(url: string, revalidate: boolean) {
  const first = await get(url, { "accept-encoding": "gzip" });
  // Accept gzip as every browser and feed reader does; the body is counted as sent (compressed).
  const headers: Record<string, string> = revalidate
    ? { "accept-encoding": "gzip", "if-none-match": first.etag }
    : { "accept-encoding": "gzip" };
  const latencies: number[] = [];
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
  return { rps: round(latencies.length / SECONDS, 0), bytes: first.bytes, errors, ...summarise(latencies) };
}

async function main() {
  const server = await startKrisrum(3983);
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
    const rows: Record<string, unknown> = {};
    for (const [name, url] of Object.entries(targets)) {
      rows[name] = await load(url, false);
      rows[`${name} revalidate`] = await load(url, true);
    }
    console.table(rows);
    console.log(JSON.stringify({ bulletins: BULLETINS, connections: CONNECTIONS, seconds: SECONDS, rows }, null, 2));
  } finally {
    agent.destroy();
    await server.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
