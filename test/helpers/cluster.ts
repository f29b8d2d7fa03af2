import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { createApp, type App } from "../../server/app.js";
import { openDatabase } from "../../server/db/connect.js";
import { migrateToLatest } from "../../server/db/migrate.js";
import { seedIfEmpty } from "../../server/domain/seed.js";
import { createLogger } from "../../server/logger.js";
import { connectRedis, type RedisLink } from "../../server/realtime/redis.js";
import type { Role } from "../../shared/index.js";
import { login, type ApiClient } from "./http.js";
import { testConfig } from "./config.js";
import { useCheapPasswordHashing } from "./passwords.js";
import { createPgSchema, PG_URL, whileNoSchemaIsDropped } from "./pg.js";
import { DEMO_PASSWORD, DEMO_USERS } from "./server.js";
import { connectSocket, type ClientSocket } from "./socket.js";
import { makeTestDir } from "./tmp.js";

/** The Redis the tests share (CI starts it); each test run talks on channels of its own key. */
export const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
export const testLog = createLogger((process.env.TEST_LOG_LEVEL as "debug" | undefined) ?? "silent");

/** One PostgreSQL schema, migrated and seeded with the demo accounts, that several nodes open as their database. */
export interface SharedDatabase {
  schema: string;
  dataDir: string;
  start(redis: { url: string; key: string } | null): Promise<Node>;
  /** Closes every node started here, then drops the schema. */
  close(): Promise<void>;
}

/** One server node: its own app, pool and (with Redis) pub/sub clients. */
export interface Node {
  url: string;
  app: App;
  as(role: Role): Promise<ApiClient>;
  socket(client: ApiClient): Promise<ClientSocket>;
  close(): Promise<void>;
}

export async function sharedDatabase(): Promise<SharedDatabase> {
  const { schema, drop } = await createPgSchema();
  const dataDir = makeTestDir("krisrum-multinode-");
  const setup = openDatabase({ databaseUrl: PG_URL, pgSchema: schema, pgPoolMax: 1, dataDir });
  await whileNoSchemaIsDropped(() => migrateToLatest(setup.db));
  useCheapPasswordHashing(); // every node verifies the cost stored in the hash, so their logins are cheap too
  await seedIfEmpty(setup.db, { demo: true, demoPassword: DEMO_PASSWORD, adminPassword: DEMO_PASSWORD });
  await setup.close();
  const nodes: Node[] = [];
  return {
    schema,
    dataDir,
    async start(redis) {
      const node = await startNode(schema, dataDir, redis);
      nodes.push(node);
      return node;
    },
    async close() {
      await Promise.all(nodes.map((n) => n.close()));
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function startNode(
  pgSchema: string,
  dataDir: string,
  redisOptions: { url: string; key: string } | null,
): Promise<Node> {
  const database = openDatabase({ databaseUrl: PG_URL, pgSchema, pgPoolMax: 3, dataDir });
  let redis: RedisLink | undefined;
  if (redisOptions) redis = await connectRedis(redisOptions.url, { key: redisOptions.key, log: testLog });
  const app = createApp({
    config: testConfig({ staticDir: join(dataDir, "no-client") }),
    db: database.db,
    log: testLog,
    ...(redis ? { adapter: redis.adapter } : {}),
  });
  await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  const sockets: ClientSocket[] = [];
  let closed: Promise<void> | undefined;
  return {
    url,
    app,
    as: (role) => login(url, DEMO_USERS[role], DEMO_PASSWORD),
    async socket(client) {
      const socket = await connectSocket(url, client.cookie);
      sockets.push(socket);
      return socket;
    },
    close() {
      closed ??= (async () => {
        for (const s of sockets) s.close();
        await app.close();
        await redis?.close();
        await database.close();
      })();
      return closed;
    },
  };
}

/** A channel key no other test run uses, so parallel runs on one Redis never see each other's packets. */
export const uniqueRedisKey = () => `krisrum-test-${randomUUID()}`;

/** Waits until `done()` holds, polling; fails naming `what`, so a missing push fails the test rather than hang it. */
export async function until(done: () => boolean, what: string, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const settle = (ms = 300) => new Promise<void>((r) => setTimeout(r, ms));

/** A private redis-server on a free port, for tests that stop and restart it (the shared one must stay up). */
export interface PrivateRedis {
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function privateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  return {
    url: `redis://127.0.0.1:${port}`,
    start() {
      const proc = spawn(
        "redis-server",
        ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      child = proc;
      return new Promise((resolve, reject) => {
        let output = "";
        const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 5_000);
        proc.stdout?.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          if (/Ready to accept connections/.test(output)) {
            clearTimeout(timer);
            resolve();
          }
        });
        proc.once("error", (err) => {
          clearTimeout(timer);
          reject(new Error(`redis-server could not be started (is it installed?): ${err.message}`));
        });
        proc.once("exit", (code) => {
          clearTimeout(timer);
          reject(new Error(`redis-server exited (${code}):\n${output}`));
        });
      });
    },
    async stop() {
      const proc = child;
      if (!proc || proc.exitCode !== null) return;
      const exited = new Promise((r) => proc.once("exit", r));
      proc.kill("SIGKILL");
      await exited;
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
