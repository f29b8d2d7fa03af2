import type { FaqEntry } from "../../../shared/index.js";
import { eventDef, FAQ_EDITORS, type EventDataInput } from "../../../shared/events/index.js";
import type { TxContext } from "../../db/transaction.js";
import { actorRef, type Actor } from "../context.js";

type FaqEventType = "faq.created" | "faq.updated" | "faq.status_changed" | "faq.stale";
/** What each FAQ event carries beside the entry (shared/events/contact.ts). */
export type FaqEventExtra<T extends FaqEventType> = Omit<EventDataInput<T>, "faq">;

/**
 * The one way a FAQ event is written: the entry after the change, at its incident, at the time it was saved. Types
 * whose audience varies (created, updated) go to everyone once the entry is published and to the editors while it is
 * a draft or archived; the others use the catalogue's audience (everyone).
 */
export async function faqEvent<T extends FaqEventType>(
  ctx: TxContext,
  type: T,
  entry: FaqEntry,
  actor: Actor | null,
  extra: FaqEventExtra<T>,
  at?: string,
): Promise<void> {
  const varies = eventDef(type).visibility === "varies";
  await ctx.emit<T>({
    actor: actor && actorRef(actor),
    type,
    incidentId: entry.incidentId,
    entity: { type: "faq_entry", id: entry.id },
    ...(varies ? { visibleTo: entry.status === "published" ? null : FAQ_EDITORS } : {}),
    data: { faq: entry, ...extra } as EventDataInput<T>,
    ...(at !== undefined ? { at } : {}),
  });
}
