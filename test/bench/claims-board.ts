/**
 * Claims-board benchmark: time from a claim being created to its card being
 * on every one of 200 connected claims boards, as p50/p95/p99/max.
 *
 *   npm run build && npm run bench:claims -- [--boards 200] [--browsers 5] [--workers 3] [--claims 30]
 *                                            [--interval 1000] [--timeout 5000] [--warmup 1] [--json]
 *
 * `--json` prints the report as JSON instead of the table (progress goes to stderr; `npm run -s` keeps npm's own
 * banner off stdout).
 *
 * Boards: `--browsers` real boards in Chromium (/usr/bin/chromium via playwright-core, one browser context each),
 * and the rest as Socket.IO clients spread over `--workers` worker processes (claims-board-worker.ts). Each browser
 * board signs in as its own communicator (bench-browser-N, created through the admin API); the socket boards all
 * use one communicator account (bench-boards) and its one session. Every board shows one incident's claims
 * (/incidents/:id/claims; the socket boards join it with `presence:join` as the page does).
 * - A socket board runs each pushed event through the console's own reducer (client/src/store/events.ts and its
 *   claims slice, in a state of its own) and counts a claim as shown once it is in that state.
 * - A browser board counts a claim as shown when a MutationObserver sees its card (`li.claim-card` with the claim's
 *   id) enter the DOM; the card's text is checked against the claim at the end. That is DOM insertion, before paint.
 * Claims are created by the seeded communicator through `POST /api/incidents/:id/claims`, one every `--interval` ms;
 * each is timed from just before its request is sent. Times are wall-clock ms (`performance.timeOrigin +
 * performance.now()` in Node and in the pages), comparable because everything runs on one machine. The first
 * `--warmup` claims are created and awaited like the others but left out of the figures.
 *
 * Reported: (a) every board × claim, (b) the browser boards alone, the socket boards alone, the last of all boards
 * per claim, and (c) the HTTP response to the create request. A board that has not shown a claim within `--timeout`
 * ms of its request makes the run fail (exit 1) with the count of misses; so does a worker or page that dies.
 *
 * On a 2-core machine the worker processes and Chromium compete with the server for CPU, so the figures are an upper
 * bound for a server whose boards sit on other machines.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openBoards, type Boards } from "./lib/browserBoards.js";
import { freePort, login, startKrisrum, type StartedServer } from "./lib/processes.js";
import { nowMs, round, summarise } from "./lib/stats.js";
import { collect, killWorkers, spawnWorkers } from "./lib/workerPool.js";
import type { ChildProcess } from "node:child_process";

const { values: args } = parseArgs({
  options: {
    boards: { type: "string", default: "200" },
    browsers: { type: "string", default: "5" },
    workers: { type: "string", default: "3" },
    claims: { type: "string", default: "30" },
    interval: { type: "string", default: "1000" },
    timeout: { type: "string", default: "5000" },
    warmup: { type: "string", default: "1" },
    json: { type: "boolean", default: false },
  },
});
const BOARDS = Number(args.boards);
const BROWSERS = Number(args.browsers);
const WORKERS = Number(args.workers);
const CLAIMS = Number(args.claims);
const INTERVAL_MS = Number(args.interval);
const TIMEOUT_MS = Number(args.timeout);
const WARMUP = Number(args.warmup);
const SOCKETS = BOARDS - BROWSERS;
const DEMO_PASSWORD = "bench-password-1"; // startKrisrum's demo password
const BOARD_PASSWORD = "bench-board-password-1";

/** Progress goes to stderr so `--json` leaves stdout to the report. */
const say = (line: string) => console.error(line);

interface Sent {
  id: string;
  text: string;
  sentAt: number;
  respondedAt: number;
  warmup: boolean;
}

async function call<T>(url: string, cookie: string, method: string, path: string, body: unknown): Promise<T> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function createCommunicator(url: string, admin: string, username: string): Promise<void> {
  await call(url, admin, "POST", "/api/users", {
    username,
    displayName: `Benchmark ${username}`,
    role: "communicator",
    password: BOARD_PASSWORD,
  });
}

