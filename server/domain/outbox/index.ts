import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import type { RunInTransaction } from "../../db/transaction.js";
import type { Logger } from "../../logger.js";
import { withOutbox } from "./enqueue.js";
import { createSmtpMailer, type Mailer } from "./mail.js";
import { loadReach } from "./reach.js";
import { createSubscriptions } from "./subscriptions.js";
import { createWebhooks } from "./webhooks.js";
import { createOutboxWorker, type OutboxWorker, type WorkerOptions } from "./worker.js";

export interface OutboxSettings {
  publicUrl: () => string;
  allowPrivate: boolean;
  /** Both set: e-mail subscriptions are offered and sent. */
  smtpUrl?: string | undefined;
  mailFrom?: string | undefined;
  /** Tests and benchmarks tune the worker (poll interval, batch, timeouts). */
  worker?: Partial<Omit<WorkerOptions, "publicUrl" | "allowPrivate" | "mailer">> | undefined;
}

/**
 * The outbox as the app uses it: `transaction` replaces the plain runner (publishes write their deliveries in their
 * own transaction), the worker sends after commit, `webhooks` is the admin side.
 */
export function createOutbox(base: RunInTransaction, deps: { db: Kysely<DB>; log: Logger }, settings: OutboxSettings) {
  const mailer: Mailer | undefined =
    settings.smtpUrl && settings.mailFrom ? createSmtpMailer(settings.smtpUrl, settings.mailFrom) : undefined;
  const holder: { worker?: OutboxWorker } = {};
  const nudge = () => holder.worker?.nudge();
  const transaction = withOutbox(base, { publicUrl: settings.publicUrl, email: mailer !== undefined }, nudge);
  const worker = createOutboxWorker(
    { db: deps.db, transaction, log: deps.log },
    { ...settings.worker, publicUrl: settings.publicUrl, allowPrivate: settings.allowPrivate, mailer },
  );
  holder.worker = worker;
  const webhooks = createWebhooks(deps.db, { allowPrivate: settings.allowPrivate }, nudge);
  const subscriptions = createSubscriptions(deps.db, nudge);
  const reach = (where: Parameters<typeof loadReach>[1]) => loadReach(deps.db, where);
  return { transaction, worker, webhooks, subscriptions, reach, emailEnabled: mailer !== undefined, nudge };
}

export type Outbox = ReturnType<typeof createOutbox>;
