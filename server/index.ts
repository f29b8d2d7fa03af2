import type { AddressInfo } from "node:net";
import { createApp } from "./app.js";
import { ConfigError, parseConfig } from "./config.js";
import { openDatabase } from "./db/connect.js";
import { migrateToLatest } from "./db/migrate.js";
import { formatAccounts, seedIfEmpty, SeedError } from "./domain/seed.js";
import { createLogger } from "./logger.js";

const SHUTDOWN_TIMEOUT_MS = 15_000;

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const log = createLogger(config.logLevel);
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await migrateToLatest(database.db);
  if (applied.length > 0) log.info("migrations applied", { applied });

  const seeded = await seedIfEmpty(database.db, config);
  if (seeded.seeded) console.log(formatAccounts(seeded, config.demo && config.demoPassword !== undefined));

  const app = createApp({ config, db: database.db, log });
  await new Promise<void>((resolve, reject) => {
    app.httpServer.once("error", reject);
    app.httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = app.httpServer.address() as AddressInfo;
  const shownHost = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  log.info(`Krisrum listening on http://${shownHost}:${port}`, { database: database.location, engine: database.engine });

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: shutting down`);
    setTimeout(() => {
      log.error("shutdown timed out; exiting");
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    app
      .close()
      .then(() => database.close())
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        log.error("shutdown failed", { err });
        process.exit(1);
      });
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof SeedError) console.error(err.message);
  else console.error("Krisrum failed to start:", err);
  process.exit(1);
});
