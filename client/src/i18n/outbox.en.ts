import type { outboxSv } from "./outbox.sv";

export const outboxEn: Record<keyof typeof outboxSv, string> = {
  "reach.title": "Reach",
  "reach.none": "Nothing has been sent on yet.",
  "reach.type.bulletin.published": "Publish",
  "reach.type.bulletin.retracted": "Retraction",
  "reach.type.incident.closed": "Incident closed",
  "reach.webhooks": "Webhooks",
  "reach.email": "E-mail subscribers",
  "reach.counts": "{delivered} of {total} delivered",
  "reach.retrying": "{n} retrying",
  "reach.queued": "{n} queued",
  "reach.failed": "{n} failed",
  "reach.counting": "counting subscribers …",
  "reach.error": "The reach could not be loaded: {message}",
};
