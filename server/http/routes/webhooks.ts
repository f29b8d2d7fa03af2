import { Router } from "express";
import { IdParam, WebhookCreate, WebhookPatch } from "../../../shared/schemas/outbox.js";
import type { Outbox } from "../../domain/outbox/index.js";
import { requireRole } from "../middleware/auth.js";
import { actorOf } from "../types.js";
import { parse } from "../validate.js";

/** Webhooks (admins) and the reach of publishes (everyone signed in): docs/api.md "Webhooks" and "Reach". */
export function webhookRoutes({ webhooks, reach }: Pick<Outbox, "webhooks" | "reach">): Router {
  const router = Router();
  router.use("/webhooks", requireRole("manageWebhooks"));

  router.post("/webhooks", async (req, res) => {
    res.status(201).json(await webhooks.create(parse(WebhookCreate, req.body), actorOf(req)));
  });
  router.get("/webhooks", async (_req, res) => {
    res.json({ webhooks: await webhooks.list() });
  });
  router.patch("/webhooks/:id", async (req, res) => {
    const { id } = parse(IdParam, req.params);
    res.json({ webhook: await webhooks.update(id, parse(WebhookPatch, req.body)) });
  });
  router.delete("/webhooks/:id", async (req, res) => {
    const { id } = parse(IdParam, req.params);
    await webhooks.remove(id);
    res.status(204).end();
  });
  router.post("/webhooks/:id/test", async (req, res) => {
    const { id } = parse(IdParam, req.params);
    res.status(202).json({ delivery: await webhooks.test(id) });
  });
  router.get("/webhooks/:id/deliveries", async (req, res) => {
    const { id } = parse(IdParam, req.params);
    res.json({ deliveries: await webhooks.deliveries(id) });
  });

  router.get("/bulletins/:id/reach", requireRole("read"), async (req, res) => {
    const { id } = parse(IdParam, req.params);
    res.json({ reach: await reach({ bulletinIds: [id] }) });
  });
  router.get("/incidents/:id/reach", requireRole("read"), async (req, res) => {
    const { id } = parse(IdParam, req.params);
    res.json({ reach: await reach({ incidentId: id }) });
  });
  return router;
}
