import type { Claim, ClaimStatus, EventType, Role } from "../../../shared/index.js";
import type { TxContext } from "../../db/transaction.js";
import { actorRef, type Actor } from "../context.js";
import { contactClaimEvent } from "./callers.js";

/**
 * Who sees claim events: the desk (communicators), leads and admins. Agents may raise claims but get no board:
 * what callers should hear arrives as the published correction and its FAQ entry, not as internal triage notes.
 */
export const CLAIM_READERS: Role[] = ["admin", "lead", "communicator"];

type ClaimEventType = Extract<EventType, `claim.${string}`>;

export async function claimEvent(ctx: TxContext, type: ClaimEventType, claim: Claim, actor: Actor | null, extra: Record<string, unknown> = {}): Promise<void> {
  await ctx.emit({
    actor: actor && actorRef(actor),
    type,
    incidentId: claim.incidentId,
    entity: { type: "claim", id: claim.id },
    visibleTo: CLAIM_READERS,
    data: { claim, ...extra },
    at: claim.updatedAt,
  });
  // The contact centre follows the claims its callers reported (issue 12): a trimmed copy, without the desk's notes.
  await contactClaimEvent(ctx, claim, actor);
}

export const statusChanged = (ctx: TxContext, claim: Claim, from: ClaimStatus, actor: Actor | null, extra: Record<string, unknown> = {}) =>
  claimEvent(ctx, "claim.status_changed", claim, actor, { from, to: claim.status, ...extra });
