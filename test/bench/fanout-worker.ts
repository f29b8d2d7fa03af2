/**
 * A benchmark worker process: opens `count` Socket.IO clients to `url` and records, for every `event`
 * it receives, the wall-clock arrival time keyed by the event's entity id. Driven over IPC by fanout.ts.
 */
import { io, type Socket } from "socket.io-client";
import { nowMs } from "./lib/stats.js";

interface Start { kind: "start"; url: string; count: number; cookie: string | null }
interface Collect { kind: "collect" }
type Command = Start | Collect;

const arrivals: Array<[string, number]> = [];
const sockets: Socket[] = [];

function connectOne(url: string, cookie: string | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = io(url, {
      transports: ["websocket"],
      reconnection: false,
      extraHeaders: cookie ? { cookie } : {},
    });
    socket.on("event", (event: { entity?: { id?: string }; id?: string }) => {
      const key = event.entity?.id ?? event.id ?? "?";
      arrivals.push([key, nowMs()]);
    });
    socket.once("connect", () => resolve());
    socket.once("connect_error", (err) => reject(err));
    sockets.push(socket);
  });
}

process.on("message", async (command: Command) => {
  if (command.kind === "start") {
    const batch = 25; // connections opened at once; more makes the 2-core server drop handshakes
    for (let i = 0; i < command.count; i += batch) {
      const n = Math.min(batch, command.count - i);
      await Promise.all(Array.from({ length: n }, () => connectOne(command.url, command.cookie)));
    }
    process.send?.({ kind: "ready", connected: sockets.filter((s) => s.connected).length });
  } else {
    process.send?.({ kind: "arrivals", arrivals });
    for (const s of sockets) s.close();
    setTimeout(() => process.exit(0), 100);
  }
});
