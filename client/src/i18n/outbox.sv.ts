/** Reach of a publish: webhooks and e-mail subscribers (the outbox). */
export const outboxSv = {
  "reach.title": "Spridning",
  "reach.none": "Inget har skickats vidare än.",
  "reach.type.bulletin.published": "Publicering",
  "reach.type.bulletin.retracted": "Tillbakadragning",
  "reach.type.incident.closed": "Händelsen avslutad",
  "reach.webhooks": "Webbhookar",
  "reach.email": "E-postprenumeranter",
  "reach.counts": "{delivered} av {total} levererade",
  "reach.retrying": "{n} försöker igen",
  "reach.queued": "{n} i kö",
  "reach.failed": "{n} misslyckade",
  "reach.counting": "räknar prenumeranter …",
  "reach.error": "Spridningen kunde inte hämtas: {message}",
} as const;
