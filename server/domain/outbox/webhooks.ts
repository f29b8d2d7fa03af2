import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type {
  Webhook,
  WebhookCreate,
  WebhookDelivery,
  WebhookEvent,
  WebhookPatch,
} from "../../../shared/schemas/outbox.js";
import { latestSeq } from "../../db/repos/events.js";
import { incidentExists } from "../../db/repos/incidents.js";
import { cancelPending, insertDeliveries, positionOf, type WebhookRow } from "../../db/repos/outbox.js";
import type { DB } from "../../db/schema.js";
import { AppError, notFound } from "../../errors.js";
import type { Actor } from "../context.js";
import { privateAddressOf } from "./address.js";
import { newWebhookSecret } from "./sign.js";
import { newDelivery } from "./worker.js";

const toWebhook = (r: WebhookRow): Webhook => ({
  id: r.id,
  url: r.url,
  events: JSON.parse(r.events) as WebhookEvent[],
  incidentId: r.incident_id,
  description: r.description,
  exercise: r.exercise === 1,
  disabled: r.disabled === 1,
  disabledReason: r.disabled_reason,
  failuresInRow: r.failures_in_row,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const invalid = (field: string, message: string) => new AppError("validation", `${field}: ${message}`, 400, field);

export interface WebhookOptions {
  /** KRISRUM_WEBHOOK_ALLOW_PRIVATE: http and private, loopback and link-local addresses allowed (tests, closed networks). */
  allowPrivate: boolean;
}

/** Admin management of webhooks (docs/api.md "Webhooks"). The secret leaves the server once, in the create response. */
export function createWebhooks(db: Kysely<DB>, options: WebhookOptions, nudge: () => void) {
  async function checkUrl(raw: string): Promise<void> {
    const url = new URL(raw);
    if (options.allowPrivate) return;
    if (url.protocol !== "https:") throw invalid("url", "must be an https URL");
    let address: string | null;
    try {
      address = await privateAddressOf(url);
    } catch {
      throw invalid("url", `the host ${url.hostname} could not be resolved`);
    }
    if (address !== null)
      throw invalid(
        "url",
        `must not point to a private, loopback or link-local address (${url.hostname} is ${address})`,
      );
  }

  async function checkIncident(incidentId: string | null): Promise<void> {
    if (incidentId !== null && !(await incidentExists(db, incidentId))) throw invalid("incidentId", "no such incident");
  }

  async function find(id: string): Promise<WebhookRow> {
    const row = await db.selectFrom("webhooks").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) throw notFound("Webhook");
    return row;
  }

  async function create(input: WebhookCreate, actor: Actor): Promise<Webhook & { secret: string }> {
    await checkUrl(input.url);
    await checkIncident(input.incidentId);
    const at = new Date().toISOString();
    const row: WebhookRow = {
      id: randomUUID(),
      url: input.url,
      events: JSON.stringify(input.events),
      incident_id: input.incidentId,
      description: input.description,
      secret: newWebhookSecret(),
      exercise: input.exercise ? 1 : 0,
      disabled: 0,
      disabled_reason: null,
      failures_in_row: 0,
      created_by: actor.id,
      created_at: at,
      updated_at: at,
    };
    await db.insertInto("webhooks").values(row).execute();
    return { ...toWebhook(row), secret: row.secret };
  }

  async function list(): Promise<Webhook[]> {
    return (await db.selectFrom("webhooks").selectAll().orderBy("created_at").orderBy("id").execute()).map(toWebhook);
  }

  async function update(id: string, patch: WebhookPatch): Promise<Webhook> {
    const current = await find(id);
    if (patch.url !== undefined) await checkUrl(patch.url);
    if (patch.incidentId !== undefined) await checkIncident(patch.incidentId);
    const at = new Date().toISOString();
    const next: WebhookRow = {
      ...current,
      ...(patch.url !== undefined ? { url: patch.url } : {}),
      ...(patch.events !== undefined ? { events: JSON.stringify(patch.events) } : {}),
      ...(patch.incidentId !== undefined ? { incident_id: patch.incidentId } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.exercise !== undefined ? { exercise: patch.exercise ? 1 : 0 } : {}),
      ...(patch.disabled === true
        ? { disabled: 1, disabled_reason: current.disabled === 1 ? current.disabled_reason : "disabled by an admin" }
        : {}),
      ...(patch.disabled === false ? { disabled: 0, disabled_reason: null, failures_in_row: 0 } : {}),
      updated_at: at,
    };
    const { id: _id, created_at: _c, created_by: _b, secret: _s, ...set } = next;
    await db.updateTable("webhooks").set(set).where("id", "=", id).execute();
    if (next.disabled === 1 && current.disabled === 0) await cancelPending(db, id, "webhook disabled by an admin", at);
    return toWebhook(next);
  }

  async function remove(id: string): Promise<void> {
    await find(id);
    await cancelPending(db, id, "webhook deleted", new Date().toISOString());
    await db.deleteFrom("webhooks").where("id", "=", id).execute();
  }

  /** A signed `webhook.test` through the outbox, after anything already queued for this webhook. */
  async function test(id: string): Promise<{ id: string }> {
    const hook = await find(id);
    if (hook.disabled) throw new AppError("conflict", "This webhook is disabled; enable it first", 409);
    const at = new Date().toISOString();
    const delivery = newDelivery({
      publication_id: null,
      channel: "webhook",
      target_id: id,
      position: positionOf(await latestSeq(db), `t${Date.now()}`),
      at,
    });
    delivery.body = JSON.stringify({
      type: "webhook.test",
      timestamp: at,
      data: { exercise: true, message: "Krisrum webhook test" },
    });
    await insertDeliveries(db, [delivery]);
    nudge();
    return { id: delivery.id };
  }

  async function deliveries(id: string): Promise<WebhookDelivery[]> {
    await find(id);
    const rows = await db
      .selectFrom("outbox_deliveries as d")
      .leftJoin("outbox_publications as p", "p.id", "d.publication_id")
      .select([
        "d.id",
        "d.status",
        "d.attempts",
        "d.next_attempt_at",
        "d.last_error",
        "d.response_code",
        "d.created_at",
        "d.delivered_at",
        "p.type",
      ])
      .where("d.target_id", "=", id)
      .orderBy("d.position", "desc")
      .limit(200)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      type: r.type ?? "webhook.test",
      status: r.status as WebhookDelivery["status"],
      attempts: r.attempts,
      nextAttemptAt: r.status === "pending" ? r.next_attempt_at : null,
      lastError: r.last_error,
      responseCode: r.response_code,
      createdAt: r.created_at,
      deliveredAt: r.delivered_at,
    }));
  }

  return { create, list, update, remove, test, deliveries };
}

export type Webhooks = ReturnType<typeof createWebhooks>;
