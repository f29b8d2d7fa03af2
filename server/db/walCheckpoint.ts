import type { Database as SqliteDatabase } from "better-sqlite3";
import type { SqliteDatabase as KyselySqliteDatabase } from "kysely";

/**
 * Write statements (inserts, updates, deletes, commits) between two checkpoints. A publish runs about seventeen and
 * writes about eighteen WAL pages, so this checkpoints some 200-300 pages at a time: a few milliseconds.
 */
export const CHECKPOINT_EVERY_WRITES = 200;

/**
 * SQLite's own checkpoint stays on as a safety net, far above what the deferred one lets the WAL reach: it runs only
 * if the deferred checkpoint keeps failing to run (a connection that is never idle). 10,000 pages is 40 MB.
 */
export const SAFETY_AUTOCHECKPOINT_PAGES = 10_000;

/** How long to wait before trying again when the connection is inside a transaction at the moment. */
const RETRY_MS = 10;

/**
 * Moves WAL checkpoints off the commit path. SQLite's automatic checkpoint (every 1,000 WAL pages) runs inside the
 * commit that crosses the mark: that write (a publish, say) then copies ~4 MB into the database file and fsyncs it
 * before it returns, some 10-50 ms on a busy disk, and only then is its event pushed. Here the commit only appends and
 * fsyncs the WAL, as before (synchronous=FULL is untouched, so an acknowledged write is as durable as it was), and a
 * PASSIVE checkpoint runs on a later turn of the event loop, after the write's own continuation (its push, its
 * response) has run.
 *
 * Writes are counted where Kysely prepares them (every query goes through `prepare`); a statement that is not a
 * reader is a write, a `begin` or a `commit`, which is close enough to WAL growth to bound it.
 */
export function withDeferredCheckpoints(
  database: SqliteDatabase,
  wrapped: KyselySqliteDatabase,
  options: { everyWrites?: number; checkpoint?: () => void } = {},
): KyselySqliteDatabase {
  const everyWrites = options.everyWrites ?? CHECKPOINT_EVERY_WRITES;
  const checkpoint = options.checkpoint ?? (() => database.pragma("wal_checkpoint(PASSIVE)"));
  database.pragma(`wal_autocheckpoint = ${SAFETY_AUTOCHECKPOINT_PAGES}`);
  let writes = 0;
  let scheduled = false;
  let closed = false;

  const run = () => {
    scheduled = false;
    if (closed || !database.open) return;
    // Inside someone's transaction (Kysely's spans several turns) a checkpoint could not pass its snapshot.
    if (database.inTransaction) return schedule(RETRY_MS);
    writes = 0;
    try {
      checkpoint();
    } catch {
      // Busy or locked (another process holds the file): the next write tries again, and the safety net holds.
    }
  };
  function schedule(delay: number): void {
    if (scheduled) return;
    scheduled = true;
    // unref: a pending checkpoint never holds a process open (closing the database checkpoints anyway).
    if (delay === 0) setImmediate(run).unref();
    else setTimeout(run, delay).unref();
  }

  return {
    prepare(sql) {
      const statement = wrapped.prepare(sql);
      if (!statement.reader && ++writes >= everyWrites) schedule(0);
      return statement;
    },
    close() {
      closed = true;
      wrapped.close();
    },
  };
}
