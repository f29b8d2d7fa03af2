import type { Bulletin, BulletinStatus, Incident } from "../../../shared/index.js";
import type { TxContext } from "../../db/transaction.js";
import { followCorrection } from "../claims/correction.js";
import { actorRef, type Actor } from "../context.js";

/** What a publish did to the incident clock; it rides on the status event (see clock.ts). */
export interface ClockChange {
  incident: Incident;
  changed: string[];
}

/** `bulletin.status_changed`: every workflow move, with the reason when the command had one and the clock on a publish. */
export async function statusEvent(
  ctx: TxContext,
  bulletin: Bulletin,
  from: BulletinStatus,
  actor: Actor,
  reason?: string,
  clock?: ClockChange,
): Promise<void> {
  await ctx.emit({
    actor: actorRef(actor),
    type: "bulletin.status_changed",
    incidentId: bulletin.incidentId,
    entity: { type: "bulletin", id: bulletin.id },
    visibleTo: null,
    data: {
      bulletin,
      from,
      to: bulletin.status,
      version: bulletin.version,
      ...(reason !== undefined ? { reason } : {}),
      ...(clock ?? {}),
    },
    at: bulletin.updatedAt,
  });
  // A correction moves its claim along (misinformation desk): submitted → in review, published → corrected.
  if (bulletin.claimId !== null) await followCorrection(ctx, bulletin, actor);
}
