import { NotificationData } from "../schemas/notification.js";
import { defineEvent } from "./define.js";
import { lazySchema } from "../schemas/lazy.js";

export const notificationEvents = {
  /**
   * A notice to roles (`visibleTo`, always set by the emitter) and users (`recipients`; empty: everyone in those
   * roles). The payload is the NotificationData itself; its own message is the log line.
   */
  notification: defineEvent({
    entity: ["bulletin", "fact", "incident", "claim", "user", "faq_entry"],
    visibleTo: ["admin", "lead", "communicator"],
    visibility: "varies",
    inLog: false, // a notice echoes a change that is in the log as its own event
    data: lazySchema(() => NotificationData.loose()),
    log: { message: { sv: "{message}", en: "{message}" } },
    describe: (note, w) => ["message", { message: note.message[w.lang] }],
  }),
};
