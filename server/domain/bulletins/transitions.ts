import type { Bulletin, BulletinApprove, BulletinReturn, BulletinSubmit } from "../../../shared/index.js";
import { updateBulletin, type BulletinRecord } from "../../db/repos/bulletins.js";
import { listAuthors, setVersionStatus } from "../../db/repos/bulletinVersions.js";
import type { TxContext } from "../../db/transaction.js";
import { AppError, conflict } from "../../errors.js";
import type { Actor, DomainDeps } from "../context.js";
import { statusEvent } from "./events.js";
import { requireRecord, toBulletin } from "./load.js";
import { notify } from "./notify.js";
import { assertTransition, type Command } from "./workflow.js";

/**
 * Loads the bulletin inside the transaction and checks the move: the status must allow the command and, when the
 * caller names the version it acted on, that must still be the working version.
 */
export async function begin(ctx: TxContext, id: string, command: Command, expectedVersion: number | undefined) {
  const current = await requireRecord(ctx.tx, id);
  const to = assertTransition(command, current.status, await toBulletin(ctx.tx, current));
  if (expectedVersion !== undefined && expectedVersion !== current.version) {
    throw conflict("Someone saved a newer version of this bulletin", { current: await toBulletin(ctx.tx, current) });
  }
  return { current, to };
}

/** Moves the working version to `to` and tells everyone. */
async function move(ctx: TxContext, current: BulletinRecord, to: BulletinRecord["status"], actor: Actor, reason?: string): Promise<Bulletin> {
  const at = new Date().toISOString();
  const next: BulletinRecord = { ...current, status: to, statusChangedAt: at, updatedBy: actor.id, updatedByName: actor.displayName, updatedAt: at };
  await updateBulletin(ctx.tx, next);
  await setVersionStatus(ctx.tx, next.id, next.version, to);
  const bulletin = await toBulletin(ctx.tx, next);
  await statusEvent(ctx, bulletin, current.status, actor, reason);
  return bulletin;
}

export function createBulletinTransitions(deps: DomainDeps) {
  const { transaction } = deps;

  function submit(id: string, input: BulletinSubmit, actor: Actor): Promise<Bulletin> {
    return transaction(async (ctx) => {
      const { current, to } = await begin(ctx, id, "submit", input.expectedVersion);
      for (const field of ["headline", "body"] as const) {
        if (current[field].trim() === "") throw new AppError("validation", `${field}: must not be empty when submitted for review`, 400, field);
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
      return move(ctx, current, to, actor);
    });
  }

  return { submit, returnToDraft, approve };
}
