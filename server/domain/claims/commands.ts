import { randomUUID } from "node:crypto";
import {
  CLAIM_REACHES,
  OPEN_CLAIM_STATUSES,
  reachFromCallers,
  type Claim,
  type ClaimReach,
  type ClaimAssign,
  type ClaimCreate,
  type ClaimDeadlines,
  type ClaimDismiss,
  type ClaimNoteCreate,
  type ClaimPatch,
  type ClaimStatus,
  type ClaimTriage,
} from "../../../shared/index.js";
import { findUserById } from "../../db/repos/users.js";
import { insertClaim, insertNote, takeClaim, updateClaim, type ClaimRecord } from "../../db/repos/claims.js";
import { factIdsInIncident } from "../../db/repos/facts.js";
import { findIncident } from "../../db/repos/incidents.js";
import type { TxContext } from "../../db/transaction.js";
import { AppError, conflict, forbidden, notFound } from "../../errors.js";
import type { Actor, DomainDeps } from "../context.js";
import { pastTime } from "../pastTime.js";
import { may } from "../policy.js";
import { addCalls, matchingOpenClaim } from "./callers.js";
import { dueAt } from "./deadlines.js";
import { claimEvent, statusChanged, type ClaimEventExtra } from "./events.js";
import { requireClaim, toClaim } from "./load.js";
import { assertClaimMove, CLAIM_RULES, type ClaimCommand } from "./workflow.js";

const higherReach = (a: ClaimReach, b: ClaimReach): ClaimReach =>
  CLAIM_REACHES.indexOf(a) >= CLAIM_REACHES.indexOf(b) ? a : b;
const isOpen = (s: ClaimStatus) => (OPEN_CLAIM_STATUSES as readonly ClaimStatus[]).includes(s);
const invalid = (field: string, message: string, reason?: string) =>
  new AppError("validation", `${field}: ${message}`, 400, field, reason ? { reason } : undefined);

export async function assertFacts(
  ctx: TxContext,
  incidentId: string,
  field: string,
  factIds: readonly string[],
): Promise<void> {
  const known = await factIdsInIncident(ctx.tx, incidentId, factIds);
  const index = factIds.findIndex((id) => !known.has(id));
  if (index >= 0) throw invalid(`${field}.${index}`, "must be a fact of this incident");
}

/** Loads the claim in the transaction and checks the command's role and the claim's status. */
export async function beginClaim(
  ctx: TxContext,
  id: string,
  command: ClaimCommand,
  actor: Actor,
): Promise<ClaimRecord> {
  if (!may(actor.role, CLAIM_RULES[command].permission)) throw forbidden();
  const current = await requireClaim(ctx.tx, id);
  assertClaimMove(command, current.status, await toClaim(ctx.tx, current));
  return current;
}

/** Writes the next record with a new version; emits `claim.updated` or `claim.status_changed`. */
export async function commit(
  ctx: TxContext,
  current: ClaimRecord,
  changes: Partial<ClaimRecord>,
  actor: Actor,
  extra: ClaimEventExtra<"claim.updated" | "claim.status_changed"> = {},
): Promise<Claim> {
  const next: ClaimRecord = {
    ...current,
    ...changes,
    version: current.version + 1,
    updatedAt: new Date().toISOString(),
  };
  await updateClaim(ctx.tx, next);
  const claim = await toClaim(ctx.tx, next);
  if (next.status !== current.status) await statusChanged(ctx, claim, current.status, actor, extra);
  else await claimEvent(ctx, "claim.updated", claim, actor, { changed: Object.keys(changes), ...extra });
  return claim;
}

