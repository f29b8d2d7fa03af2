import type { Bulletin, BulletinApprove, BulletinReturn, BulletinSubmit } from "../../../shared/index.js";
import { updateBulletin, type BulletinRecord } from "../../db/repos/bulletins.js";
import { findVersion, listAuthors, setVersionStatus } from "../../db/repos/bulletinVersions.js";
import { findClaimByCorrection } from "../../db/repos/claims.js";
import { findIncident } from "../../db/repos/incidents.js";
import type { TxContext } from "../../db/transaction.js";
import { AppError, conflict } from "../../errors.js";
import type { Actor, DomainDeps } from "../context.js";
import { statusEvent } from "./events.js";
import { requireRecord, toBulletin } from "./load.js";
import { logDecision } from "./logEntry.js";
import { notify } from "./notify.js";
import { assertTransition, canTransition, TRANSITIONS, type Command } from "./workflow.js";

/**
 * Loads the bulletin inside the transaction and checks the move: the status must allow the command and, when the
 * caller names the version it acted on, that must still be the working version.
 */
export async function begin(ctx: TxContext, id: string, command: Command, expectedVersion: number | undefined) {
  const current = await requireRecord(ctx.tx, id);
  // The wire shape (with its channel versions) is read only for a refusal, which carries it; every allowed move
  // saves that query.
  if (!canTransition(command, current.status))
    assertTransition(command, current.status, await toBulletin(ctx.tx, current));
  const to = TRANSITIONS[command].to;
  if (expectedVersion !== undefined && expectedVersion !== current.version) {
    throw conflict("Someone saved a newer version of this bulletin", { current: await toBulletin(ctx.tx, current) });
  }
  if (command === "approve" || command === "publish") await assertNotHeld(ctx, current);
  return { current, to };
}

/**
 * A correction whose claim's refuting facts changed or were retracted is held: nobody approves or publishes it
 * until someone on the desk confirms the facts (POST /api/claims/:id/confirm-facts).
 */
async function assertNotHeld(ctx: TxContext, current: BulletinRecord): Promise<void> {
  if (current.claimId === null) return;
  const claim = await findClaimByCorrection(ctx.tx, current.id);
  if (!claim || claim.factFlags.length === 0) return;
  throw new AppError(
    "correction_held",
    "A fact refuting this claim changed; confirm the correction against it before it is approved or published",
    409,
    undefined,
    { claimId: claim.id, factFlags: claim.factFlags },
  );
}

/** Moves the working version to `to` and tells everyone. */
async function move(
  ctx: TxContext,
  current: BulletinRecord,
  to: BulletinRecord["status"],
  actor: Actor,
  reason?: string,
): Promise<Bulletin> {
  const at = new Date().toISOString();
  const next: BulletinRecord = {
    ...current,
    status: to,
    statusChangedAt: at,
    updatedBy: actor.id,
    updatedByName: actor.displayName,
    updatedAt: at,
  };
  await updateBulletin(ctx.tx, next);
  await setVersionStatus(ctx.tx, next.id, next.version, to);
  const bulletin = await toBulletin(ctx.tx, next);
  await statusEvent(ctx, bulletin, current.status, actor, reason);
  return bulletin;
}

export interface TransitionOptions {
  /** Four eyes: on a real incident, the approver must not be the one who saved the version (KRISRUM_FOUR_EYES). */
  fourEyes: boolean;
}

export function createBulletinTransitions(deps: DomainDeps, options: TransitionOptions) {
  const { transaction } = deps;

  function submit(id: string, input: BulletinSubmit, actor: Actor): Promise<Bulletin> {
    return transaction(async (ctx) => {
      const { current, to } = await begin(ctx, id, "submit", input.expectedVersion);
      // A draft may be saved empty, so this rule is the server's, not the schema's: `reason` lets a console say it
      // in its own language, naming the field, instead of showing this English.
      for (const field of ["headline", "body"] as const) {
        if (current[field].trim() === "")
          throw new AppError("validation", `${field}: must not be empty when submitted for review`, 400, field, {
            reason: "required_for_review",
          });
      }
      return move(ctx, current, to, actor);
    });
  }

  function returnToDraft(id: string, input: BulletinReturn, actor: Actor): Promise<Bulletin> {
    return transaction(async (ctx) => {
      const { current, to } = await begin(ctx, id, "return", input.expectedVersion);
      const bulletin = await move(ctx, current, to, actor, input.reason);
      const authors = await listAuthors(ctx.tx, [id]);
      await notify(ctx, {
        incidentId: current.incidentId,
        entity: { type: "bulletin", id },
        kind: "bulletin_returned",
        recipients: authors.get(id) ?? [],
        actor,
        message: {
          sv: `”${current.headline}” skickades tillbaka av ${actor.displayName}: ${input.reason}`,
          en: `“${current.headline}” was returned by ${actor.displayName}: ${input.reason}`,
        },
        extra: { bulletinId: id },
      });
      return bulletin;
    });
  }

  function approve(id: string, input: BulletinApprove, actor: Actor): Promise<Bulletin> {
    return transaction(async (ctx) => {
      const { current, to } = await begin(ctx, id, "approve", input.expectedVersion);
      const version = await findVersion(ctx.tx, id, current.version);
      const incident = await findIncident(ctx.tx, current.incidentId);
      const ownWork = version !== undefined && version.savedBy.id === actor.id;
      if (options.fourEyes && incident !== undefined && !incident.exercise && ownWork) {
        if (input.reason === undefined) {
          throw new AppError(
            "reason_required",
            "reason: you saved this version yourself; another person must approve it, or give a reason to approve it alone",
            422,
            "reason",
            { fourEyes: true },
          );
        }
        const text = `Godkände ”${current.headline}” utan fyra ögon: den senaste versionen skrevs av ${actor.displayName} själv. Motivering: ${input.reason}`;
        await logDecision(ctx, current.incidentId, text, actor, new Date().toISOString());
      }
      return move(ctx, current, to, actor, ownWork ? input.reason : undefined);
    });
  }

  return { submit, returnToDraft, approve };
}
