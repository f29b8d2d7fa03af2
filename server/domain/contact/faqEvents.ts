import type { FaqEntry } from "../../../shared/index.js";
import { eventDef, FAQ_EDITORS, type EventDataInput } from "../../../shared/events/index.js";
import type { TxContext } from "../../db/transaction.js";
import { actorRef, type Actor } from "../context.js";

type FaqEventType =
  "faq.created" | "faq.updated" | "faq.status_changed" | "faq.stale" | "faq.review_changed" | "faq.published";
/** What each FAQ event carries beside the entry (shared/events/contact.ts). */
export type FaqEventExtra<T extends FaqEventType> = Omit<EventDataInput<T>, "faq">;

/**
 * The entry as agents and viewers may see it: the published text only. A published entry's working version (its
 * edit under review) is the crisis team's; `workingVersion` stays, so the team's consoles know their copy is current.
 */
export function publishedView(entry: FaqEntry): FaqEntry {
  return entry.working === null ? entry : { ...entry, working: null };
}

/**
 * The one way a FAQ event is written: the entry after the change, at its incident, at the time it was saved. Types
 * whose audience varies (created, updated) go to everyone once the entry is published and to the editors while it is
 * a draft or archived, or when only a published entry's working version changed (`workingOnly`); `public` says it
 * outright (a status change that leaves or reaches published); the others use the catalogue's audience. Whatever everyone sees carries the published text only.
 */
export async function faqEvent<T extends FaqEventType>(
  ctx: TxContext,
  type: T,
  entry: FaqEntry,
  actor: Actor | null,
  extra: FaqEventExtra<T>,
  at?: string,
  options: { workingOnly?: boolean; public?: boolean } = {},
): Promise<void> {
  const def = eventDef(type);
  const isPublic = options.public ?? (entry.status === "published" && !options.workingOnly);
  const visibleTo = def.visibility === "varies" ? (isPublic ? null : FAQ_EDITORS) : def.visibleTo;
  await ctx.emit<T>({
    actor: actor && actorRef(actor),
    type,
    incidentId: entry.incidentId,
    entity: { type: "faq_entry", id: entry.id },
    ...(def.visibility === "varies" ? { visibleTo } : {}),
    data: { faq: visibleTo === null ? publishedView(entry) : entry, ...extra } as EventDataInput<T>,
    ...(at !== undefined ? { at } : {}),
  });
}
