import type { z } from "zod";
import { bulletinEvents } from "./bulletins.js";
import { claimEvents } from "./claims.js";
import { contactEvents } from "./contact.js";
import type { EventDef } from "./define.js";
import { factEvents } from "./facts.js";
import { incidentEvents } from "./incidents.js";
import { nationalEvents } from "./national.js";
import { notificationEvents } from "./notifications.js";
import { outboxEvents } from "./outbox.js";
import { templateEvents } from "./templates.js";
import type { EventType } from "./types.js";
import { userEvents } from "./users.js";

/**
 * Every event type's contract, by domain (see README.md for adding one). The `satisfies` makes the compiler refuse
 * a type without an entry and an entry without a type.
 */
export const EVENT_CATALOGUE = {
  ...incidentEvents,
  ...userEvents,
  ...factEvents,
  ...bulletinEvents,
  ...notificationEvents,
  ...claimEvents,
  ...contactEvents,
  ...outboxEvents,
  ...nationalEvents,
  ...templateEvents,
} satisfies Record<EventType, EventDef>;

export type EventCatalogue = typeof EVENT_CATALOGUE;

/** The payload of one event type, as parsed (defaults applied). */
export type EventData<T extends EventType> = z.output<EventCatalogue[T]["data"]>;
/** The payload of one event type, as an emitter writes it. */
export type EventDataInput<T extends EventType> = z.input<EventCatalogue[T]["data"]>;

/** The entry of one type, widened for code that treats every entry alike (sentences, CSV, docs checks). */
export function eventDef(type: EventType): EventDef {
  return EVENT_CATALOGUE[type] as unknown as EventDef;
}
