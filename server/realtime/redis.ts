import type { createAdapter } from "@socket.io/redis-adapter";
import type { Redis } from "ioredis";
import type { Logger } from "../logger.js";

/** Socket.IO's adapter factory, as `new Server(http, { adapter })` takes it. */
export type AdapterFactory = ReturnType<typeof createAdapter>;

export interface RedisLink {
  /** Hand to createApp: every room broadcast, remote disconnect and fetchSockets() then spans all nodes. */
  adapter: AdapterFactory;
  /** Where Redis is, for the start-up log line (no credentials). */
  location: string;
  /** Quits both clients; call after the app (and so the adapter) has closed. */
  close(): Promise<void>;
}

export interface RedisLinkOptions {
  /** Channel prefix. Nodes of one deployment share it; tests use a unique one so parallel runs do not cross. */
  key?: string;
  log: Logger;
  connectTimeoutMs?: number;
}

export class RedisUnavailableError extends Error {
  constructor(location: string, cause: unknown) {
    super(
      `Redis at ${location} (KRISRUM_REDIS_URL) is unreachable: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = "RedisUnavailableError";
  }
}

export const DEFAULT_REDIS_KEY = "krisrum";

/**
 * Connects the pub and sub clients the Redis adapter needs. ioredis rather than `redis`: the Socket.IO docs
 * recommend it because it restores the subscriptions after a reconnect. Start-up fails if Redis does not answer;
 * once running, a Redis outage is logged and ioredis reconnects and resubscribes on its own (meanwhile pushes
 * reach only this node's sockets, and consoles on other nodes catch up with `sync` after their reconnect).
 */
export async function connectRedis(url: string, options: RedisLinkOptions): Promise<RedisLink> {
  const parsed = new URL(url);
  const location = `${parsed.protocol}//${parsed.host}${parsed.pathname === "/" ? "" : parsed.pathname}`;
  const clientOptions = {
    lazyConnect: true,
    connectTimeout: options.connectTimeoutMs ?? 5_000,
    maxRetriesPerRequest: 3,
  };
  // Loaded here, not at start: a single node without Redis (the default) never holds them in memory.
  const [{ Redis }, { createAdapter }] = await Promise.all([import("ioredis"), import("@socket.io/redis-adapter")]);
  const pub = new Redis(url, clientOptions);
  const sub = new Redis(url, clientOptions);
  const clients = [pub, sub];
  let started = false; // start-up reports its own outcome; the listeners below report later losses and recoveries
  let up = false;
  let lastError: Error | undefined;
  for (const client of clients) {
    // Without a listener ioredis would print every failed reconnect attempt; log the first failure and the recovery.
    client.on("error", (err: Error) => {
      lastError = err;
      if (!started || !up) return;
      up = false;
      options.log.warn("Redis connection lost; pushes reach this node's sockets only until it is back", {
        err: err.message,
      });
    });
    client.on("ready", () => {
      if (!started || up || !clients.every((c) => c.status === "ready")) return;
      up = true;
      options.log.info("Redis connection restored", { redis: location });
    });
  }
  try {
    await Promise.all(clients.map((c) => c.connect()));
  } catch (err) {
    for (const c of clients) c.disconnect();
    throw new RedisUnavailableError(location, lastError ?? err); // ioredis rejects with "Connection is closed"
  }
  started = true;
  up = true;
  catchLostPublishes(pub, options.log);
  return {
    adapter: createAdapter(pub, sub, { key: options.key ?? DEFAULT_REDIS_KEY, publishOnSpecificResponseChannel: true }),
    location,
    async close() {
      await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}

type Publish = (channel: string | Buffer, message: string | Buffer) => Promise<number>;

/**
 * The adapter fires PUBLISH for a broadcast or remote disconnect without awaiting it. While Redis is down (after
 * ioredis gives up retrying) or once the client has quit (a periodic job committing during shutdown), that promise
 * rejects, and an unhandled rejection would end the process. Such a push is lost to the other nodes only: their
 * consoles catch up with `sync` when they reconnect, and the loss of the connection itself is logged above.
 */
function catchLostPublishes(pub: Redis, log: Logger): void {
  const publish = pub.publish.bind(pub) as Publish;
  (pub as unknown as { publish: Publish }).publish = (channel, message) => {
    const sent = publish(channel, message);
    sent.catch((err: unknown) => log.debug("Redis publish lost", { channel: String(channel), err }));
    return sent;
  };
}
