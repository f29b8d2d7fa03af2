import { z } from "zod";
import { lazySchema } from "../schemas/lazy.js";

/**
 * The names of every event type and entity type. A leaf module (no schemas), so the envelope and the log's item
 * schema can name them without importing the catalogue; `catalogue.ts` must hold one entry per name (the compiler
 * checks it with `satisfies`, test/shared/eventCatalogue.test.ts checks the rest).
 */
export const EVENT_TYPES = [
  "incident.created",
  "incident.updated",
  "log.entry_added",
  "user.created",
  "user.updated",
  "faq.created",
  "faq.updated",
  "faq.status_changed",
  "faq.stale",
  "faq.review_changed",
  "faq.published",
  "inquiry.logged",
  "inquiry.called_back",
  "suggestion.created",
  "suggestion.updated",
  "suggestion.resolved",
  "fact.created",
  "fact.updated",
  "bulletin.created",
  "bulletin.saved",
  "bulletin.status_changed",
  "bulletin.stale",
  "bulletin.channel_saved",
  "notification",
  "claim.created",
  "claim.updated",
  "claim.taken",
  "claim.merged",
  "claim.status_changed",
  "claim.facts_flagged",
  "claim.facts_confirmed",
  "contact_claim.changed",
  "delivery.reach",
  "national.item",
  "template.saved",
  "template.approved",
] as const;
export const EventType = lazySchema(() => z.enum(EVENT_TYPES));
export type EventType = z.infer<typeof EventType>;

export const ENTITY_TYPES = [
  "incident",
  "log_entry",
  "user",
  "faq_entry",
  "inquiry",
  "faq_suggestion",
  "fact",
  "bulletin",
  "claim",
  "publication",
  "national_item",
  "scenario_template",
] as const;
export const EntityType = lazySchema(() => z.enum(ENTITY_TYPES));
export type EntityType = z.infer<typeof EntityType>;
