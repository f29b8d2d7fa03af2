import { randomUUID } from "node:crypto";
import { PostgresAdapter, sql, type Kysely } from "kysely";
import type { DeliveryReachData } from "../../../shared/outboxEvents.js";
import type { MessageLanguage, NotificationData } from "../../../shared/index.js";
import {
  cancelPending,
  claimDue,
  finishDelivery,
  findPublication,
  insertDeliveries,
  markDelivered,
  positionOf,
  withEmailFanOut,
  type DeliveryRow,
  type PublicationRow,
} from "../../db/repos/outbox.js";
import type { SubscriptionsTable } from "../../db/outboxTables.js";
import type { DB } from "../../db/schema.js";
import type { RunInTransaction } from "../../db/transaction.js";
import type { Logger } from "../../logger.js";
import { nextAttemptAt } from "./backoff.js";
import { bulletinMail, confirmationMail, type Mailer } from "./mail.js";
import type { PublicPayload } from "./payload.js";
import { loadReach } from "./reach.js";
import { postWebhook, type SendResult } from "./send.js";
import { webhookHeaders } from "./sign.js";

export interface WorkerOptions {
  /** Base URL of the site without /public, for links in e-mails. */
  publicUrl: () => string;
  allowPrivate: boolean;
  mailer?: Mailer | undefined;
  /** Idle poll: how soon another node's publish (or a retry coming due) is noticed. A local publish wakes it at once. */
  pollMs?: number;
  batch?: number;
  /** How long a claim lasts; renewed while its batch is still being sent, so it only runs out when a node died. */
  leaseMs?: number;
  /** First retry window (tests shorten it); see backoff.ts. */
  retryBaseMs?: number;
  /** Failed attempts in a row after which the admins are told about a webhook. */
  failingAfter?: number;
  webhookTimeoutMs?: number;
}

export interface OutboxWorker {
  start(): void;
  /** Wakes the loop now (after a local commit wrote deliveries). */
  nudge(): void;
  /** One pass, for tests: expand, claim, send, record. Resolves with the number of deliveries attempted. */
  tick(): Promise<number>;
  stop(): Promise<void>;
  readonly node: string;
}

type Outcome =
  | { kind: "delivered"; status: number | null }
  | { kind: "retry"; status: number | null; error: string; gone?: boolean }
  | { kind: "cancel"; error: string };

const MAX_CONCURRENCY = 16;
const WEBHOOK_BATCH = 50;
const STOP_GRACE_MS = 3_000;

interface Lane {
  channels: string[];
  batch: number;
  email: boolean;
}

interface LaneLoop {
  lane: Lane;
  timer?: NodeJS.Timeout;
  current: Promise<unknown>;
  wake: boolean;
}

async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++] as T);
    }),
  );
}

