import { randomBytes } from "node:crypto";
import pg from "pg";

/** The PostgreSQL the tests use (trust auth on this machine and CI). */
export const PG_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface PgSchema {
  schema: string;
  drop(): Promise<void>;
}

/** A fresh schema per test file, so files run in parallel against one database without seeing each other. */
export async function createPgSchema(): Promise<PgSchema> {
  const schema = `t_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await withClient((c) => c.query(`CREATE SCHEMA ${schema}`));
  return {
    schema,
    drop: () =>
      withClient(async (c) => {
        await c.query("SELECT pg_advisory_lock($1)", [SCHEMA_DROP_LOCK]); // released as the session ends
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      }).then(() => undefined),
  };
}

/**
 * Kysely's migrator looks for its tables in every schema of the database, by name, and fails with "schema … does not
 * exist" when another file drops its schema at that moment. A test's migration holds this lock shared and a drop
 * holds it alone, so that drops wait for the migrations under way (about a second), and migrations for the drop.
 */
const SCHEMA_DROP_LOCK = 7_401_123;

/** Holds the lock shared, on a session of its own, until the returned function is called. */
export async function holdOffSchemaDrops(): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query("SELECT pg_advisory_lock_shared($1)", [SCHEMA_DROP_LOCK]);
  return () => client.end(); // the session's end releases the lock
}

export async function whileNoSchemaIsDropped<T>(fn: () => Promise<T>): Promise<T> {
  const release = await holdOffSchemaDrops();
  try {
    return await fn();
  } finally {
    await release();
  }
}

async function withClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
