import { randomUUID } from "node:crypto";
import type { Bulletin, DomainEvent, Incident } from "../../../shared/index.js";
import type { WebhookEvent } from "../../../shared/schemas/outbox.js";
import {
  insertDeliveries,
  insertPublication,
  matchingWebhooks,
  positionOf,
  type DeliveryRow,
} from "../../db/repos/outbox.js";
import type { RunInTransaction, TxContext } from "../../db/transaction.js";
import { bulletinPayload, incidentPayload, type PayloadContext, type PublicPayload } from "./payload.js";

export interface EnqueueOptions {
  /** Base URL of the site without /public (read when needed: the port may be chosen at listen time). */
  publicUrl: () => string;
  /** E-mail is configured: publishes also fan out to confirmed subscribers. */
  email: boolean;
}

interface Cause {
  type: WebhookEvent;
  seq: number;
  incidentId: string;
  bulletinId: string | null;
  /** The incident as the command left it: an incident closing's own, or the clock a publish moved (it rides on the
   *  event, clock.ts). The payload then need not read back the row this transaction just wrote. */
  incident?: Incident;
}

/** What the committed events of one command ask the outbox to send: publishes, retractions (one per group), closings. */
function causesOf(events: DomainEvent[]): Cause[] {
  const causes: Cause[] = [];
  const retractedGroups = new Set<string>();
  for (const e of events) {
    if (e.type === "bulletin.status_changed" && e.incidentId && !e.data.readerCopy) {
      const bulletin = e.data.bulletin as Bulletin;
      if (e.data.to === "published") {
        const incident = e.data.incident as Incident | undefined;
        causes.push({
          type: "bulletin.published",
          seq: e.seq,
          incidentId: e.incidentId,
          bulletinId: bulletin.id,
          ...(incident?.id === e.incidentId ? { incident } : {}),
        });
      }
      // A master's retraction retracts its translations in the same command: one retraction per language group.
      const groupId = bulletin.translationOf ?? bulletin.id;
      if (e.data.to === "retracted" && bulletin.publishedVersion !== null && !retractedGroups.has(groupId)) {
        retractedGroups.add(groupId);
        causes.push({ type: "bulletin.retracted", seq: e.seq, incidentId: e.incidentId, bulletinId: bulletin.id });
      }
    }
    if (
      e.type === "incident.updated" &&
      e.incidentId &&
      (e.data.changed as string[]).includes("status") &&
      (e.data.incident as Incident).status === "closed"
    ) {
      causes.push({
        type: "incident.closed",
        seq: e.seq,
        incidentId: e.incidentId,
        bulletinId: null,
        incident: e.data.incident as Incident,
      });
    }
  }
  return causes;
}

async function payloadOf(ctx: TxContext, cause: Cause, opts: EnqueueOptions): Promise<PublicPayload | undefined> {
  const at: PayloadContext = { publicUrl: opts.publicUrl() };
  if (cause.type === "incident.closed") return cause.incident && incidentPayload(ctx.tx, cause.incident, at);
  return cause.bulletinId ? bulletinPayload(ctx.tx, cause.type, cause.bulletinId, at, cause.incident) : undefined;
}

/**
 * Writes the publications and their webhook deliveries in the command's own transaction (the outbox proper).
 * Resolves with the number of publications the worker has something to send for: webhook deliveries, or e-mail.
 */
async function enqueue(ctx: TxContext, events: DomainEvent[], opts: EnqueueOptions): Promise<number> {
  let toSend = 0;
  for (const cause of causesOf(events)) {
    const emailPending = opts.email && cause.type === "bulletin.published";
    // A publish carries its incident, and its bulletin is public by definition: when no webhook asks for it and no
    // e-mail goes out, nobody will read a payload, so none is built (a third of the publish transaction's work).
    const known = cause.type === "bulletin.published" ? cause.incident : undefined;
    const early = known && (await matchingWebhooks(ctx.tx, cause.type, cause.incidentId, known.exercise));
    const payload = early && early.length === 0 && !emailPending ? null : await payloadOf(ctx, cause, opts);
    if (payload === undefined) continue;
    const exercise = payload?.exercise ?? known?.exercise ?? false;
    const at = new Date().toISOString();
    const id = randomUUID();
    await insertPublication(ctx.tx, {
      id,
      event_seq: cause.seq,
      type: cause.type,
      incident_id: cause.incidentId,
      bulletin_id: cause.bulletinId,
      exercise: exercise ? 1 : 0,
      // "null": a record for the reach and the log only; the worker reads a payload only for a delivery or e-mail.
      payload: JSON.stringify(payload),
      email_pending: emailPending ? 1 : 0,
      created_at: at,
    });
    const hooks = early ?? (await matchingWebhooks(ctx.tx, cause.type, cause.incidentId, exercise));
    const rows: DeliveryRow[] = hooks.map((h) => ({
      id: `msg_${randomUUID().replaceAll("-", "")}`,
      publication_id: id,
      channel: "webhook",
      target_id: h.id,
      position: positionOf(cause.seq, "0"),
      body: null,
      status: "pending",
      attempts: 0,
      next_attempt_at: at,
      locked_until: null,
      locked_by: null,
      last_error: null,
      response_code: null,
      created_at: at,
      updated_at: at,
      delivered_at: null,
    }));
    await insertDeliveries(ctx.tx, rows);
    if (rows.length > 0 || emailPending) toSend++;
  }
  return toSend;
}

/**
 * Wraps the transaction runner so every command's events are looked at before it commits: a publish, a retraction or
 * an incident closed writes its outbox rows in that same transaction (so a delivery exists exactly when the publish
 * committed), and the worker is woken after the commit when there is something to send. Publishing waits for no
 * delivery. With no webhook and no e-mail for it, a publication is only a record: waking the worker then cost both of
 * its lanes a pass (three transactions, about a millisecond of CPU) right after the push, while the consoles read it.
 */
export function withOutbox(run: RunInTransaction, opts: EnqueueOptions, afterCommit: () => void): RunInTransaction {
  return async (fn) => {
    let toSend = 0;
    const value = await run(async (ctx) => {
      const seen: DomainEvent[] = [];
      const result = await fn({
        tx: ctx.tx,
        emit: async (event) => {
          const stored = await ctx.emit(event);
          seen.push(stored);
          return stored;
        },
      });
      toSend = await enqueue(ctx, seen, opts);
      return result;
    });
    if (toSend > 0) afterCommit();
    return value;
  };
}
