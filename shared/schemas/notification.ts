import { z } from "zod";
import { Id, IsoDateTime } from "./common.js";
import { ChecklistText } from "./checklist.js";
import { lazySchema } from "./lazy.js";

export const NOTIFICATION_KINDS = [
  "fact_changed",
  "fact_retracted",
  "translation_stale",
  "master_changed",
  "bulletin_returned",
  "faq_returned",
  "next_update_overdue",
  "claim_overdue",
  "login_burst",
  "webhook_failing",
] as const;
export const NotificationKind = lazySchema(() => z.enum(NOTIFICATION_KINDS));
export type NotificationKind = z.infer<typeof NotificationKind>;

/**
 * `data` of a `notification` event. The event's `visibleTo` says which roles receive it at all; `recipients` narrows
 * it to users (a console shows it when its user id is listed, or when the list is empty: everyone in those roles).
 * Nothing is stored apart from the event, so `sync` replays missed notifications like any other event.
 */
export const NotificationData = lazySchema(() =>
  z.object({
    kind: NotificationKind,
    recipients: z.array(Id),
    message: ChecklistText,
    bulletinId: Id.optional(),
    factId: Id.optional(),
    /** next_update_overdue: the deadline that passed. */
    due: IsoDateTime.optional(),
    /** claim_overdue: the claim past its due time (`due`); fact_changed/fact_retracted: a claim it refutes. */
    claimId: Id.optional(),
    /** fact_changed/fact_retracted: the FAQ answer that cites the fact and now needs review; faq_returned: the answer. */
    faqId: Id.optional(),
  }),
);
export type NotificationData = z.infer<typeof NotificationData>;
