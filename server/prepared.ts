import type { Kysely } from "kysely";
import type { DB } from "./db/schema.js";
import type { Logger } from "./logger.js";
import type { KrisrumServer } from "./realtime/types.js";
import type { Bulletins } from "./domain/bulletins/index.js";
import { createFaq } from "./domain/contact/faq.js";
import type { DomainDeps } from "./domain/context.js";
import type { Facts } from "./domain/facts.js";
import { createNational, nationalSettingsFromEnv, type NationalSettings } from "./domain/national/index.js";
import { createTemplates } from "./domain/templates/index.js";

export interface PreparedDeps {
  deps: DomainDeps;
  db: Kysely<DB>;
  /** Not used any more: the national push goes out as national.item events (kept so the app's wiring stays as is). */
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
 * adds them with one line.
 */
export function createPrepared({ deps, db, log, facts, bulletins, senderName, national: settings }: PreparedDeps) {
  const templates = createTemplates(deps, bulletins, createFaq(deps), { senderName });
  // New, changed and withdrawn items are national.item events (shared/events/national.ts): written with the rows,
  // pushed to every console after the commit like any event.
  const national = createNational(db, deps.transaction, settings ?? nationalSettingsFromEnv(process.env), log, facts);
  national.worker.start();
  return { templates, national, stop: () => national.worker.stop() };
}

export type Prepared = ReturnType<typeof createPrepared>;
