import { rmSync } from "node:fs";
import { openDatabase, type Database, type Engine } from "../../server/db/connect.js";
import { migrateToLatest } from "../../server/db/migrate.js";
import { createPgSchema, holdOffSchemaDrops, PG_URL, whileNoSchemaIsDropped } from "./pg.js";
import { makeTestDir } from "./tmp.js";

/**
 * Both engines. TEST_ENGINES=sqlite (set by `npm run test:fast`) narrows the tests that run per engine to SQLite,
 * for a quick loop without PostgreSQL; `npm test` always runs both.
 */
export const ENGINES: Engine[] = process.env.TEST_ENGINES === "sqlite" ? ["sqlite"] : ["sqlite", "postgres"];

export interface TestDatabase extends Database {
  dataDir: string;
  /** Closes the connection and removes the data (temp dir or schema). */
  dispose(): Promise<void>;
}

/** An empty database of the given engine; migrated unless `migrate: false`. */
export async function openTestDatabase(engine: Engine, opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const dataDir = makeTestDir("krisrum-test-");
  const pgSchema = engine === "postgres" ? await createPgSchema() : undefined;
  const database = openDatabase({
    dataDir,
    ...(pgSchema ? { databaseUrl: PG_URL, pgSchema: pgSchema.schema, pgPoolMax: 5 } : {}),
  });
  if (opts.migrate !== false)
    await (pgSchema ? whileNoSchemaIsDropped(() => migrateToLatest(database.db)) : migrateToLatest(database.db));
  // Left to the test to migrate (and look at the tables), when it likes: no schema is dropped until it is done.
  const release = pgSchema && opts.migrate === false ? await holdOffSchemaDrops() : undefined;
  return {
    ...database,
    dataDir,
    async dispose() {
      await database.close();
      await release?.();
      await pgSchema?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
