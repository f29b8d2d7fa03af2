import type { Database as SqliteDatabase, Statement } from "better-sqlite3";
import type { SqliteDatabase as KyselySqliteDatabase } from "kysely";

/** Distinct SQL texts kept prepared; the app has a few hundred queries, lists of ids make more. */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * The better-sqlite3 database as Kysely's SqliteDialect sees it, with its prepared statements reused: Kysely
 * asks for `prepare(sql)` on every query, and preparing costs more than running most of ours. A
 * statement is kept per SQL text, least recently used first out; one that is busy (a Kysely stream iterating it) is
 * not handed out again: that query gets a fresh statement of its own. SQLite re-prepares a kept statement by itself
 * when the schema changes (migrations).
 */
export function withStatementCache(
  database: SqliteDatabase,
  size = STATEMENT_CACHE_SIZE,
): KyselySqliteDatabase & { readonly cached: number } {
  const statements = new Map<string, Statement>();
  return {
    get cached() {
      return statements.size;
    },
    prepare(sql: string) {
      const kept = statements.get(sql);
      if (kept !== undefined) {
        if (kept.busy) return database.prepare(sql);
        // Map order is insertion order: moving the hit to the end keeps the least recently used first.
        statements.delete(sql);
        statements.set(sql, kept);
        return kept;
      }
      const statement = database.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > size) statements.delete(statements.keys().next().value as string);
      return statement;
    },
    close() {
      statements.clear();
      database.close();
    },
  };
}
