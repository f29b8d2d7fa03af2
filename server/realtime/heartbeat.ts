import type { ServerOptions } from "socket.io";
import type { KrisrumSocket } from "./types.js";

/**
 * How soon a dead link is noticed. Socket.IO's defaults (ping every 25 s, 20 s to answer) left a console cut off
 * saying "Ansluten" for up to 45 s, while the README promises a banner after 3 s. With these, either end gives up on
 * a silent peer within 13 s. The cost is one small ping frame per socket every 8 s, and a long-polling request that
 * returns every 8 s, both well inside a load balancer's usual idle timeout (60 s).
 */
export const HEARTBEAT = {
  pingInterval: 8_000, // ms between the server's pings
  pingTimeout: 5_000, // ms a client has to answer one (and the client's slack beyond the interval)
} as const satisfies Partial<ServerOptions>;

/**
 * `probe`: answered at once. A console whose REST call failed asks this before it trusts its socket again, rather
 * than wait for the next ping (client/src/store/session/realtime.ts, `recheck`).
 */
export function registerProbe(socket: KrisrumSocket): void {
  socket.on("probe", (ack: unknown) => {
    if (typeof ack === "function") (ack as () => void)();
  });
}

/**
 * `time`: the server's clock. A console judges promised times, overdue clocks and the checklist's "now" against times
 * the server wrote; a PC whose clock is off by minutes would call a promise kept that is overdue, and its inquiries'
 * `openedAt` would be refused as lying in the future. The console measures its offset from this on every connect.
 */
export function registerServerTime(socket: KrisrumSocket): void {
  socket.on("time", (ack: unknown) => {
    if (typeof ack === "function") (ack as (serverNow: number) => void)(Date.now());
  });
}
