import type { AddressInfo } from "node:net";
import { createApp } from "./app.js";
import { ConfigError, parseConfig } from "./config.js";
import { DatabaseCorruptError, openDatabase } from "./db/connect.js";
import { migrateToLatest } from "./db/migrate.js";
import { formatAccounts, seedIfEmpty, SeedError } from "./domain/seed.js";
import { createLogger } from "./logger.js";
import { connectRedis, RedisUnavailableError, type RedisLink } from "./realtime/redis.js";

const SHUTDOWN_TIMEOUT_MS = 15_000;

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const log = createLogger(config.logLevel);
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  // Several nodes share the PostgreSQL database and exchange live pushes through Redis (config.ts refuses Redis
  // without PostgreSQL). An unreachable Redis stops start-up, before migrations touch the database, rather than
  // leaving this node's consoles half-live.
  let redis: RedisLink | undefined;
  try {
    redis = config.redisUrl ? await connectRedis(config.redisUrl, { log }) : undefined;
  } catch (err) {
    await database.close();
    throw err;
  }
  log.info(
    redis ? "multi-node mode: live pushes shared through Redis" : "single-node mode: live pushes stay on this node",
    {
      ...(redis ? { redis: redis.location } : {}),
    },
  );

  const applied = await migrateToLatest(database.db);
  if (applied.length > 0) log.info("migrations applied", { applied });

  const seeded = await seedIfEmpty(database.db, config);
  if (seeded.seeded) console.log(formatAccounts(seeded, config.demo && config.demoPassword !== undefined));

  const app = createApp({ config, db: database.db, log, ...(redis ? { adapter: redis.adapter } : {}) });
  await new Promise<void>((resolve, reject) => {
    app.httpServer.once("error", reject);
    app.httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = app.httpServer.address() as AddressInfo;
  const shownHost = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;

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
      .then(() => redis?.close())
      .then(() => database.close())
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        log.error("shutdown failed", { err });
        process.exit(1);
      });
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
  // Announced only now: whoever waits for this line (a supervisor, a test) may signal at once, and a signal that
  // arrived before the handlers would kill the process without a graceful close.
  log.info(`Krisrum listening on http://${shownHost}:${port}`, {
    database: database.location,
    engine: database.engine,
  });
}

main().catch((err: unknown) => {
  if (
    err instanceof ConfigError ||
    err instanceof SeedError ||
    err instanceof RedisUnavailableError ||
    err instanceof DatabaseCorruptError
  )
    console.error(err.message);
  else console.error("Krisrum failed to start:", err);
  process.exit(1);
});
