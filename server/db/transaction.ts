import type { Kysely, Transaction } from "kysely";
import type { DomainEvent, EventType } from "../../shared/index.js";
import { appendEvent, lockEventLog, type EventInput } from "./repos/events.js";
import type { DB } from "./schema.js";

export interface TxContext {
  tx: Transaction<DB>;
  /**
   * Writes the event in this transaction; it is published only once the transaction has committed. Typed by event
   * type: the payload is the one the catalogue (shared/events/) declares for it.
   */
  emit<T extends EventType>(event: EventInput<T>): Promise<DomainEvent>;
}

export type Publish = (event: DomainEvent) => void;
export type RunInTransaction = <T>(fn: (ctx: TxContext) => Promise<T>) => Promise<T>;

/**
 * A domain command's unit of work: rows and events commit together or not at all, and subscribers hear about
 * events only after the commit, so nobody is told about a change that was rolled back.
 */
export function createTransactionRunner(db: Kysely<DB>, publish: Publish): RunInTransaction {
  return async (fn) => {
    const committed: DomainEvent[] = [];
    const result = await db.transaction().execute(async (tx) => {
      await lockEventLog(tx);
      const pending: DomainEvent[] = [];
      const value = await fn({
        tx,
        emit: async (event) => {
          const stored = await appendEvent(tx, event);
          pending.push(stored);
          return stored;
        },
      });
      committed.push(...pending);
      return value;
    });
    for (const event of committed) publish(event);
    return result;
  };
}
