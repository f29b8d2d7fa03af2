import type { Kysely } from "kysely";
import type { Server } from "socket.io";
import { NATIONAL_SOCKET_EVENT, type NationalPush } from "../shared/national/events.js";
import type { DB } from "./db/schema.js";
import type { Logger } from "./logger.js";
import { rooms, type KrisrumServer } from "./realtime/types.js";
import type { Bulletins } from "./domain/bulletins/index.js";
import { createFaq } from "./domain/contact/faq.js";
import type { DomainDeps } from "./domain/context.js";
import type { Facts } from "./domain/facts.js";
import { createNational, nationalSettingsFromEnv, type NationalSettings } from "./domain/national/index.js";
import { createTemplates } from "./domain/templates/index.js";

export interface PreparedDeps {
  deps: DomainDeps;
  db: Kysely<DB>;
  io: KrisrumServer;
  log: Logger;
  facts: Pick<Facts, "create">;
  bulletins: Pick<Bulletins, "createInTransaction">;
  senderName: string | null;
  /** Defaults to the environment (KRISRUM_KRISINFO_*). */
  national?: NationalSettings;
}

/**
 * "Ready before the crisis": the scenario message bank and the national picture, wired in one place so the app
 * adds them with one line. The national push is a Socket.IO message of its own (shared/national/events.ts).
 */
export function createPrepared({ deps, db, io, log, facts, bulletins, senderName, national: settings }: PreparedDeps) {
  const templates = createTemplates(deps, bulletins, createFaq(deps), { senderName });
  const national = createNational(db, settings ?? nationalSettingsFromEnv(process.env), log, facts, (changes) => {
    // Untyped emit: the message is not (yet) in the shared ServerToClientEvents map, which another change owns.
    const emitter = io as unknown as Server;
    for (const c of changes) emitter.to(rooms.all).emit(NATIONAL_SOCKET_EVENT, c satisfies NationalPush);
  });
  national.worker.start();
  return { templates, national, stop: () => national.worker.stop() };
}

export type Prepared = ReturnType<typeof createPrepared>;
