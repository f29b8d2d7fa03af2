import { Migrator, PostgresAdapter, sql, type Kysely, type Migration } from "kysely";
import { initial } from "./migrations/0001_initial.js";
import { factsBulletins } from "./migrations/0002_facts_bulletins.js";
import { contactCentre } from "./migrations/0003_contact_centre.js";
import { claims } from "./migrations/0004_claims.js";
import { correctionFaq } from "./migrations/0005_correction_faq.js";
import { honestFigures } from "./migrations/0006_honest_figures.js";
import { loginThrottle } from "./migrations/0007_login_throttle.js";
import { closeTheLoop } from "./migrations/0008_close_the_loop.js";
import { calledBack } from "./migrations/0009_called_back.js";
import { outbox } from "./migrations/0010_outbox.js";
import { nationalPicture } from "./migrations/0011_national_picture.js";
import { faqReview } from "./migrations/0012_faq_review.js";
import { staleEverywhere } from "./migrations/0013_stale_everywhere.js";
import type { DB } from "./schema.js";

/**
 * Migrations are in-code objects (not files read from disk), so the built server and tsx run the same list and
 * nothing depends on the working directory. Names sort in the order they run; never rename a shipped one.
 */
export const MIGRATIONS: Record<string, Migration> = {
  "0001_initial": initial,
  "0002_facts_bulletins": factsBulletins,
  "0003_contact_centre": contactCentre,
  "0004_claims": claims,
  "0005_correction_faq": correctionFaq,
  "0006_honest_figures": honestFigures,
  "0007_login_throttle": loginThrottle,
  "0008_close_the_loop": closeTheLoop,
  "0009_called_back": calledBack,
  "0010_outbox": outbox,
  "0011_national_picture": nationalPicture,
  "0012_faq_review": faqReview,
  "0013_stale_everywhere": staleEverywhere,
};

/**
 * On PostgreSQL the migration tables live in the connection's current schema, named explicitly: otherwise Kysely
 * looks for them in every schema it can see, and with one schema per test file a file could take another file's
 * tables for its own and fail ("kysely_migration_lock does not exist"), leaving its schema behind to trip the next.
 */
async function migrationSchema(db: Kysely<DB>): Promise<string | undefined> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return undefined;
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? undefined;
}

export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  const schema = await migrationSchema(db);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  return retryWhileOtherSchemasVanish(schema, async () => {
    const { error, results } = await migrator.migrateToLatest();
    if (error) throw error instanceof Error ? error : new Error(`migration failed: ${String(error)}`);
    return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
  });
}

const MIGRATION_ATTEMPTS = 3;

/**
 * Kysely's migrator looks for its tables by listing every table of every schema, then their columns: a schema another
 * process drops in between (one per test file, several files at once) fails the listing with "relation
 * \"t_other.table\" does not exist" (42P01) before anything here has been written. Only that failure is tried again.
 */
export async function retryWhileOtherSchemasVanish<T>(schema: string | undefined, run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (attempt >= MIGRATION_ATTEMPTS || !otherSchemaVanished(err, schema)) throw err;
    }
  }
}

function otherSchemaVanished(err: unknown, schema: string | undefined): boolean {
  if (schema === undefined || typeof err !== "object" || err === null) return false;
  const { code, message } = err as { code?: unknown; message?: unknown };
  const vanished = typeof message === "string" ? /relation "([^".]+)\./.exec(message)?.[1] : undefined;
  return code === "42P01" && vanished !== undefined && vanished !== schema;
}
