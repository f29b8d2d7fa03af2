import type { CompiledQuery, Kysely, QueryResult } from "kysely";
import type { DB } from "./schema.js";

/** Anything with Kysely's `compile()`: a select, insert, update or delete builder. */
interface Compilable<R> {
  compile(): CompiledQuery<R>;
}

/** A stand-in for an argument while the query is built: a string (every Kysely parser takes it as a value) marked with a private-use character no real argument starts with. */
const placeholder = (name: string): string => `\uE000hot-query-argument:${name}\uE000`;
const PLACEHOLDER = /^\uE000hot-query-argument:(.+)\uE000$/;

interface Template<R> {
  compiled: CompiledQuery<R>;
  /** Per compiled parameter: the argument it takes (its name), or the constant the builder wrote (boxed). */
  slots: Array<string | { constant: unknown }>;
}

/**
 * A hot query, built and compiled once per dialect and then run with each call's values: Kysely otherwise builds an
 * immutable operation tree and compiles it to SQL on every call, which costs more than SQLite takes to run most of
 * ours. `build` is called once with a placeholder for each named argument, so it must hand every argument to Kysely
 * as a value (a where, set or values operand), never branch on it or transform it, and take no lists (an `in` list's
 * SQL depends on its length). Building checks that every argument became a parameter; tests compare the SQL and
 * parameters with a fresh build (test/server/hotQuery.test.ts).
 *
 * Keyed by the query executor's adapter, which a database handle shares with its transactions (no handle here adds
 * Kysely plugins, which would change the compiled SQL), so each engine's handle and its transactions share one
 * compiled query.
 */
export function hotQuery<P extends object, R>(
  names: ReadonlyArray<keyof P & string>,
  build: (db: Kysely<DB>, args: P) => Compilable<R>,
): (db: Kysely<DB>, args: P) => Promise<QueryResult<R>> {
  const templates = new WeakMap<object, Template<R>>();
  return async (db, args) => {
    const key = db.getExecutor().adapter;
    let template = templates.get(key);
    if (template === undefined) {
      // A caller's argument the names leave out would be dropped from the SQL without a word (a column not written).
      const unnamed = Object.keys(args).filter((name) => !(names as readonly string[]).includes(name));
      if (unnamed.length > 0) throw new Error(`hotQuery: argument(s) ${unnamed.join(", ")} are not among its names`);
      template = compileTemplate(db, names, build);
      templates.set(key, template);
    }
    const { compiled, slots } = template;
    const values = args as Record<string, unknown>;
    const parameters = slots.map((slot) => (typeof slot === "string" ? values[slot] : slot.constant));
    return db.executeQuery({ ...compiled, parameters });
  };
}

/** The SQL texts of the hot queries, each with its statement name (PostgreSQL prepares them by name). */
const statementNames = new Map<string, string>();

/**
 * The name a hot query's SQL text is prepared under on PostgreSQL (server/db/connect.ts), or undefined for any other
 * text. There are a few dozen hot queries, so a connection keeps at most that many statements prepared.
 */
export function hotStatementName(sql: string): string | undefined {
  return statementNames.get(sql);
}

/** The query as `hotQuery` runs it, for tests: its SQL and the parameters these arguments give. */
export function compileTemplate<P extends object, R>(
  db: Kysely<DB>,
  names: ReadonlyArray<keyof P & string>,
  build: (db: Kysely<DB>, args: P) => Compilable<R>,
): Template<R> {
  const placeholders = Object.fromEntries(names.map((name) => [name, placeholder(name)])) as P;
  const compiled = build(db, placeholders).compile();
  const used = new Set<string>();
  const slots = compiled.parameters.map((value) => {
    const match = typeof value === "string" ? PLACEHOLDER.exec(value) : null;
    if (match === null) return { constant: value };
    const name = match[1] as string;
    used.add(name);
    return name;
  });
  const unused = names.filter((name) => !used.has(name));
  if (unused.length > 0 || compiled.sql.includes("\uE000"))
    throw new Error(`hotQuery: argument(s) ${unused.join(", ")} did not become parameters of: ${compiled.sql}`);
  if (!statementNames.has(compiled.sql)) statementNames.set(compiled.sql, `krisrum_hot_${statementNames.size + 1}`);
  return { compiled, slots };
}
