import { CRISIS_TEAM } from "../../../shared/events/index.js";
import { ROLES, type Bulletin, type BulletinStatus, type Incident, type Role } from "../../../shared/index.js";
import type { TxContext } from "../../db/transaction.js";
import { followCorrection } from "../claims/correction.js";
import { actorRef, type Actor } from "../context.js";
import { publishedViews } from "./readView.js";

/** Agents and viewers: the roles outside the crisis team, who read published text only. */
const READERS: readonly Role[] = ROLES.filter((r) => !CRISIS_TEAM.includes(r));

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
  const to = bulletin.status;
  const live = bulletin.publishedVersion !== null && (to === "published" || to === "retracted");
  // Published text moved (a publish, a retraction of what was live): everyone hears it. A draft's move is the team's.
  const everyone = live && bulletin.version === bulletin.publishedVersion;
  const event = (b: Bulletin, visibleTo: readonly Role[] | null, readerCopy?: true) =>
    ctx.emit({
      actor: actorRef(actor),
      type: "bulletin.status_changed",
      incidentId: b.incidentId,
      entity: { type: "bulletin", id: b.id },
      visibleTo: visibleTo && [...visibleTo],
      data: {
        bulletin: b,
        from,
        to,
        version: b.version,
        ...(reason !== undefined ? { reason } : {}),
        ...(clock ?? {}),
        ...(readerCopy ? { readerCopy } : {}),
      },
      at: bulletin.updatedAt,
    });
  await event(bulletin, everyone ? null : CRISIS_TEAM);
  if (live && !everyone) {
    // Retracted while an edit was pending: agents and viewers get the published text they had, marked retracted.
    const [view] = await publishedViews(ctx.tx, [bulletin]);
    if (view) await event(view, READERS, true);
  }
  // A correction moves its claim along (misinformation desk): submitted → in review, published → corrected.
  if (bulletin.claimId !== null) await followCorrection(ctx, bulletin, actor);
}
