import { randomUUID } from "node:crypto";
import {
  CLAIM_REACHES,
  CLAIM_SEVERITIES,
  type Claim,
  type ClaimDeadlines,
  type ClaimMerge,
  type SimilarClaim,
} from "../../../shared/index.js";
import { insertNote, listClaims, listNotes, updateClaim, type ClaimRecord } from "../../db/repos/claims.js";
import { relinkClaimInquiries } from "../../db/repos/inquiries.js";
import { AppError } from "../../errors.js";
import type { Actor, DomainDeps } from "../context.js";
import { beginClaim } from "./commands.js";
import { dueAt } from "./deadlines.js";
import { claimEvent } from "./events.js";
import { requireClaim, toClaim, toClaims } from "./load.js";
import { claimTerms, jaccard, SIMILARITY_THRESHOLD } from "./similarity.js";

const higher = <T extends string>(order: readonly T[], a: T, b: T): T => (order.indexOf(a) >= order.indexOf(b) ? a : b);
const earlier = (a: string, b: string) => (a <= b ? a : b);

export function createClaimMerging(deps: DomainDeps, deadlines: ClaimDeadlines) {
  const { db, transaction } = deps;

  /** Other claims of the incident, not merged away, at or above the similarity threshold; best first. */
  async function similar(id: string): Promise<SimilarClaim[]> {
    const claim = await requireClaim(db, id);
    const terms = claimTerms(claim.text);
    const scored = (await listClaims(db, claim.incidentId))
      .filter((c) => c.id !== id && c.mergedInto === null)
      .map((c) => ({ record: c, score: jaccard(terms, claimTerms(c.text)) }))
      .filter((s) => s.score >= SIMILARITY_THRESHOLD)
      .sort((a, b) => b.score - a.score);
    const claims = await toClaims(
      db,
      scored.map((s) => s.record),
    );
    return claims.map((c, i) => ({ claim: c, score: Math.round((scored[i]?.score ?? 0) * 1_000) / 1_000 }));
  }

  /**
   * `id` is merged into `into` (the survivor). Nothing is deleted: the merged claim is dismissed and points to the
   * survivor; the survivor gets its links, notes (copied, with their authors and times), refuting facts, the higher
   * reach and severity and the earlier first sighting. Both get a `claim.merged` event.
   */
  function merge(id: string, input: ClaimMerge, actor: Actor): Promise<{ merged: Claim; survivor: Claim }> {
    return transaction(async (ctx) => {
      if (input.into === id)
        throw new AppError("validation", "into: a claim cannot be merged into itself", 400, "into");
      const source = await beginClaim(ctx, id, "merge", actor);
      const target = await requireClaim(ctx.tx, input.into);
      if (target.incidentId !== source.incidentId)
        throw new AppError("validation", "into: must be a claim of the same incident", 400, "into");
      if (target.status === "dismissed" || target.mergedInto !== null) {
        throw new AppError("invalid_transition", "A dismissed or merged claim cannot take in another", 409, "into", {
          current: await toClaim(ctx.tx, target),
        });
      }
      const at = new Date().toISOString();
      const notes = (await listNotes(ctx.tx, [source.id])).get(source.id) ?? [];
      for (const note of notes) await insertNote(ctx.tx, target.id, { ...note, id: randomUUID() });
      const where = source.link ? `, ${source.link}` : "";
      await insertNote(ctx.tx, target.id, {
        id: randomUUID(),
        text: `Sammanslaget påstående (${source.sourceChannel}${where}): ”${source.text}”`,
        authorId: actor.id,
        authorName: actor.displayName,
        at,
      });

      const severity = higher(CLAIM_SEVERITIES, target.severity, source.severity);
      const links = [source.link, ...source.otherLinks, ...target.otherLinks].filter(
        (l): l is string => l !== null && l !== target.link,
      );
      const survivorRecord: ClaimRecord = {
        ...target,
        otherLinks: [...new Set(links)],
        reach: higher(CLAIM_REACHES, target.reach, source.reach),
        // The callers of both; the merged claim's inquiries follow, so its callback list reaches them.
        calls: target.calls + source.calls,
        severity,
        dueAt: severity === target.severity ? target.dueAt : dueAt(target.createdAt, severity, deadlines),
        firstSeenAt: earlier(target.firstSeenAt, source.firstSeenAt),
        refutingFactIds: [...new Set([...target.refutingFactIds, ...source.refutingFactIds])],
        mergedFrom: [...target.mergedFrom, source.id],
        version: target.version + 1,
        updatedAt: at,
      };
      const mergedRecord: ClaimRecord = {
        ...source,
        status: "dismissed",
        dismissReason: "merged",
        mergedInto: target.id,
        version: source.version + 1,
        updatedAt: at,
      };
      await updateClaim(ctx.tx, survivorRecord);
      await updateClaim(ctx.tx, mergedRecord);
      await relinkClaimInquiries(ctx.tx, source.id, target.id);
      const [merged, survivor] = await toClaims(ctx.tx, [mergedRecord, survivorRecord]);
      if (!merged || !survivor) throw new Error("unreachable: two records in, two claims out");
      await claimEvent(ctx, "claim.merged", merged, actor, {
        from: source.status,
        to: merged.status,
        into: survivor.id,
      });
      await claimEvent(ctx, "claim.merged", survivor, actor, { mergedFrom: merged.id });
      return { merged, survivor };
    });
  }

  return { similar, merge };
}
