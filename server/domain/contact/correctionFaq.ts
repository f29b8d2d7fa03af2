import {
  FAQ_LIMITS,
  type Bulletin,
  type CorrectionFaqResult,
  type CorrectionToFaq,
  type FaqEntry,
  type MessageLanguage,
} from "../../../shared/index.js";
import { findBulletin, type BulletinRecord } from "../../db/repos/bulletins.js";
import { findVersion } from "../../db/repos/bulletinVersions.js";
import { findChannelVersion } from "../../db/repos/channelVersions.js";
import { findClaim } from "../../db/repos/claims.js";
import { findCorrectionFaq, insertCorrectionFaq, touchCorrectionFaq } from "../../db/repos/correctionFaq.js";
import { findFaqEntry } from "../../db/repos/faq.js";
import type { TxContext } from "../../db/transaction.js";
import { AppError, conflict, notFound } from "../../errors.js";
import type { Actor, DomainDeps } from "../context.js";
import type { Faq } from "./faq.js";
import { answerFromCorrection, questionFromClaim } from "./correctionFaqText.js";

const TAG: Record<MessageLanguage, string> = {
  sv: "rättelse",
  "sv-lattlast": "rättelse",
  en: "correction",
  fi: "oikaisu",
};

/** Only a correction that is live on the public outputs may speak for the contact centre. */
function assertPublishedCorrection(b: BulletinRecord): number {
  if (b.kind !== "correction") {
    throw conflict(`Only a correction can become an FAQ entry; this bulletin is of kind "${b.kind}"`, {
      reason: "not_correction",
    });
  }
  if (b.status === "retracted")
    throw conflict("This correction was retracted; it cannot feed the FAQ", { reason: "retracted" });
  if (b.publishedVersion === null) {
    throw conflict(`This correction is not published yet (status "${b.status}"); publish it first`, {
      reason: "not_published",
    });
  }
  return b.publishedVersion;
}

/** The correction passed review and a lead's publish already: its FAQ entry goes live in one step. */
const ONE_STEP = { oneStep: true } as const;
/**
 * The misinformation desk's link to the contact centre: a published correction creates its FAQ entry, or updates the one it made before
 * (a new FAQ version), in one transaction with the FAQ events, so every contact-centre screen gets it live. The entry
 * is published at once: the correction was approved and published already (docs/api.md "Correction to FAQ").
 */
export function createCorrectionFaq(deps: DomainDeps, faq: Faq) {
  async function content(ctx: TxContext, b: BulletinRecord, liveVersion: number) {
    const live = await findVersion(ctx.tx, b.id, liveVersion);
    if (!live) throw new Error(`published version ${liveVersion} of bulletin ${b.id} is missing`);
    const derived = await findChannelVersion(ctx.tx, b.id, "contact-centre");
    const contactCentre =
      derived && derived.masterVersion === liveVersion && derived.stale.length === 0 ? derived.text : null;
    return {
      answer: answerFromCorrection({
        headline: live.headline,
        body: live.body,
        instruction: live.instruction,
        contactCentre,
      }),
      factIds: live.factIds.slice(0, FAQ_LIMITS.factsMax),
      audiences: live.audiences.length > 0 ? live.audiences.slice(0, 10) : (["residents"] as Bulletin["audiences"]),
    };
  }

  async function question(ctx: TxContext, b: BulletinRecord, input: CorrectionToFaq): Promise<string | undefined> {
    if (input.question) return input.question;
    const claim = b.claimId ? await findClaim(ctx.tx, b.claimId) : undefined;
    return claim ? questionFromClaim(claim.text, b.language) : undefined;
  }

  function toFaq(bulletinId: string, input: CorrectionToFaq, actor: Actor): Promise<CorrectionFaqResult> {
    return deps.transaction(async (ctx) => {
      const b = await findBulletin(ctx.tx, bulletinId);
      if (!b) throw notFound("Bulletin");
      const live = await content(ctx, b, assertPublishedCorrection(b));
      const asked = await question(ctx, b, input);
      const link = await findCorrectionFaq(ctx.tx, b.id);
      const result = (faqEntry: FaqEntry, created: boolean): CorrectionFaqResult => ({
        faq: faqEntry,
        created,
        bulletinId: b.id,
        claimId: b.claimId,
      });

      if (link) {
        // The FAQ desk may have reworded the question or retagged the entry: only the answer and facts follow the
        // correction (and the question when one is given). An archived or unpublished entry goes live again.
        const patch = {
          answer: live.answer,
          factIds: live.factIds,
          ...(input.question ? { question: input.question } : {}),
        };
        let entry = await faq.updateInTx(ctx, link.faqId, patch, actor, ONE_STEP);
        if (entry.status !== "published")
          entry = await faq.setStatusInTx(ctx, entry.id, { status: "published" }, actor, ONE_STEP);
        await touchCorrectionFaq(ctx.tx, b.id, b.claimId, entry.updatedAt);
        return result(entry, false);
      }

      if (!asked)
        throw new AppError(
          "validation",
          "question: this correction names no claim, so give the question callers ask",
          400,
          "question",
        );
      const entry = await faq.createInTx(
        ctx,
        {
          incidentId: b.incidentId,
          question: asked,
          tags: [TAG[b.language]],
          language: b.language,
          publish: true,
          ...live,
        },
        actor,
        ONE_STEP,
      );
      await insertCorrectionFaq(ctx.tx, {
        bulletinId: b.id,
        faqId: entry.id,
        claimId: b.claimId,
        createdBy: actor.id,
        createdAt: entry.createdAt,
        updatedAt: entry.createdAt,
      });
      return result(entry, true);
    });
  }

  /** The entry a correction made, if any (the editor shows "update" instead of "create"). */
  async function find(bulletinId: string): Promise<FaqEntry | null> {
    if (!(await findBulletin(deps.db, bulletinId))) throw notFound("Bulletin");
    const link = await findCorrectionFaq(deps.db, bulletinId);
    return link ? ((await findFaqEntry(deps.db, link.faqId)) ?? null) : null;
  }

  return { toFaq, find };
}

export type CorrectionFaq = ReturnType<typeof createCorrectionFaq>;
