import { createServer, type Server as HttpServer } from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents } from "@shared/events";
import type { EventEnvelope } from "@shared/events/index";
import type { DomainEvent } from "@shared/schemas/event";
import type { PresenceUser } from "@shared/schemas/user";

/**
 * A real Socket.IO server that speaks the Krisrum protocol from an in-memory event list, behind a
 * TCP proxy whose plug can be pulled: `pull()` drops every connection and refuses new ones,
 * `plugBack()` lets clients in again. That is a network outage as the browser sees it. `blackHole()` is the outage
 * the browser does not see: open connections stay open but carry nothing (a dead Wi-Fi, a VPN gone), new ones are
 * refused; only a heartbeat or a probe finds it out.
 */
export async function startProtocolServer(options: { backlogLimit?: number } = {}) {
  const backlogLimit = options.backlogLimit ?? 5_000;
  const http: HttpServer = createServer();
  const io = new Server<ClientToServerEvents, ServerToClientEvents>(http);
  const events: EventEnvelope[] = [];
  const joins: string[] = [];
  let probes = 0;
  /** How far this server's clock is ahead of the test machine's (ms). */
  let clockAheadMs = 0;
  let syncDelayMs = 0;
  /** The event-protocol version this server speaks; a console sending another is told to reload. */
  let protocol: number | null = null;
  let duringSync: (() => void) | null = null;
  const latestSeq = () => events[events.length - 1]?.seq ?? 0;
  // Events written by hand in tests; the console reads each payload itself (readEvent), as it does the server's.
  const wire = (list: EventEnvelope[]) => list as DomainEvent[];

  io.on("connection", (socket) => {
    socket.on("sync", ({ since, protocol: theirs = 1 }, ack) => {
      if (protocol !== null && theirs !== protocol)
        return ack({ ok: false, error: { code: "protocol", message: "Reload the page" } });
      const answer = () => {
        const latest = latestSeq();
        if (latest - since > backlogLimit) ack({ ok: true, data: { reset: true, latestSeq: latest } });
        else
          ack({
            ok: true,
            data: { reset: false, events: wire(events.filter((e) => e.seq > since)), latestSeq: latest },
          });
      };
      if (syncDelayMs === 0) return answer();
      // Answer as of now, but only later: live events pushed meanwhile overtake the answer.
      const latest = latestSeq();
      const missed = events.filter((e) => e.seq > since);
      setTimeout(() => ack({ ok: true, data: { reset: false, events: wire(missed), latestSeq: latest } }), syncDelayMs);
      duringSync?.();
    });
    socket.on("presence:join", ({ incidentId }, ack) => {
      joins.push(incidentId);
      const me: PresenceUser = {
        userId: "22222222-2222-4222-8222-222222222222",
        username: "agent",
        displayName: "Ali Agent",
        role: "agent",
        editing: null,
      };
      ack({ ok: true, data: { users: [me] } });
    });
    socket.on("presence:leave", (_req, ack) => ack({ ok: true, data: null }));
    socket.on("probe", (ack) => {
      probes++;
      ack();
    });
    socket.on("time", (ack) => ack(Date.now() + clockAheadMs));
  });

  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const target = (http.address() as AddressInfo).port;

  let online = true;
  let silent = false;
  let attempts = 0;
  const open = new Set<net.Socket>();
  const proxy = net.createServer((client) => {
    attempts++;
    if (!online) return client.destroy();
    const upstream = net.connect(target, "127.0.0.1");
    open.add(client);
    open.add(upstream);
    client.on("data", (chunk: Buffer) => silent || upstream.write(chunk));
    upstream.on("data", (chunk: Buffer) => silent || client.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on("error", close).on("close", close);
    upstream.on("error", close).on("close", close);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

  return {
    url,
    io,
    joins,
    latestSeq,
    /** Sets this server's clock ahead of the machine's (negative: behind), as a console on a skewed PC sees it. */
    setClockAhead(ms: number) {
      clockAheadMs = ms;
    },
    /** How many probes were answered. */
    probes: () => probes,
    /** How many TCP connections clients tried to open, refused ones included. */
    attempts: () => attempts,
    /** Commits an event: stored for sync, pushed to everyone connected. */
    publish(event: EventEnvelope) {
      events.push(event);
      io.emit("event", event as DomainEvent);
    },
    /** Stores an event without pushing it (as if the push was lost). */
    store(event: EventEnvelope) {
      events.push(event);
    },
    /** From now on speak this event-protocol version (an upgraded server). */
    speakProtocol(version: number) {
      protocol = version;
    },
    slowSync(ms: number, meanwhile: () => void) {
      syncDelayMs = ms;
      duringSync = meanwhile;
    },
    pull() {
      online = false;
      for (const s of open) s.destroy();
      open.clear();
    },
    blackHole() {
      online = false;
      silent = true;
    },
    plugBack() {
      // A connection that went silent stays dead: the network that comes back is a new path.
      if (silent) {
        for (const s of open) s.destroy();
        open.clear();
      }
      silent = false;
      online = true;
    },
    async close() {
      online = false;
      for (const s of open) s.destroy();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await io.close();
    },
  };
}

export async function waitFor(condition: () => boolean, timeoutMs = 8_000, what = "condition"): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
