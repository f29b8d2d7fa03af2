import type { Kysely } from "kysely";
import type { Role } from "../../shared/index.js";
import type { RunInTransaction } from "../db/transaction.js";
import type { DB } from "../db/schema.js";

/** Who is acting: the signed-in user as the domain needs them. */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}

/** Lets the domain end live connections without knowing about Socket.IO. */
export interface SessionTerminator {
  sessionsEnded(sessionIds: string[]): void;
}

export interface DomainDeps {
  db: Kysely<DB>;
  transaction: RunInTransaction;
  sessionHours: number;
  sessions: SessionTerminator;
}

export const actorRef = (a: Actor) => ({ id: a.id, displayName: a.displayName });

export const toIso = (value: string | Date): string => new Date(value).toISOString();

export const MINUTE_MS = 60_000;