/** Creates the claims one after another, spaced by the interval, timing each from just before its request. */
async function createClaims(url: string, writer: string, incidentId: string, runTag: string): Promise<Sent[]> {
  const sent: Sent[] = [];
  for (let i = 0; i < WARMUP + CLAIMS; i++) {
    const text = `Påstående ${i + 1} (${runTag}): kranvattnet är giftigt i kvarteret ${i % 17}`;
    const sentAt = nowMs();
    const claim = await call<{ id: string }>(url, writer, "POST", `/api/incidents/${incidentId}/claims`, {
      text,
      sourceChannel: "social",
      severity: "high",
      reach: "medium",
    });
    const respondedAt = nowMs();
    sent.push({ id: claim.id, text, sentAt, respondedAt, warmup: i < WARMUP });
    const wait = INTERVAL_MS - (nowMs() - sentAt);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  return sent;
}

interface Resources {
  server?: StartedServer;
  boards?: Boards;
  workers?: ChildProcess[];
}

async function measure(res: Resources) {
  const server = await startKrisrum(await freePort());
  res.server = server;
  const admin = await login(server.url, "admin", DEMO_PASSWORD);
  const lead = await login(server.url, "lead", DEMO_PASSWORD);
  const writer = await login(server.url, "communicator", DEMO_PASSWORD);
  const incident = await call<{ id: string }>(server.url, lead, "POST", "/api/incidents", {
    title: "Claims-board benchmark",
    exercise: true,
  });

  const browserAccounts = Array.from({ length: BROWSERS }, (_, i) => ({
    username: `bench-browser-${i + 1}`,
    password: BOARD_PASSWORD,
  }));
  for (const a of browserAccounts) await createCommunicator(server.url, admin, a.username);
  await createCommunicator(server.url, admin, "bench-boards");
  const boardsCookie = await login(server.url, "bench-boards", BOARD_PASSWORD);

  say(`opening ${BROWSERS} boards in Chromium…`);
  res.boards = await openBoards(server.url, `/incidents/${incident.id}/claims`, browserAccounts);
  say(`connecting ${SOCKETS} socket boards in ${WORKERS} workers…`);
  res.workers = await spawnWorkers(join(import.meta.dirname, "claims-board-worker.ts"), WORKERS, SOCKETS, {
    url: server.url,
    cookie: boardsCookie,
    incidentId: incident.id,
  });
  await new Promise((r) => setTimeout(r, 2_000)); // let the connection and presence storm settle

  say(`creating ${WARMUP} + ${CLAIMS} claims, one every ${INTERVAL_MS} ms…`);
  const sent = await createClaims(server.url, writer, incident.id, Date.now().toString(36));
  await new Promise((r) => setTimeout(r, TIMEOUT_MS)); // the last claim gets the same time as the others

  const socketArrivals = await collect(res.workers);
  const browserSeen = await Promise.all(res.boards.boards.map((b) => b.seen()));
  const byId = new Map(sent.map((s) => [s.id, s]));
  const timed = sent.filter((s) => !s.warmup);

  const socketMs: number[] = [];
  const socketCount = new Map<string, number>();
  const lastAt = new Map<string, number>();
  const note = (id: string, at: number, into: number[]) => {
    const s = byId.get(id);
    if (!s || at - s.sentAt > TIMEOUT_MS) return false;
    lastAt.set(id, Math.max(lastAt.get(id) ?? -Infinity, at));
    if (!s.warmup) into.push(at - s.sentAt);
    return true;
  };
  for (const [id, at] of socketArrivals)
    if (note(id, at, socketMs)) socketCount.set(id, (socketCount.get(id) ?? 0) + 1);
  const browserMs: number[] = [];
  const misses: string[] = [];
  let missed = 0; // board × claim pairs
  for (const s of sent) {
    const shortBy = SOCKETS - (socketCount.get(s.id) ?? 0);
    if (shortBy > 0) misses.push(`claim ${s.id}: ${shortBy} socket board(s)`);
    missed += Math.max(0, shortBy);
    browserSeen.forEach((seen, b) => {
      const at = seen[s.id];
      if (at !== undefined && note(s.id, at, browserMs)) return;
      misses.push(
        `claim ${s.id}: browser board ${b + 1}${at === undefined ? "" : ` (after ${round(at - s.sentAt)} ms)`}`,
      );
      missed++;
    });
  }
  // The card found must show the claim's text, not merely carry its id.
  for (const [b, board] of res.boards.boards.entries())
    for (const s of timed) {
      const text = await board.cardText(s.id);
      if (text !== null && !text.includes(s.text)) {
        misses.push(`claim ${s.id}: browser board ${b + 1} shows "${text}"`);
        missed++;
      }
    }

  return {
    boards: BOARDS,
    browserBoards: BROWSERS,
    socketBoards: SOCKETS,
    workers: WORKERS,
    claims: CLAIMS,
    warmup: WARMUP,
    intervalMs: INTERVAL_MS,
    timeoutMs: TIMEOUT_MS,
    /** Board × claim pairs not shown in time (or shown with the wrong text), and what they were. */
    missed,
    misses,
    /** (a) request sent → claim shown, every board × claim. */
    allBoards: summarise([...socketMs, ...browserMs]),
    /** (b) request sent → card in the DOM, Chromium boards only. */
    browserBoardsMs: summarise(browserMs),
    /** Request sent → claim in the reducer's state, socket boards only. */
    socketBoardsMs: summarise(socketMs),
    /** Request sent → claim shown on the last of all boards, one value per claim. */
    lastBoardPerClaim: summarise(timed.map((s) => (lastAt.get(s.id) ?? Number.NaN) - s.sentAt)),
    /** (c) request sent → HTTP response of the create. */
    httpResponse: summarise(timed.map((s) => s.respondedAt - s.sentAt)),
  };
}

async function main() {
  if (!(BROWSERS >= 0 && SOCKETS >= 0 && WORKERS >= 1 && CLAIMS >= 1 && TIMEOUT_MS > 0))
    throw new Error("bad arguments: need 0 ≤ --browsers ≤ --boards, --workers ≥ 1, --claims ≥ 1, --timeout > 0");
  say(
    `claims board: ${BOARDS} boards (${BROWSERS} in Chromium, ${SOCKETS} socket clients in ${WORKERS} workers), ${CLAIMS} claims every ${INTERVAL_MS} ms`,
  );
  const res: Resources = {};
  // Never hang: setup, the claims and collection together get a generous fixed budget.
  const budgetMs = 180_000 + (WARMUP + CLAIMS) * (INTERVAL_MS + 2_000) + TIMEOUT_MS;
  let timer: NodeJS.Timeout | undefined;
  const overBudget = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`benchmark did not finish within ${budgetMs} ms`)), budgetMs);
  });
  try {
    const report = await Promise.race([measure(res), overBudget]);
    if (args.json) console.log(JSON.stringify(report, null, 2));
    else {
      console.table({
        "all boards": report.allBoards,
        "browser boards": report.browserBoardsMs,
        "socket boards": report.socketBoardsMs,
        "last board per claim": report.lastBoardPerClaim,
        "HTTP response": report.httpResponse,
      });
      console.log(
        `ms from request sent; claim created → card on all ${BOARDS} boards: p50 ${report.allBoards.p50} ms, p99 ${report.allBoards.p99} ms`,
      );
    }
    if (report.missed > 0) {
      console.error(
        `FAILED: ${report.missed} board × claim pair(s) not shown within ${TIMEOUT_MS} ms:\n  ${report.misses.slice(0, 20).join("\n  ")}`,
      );
      process.exitCode = 1;
    }
  } finally {
    clearTimeout(timer);
    if (res.workers) killWorkers(res.workers);
    await res.boards?.close();
    await res.server?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
