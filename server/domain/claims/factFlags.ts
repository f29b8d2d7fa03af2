import type { Claim, ClaimConfirmFacts, StaleReason } from "../../../shared/index.js";
import { listAuthors } from "../../db/repos/bulletinVersions.js";
import { listClaims, updateClaim, type ClaimRecord } from "../../db/repos/claims.js";
import type { TxContext } from "../../db/transaction.js";
import { conflict, forbidden } from "../../errors.js";
import { notify } from "../bulletins/notify.js";
import { mergeReasons } from "../bulletins/stale.js";
import type { Actor, DomainDeps } from "../context.js";
import type { FactCiter } from "../facts.js";
import { may } from "../policy.js";
import { claimEvent } from "./events.js";
import { requireClaim, toClaim } from "./load.js";

/**
 * The facts register's hook for claims: a claim (not dismissed) whose refuting facts include the changed or retracted
 * fact gets a flag, in the fact change's transaction. While a flag stands its correction is held (the bulletins
 * workflow refuses to approve or publish it, transitions.ts) until someone confirms the facts.
 */
export const flagRefutedClaims: FactCiter = async (ctx, { fact, kind, actor }) => {
  const claims = (await listClaims(ctx.tx, fact.incidentId)).filter(
    (c) => c.status !== "dismissed" && c.refutingFactIds.includes(fact.id),
  );
  if (claims.length === 0) return;
  const reason: StaleReason = { reason: kind, at: fact.updatedAt, factId: fact.id, factVersion: fact.version };
  const authors = await listAuthors(
    ctx.tx,
    claims.flatMap((c) => (c.correctionBulletinId ? [c.correctionBulletinId] : [])),
  );
  for (const current of claims) {
    const next: ClaimRecord = {
      ...current,
      factFlags: mergeReasons(current.factFlags, [reason]),
      version: current.version + 1,
      updatedAt: fact.updatedAt,
    };
    await updateClaim(ctx.tx, next);
    await claimEvent(ctx, "claim.facts_flagged", await toClaim(ctx.tx, next), actor, { reasons: [reason] });
    const what =
      kind === "fact_retracted"
        ? { sv: "har dragits tillbaka", en: "has been retracted" }
        : { sv: "har ändrats", en: "has changed" };
    const recipients = [
      current.createdBy,
      ...(current.assigneeId ? [current.assigneeId] : []),
      ...(current.correctionBulletinId ? (authors.get(current.correctionBulletinId) ?? []) : []),
    ];
    await notify(ctx, {
      incidentId: current.incidentId,
      entity: { type: "claim", id: current.id },
      kind,
      recipients,
      actor,
      message: {
        sv: `En uppgift som motbevisar ryktet ”${current.text}” ${what.sv}: ${fact.statement}. Rättelsen hålls tills någon bekräftat den.`,
        en: `A fact refuting the claim “${current.text}” ${what.en}: ${fact.statement}. The correction is held until someone confirms it.`,
      },
      extra: { claimId: current.id, factId: fact.id },
    });
  }
};

/** `POST /api/claims/:id/confirm-facts`: the desk checked the correction against the changed facts; the hold lifts. */
export function createFactConfirmation(deps: DomainDeps) {
  return function confirmFacts(id: string, input: ClaimConfirmFacts, actor: Actor): Promise<Claim> {
    return deps.transaction(async (ctx: TxContext) => {
      if (!may(actor.role, "workClaims")) throw forbidden();
      const current = await requireClaim(ctx.tx, id);
      if (input.expectedVersion !== undefined && input.expectedVersion !== current.version) {
        throw conflict("Someone changed this claim since you read it", { current: await toClaim(ctx.tx, current) });
      }
      if (current.factFlags.length === 0) return toClaim(ctx.tx, current);
      const next: ClaimRecord = {
        ...current,
        factFlags: [],
        version: current.version + 1,
        updatedAt: new Date().toISOString(),
      };
      await updateClaim(ctx.tx, next);
      const claim = await toClaim(ctx.tx, next);
      await claimEvent(ctx, "claim.facts_confirmed", claim, actor, { confirmed: current.factFlags });
      return claim;
    });
  };
}
