import { z } from "zod";
import { PublicationReach } from "../schemas/outbox.js";
import { defineEvent } from "./define.js";
import { lazySchema } from "../schemas/lazy.js";

export const outboxEvents = {
  /**
   * How far one publish (or retraction, closing) has reached: webhooks and e-mail, delivered, retrying, queued,
   * failed. Sent when the counts change, at most about once a second per publish; counts only, never an address.
   */
  "delivery.reach": defineEvent({
    entity: ["publication"],
    visibleTo: null,
    inLog: false, // a running count, not something that happened
    data: lazySchema(() => z.object({ reach: PublicationReach }).loose()),
    log: { reach: { sv: "Nått {delivered} av {total} mottagare.", en: "Reached {delivered} of {total} recipients." } },
    describe: ({ reach }) => [
      "reach",
      { delivered: reach.webhooks.delivered + reach.email.delivered, total: reach.webhooks.total + reach.email.total },
    ],
  }),
};
