/**
 * Parent side of the benchmark client workers (fanout-worker.ts, claims-board-worker.ts): forks them, hands each its
 * share of the clients, and collects the arrival times they recorded. A worker that dies rejects instead of leaving
 * the run waiting forever.
 */
import { fork, type ChildProcess } from "node:child_process";
import { repoRoot } from "./processes.js";
import type { Arrival, StartCommand, WorkerMessage } from "./socketWorker.js";

/** Forks `workers` processes running `script` and opens `clients` Socket.IO clients among them. */
export function spawnWorkers(
  script: string,
  workers: number,
  clients: number,
  start: Omit<StartCommand, "kind" | "count">,
): Promise<ChildProcess[]> {
  const per = Math.ceil(clients / workers);
  const children: ChildProcess[] = [];
  const ready = Array.from({ length: workers }, (_, w) => {
    const count = Math.max(0, Math.min(per, clients - w * per));
    const child = fork(script, [], {
      execArgv: ["--import", "tsx"],
      cwd: repoRoot,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    children.push(child);
    return new Promise<ChildProcess>((resolve, reject) => {
      child.once("message", (m: WorkerMessage) => {
        if (m.kind === "ready" && m.connected === count) resolve(child);
        else reject(new Error(`worker ${w} connected ${m.kind === "ready" ? m.connected : "?"}/${count}`));
      });
      child.once("error", reject);
      // A worker whose connection is refused dies of the unhandled rejection; without this the run waited forever.
      child.once("exit", (code) => reject(new Error(`worker ${w} exited (${code}) before all its clients connected`)));
      const command: StartCommand = { kind: "start", count, ...start };
      child.send(command);
    });
  });
  return Promise.all(ready).catch((err: unknown) => {
    for (const child of children) child.kill();
    throw err;
  });
}

/** Asks every worker for its arrivals; the workers close their clients and exit afterwards. */
export function collect(workers: ChildProcess[]): Promise<Arrival[]> {
  return Promise.all(
    workers.map(
      (child, w) =>
        new Promise<Arrival[]>((resolve, reject) => {
          if (child.exitCode !== null || child.signalCode !== null)
            return reject(new Error(`worker ${w} died during the run (${child.exitCode ?? child.signalCode})`));
          child.once("message", (m: WorkerMessage) =>
            m.kind === "arrivals" ? resolve(m.arrivals) : reject(new Error(`worker ${w} answered ${m.kind}`)),
          );
          child.once("exit", (code) => reject(new Error(`worker ${w} exited (${code}) before sending its arrivals`)));
          child.send({ kind: "collect" });
        }),
    ),
  ).then((all) => all.flat());
}

/** Ends workers that are still running (after a failure). */
export function killWorkers(workers: readonly ChildProcess[]): void {
  for (const child of workers) if (child.exitCode === null && child.signalCode === null) child.kill();
}