export function createOutboxWorker(
  deps: { db: Kysely<DB>; transaction: RunInTransaction; log: Logger },
  options: WorkerOptions,
): OutboxWorker {
  const { db, log } = deps;
  const node = randomUUID();
  const pollMs = options.pollMs ?? 500;
  const batch = options.batch ?? 200;
  const leaseMs = options.leaseMs ?? 20_000;
  const failingAfter = options.failingAfter ?? 3;
  const dirty = new Set<string>();
  const payloads = new Map<string, { row: PublicationRow; payload: PublicPayload }>();
  let lastFlush = 0;
  let running = false;

  async function publication(id: string): Promise<{ row: PublicationRow; payload: PublicPayload } | undefined> {
    const cached = payloads.get(id);
    if (cached) return cached;
    const row = await findPublication(db, id);
    if (!row) return undefined;
    const entry = { row, payload: JSON.parse(row.payload) as PublicPayload };
    if (payloads.size > 100) payloads.clear();
    payloads.set(id, entry);
    return entry;
  }

  /** E-mail publications become one delivery per subscriber who had confirmed when the bulletin was published. */
  async function expandEmail(): Promise<boolean> {
    const done = await withEmailFanOut(db, async (tx, p) => {
      let q = tx
        .selectFrom("subscriptions")
        .select(["id"])
        .where("status", "=", "confirmed")
        .where("confirmed_at", "<=", p.created_at);
      // Exercises go only to those who subscribed to that very incident, never to "everything".
      q = p.exercise
        ? q.where("incident_id", "=", p.incident_id)
        : q.where((eb) => eb.or([eb("incident_id", "is", null), eb("incident_id", "=", p.incident_id)]));
      const subs = await q.orderBy("id").execute();
      const at = new Date().toISOString();
      await insertDeliveries(
        tx,
        subs.map((s) =>
          newDelivery({
            publication_id: p.id,
            channel: "email",
            target_id: s.id,
            position: positionOf(p.event_seq, "0"),
            at,
          }),
        ),
      );
    });
    if (done) dirty.add(done.id);
    return done !== undefined;
  }

  async function sendWebhook(d: DeliveryRow): Promise<Outcome> {
    const hook = await db.selectFrom("webhooks").selectAll().where("id", "=", d.target_id).executeTakeFirst();
    if (!hook) return { kind: "cancel", error: "webhook deleted" };
    if (hook.disabled)
      return { kind: "cancel", error: `webhook disabled${hook.disabled_reason ? `: ${hook.disabled_reason}` : ""}` };
    let body = d.body;
    if (body === null) {
      const p = d.publication_id ? await publication(d.publication_id) : undefined;
      if (!p) return { kind: "cancel", error: "publication missing" };
      body = JSON.stringify({ type: p.row.type, timestamp: p.row.created_at, data: p.payload });
    }
    const result: SendResult = await postWebhook(hook.url, webhookHeaders(hook.secret, d.id, body), body, {
      allowPrivate: options.allowPrivate,
      ...(options.webhookTimeoutMs ? { timeoutMs: options.webhookTimeoutMs } : {}),
    });
    return result.ok
      ? { kind: "delivered", status: result.status }
      : { kind: "retry", status: result.status, error: result.error, gone: result.gone };
  }

  /** One query for a batch's subscribers instead of one per message (10,000 e-mails: 50 queries, not 10,000). */
  const subscribers = new Map<string, SubscriptionsTable>();
  async function preloadSubscriptions(rows: DeliveryRow[]): Promise<void> {
    subscribers.clear();
    const ids = [...new Set(rows.map((r) => r.target_id))];
    for (let i = 0; i < ids.length; i += 500) {
      for (const sub of await db
        .selectFrom("subscriptions")
        .selectAll()
        .where("id", "in", ids.slice(i, i + 500))
        .execute())
        subscribers.set(sub.id, sub);
    }
  }

  async function sendEmail(d: DeliveryRow): Promise<Outcome> {
    const mailer = options.mailer;
    if (!mailer) return { kind: "retry", status: null, error: "e-mail is not configured" };
    const sub =
      subscribers.get(d.target_id) ??
      (await db.selectFrom("subscriptions").selectAll().where("id", "=", d.target_id).executeTakeFirst());
    if (!sub) return { kind: "cancel", error: "unsubscribed" };
    const base = `${options.publicUrl()}/public/subscriptions`;
    const unsubscribeUrl = `${base}/unsubscribe?token=${sub.unsubscribe_token}`;
    const lang = sub.language as MessageLanguage;
    let message;
    if (d.channel === "confirm") {
      const token = d.body ? (JSON.parse(d.body) as { token: string }).token : "";
      if (sub.status !== "pending" || !token) return { kind: "cancel", error: "already confirmed" };
      const scope = sub.incident_id
        ? ((await db.selectFrom("incidents").select("title").where("id", "=", sub.incident_id).executeTakeFirst())
            ?.title ?? null)
        : null;
      message = confirmationMail(sub.email, lang, `${base}/confirm?token=${token}`, unsubscribeUrl, scope);
    } else {
      if (sub.status !== "confirmed") return { kind: "cancel", error: "not confirmed" };
      const p = d.publication_id ? await publication(d.publication_id) : undefined;
      message = p && bulletinMail(sub.email, lang, p.payload, unsubscribeUrl);
      if (!message) return { kind: "cancel", error: "nothing to send in any language" };
    }
    try {
      await mailer.send(message);
      return { kind: "delivered", status: null };
    } catch (err) {
      const code = (err as { responseCode?: number }).responseCode;
      return { kind: "retry", status: code ?? null, error: (err as Error).message.slice(0, 300) };
    }
  }

  /** To the admins: about the incident whose publish failed, or (a test ping) about the admin who added the webhook. */
  async function notifyAdmins(
    hook: { created_by: string },
    incidentId: string | null,
    message: NotificationData["message"],
    alongside?: (tx: Kysely<DB>) => Promise<void>,
  ): Promise<void> {
    const data: NotificationData = { kind: "webhook_failing", recipients: [], message };
    const entity = incidentId
      ? { type: "incident" as const, id: incidentId }
      : { type: "user" as const, id: hook.created_by };
    await deps.transaction(async (ctx) => {
      if (alongside) await alongside(ctx.tx);
      await ctx.emit({ actor: null, type: "notification", incidentId, entity, visibleTo: ["admin"], data });
    });
  }

  async function afterWebhook(d: DeliveryRow, outcome: Outcome, incidentId: string | null): Promise<void> {
    if (outcome.kind === "delivered") {
      await db
        .updateTable("webhooks")
        .set({ failures_in_row: 0 })
        .where("id", "=", d.target_id)
        .where("failures_in_row", ">", 0)
        .execute();
      return;
    }
    if (outcome.kind !== "retry") return;
    const at = new Date().toISOString();
    const hook = await db
      .selectFrom("webhooks")
      .select(["url", "failures_in_row", "created_by"])
      .where("id", "=", d.target_id)
      .executeTakeFirst();
    if (!hook) return;
    if (outcome.gone) {
      // The webhook disabled, its pending deliveries cancelled and the admins told in one transaction: whoever sees
      // it disabled also sees why, and a crash between the steps cannot leave it disabled without a word.
      await notifyAdmins(
        hook,
        incidentId,
        {
          sv: `Webbhooken till ${hook.url} svarade 410 Gone och är avstängd. Kontrollera adressen och slå på den igen.`,
          en: `The webhook to ${hook.url} answered 410 Gone and is disabled. Check the address and enable it again.`,
        },
        async (tx) => {
          await tx
            .updateTable("webhooks")
            .set({ disabled: 1, disabled_reason: "410 Gone", updated_at: at })
            .where("id", "=", d.target_id)
            .execute();
          await cancelPending(tx, d.target_id, "webhook disabled: 410 Gone", at);
        },
      );
      return;
    }
    const failures = hook.failures_in_row + 1;
    await db
      .updateTable("webhooks")
      .set({ failures_in_row: sql<number>`failures_in_row + 1` })
      .where("id", "=", d.target_id)
      .execute();
    if (failures === failingAfter) {
      await notifyAdmins(hook, incidentId, {
        sv: `Webbhooken till ${hook.url} har misslyckats ${failures} gånger i rad (${outcome.error}). Leveranserna försöks igen.`,
        en: `The webhook to ${hook.url} has failed ${failures} times in a row (${outcome.error}). Deliveries are being retried.`,
      });
    }
  }

  async function record(d: DeliveryRow, outcome: Outcome, deliveredEmail: string[]): Promise<void> {
    const now = Date.now();
    const at = new Date(now).toISOString();
    if (outcome.kind === "delivered" && d.channel === "email") {
      deliveredEmail.push(d.id);
      return;
    }
    if (outcome.kind === "delivered") {
      await finishDelivery(db, d.id, node, {
        status: "delivered",
        attempts: d.attempts + 1,
        delivered_at: at,
        response_code: outcome.status,
        last_error: null,
        updated_at: at,
      });
    } else if (outcome.kind === "cancel") {
      await finishDelivery(db, d.id, node, { status: "cancelled", last_error: outcome.error, updated_at: at });
    } else {
      const attempts = d.attempts + 1;
      const next = outcome.gone ? null : nextAttemptAt(d.created_at, attempts, now, Math.random, options.retryBaseMs);
      await finishDelivery(db, d.id, node, {
        status: next === null ? "failed" : "pending",
        attempts,
        ...(next !== null ? { next_attempt_at: next } : {}),
        last_error: outcome.error,
        response_code: outcome.status,
        updated_at: at,
      });
    }
    if (d.channel === "confirm" && outcome.kind !== "retry") {
      await db.updateTable("outbox_deliveries").set({ body: null }).where("id", "=", d.id).execute(); // the token is not kept
    }
  }

  async function deliver(d: DeliveryRow, deliveredEmail: string[]): Promise<void> {
    try {
      const outcome = d.channel === "webhook" ? await sendWebhook(d) : await sendEmail(d);
      await record(d, outcome, deliveredEmail);
      if (d.publication_id) dirty.add(d.publication_id);
      if (d.channel === "webhook") {
        const incidentId = d.publication_id ? ((await publication(d.publication_id))?.row.incident_id ?? null) : null;
        await afterWebhook(d, outcome, incidentId);
      }
    } catch (err) {
      log.error("outbox delivery failed unexpectedly; its claim runs out and it is retried", { err, delivery: d.id });
    }
  }

  /** At most about once a second: one `delivery.reach` event per publication whose counts moved. */
  async function flushReach(force: boolean): Promise<void> {
    if (dirty.size === 0 || (!force && Date.now() - lastFlush < 1_000)) return;
    lastFlush = Date.now();
    const ids = [...dirty];
    dirty.clear();
    const reach = await loadReach(db, { publicationIds: ids });
    for (const r of reach) {
      const data: DeliveryReachData = { reach: r };
      await deps.transaction((ctx) =>
        ctx.emit({
          actor: null,
          type: "delivery.reach",
          incidentId: r.incidentId,
          entity: { type: "publication", id: r.publicationId },
          data,
        }),
      );
    }
  }

  /** One pass of one lane: claim its due deliveries, send them, record the outcomes. */
  async function pass(lane: Lane): Promise<number> {
    const now = Date.now();
    const claimed = await claimDue(db, {
      now: new Date(now).toISOString(),
      lockedUntil: new Date(now + leaseMs).toISOString(),
      node,
      limit: lane.batch,
      channels: lane.channels,
    });
    if (claimed.length === 0) return 0;
    if (lane.email) await preloadSubscriptions(claimed);
    const deliveredEmail: string[] = [];
    // Keep the claim while the batch is being sent (a slow receiver may take its full 10 s per attempt).
    const ids = claimed.map((d) => d.id);
    const renew = setInterval(() => {
      const until = new Date(Date.now() + leaseMs).toISOString();
      void db
        .updateTable("outbox_deliveries")
        .set({ locked_until: until })
        .where("id", "in", ids)
        .where("locked_by", "=", node)
        .where("status", "=", "pending")
        .execute()
        .catch(() => undefined);
    }, leaseMs / 3);
    try {
      await pool(claimed, MAX_CONCURRENCY, (d) => deliver(d, deliveredEmail));
    } finally {
      clearInterval(renew);
    }
    if (deliveredEmail.length > 0) await markDelivered(db, deliveredEmail, node, new Date().toISOString());
    return claimed.length;
  }

  async function expandAll(): Promise<void> {
    while (await expandEmail()) {
      /* expand every waiting publication first: the claim after it then sees them */
    }
  }

  /**
   * Two lanes, each its own loop: webhooks, and e-mail (with the subscriber fan-out). A publish's webhooks then never
   * wait behind a mass e-mail of an earlier publish, and a slow webhook receiver does not hold up the e-mail.
   */
  const lanes: LaneLoop[] = [
    { lane: { channels: ["webhook"], batch: WEBHOOK_BATCH, email: false }, current: Promise.resolve(), wake: false },
    { lane: { channels: ["email", "confirm"], batch, email: true }, current: Promise.resolve(), wake: false },
  ];

  async function tick(): Promise<number> {
    await expandAll();
    let n = 0;
    for (const l of lanes) n += await pass(l.lane);
    await flushReach(n === 0);
    return n;
  }

  function schedule(l: LaneLoop, delay: number): void {
    if (!running) return;
    clearTimeout(l.timer);
    l.timer = setTimeout(() => loop(l), delay);
  }

  function loop(l: LaneLoop): void {
    l.timer = undefined;
    l.wake = false;
    const run = (async () => {
      if (l.lane.email) await expandAll();
      const n = await pass(l.lane);
      await flushReach(n === 0);
      return n;
    })().then(
      (n) => schedule(l, n > 0 || l.wake ? 0 : pollMs),
      (err: unknown) => {
        log.error("outbox worker pass failed", { err, channels: l.lane.channels });
        schedule(l, pollMs * 4);
      },
    );
    l.current = run;
  }

  return {
    node,
    tick,
    start() {
      if (running) return;
      running = true;
      // SQLite is one node: claims left by a process that was killed are this node's own, so they end now rather
      // than when they run out. (On PostgreSQL another live node may hold them; they run out after leaseMs.)
      const release =
        db.getExecutor().adapter instanceof PostgresAdapter
          ? Promise.resolve()
          : db
              .updateTable("outbox_deliveries")
              .set({ locked_until: null, locked_by: null })
              .where("status", "=", "pending")
              .where("locked_until", "is not", null)
              .execute();
      const first = release.then(
        () => lanes.forEach((l) => schedule(l, 0)),
        (err: unknown) => {
          log.error("outbox: could not release old claims", { err });
          lanes.forEach((l) => schedule(l, 0));
        },
      );
      for (const l of lanes) l.current = first;
    },
    nudge() {
      for (const l of lanes) {
        l.wake = true;
        if (running && l.timer !== undefined) schedule(l, 0);
      }
    },
    async stop() {
      running = false;
      for (const l of lanes) clearTimeout(l.timer);
      // In-flight sends get a moment to finish and be recorded; one still waiting on a slow receiver keeps its claim
      // and is sent again (same webhook-id) once the claim runs out.
      const grace = new Promise((r) => setTimeout(r, STOP_GRACE_MS).unref());
      await Promise.race([Promise.all(lanes.map((l) => l.current.catch(() => undefined))), grace]);
      options.mailer?.close();
    },
  };
}

export function newDelivery(v: {
  publication_id: string | null;
  channel: string;
  target_id: string;
  position: string;
  at: string;
  body?: string | null;
}): DeliveryRow {
  return {
    id: `msg_${randomUUID().replaceAll("-", "")}`,
    publication_id: v.publication_id,
    channel: v.channel,
    target_id: v.target_id,
    position: v.position,
    body: v.body ?? null,
    status: "pending",
    attempts: 0,
    next_attempt_at: v.at,
    locked_until: null,
    locked_by: null,
    last_error: null,
    response_code: null,
    created_at: v.at,
    updated_at: v.at,
    delivered_at: null,
  };
}
