import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { Webhook as StandardWebhook } from "standardwebhooks";
import { createApp, type App, type AppDeps } from "../../server/app.js";
import type { Engine } from "../../server/db/connect.js";
import { seedIfEmpty } from "../../server/domain/seed.js";
import { createLogger } from "../../server/logger.js";
import type { Role } from "../../shared/index.js";
import { testConfig } from "./config.js";
import { ApiClient, login } from "./http.js";
import { useCheapPasswordHashing } from "./passwords.js";
import { openTestDatabase, type TestDatabase } from "./db.js";
import { DEMO_PASSWORD, DEMO_USERS } from "./server.js";

export const testLog = createLogger((process.env.TEST_LOG_LEVEL as "debug" | undefined) ?? "silent");

/** What the receiver saw of one request. */
export interface Received {
  id: string;
  path: string;
  body: string;
  json: { type: string; timestamp: string; data: Record<string, unknown> };
  /** The signature checked with the `standardwebhooks` package (the reference implementation). */
  verified: boolean;
  at: number;
  status: number;
  /** The response was written completely before the connection went away. */
  answered: boolean;
}

export interface Receiver {
  url: string;
  port: number;
  received: Received[];
  /** Secrets by path: /hook-1 → whsec_…; a request to an unknown path is answered 404. */
  secrets: Map<string, string>;
  /** Status to answer (default 200), per path or for all. */
  status: (path: string) => number;
  setStatus(fn: (path: string) => number): void;
  delayMs: number;
  /** Accepted (2xx) deliveries per webhook-id. */
  accepted(): Map<string, number>;
  waitFor(predicate: () => boolean, timeoutMs?: number, what?: string): Promise<void>;
  close(): Promise<void>;
  stop(): Promise<void>;
  restart(): Promise<void>;
}

/** A real HTTP receiver on loopback that verifies every Standard Webhooks signature with the reference package. */
export async function startReceiver(port = 0): Promise<Receiver> {
  const received: Received[] = [];
  const secrets = new Map<string, string>();
  let statusFn = (_path: string) => 200;
  let server: Server;
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const path = req.url ?? "/";
      const secret = secrets.get(path);
      let verified = false;
      try {
        if (secret) {
          new StandardWebhook(secret).verify(body, req.headers as Record<string, string>);
          verified = true;
        }
      } catch {
        verified = false;
      }
      const status = secret ? statusFn(path) : 404;
      const entry: Received = {
        id: String(req.headers["webhook-id"]),
        path,
        body,
        json: JSON.parse(body || "{}") as Received["json"],
        verified,
        at: Date.now(),
        status,
        answered: false,
      };
      received.push(entry);
      const answer = () => {
        res.statusCode = status;
        res.end("ok", () => (entry.answered = true));
      };
      if (receiver.delayMs > 0) setTimeout(answer, receiver.delayMs);
      else answer();
    });
  };
  const listen = (p: number) =>
    new Promise<number>((resolve) => {
      server = createServer(handler);
      server.listen(p, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
    });
  const bound = await listen(port);
  const receiver: Receiver = {
    url: `http://127.0.0.1:${bound}`,
    port: bound,
    received,
    secrets,
    status: (p) => statusFn(p),
    setStatus(fn) {
      statusFn = fn;
    },
    delayMs: 0,
    accepted() {
      const m = new Map<string, number>();
      for (const r of received) if (r.status >= 200 && r.status < 300) m.set(r.id, (m.get(r.id) ?? 0) + 1);
      return m;
    },
    async waitFor(predicate, timeoutMs = 15_000, what = "condition") {
      const until = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > until) throw new Error(`timed out waiting for ${what} (received ${received.length})`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    async restart() {
      await listen(bound);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return receiver;
}

export interface OutboxServer {
  url: string;
  app: App;
  database: TestDatabase;
  as(role: Role): Promise<ApiClient>;
  anonymous(): ApiClient;
  close(): Promise<void>;
}

/** The real app with webhooks allowed to loopback (KRISRUM_WEBHOOK_ALLOW_PRIVATE) and a fast worker. */
export async function startOutboxServer(
  engine: Engine,
  opts: { config?: Partial<AppDeps["config"]>; outbox?: AppDeps["outbox"]; database?: TestDatabase } = {},
): Promise<OutboxServer> {
  const database = opts.database ?? (await openTestDatabase(engine));
  useCheapPasswordHashing();
  await seedIfEmpty(database.db, { demo: true, demoPassword: DEMO_PASSWORD, adminPassword: DEMO_PASSWORD });
  const app = createApp({
    config: testConfig({
      staticDir: join(database.dataDir, "no-client"),
      webhookAllowPrivate: true,
      publicUrl: "https://kommun.example",
      ...opts.config,
    }),
    db: database.db,
    log: testLog,
    outbox: { pollMs: 50, retryBaseMs: 200, ...opts.outbox },
  });
  await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  return {
    url,
    app,
    database,
    as: (role) => login(url, DEMO_USERS[role], DEMO_PASSWORD),
    anonymous: () => new ApiClient(url),
    async close() {
      await app.close();
      if (!opts.database) await database.dispose();
    },
  };
}

/** Registers a webhook at the receiver (a path of its own) and returns it with its one-time secret. */
export async function addWebhook(
  admin: ApiClient,
  receiver: Receiver,
  path: string,
  body: Record<string, unknown> = {},
): Promise<{ id: string; secret: string; url: string; events: string[] }> {
  const res = await admin.post<{ id: string; secret: string; url: string; events: string[] }>("/api/webhooks", {
    url: `${receiver.url}${path}`,
    events: ["bulletin.published", "bulletin.retracted", "incident.closed"],
    ...body,
  });
  if (res.status !== 201) throw new Error(`webhook not created: ${res.status} ${res.text}`);
  receiver.secrets.set(path, res.body.secret);
  return res.body;
}
