import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { MessageLanguage } from "../../../shared/index.js";
import type { SubscriptionCreate } from "../../../shared/schemas/outbox.js";
import { cancelPending, insertDeliveries, positionOf } from "../../db/repos/outbox.js";
import type { DB } from "../../db/schema.js";
import { AppError } from "../../errors.js";
import { loadPublicIncident } from "../../public/load.js";
import { createRateLimiter, type RateLimit } from "../rateLimit.js";
import { newDelivery } from "./worker.js";

/**
 * Per client: the form is not a spam relay (a one-minute window like the other public limits: the shared counters
 * table prunes every window older than the shortest one in use). Per address: at most this many confirmation e-mails
 * an hour, counted from the outbox itself, so nobody's inbox can be flooded through the form.
 */
export const SUBSCRIBE_PER_CLIENT: RateLimit = { limit: 5, windowMs: 60_000 };
export const CONFIRMATIONS_PER_ADDRESS_HOUR = 3;
/** An address nobody confirmed is personal data with no purpose: it goes after a week. */
export const UNCONFIRMED_KEPT_MS = 7 * 24 * 60 * 60_000;

const token = () => randomBytes(24).toString("base64url");
const hash = (t: string) => createHash("sha256").update(t).digest("base64url");

/**
 * E-mail subscriptions with double opt-in: nothing but the confirmation is sent before the link in it is followed.
 * The address is stored only in `subscriptions` (never in an event, the log or its export) and deleted on unsubscribe.
 */
export function createSubscriptions(db: Kysely<DB>, nudge: () => void) {
  const perClient = createRateLimiter(db, "subscribe-client", SUBSCRIBE_PER_CLIENT);

  async function subscribe(input: SubscriptionCreate, client: string): Promise<void> {
    await perClient.take(client);
    const now = new Date();
    const at = now.toISOString();
    const sent = await db
      .selectFrom("outbox_deliveries as d")
      .innerJoin("subscriptions as s", "s.id", "d.target_id")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("d.channel", "=", "confirm")
      .where("s.email", "=", input.email)
      .where("d.created_at", ">=", new Date(now.getTime() - 60 * 60_000).toISOString())
      .executeTakeFirst();
    if (Number(sent?.n ?? 0) >= CONFIRMATIONS_PER_ADDRESS_HOUR) {
      throw new AppError(
        "rate_limited",
        "Too many confirmation e-mails to this address; try again later",
        429,
        undefined,
        { retryAfter: 3600 },
      );
    }
    await db
      .deleteFrom("subscriptions")
      .where("status", "=", "pending")
      .where("created_at", "<", new Date(now.getTime() - UNCONFIRMED_KEPT_MS).toISOString())
      .execute();
    if (input.incidentId !== null) {
      const incident = await loadPublicIncident(db, input.incidentId);
      if (!incident) throw new AppError("validation", "incidentId: no such public incident", 400, "incidentId");
    }
    let q = db.selectFrom("subscriptions").selectAll().where("email", "=", input.email);
    q = input.incidentId === null ? q.where("incident_id", "is", null) : q.where("incident_id", "=", input.incidentId);
    const existing = await q.executeTakeFirst();
    if (existing?.status === "confirmed") {
      // Already subscribed: only the language may change. The answer is the same 202, so the form tells no one who subscribes.
      await db.updateTable("subscriptions").set({ language: input.language }).where("id", "=", existing.id).execute();
      return;
    }
    const confirm = token();
    const id = existing?.id ?? randomUUID();
    if (existing) {
      await cancelPending(db, id, "a newer confirmation was sent", at);
      await db
        .updateTable("subscriptions")
        .set({ language: input.language, confirm_token_hash: hash(confirm) })
        .where("id", "=", id)
        .execute();
    } else {
      await db
        .insertInto("subscriptions")
        .values({
          id,
          email: input.email,
          incident_id: input.incidentId,
          language: input.language,
          status: "pending",
          confirm_token_hash: hash(confirm),
          unsubscribe_token: token(),
          created_at: at,
          confirmed_at: null,
        })
        .execute();
    }
    // The confirmation goes through the outbox too (retried like the rest); its token is dropped once it is sent.
    await insertDeliveries(db, [
      newDelivery({
        publication_id: null,
        channel: "confirm",
        target_id: id,
        position: positionOf(0, `c${at}`),
        at,
        body: JSON.stringify({ token: confirm }),
      }),
    ]);
    nudge();
  }

  /**
   * The subscriber's language when a pending subscription was confirmed now (or already was), else null: the page
   * that says so speaks the language the citizen chose.
   */
  async function confirm(t: string): Promise<MessageLanguage | null> {
    const sub = await db
      .selectFrom("subscriptions")
      .select(["id", "status", "language"])
      .where("confirm_token_hash", "=", hash(t))
      .executeTakeFirst();
    if (!sub) return null;
    if (sub.status !== "confirmed") {
      await db
        .updateTable("subscriptions")
        .set({ status: "confirmed", confirmed_at: new Date().toISOString() })
        .where("id", "=", sub.id)
        .execute();
    }
    return languageOf(sub.language);
  }

  /** The subscriber's language for an unsubscribe link, or null when the link matches no subscription. */
  async function unsubscribeLanguage(t: string): Promise<MessageLanguage | null> {
    const sub = await db
      .selectFrom("subscriptions")
      .select("language")
      .where("unsubscribe_token", "=", t)
      .executeTakeFirst();
    return sub ? languageOf(sub.language) : null;
  }

  /**
   * Deletes the subscription and the address with it; nothing queued for it is sent. The subscriber's language (for
   * the page that confirms it), or null when the link matched nothing.
   */
  async function unsubscribe(t: string): Promise<MessageLanguage | null> {
    const sub = await db
      .selectFrom("subscriptions")
      .select(["id", "language"])
      .where("unsubscribe_token", "=", t)
      .executeTakeFirst();
    if (!sub) return null;
    await cancelPending(db, sub.id, "unsubscribed", new Date().toISOString());
    await db.deleteFrom("subscriptions").where("id", "=", sub.id).execute();
    return languageOf(sub.language);
  }

  return { subscribe, confirm, unsubscribe, unsubscribeLanguage };
}

/** A stored language as a MessageLanguage (the column is text; the form only ever stores one of them). */
const languageOf = (stored: string): MessageLanguage => MessageLanguage.catch("sv").parse(stored);

export type Subscriptions = ReturnType<typeof createSubscriptions>;
