import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createApp, type App } from "../../server/app.js";
import type { Engine } from "../../server/db/connect.js";
import { seedIfEmpty, type SeedResult } from "../../server/domain/seed.js";
import { createLogger } from "../../server/logger.js";
import { ROLES, type Role } from "../../shared/index.js";
import { ApiClient, login } from "./http.js";
import { openTestDatabase, type TestDatabase } from "./db.js";
import { connectSocket, type ClientSocket } from "./socket.js";
import { testConfig } from "./config.js";
import { useCheapPasswordHashing } from "./passwords.js";

export const DEMO_PASSWORD = "test-password-1";
export const DEMO_USERS: Record<Role, string> = {
  admin: "admin",
  lead: "lead",
  communicator: "communicator",
  agent: "agent",
  viewer: "viewer",
};

export interface TestServerOptions {
  engine?: Engine;
  /** false: no demo data, only `admin` with ADMIN password. */
  demo?: boolean;
  staticDir?: string;
  sessionHours?: number;
  trustProxy?: boolean | number | string;
}

export interface TestServer {
  url: string;
  app: App;
  database: TestDatabase;
  seed: SeedResult;
  /** A client logged in as the demo user with this role. */
  as(role: Role): Promise<ApiClient>;
  /** The session factory: one signed-in client per role (all of them unless named), signed in side by side. */
  sessions(roles?: readonly Role[]): Promise<Record<Role, ApiClient>>;
  anonymous(): ApiClient;
  socket(client: ApiClient): Promise<ClientSocket>;
  close(): Promise<void>;
}

/** The real app on 127.0.0.1:<random port> over a fresh database (SQLite temp dir or a PostgreSQL schema). */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  useCheapPasswordHashing(); // the seed's users and every as(role) login: microseconds, not ~50 ms each
  const database = await openTestDatabase(options.engine ?? "sqlite");
  const seed = await seedIfEmpty(database.db, {
    demo: options.demo ?? true,
    demoPassword: DEMO_PASSWORD,
    adminPassword: DEMO_PASSWORD,
  });
  const app = createApp({
    config: testConfig({
      sessionHours: options.sessionHours ?? 12,
      trustProxy: options.trustProxy ?? false,
      staticDir: options.staticDir ?? join(database.dataDir, "no-client"),
    }),
    db: database.db,
    log: createLogger((process.env.TEST_LOG_LEVEL as "debug" | undefined) ?? "silent"),
  });
  await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  const sockets: ClientSocket[] = [];
  return {
    url,
    app,
    database,
    seed,
    as: (role) => login(url, DEMO_USERS[role], DEMO_PASSWORD),
    async sessions(roles = ROLES) {
      const clients = await Promise.all(roles.map((role) => login(url, DEMO_USERS[role], DEMO_PASSWORD)));
      return Object.fromEntries(roles.map((role, i) => [role, clients[i]])) as Record<Role, ApiClient>;
    },
    anonymous: () => new ApiClient(url),
    async socket(client) {
      const socket = await connectSocket(url, client.cookie);
      sockets.push(socket);
      return socket;
    },
    async close() {
      for (const s of sockets) s.close();
      await app.close();
      await database.dispose();
    },
  };
}
