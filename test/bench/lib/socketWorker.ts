/**
 * Worker side of the benchmark clients: opens `count` Socket.IO clients when the parent says start, lets the
 * benchmark attach its own listeners to each, and hands back what they recorded when the parent says collect.
 * Driven over IPC by workerPool.ts.
 */
import { io, type Socket } from "socket.io-client";

export interface StartCommand {
  kind: "start";
  url: string;
  count: number;
  cookie: string | null;
  /** Incident the clients show, for workers that join it like a board does. */
  incidentId?: string;
}
interface CollectCommand {
  kind: "collect";
}
/** [key, wall-clock ms]: the key is an entity id, the time from lib/stats.ts `nowMs`. */
export type Arrival = [string, number];
export type WorkerMessage = { kind: "ready"; connected: number } | { kind: "arrivals"; arrivals: Arrival[] };

/** Called for every client before it connects; `record` stores an arrival. */
export type AttachClient = (socket: Socket, record: (key: string, at: number) => void, start: StartCommand) => void;

const BATCH = 25; // connections opened at once; more makes the 2-core server drop handshakes

/**
 * Serves the parent's commands. `prepared` is awaited before the first client opens: the message listener must be in
 * place before a slow import finishes, or the parent's start command could arrive with nobody listening.
 */
export function serveWorker(attach: AttachClient, prepared: Promise<unknown> = Promise.resolve()): void {
  const arrivals: Arrival[] = [];
  const sockets: Socket[] = [];
  const record = (key: string, at: number) => void arrivals.push([key, at]);
  const send = (message: WorkerMessage) => process.send?.(message);

  const connectOne = (start: StartCommand) =>
    new Promise<void>((resolve, reject) => {
      const socket = io(start.url, {
        transports: ["websocket"],
        reconnection: false,
        autoConnect: false,
        extraHeaders: start.cookie ? { cookie: start.cookie } : {},
      });
      attach(socket, record, start);
      socket.once("connect", () => resolve());
      socket.once("connect_error", (err) => reject(err));
      sockets.push(socket);
      socket.connect();
    });

  process.on("message", async (command: StartCommand | CollectCommand) => {
    if (command.kind === "start") {
      await prepared;
      for (let i = 0; i < command.count; i += BATCH) {
        const n = Math.min(BATCH, command.count - i);
        await Promise.all(Array.from({ length: n }, () => connectOne(command)));
      }
      send({ kind: "ready", connected: sockets.filter((s) => s.connected).length });
    } else {
      for (const s of sockets) s.close();
      // Exit only once the message has left: above ~1,000 clients the arrivals are megabytes, and a timer-based exit
      // killed the worker with them still queued ("worker 0 exited (0) before sending its arrivals").
      const message: WorkerMessage = { kind: "arrivals", arrivals };
      if (!process.send) return process.exit(1);
      process.send(message, undefined, {}, (err) => {
        if (err) console.error("worker: sending the arrivals failed", err);
        process.exit(err ? 1 : 0);
      });
    }
  });
  // The parent is gone (it failed or was killed): do not linger with open sockets.
  process.on("disconnect", () => process.exit(0));
}
