import { z } from "zod";
import { LANGUAGES } from "../constants.js";
import { Id, NO_CONTROL, ONE_LINE } from "./common.js";
import { lazySchema } from "./lazy.js";

/** What a webhook may subscribe to (docs/api.md "Webhooks"). `webhook.test` is only sent by the test route. */
export const WEBHOOK_EVENTS = ["bulletin.published", "bulletin.retracted", "incident.closed"] as const;
export const WebhookEvent = lazySchema(() => z.enum(WEBHOOK_EVENTS));
export type WebhookEvent = z.infer<typeof WebhookEvent>;

const WebhookUrl = lazySchema(() =>
  z
    .string()
    .trim()
    .max(2_000)
    .regex(ONE_LINE, NO_CONTROL)
    .pipe(z.url({ protocol: /^https?$/, hostname: /./ })),
);

export const WebhookCreate = lazySchema(() =>
  z.object({
    url: WebhookUrl,
    events: z
      .array(WebhookEvent)
      .min(1)
      .max(WEBHOOK_EVENTS.length)
      .transform((e) => [...new Set(e)]),
    incidentId: Id.nullable().default(null),
    description: z.string().trim().max(500).regex(ONE_LINE, NO_CONTROL).default(""),
    /** Receives exercise incidents (and only webhooks marked so do); every payload carries `exercise`. */
    exercise: z.boolean().default(false),
  }),
);
export type WebhookCreate = z.infer<typeof WebhookCreate>;

export const WebhookPatch = lazySchema(() =>
  z
    .object({
      url: WebhookUrl,
      events: WebhookCreate.shape.events,
      incidentId: Id.nullable(),
      description: WebhookCreate.shape.description,
      exercise: z.boolean(),
      /** false re-enables a webhook that was disabled (by an admin or a 410 Gone). */
      disabled: z.boolean(),
    })
    .partial()
    .strict(),
);
export type WebhookPatch = z.infer<typeof WebhookPatch>;

export const Webhook = lazySchema(() =>
  z.object({
    id: Id,
    url: z.string(),
    events: z.array(WebhookEvent),
    incidentId: Id.nullable(),
    description: z.string(),
    exercise: z.boolean(),
    disabled: z.boolean(),
    disabledReason: z.string().nullable(),
    failuresInRow: z.number().int().min(0),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type Webhook = z.infer<typeof Webhook>;

/** POST /api/webhooks: the new webhook with its signing secret, shown this once. */
export const WebhookCreated = lazySchema(() => Webhook.extend({ secret: z.string() }));
export const WebhookList = lazySchema(() => z.object({ webhooks: z.array(Webhook) }));
export const WebhookEnvelope = lazySchema(() => z.object({ webhook: Webhook }));

export const DELIVERY_STATUSES = ["pending", "delivered", "failed", "cancelled"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const WebhookDelivery = lazySchema(() =>
  z.object({
    /** The `webhook-id` header. */
    id: z.string(),
    type: z.string(),
    status: z.enum(DELIVERY_STATUSES),
    attempts: z.number().int().min(0),
    nextAttemptAt: z.string().nullable(),
    lastError: z.string().nullable(),
    responseCode: z.number().int().nullable(),
    createdAt: z.string(),
    deliveredAt: z.string().nullable(),
  }),
);
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;
/** POST /api/webhooks/:id/test: the queued test delivery (its `webhook-id`). */
export const WebhookTestQueued = lazySchema(() => z.object({ delivery: z.object({ id: z.string() }) }));
export const WebhookDeliveryList = lazySchema(() => z.object({ deliveries: z.array(WebhookDelivery) }));

/** How far one publish reached, per channel (the bulletin shows it). */
export const ChannelReach = lazySchema(() =>
  z.object({
    total: z.number().int().min(0),
    delivered: z.number().int().min(0),
    /** Attempted and waiting for a further attempt. */
    retrying: z.number().int().min(0),
    /** Not attempted yet. */
    queued: z.number().int().min(0),
    /** Given up (25 h) or cancelled (webhook disabled or deleted, address unsubscribed). */
    failed: z.number().int().min(0),
  }),
);
export type ChannelReach = z.infer<typeof ChannelReach>;

export const PublicationReach = lazySchema(() =>
  z.object({
    publicationId: Id,
    type: z.string(),
    incidentId: Id,
    bulletinId: Id.nullable(),
    at: z.string(),
    webhooks: ChannelReach,
    email: ChannelReach,
    /** Subscribers are still being counted (the e-mail fan-out has not run yet). */
    emailPending: z.boolean(),
  }),
);
export type PublicationReach = z.infer<typeof PublicationReach>;

/** GET /api/bulletins/:id/reach and /api/incidents/:id/reach: newest first. */
export const ReachList = lazySchema(() => z.object({ reach: z.array(PublicationReach) }));
export type ReachList = z.infer<typeof ReachList>;

export const SUBSCRIPTION_LANGUAGES = LANGUAGES;
export const SubscriptionCreate = lazySchema(() =>
  z.object({
    email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
    incidentId: Id.nullable().default(null),
    language: z.enum(LANGUAGES).default("sv"),
  }),
);
export type SubscriptionCreate = z.infer<typeof SubscriptionCreate>;

export const SubscriptionToken = lazySchema(() =>
  z.object({
    token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "must be the token from the e-mail"),
  }),
);

export const IdParam = lazySchema(() => z.object({ id: Id }));
