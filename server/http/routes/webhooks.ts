import { Router } from "express";
import {
  IdParam,
  ReachList,
  WebhookCreate,
  WebhookCreated,
  WebhookTestQueued,
  WebhookDeliveryList,
  WebhookEnvelope,
  WebhookList,
  WebhookPatch,
} from "../../../shared/schemas/outbox.js";
import type { Outbox } from "../../domain/outbox/index.js";
import { requireRole } from "../middleware/auth.js";
import { actorOf } from "../types.js";
import { send } from "../send.js";
import { parse } from "../validate.js";

/** Webhooks (admins) and the reach of publishes (everyone signed in): docs/api.md "Webhooks" and "Reach". */
export function webhookRoutes({ webhooks, reach }: Pick<Outbox, "webhooks" | "reach">): Router {
  const router = Router();
  router.use("/webhooks", requireRole("manageWebhooks"));

  router.post("/webhooks", async (req, res) => {
    send(res, WebhookCreated, await webhooks.create(parse(WebhookCreate, req.body), actorOf(req)), 201);
  });
  router.get("/webhooks", async (_req, res) => {
    send(res, WebhookList, { webhooks: await webhooks.list() });
  });
  router.patch("/webhooks/:id", async (req, res) => {
    const { id } = parse(IdParam, req.params);
    send(res, WebhookEnvelope, { webhook: await webhooks.update(id, parse(WebhookPatch, req.body)) });
  });
  router.delete("/webhooks/:id", async (req, res) => {
    const { id } = parse(IdParam, req.params);
    await webhooks.remove(id);
    res.status(204).end();
  });
  router.post("/webhooks/:id/test", async (req, res) => {
    const { id } = parse(IdParam, req.params);
    send(res, WebhookTestQueued, { delivery: await webhooks.test(id) }, 202);
  });
  router.get("/webhooks/:id/deliveries", async (req, res) => {
    const { id } = parse(IdParam, req.params);
    send(res, WebhookDeliveryList, { deliveries: await webhooks.deliveries(id) });
  });

  router.get("/bulletins/:id/reach", requireRole("read"), async (req, res) => {
    const { id } = parse(IdParam, req.params);
    send(res, ReachList, { reach: await reach({ bulletinIds: [id] }) });
  });
  router.get("/incidents/:id/reach", requireRole("read"), async (req, res) => {
    const { id } = parse(IdParam, req.params);
    send(res, ReachList, { reach: await reach({ incidentId: id }) });
  });
  return router;
}