export function createClaimCommands(deps: DomainDeps, deadlines: ClaimDeadlines) {
  const { transaction } = deps;

  function create(incidentId: string, input: ClaimCreate, actor: Actor): Promise<Claim> {
    return transaction(async (ctx) => {
      if (!(await findIncident(ctx.tx, incidentId))) throw notFound("Incident");
      return createIn(ctx, incidentId, input, actor);
    });
  }

  /** A new claim; a caller report counts its callers and takes at least the reach they imply. */
  async function createIn(ctx: TxContext, incidentId: string, input: ClaimCreate, actor: Actor): Promise<Claim> {
    await assertFacts(ctx, incidentId, "refutingFactIds", input.refutingFactIds);
    const at = new Date().toISOString();
    const record: ClaimRecord = {
      id: randomUUID(),
      incidentId,
      text: input.text,
      sourceChannel: input.sourceChannel,
      link: input.link,
      otherLinks: [],
      firstSeenAt: input.firstSeenAt ? pastTime(input.firstSeenAt, "firstSeenAt") : at,
      reach:
        input.sourceChannel === "contact_centre"
          ? higherReach(input.reach, reachFromCallers(input.calls ?? 1))
          : input.reach,
      calls: input.sourceChannel === "contact_centre" ? (input.calls ?? 1) : 0,
      severity: input.severity,
      status: "new",
      dismissReason: null,
      assigneeId: null,
      dueAt: dueAt(at, input.severity, deadlines),
      refutingFactIds: input.refutingFactIds,
      factFlags: [],
      correctionBulletinId: null,
      mergedInto: null,
      mergedFrom: [],
      version: 1,
      createdBy: actor.id,
      createdAt: at,
      updatedAt: at,
      correctedAt: null,
    };
    await insertClaim(ctx.tx, record);
    const claim = await toClaim(ctx.tx, record);
    await claimEvent(ctx, "claim.created", claim, actor);
    return claim;
  }

  /**
   * `POST /api/incidents/:id/claims`. A caller report (`contact_centre`) that repeats an open claim of the incident
   * (the duplicate similarity) adds its calls to that claim instead of making a duplicate: `joined`.
   */
  function raise(incidentId: string, input: ClaimCreate, actor: Actor): Promise<{ claim: Claim; joined: boolean }> {
    if (input.sourceChannel !== "contact_centre")
      return create(incidentId, input, actor).then((claim) => ({ claim, joined: false }));
    return transaction(async (ctx) => {
      if (!(await findIncident(ctx.tx, incidentId))) throw notFound("Incident");
      await assertFacts(ctx, incidentId, "refutingFactIds", input.refutingFactIds);
      const match = await matchingOpenClaim(ctx.tx, incidentId, input.text);
      if (!match) return { claim: await createIn(ctx, incidentId, input, actor), joined: false };
      return { claim: await addCalls(ctx, match, input, actor), joined: true };
    });
  }

  function edit(id: string, input: ClaimPatch, actor: Actor): Promise<Claim> {
    return transaction(async (ctx) => {
      const current = await beginClaim(ctx, id, "edit", actor);
      if (input.expectedVersion !== undefined && input.expectedVersion !== current.version) {
        throw conflict("Someone changed this claim", { current: await toClaim(ctx.tx, current) });
      }
      const { expectedVersion: _v, ...fields } = input;
      if (fields.refutingFactIds) await assertFacts(ctx, current.incidentId, "refutingFactIds", fields.refutingFactIds);
      return commit(
        ctx,
        current,
        { ...fields, ...(fields.firstSeenAt ? { firstSeenAt: pastTime(fields.firstSeenAt, "firstSeenAt") } : {}) },
        actor,
      );
    });
  }

  /** Severity and reach; the due time is recomputed from the time the claim was logged. */
  function triage(id: string, input: ClaimTriage, actor: Actor): Promise<Claim> {
    return transaction(async (ctx) => {
      const current = await beginClaim(ctx, id, "triage", actor);
      const severity = input.severity ?? current.severity;
      const status: ClaimStatus = current.status === "new" ? "triaged" : current.status;
      return commit(
        ctx,
        current,
        { severity, reach: input.reach ?? current.reach, dueAt: dueAt(current.createdAt, severity, deadlines), status },
        actor,
      );
    });
  }

  /**
   * First come, first served: the conditional UPDATE alone decides, so exactly one of many simultaneous takes gets
   * through. The losers learn who won (409 `conflict` with `current`); a closed claim is `invalid_transition`.
   */
  function take(id: string, actor: Actor): Promise<Claim> {
    return transaction(async (ctx) => {
      if (!may(actor.role, CLAIM_RULES.take.permission)) throw forbidden();
      const current = await requireClaim(ctx.tx, id);
      const at = new Date().toISOString();
      if (!(await takeClaim(ctx.tx, id, actor.id, CLAIM_RULES.take.from, at))) {
        const now = await toClaim(ctx.tx, await requireClaim(ctx.tx, id));
        if (now.assigneeId !== null && isOpen(now.status))
          throw conflict("Someone else has taken this claim", { current: now });
        assertClaimMove("take", now.status, now);
        throw conflict("This claim cannot be taken now", { current: now });
      }
      const claim = await toClaim(ctx.tx, await requireClaim(ctx.tx, id));
      await claimEvent(ctx, "claim.taken", claim, actor, { from: current.status, to: claim.status });
      return claim;
    });
  }

  /** A lead hands the claim to someone who works the desk (or moves it to another). */
  function assign(id: string, input: ClaimAssign, actor: Actor): Promise<Claim> {
    return transaction(async (ctx) => {
      const current = await beginClaim(ctx, id, "assign", actor);
      const user = await findUserById(ctx.tx, input.assigneeId);
      if (!user || user.disabled || !may(user.role, "workClaims"))
        throw invalid("assigneeId", "must be an active communicator, lead or admin", "not_assignable");
      const status: ClaimStatus =
        current.status === "new" || current.status === "triaged" ? "assigned" : current.status;
      return commit(ctx, current, { assigneeId: user.id, status }, actor);
    });
  }

  function dismiss(id: string, input: ClaimDismiss, actor: Actor): Promise<Claim> {
    return transaction(async (ctx) => {
      const current = await beginClaim(ctx, id, "dismiss", actor);
      return commit(ctx, current, { status: "dismissed", dismissReason: input.reason }, actor, {
        reason: input.reason,
      });
    });
  }

  /** Notes are append-only: there is no edit or delete, so the desk's reasoning stays on record. */
  function addNote(id: string, input: ClaimNoteCreate, actor: Actor): Promise<Claim> {
    return transaction(async (ctx) => {
      const current = await beginClaim(ctx, id, "note", actor);
      const at = new Date().toISOString();
      const note = { id: randomUUID(), text: input.text, authorId: actor.id, authorName: actor.displayName, at };
      await insertNote(ctx.tx, id, note);
      return commit(ctx, current, {}, actor, { note });
    });
  }

  return { create, raise, edit, triage, take, assign, dismiss, addNote };
}
