import type { PublicationReach } from "./schemas/outbox.js";

/**
 * The payload of `delivery.reach` (declared with its schema in the event catalogue, shared/events/outbox.ts): how far
 * one publish has reached.
 */
export type DeliveryReachData = { reach: PublicationReach };
