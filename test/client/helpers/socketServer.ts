import { createServer, type Server as HttpServer } from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents } from "../../../shared/events";
import type { DomainEvent } from "../../../shared/schemas/event";
import type { PresenceUser } from "../../../shared/schemas/user";

/**
 * A real Socket.IO server that speaks the Krisrum protocol from an in-memory event list, behind a
 * TCP proxy whose plug can be pulled: `pull()` drops every connection and refuses new ones,
 * `plugBack()` lets clients in again. That is a network outage as the browser sees it.
 */
export async function startProtocolServer(options: { backlogLimit?: number } = {}) {
  const backlogLimit = options.backlogLimit ?? 5_000;
  const http: HttpServer = createServer();
  const io = new Server<ClientToServerEvents, ServerToClientEvents>(http);
  const events: DomainEvent[] = [];
  const joins: string[] = [];
  let syncDelayMs = 0;
  let duringSync: (() => void) | null = null;
  const latestSeq = () => events[events.length - 1]?.seq ?? 0;

  io.on("connection", (socket) => {
    socket.on("sync", ({ since }, ack) => {
      const answer = () => {
        const latest = latestSeq();
        if (latest - since > backlogLimit) ack({ ok: true, data: { reset: true, latestSeq: latest } });
        else ack({ ok: true, data: { reset: false, events: events.filter((e) => e.seq > since), latestSeq: latest } });
      };
      if (syncDelayMs === 0) return answer();
      // Answer as of now, but only later: live events pushed meanwhile overtake the answer.
      const latest = latestSeq();
      const missed = events.filter((e) => e.seq > since);
      setTimeout(() => ack({ ok: true, data: { reset: false, events: missed, latestSeq: latest } }), syncDelayMs);
      duringSync?.();
    });
    socket.on("presence:join", ({ incidentId }, ack) => {
      joins.push(incidentId);
      const me: PresenceUser = { userId: "22222222-2222-4222-8222-222222222222", username: "agent", displayName: "Ali Agent", role: "agent", editing: null };
      ack({ ok: true, data: { users: [me] } });
    });
    socket.on("presence:leave", (_req, ack) => ack({ ok: true, data: null }));
  });

  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const target = (http.address() as AddressInfo).port;

  let online = true;
  const open = new Set<net.Socket>();
  const proxy = net.createServer((client) => {
    if (!online) return client.destroy();
    const upstream = net.connect(target, "127.0.0.1");
    open.add(client);
    open.add(upstream);
    client.pipe(upstream).pipe(client);
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
    /** Commits an event: stored for sync, pushed to everyone connected. */
    publish(event: DomainEvent) {
      events.push(event);
      io.emit("event", event);
    },
    /** Stores an event without pushing it (as if the push was lost). */
    store(event: DomainEvent) {
      events.push(event);
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
    plugBack() {
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
