import { Router } from "express";
import { z } from "zod";
import { EventPage } from "../../../shared/index.js";
import type { EventFeed } from "../../domain/events.js";
import { EVENTS_PAGE_DEFAULT, EVENTS_PAGE_MAX } from "../../domain/events.js";
import { requireRole } from "../middleware/auth.js";
import { actorOf } from "../types.js";
import { send } from "../send.js";
import { parse } from "../validate.js";

/** Also read by the OpenAPI document (server/http/openapi.ts). */
export const EventPageQuery = z.object({
  since: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(EVENTS_PAGE_MAX).default(EVENTS_PAGE_DEFAULT),
});

export function eventRoutes(feed: EventFeed): Router {
  const router = Router();
  router.get("/events", requireRole("read"), async (req, res) => {
    const { since, limit } = parse(EventPageQuery, req.query);
    send(res, EventPage, await feed.page(since, actorOf(req).role, limit));
  });
  return router;
}
