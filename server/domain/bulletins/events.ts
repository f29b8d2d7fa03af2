import type { Bulletin, BulletinStatus } from "../../../shared/index.js";
import type { TxContext } from "../../db/transaction.js";
import { followCorrection } from "../claims/correction.js";
import { actorRef, type Actor } from "../context.js";

/** `bulletin.status_changed`: every workflow move, with the reason when the command had one. */
export async function statusEvent(ctx: TxContext, bulletin: Bulletin, from: BulletinStatus, actor: Actor, reason?: string): Promise<void> {
  await ctx.emit({
    actor: actorRef(actor),
    type: "bulletin.status_changed",
    incidentId: bulletin.incidentId,
    entity: { type: "bulletin", id: bulletin.id },
    visibleTo: null,
    data: { bulletin, from, to: bulletin.status, version: bulletin.version, ...(reason !== undefined ? { reason } : {}) },
    at: bulletin.updatedAt,
  });
  // A correction moves its claim along (misinformation desk): submitted → in review, published → corrected.
  if (bulletin.claimId !== null) await followCorrection(ctx, bulletin, actor);
}
