import type { Claim, ClaimStatus, EventType } from "../../../shared/index.js";
import { CLAIM_READERS, type EventDataInput } from "../../../shared/events/index.js";
import type { TxContext } from "../../db/transaction.js";
import { actorRef, type Actor } from "../context.js";
import { contactClaimEvent } from "./callers.js";

/** Who sees claim events (the catalogue's default for them; shared/events/claims.ts says why). */
export { CLAIM_READERS };

type ClaimEventType = Extract<EventType, `claim.${string}`>;
/** What each claim event carries beside the claim (shared/events/claims.ts). */
export type ClaimEventExtra<T extends ClaimEventType = ClaimEventType> = Omit<EventDataInput<T>, "claim">;

export async function claimEvent<T extends ClaimEventType>(
  ctx: TxContext,
  type: T,
  claim: Claim,
  actor: Actor | null,
  extra: ClaimEventExtra<T> = {} as ClaimEventExtra<T>,
): Promise<void> {
  await ctx.emit<T>({
    actor: actor && actorRef(actor),
    type,
    incidentId: claim.incidentId,
    entity: { type: "claim", id: claim.id },
    data: { claim, ...extra } as EventDataInput<T>,
    at: claim.updatedAt,
  });
  // The contact centre follows the claims its callers reported: a trimmed copy, without the desk's notes.
  await contactClaimEvent(ctx, claim, actor);
}

export const statusChanged = (
  ctx: TxContext,
  claim: Claim,
  from: ClaimStatus,
  actor: Actor | null,
  extra: ClaimEventExtra<"claim.status_changed"> = {},
) => claimEvent(ctx, "claim.status_changed", claim, actor, { from, to: claim.status, ...extra });
