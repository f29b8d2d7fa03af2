import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createApp, type App } from "../../../server/app.js";
import type { Engine } from "../../../server/db/connect.js";
import type { NationalSettings } from "../../../server/domain/national/index.js";
import { seedIfEmpty } from "../../../server/domain/seed.js";
import { createLogger } from "../../../server/logger.js";
import type { Role } from "../../../shared/index.js";
import { testConfig } from "../../helpers/config.js";
import { openTestDatabase, type TestDatabase } from "../../helpers/db.js";
import { ApiClient, login } from "../../helpers/http.js";
import { useCheapPasswordHashing } from "../../helpers/passwords.js";
import { DEMO_PASSWORD, DEMO_USERS } from "../../helpers/server.js";

export interface NationalTestServer {
  url: string;
  app: App;
  database: TestDatabase;
  as(role: Role): Promise<ApiClient>;
  anonymous(): ApiClient;
  close(): Promise<void>;
}

/** The real app, as test/helpers/server.ts starts it, with its national picture pointed at a local fake. */
export async function startNationalServer(engine: Engine, national: NationalSettings): Promise<NationalTestServer> {
  useCheapPasswordHashing();
  const database = await openTestDatabase(engine);
  await seedIfEmpty(database.db, { demo: true, demoPassword: DEMO_PASSWORD, adminPassword: DEMO_PASSWORD });
  const app = createApp({
    config: testConfig({ staticDir: join(database.dataDir, "no-client") }),
    db: database.db,
    log: createLogger("silent"),
    national,
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
      await database.dispose();
    },
  };
}
