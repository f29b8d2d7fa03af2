import {
  BulletinCreate,
  type Bulletin,
  type BulletinStatus,
  type Claim,
  type ClaimStartCorrection,
  type ClaimStatus,
} from "../../../shared/index.js";
import { findClaim, updateClaim, type ClaimRecord } from "../../db/repos/claims.js";
import { findFact } from "../../db/repos/facts.js";
import type { TxContext } from "../../db/transaction.js";
import { forbidden } from "../../errors.js";
import type { Actor, DomainDeps } from "../context.js";
import { assertFacts, beginClaim, commit } from "./commands.js";
import { statusChanged } from "./events.js";
import { toClaim } from "./load.js";
import { mayAssignOthers } from "./workflow.js";

/** The bulletins service's in-transaction create: the draft and the claim's move commit together. */
export type DraftBulletin = (
  ctx: TxContext,
  incidentId: string,
  input: BulletinCreate,
  actor: Actor,
) => Promise<Bulletin>;

const HEADLINE_MAX = 120; // characters; a headline, not the whole fact

/**
 * With no refuting fact chosen yet, the draft still opens with the fact's place, for the writer to fill: a draft that
 * opened with the rumour ("Ett påstående sprids: …") was refused by the checklist's myth-first rule (AU20), so every
 * such correction needed a written override.
 */
const FACT_TO_WRITE = "[Skriv det som stämmer och vem som har bekräftat det.]";

/** Straight quotes and dashes: the draft must stay GSM-7, so its SMS version costs one segment, not three. */
function gsm7(text: string): string {
  return text
    .replace(/[”“„«»]/gu, '"')
    .replace(/[’‘]/gu, "'")
    .replace(/[–—]/gu, "-")
    .replace(/…/gu, "...");
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/u.test(t) ? t : `${t}.`;
}

/**
 * The correction leads with the fact (the Debunking Handbook: fact first, then the myth once, then why it is
 * wrong): the headline is the first refuting fact, the body opens with the facts and their sources, and only then
 * names the claim, quoted and marked as a claim so the checklist's correction rules see it, with the verdict.
 */
async function draftCorrection(
  ctx: TxContext,
  claim: ClaimRecord,
  factIds: readonly string[],
): Promise<{ headline: string; body: string }> {
  const facts = (await Promise.all(factIds.map((id) => findFact(ctx.tx, id)))).filter((f) => f !== undefined);
  const first = facts[0]?.statement.trim().replace(/[.!?]+$/u, "");
  const headline = first
    ? first.length > HEADLINE_MAX
      ? `${first.slice(0, first.lastIndexOf(" ", HEADLINE_MAX))} ...`
      : first
    : "Det här vet vi";
  const lines = facts.length > 0 ? facts.map((f) => `${sentence(f.statement)} (Källa: ${f.source})`) : [FACT_TO_WRITE];
  const body = [...lines, "", `Ett påstående sprids: "${claim.text.trim()}" Det stämmer inte.`].join("\n").trim();
  return { headline: gsm7(headline), body: gsm7(body) };
}

export function createClaimCorrection(deps: DomainDeps, draftBulletin: DraftBulletin) {
  /** assigned → correcting, with a correction draft through the bulletin editor's own create. */
  function start(id: string, input: ClaimStartCorrection, actor: Actor): Promise<{ claim: Claim; bulletin: Bulletin }> {
    return deps.transaction(async (ctx) => {
      const current = await beginClaim(ctx, id, "correct", actor);
      if (current.assigneeId !== actor.id && !mayAssignOthers(actor.role)) throw forbidden();
      const factIds = input.refutingFactIds ?? current.refutingFactIds;
      await assertFacts(ctx, current.incidentId, "refutingFactIds", factIds);
      const bulletin = await draftBulletin(
        ctx,
        current.incidentId,
        BulletinCreate.parse({
          kind: "correction",
          claimId: id,
          ...(await draftCorrection(ctx, current, factIds)),
          factIds,
          audiences: ["residents"],
        }),
        actor,
      );
      const claim = await commit(
        ctx,
        current,
        { status: "correcting", refutingFactIds: factIds, correctionBulletinId: bulletin.id },
        actor,
        { bulletinId: bulletin.id },
      );
      return { claim, bulletin };
    });
  }
  return { start };
}

/** Where a claim goes when its correction bulletin enters `to`; absent: the claim stays. */
function claimStatusFor(to: BulletinStatus, from: ClaimStatus): ClaimStatus | undefined {
  if (to === "in_review" && from === "correcting") return "in_review";
  if (to === "draft" && from === "in_review") return "correcting";
  if (to === "published" && (from === "correcting" || from === "in_review")) return "corrected";
  // A correction withdrawn before it was published hands the claim back, free for a new draft or a dismissal.
  if (to === "retracted" && (from === "correcting" || from === "in_review")) return "assigned";
  return undefined;
}

/**
 * Called by the bulletins workflow (events.ts, statusEvent) in the same transaction as every status move of a
 * bulletin that names a claim. Only the claim's own correction moves it: submitted → in review, returned → back to
 * correcting, published → corrected with the time to correction, retracted unpublished → assigned again.
 */
export async function followCorrection(ctx: TxContext, bulletin: Bulletin, actor: Actor): Promise<void> {
  if (bulletin.claimId === null) return;
  const current = await findClaim(ctx.tx, bulletin.claimId);
  if (!current || current.correctionBulletinId !== bulletin.id) return;
  const status = claimStatusFor(bulletin.status, current.status);
  if (!status) return;
  const at = bulletin.updatedAt;
  const next: ClaimRecord = {
    ...current,
    status,
    version: current.version + 1,
    updatedAt: at,
    ...(status === "corrected" ? { correctedAt: bulletin.publishedAt ?? at } : {}),
    ...(status === "assigned" ? { correctionBulletinId: null } : {}),
  };
  await updateClaim(ctx.tx, next);
  await statusChanged(ctx, await toClaim(ctx.tx, next), current.status, actor, {
    bulletinId: bulletin.id,
    bulletinStatus: bulletin.status,
  });
}
