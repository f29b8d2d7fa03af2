import type { ChecklistText, NotificationData, Role } from "../../../shared/index.js";
import type { TxContext } from "../../db/transaction.js";
import { actorRef, type Actor } from "../context.js";

export const WRITERS: Role[] = ["admin", "lead", "communicator"];

/**
 * Emits a `notification` event (docs/api.md "Notifications"): `visibleTo` picks the roles, `recipients` the users.
 * Nobody is notified of their own action, and a list that ends up empty is not sent at all.
 */
export async function notify(
  { emit }: TxContext,
  n: {
    /** null for what belongs to no incident (a general FAQ answer). */
    incidentId: string | null;
    entity: { type: "bulletin" | "fact" | "incident" | "faq_entry" | "claim"; id: string };
    kind: NotificationData["kind"];
    recipients: string[] | "everyone";
    message: ChecklistText;
    actor: Actor | null;
    visibleTo?: Role[];
    extra?: Partial<Pick<NotificationData, "bulletinId" | "factId" | "due" | "claimId" | "faqId">>;
  },
): Promise<void> {
  const recipients = n.recipients === "everyone" ? [] : [...new Set(n.recipients)].filter((id) => id !== n.actor?.id);
  if (n.recipients !== "everyone" && recipients.length === 0) return;
  const data: NotificationData = { kind: n.kind, recipients, message: n.message, ...n.extra };
  await emit({
    actor: n.actor && actorRef(n.actor),
    type: "notification",
    incidentId: n.incidentId,
    entity: n.entity,
    visibleTo: n.visibleTo ?? WRITERS,
    data,
  });
}
