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
    drop: () => withClient((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)).then(() => undefined),
  };
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
