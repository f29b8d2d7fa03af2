import { mkdirSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { createRequire } from "node:module";
import type PgModule from "pg";
import type { DB } from "./schema.js";
import { hotStatementName } from "./hotQuery.js";
import { withStatementCache } from "./statementCache.js";
import { withDeferredCheckpoints } from "./walCheckpoint.js";

// Kysely: one typed query builder over both engines, with migrations and no ORM layer (see ./README.md).
export type Engine = "sqlite" | "postgres";

export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  /** Where the data lives, for the start-up log line (no credentials). */
  location: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… selects PostgreSQL; unset selects the embedded SQLite file in `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir: string;
  /** PostgreSQL only: run every connection with this search_path (tests use one schema per file). */
  pgSchema?: string;
  pgPoolMax?: number;
}

export const SQLITE_FILE = "krisrum.sqlite";

export function openDatabase(options: DatabaseOptions): Database {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options) : openSqlite(options.dataDir);
}

function openSqlite(dataDir: string): Database {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, SQLITE_FILE);
  const database = new SQLite(file);
  try {
    // WAL lets readers run beside the writer; synchronous=FULL fsyncs the WAL on every commit, so a write the
    // API has acknowledged survives a power cut (NORMAL would only survive a process crash).
    database.pragma("journal_mode = WAL");
    database.pragma("synchronous = FULL");
    database.pragma("foreign_keys = ON");
    database.pragma("busy_timeout = 5000");
    // A file with garbage in it would start, answer /healthz and fail reads with 500s; refuse it at start instead.
    // quick_check reads every page (O(N), no index cross-check); a few seconds for a very large file.
    const problems = (database.pragma("quick_check(5)") as Array<{ quick_check: string }>).map((r) => r.quick_check);
    if (problems.join() !== "ok") throw new DatabaseCorruptError(file, problems.join("; "));
  } catch (err) {
    database.close();
    if (err instanceof DatabaseCorruptError) throw err;
    if (isCorruption(err)) throw new DatabaseCorruptError(file, (err as Error).message);
    throw err;
  }
  const db = new Kysely<DB>({
    dialect: new SqliteDialect({ database: withDeferredCheckpoints(database, withStatementCache(database)) }),
  });
  return { db, engine: "sqlite", location: file, close: () => db.destroy() };
}

function openPostgres(url: string, options: DatabaseOptions): Database {
  if (options.pgSchema && !/^[a-z_][a-z0-9_]*$/.test(options.pgSchema))
    throw new Error("invalid PostgreSQL schema name");
  // Required here, not imported at start: an SQLite server (the default) never holds the PostgreSQL client in memory.
  const pg = createRequire(import.meta.url)("pg") as typeof PgModule;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.pgPoolMax ?? 10,
    ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema}` } : {}),
  });
  // An idle client can fail (e.g. PostgreSQL restarts); without a listener that 'error' would crash the process.
  // The pool drops the client and the next query opens a new one.
  pool.on("error", (err) => process.stderr.write(`PostgreSQL idle client error: ${err.message}\n`));
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({
      pool: {
        connect: async () => withNamedHotStatements(await pool.connect()),
        end: () => pool.end(),
      },
    }),
  });
  const parsed = new URL(url);
  const location = `postgres://${parsed.host}${parsed.pathname}${options.pgSchema ? ` (schema ${options.pgSchema})` : ""}`;
  return { db, engine: "postgres", location, close: () => db.destroy() };
}

const named = new WeakSet<object>();

/**
 * Runs the hot queries (server/db/hotQuery.ts) as named prepared statements on this connection: pg parses and plans
 * a named statement once per connection and afterwards only binds and executes it, where an unnamed query is parsed
 * again every time. Any other query goes as before. (A pooler in transaction mode must keep prepared statements per
 * client, as PgBouncer does from 1.21 with max_prepared_statements.)
 */
function withNamedHotStatements(client: PgModule.PoolClient): PgModule.PoolClient {
  if (named.has(client)) return client;
  named.add(client);
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((text: unknown, ...rest: unknown[]) => {
    const name = typeof text === "string" ? hotStatementName(text) : undefined;
    if (name === undefined) return query(text, ...rest);
    const [values, ...callback] = rest;
    return query({ name, text, values }, ...callback);
  }) as typeof client.query;
  return client;
}

/** The SQLite file failed its integrity check at start; the message says what to do. */
export class DatabaseCorruptError extends Error {
  constructor(file: string, detail: string) {
    super(
      `The SQLite database ${file} is damaged (${detail}). Krisrum will not start on it: restore the file from a backup ` +
        `(stop the server, replace krisrum.sqlite and remove krisrum.sqlite-wal/-shm), or move it away to start empty.`,
    );
    this.name = "DatabaseCorruptError";
  }
}

/** An error that means the stored data itself is damaged (SQLite: CORRUPT, NOTADB; PostgreSQL: class XX001/XX002). */
export function isCorruption(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && (/^SQLITE_(CORRUPT|NOTADB)/.test(code) || code === "XX001" || code === "XX002");
}

/** A round trip through real tables, for /healthz: `select 1` answered while a damaged file failed every read. */
export async function ping(db: Kysely<DB>): Promise<void> {
  await db.selectFrom("event_counter").select("value").where("id", "=", 1).executeTakeFirst();
  await db.selectFrom("users").select("id").limit(1).execute();
}
