import type {
  FaqApprove,
  FaqEntry,
  FaqPublish,
  FaqReturn,
  FaqReviewStatus,
  FaqStatusChange,
  FaqSubmit,
} from "../../../shared/index.js";
import { insertFaqVersion, saveFaqEntry } from "../../db/repos/faq.js";
import { findIncident } from "../../db/repos/incidents.js";
import type { TxContext } from "../../db/transaction.js";
import { AppError, forbidden } from "../../errors.js";
import { logDecision } from "../bulletins/logEntry.js";
import { notify } from "../bulletins/notify.js";
import type { Actor, DomainDeps } from "../context.js";
import { may } from "../policy.js";
import type { FaqCore, OneStep } from "./faq.js";
import { faqEvent } from "./faqEvents.js";
import { answerRequired, reviewTextOf, textOf, type FaqText, type ReviewText } from "./faqText.js";

export interface FaqReviewOptions {
  /** As for bulletins (KRISRUM_FOUR_EYES): outside exercises, the approver must not be who last changed the text. */
  fourEyes: boolean;
}

const PAST = { submit: "submitted for review", return: "returned to draft", approve: "approved", publish: "published" };
type Move = keyof typeof PAST;
/** The review workflow in one table (docs/api.md "FAQ review"), as bulletins have it. */
const FROM: Record<Exclude<Move, "publish">, { from: readonly FaqReviewStatus[]; to: FaqReviewStatus }> = {
  submit: { from: ["draft"], to: "in_review" },
  return: { from: ["in_review", "approved"], to: "draft" },
  approve: { from: ["in_review"], to: "approved" },
};

function refuse(move: Move, entry: FaqEntry, text: ReviewText | null): AppError {
  const where = text ? `a text ${text.status.replace("_", " ")}` : `an entry ${entry.status} with nothing in review`;
  return new AppError("invalid_transition", `FAQ: ${where} cannot be ${PAST[move]}`, 409, undefined, {
    current: entry,
  });
}

/**
 * Submit, approve, return and publish: the same steps as a bulletin's, on the text under review (an unpublished
 * entry, or a published entry's working version while the published text stays what agents read). Every step is a
 * new entry version, so `expectedVersion` guards each one (409 `conflict` with `error.current`).
 */
export function createFaqReview(deps: DomainDeps, core: FaqCore, options: FaqReviewOptions) {
  const { transaction } = deps;

  /** Writes the entry with the text's new status (a version of its own) and says so to the crisis team. */
  async function moveText(
    ctx: TxContext,
    before: FaqEntry,
    text: ReviewText,
    to: FaqReviewStatus,
    actor: Actor,
    reason?: string,
  ): Promise<FaqEntry> {
    const now = new Date();
    const at = now.toISOString();
    const stamp = { version: before.version + 1, updatedBy: actor.id, updatedAt: at };
    const entry: FaqEntry = before.working
      ? { ...before, ...stamp, working: { ...before.working, ...stamp, status: to }, workingVersion: stamp.version }
      : { ...before, ...stamp, status: to };
    await saveFaqEntry(ctx.tx, entry);
    await insertFaqVersion(ctx.tx, { ...entry, ...textOf(text), status: to }, await core.score(ctx, text, now));
    await faqEvent(ctx, "faq.review_changed", entry, actor, { from: text.status, to, ...(reason ? { reason } : {}) });
    return entry;
  }

  async function begin(ctx: TxContext, id: string, move: Exclude<Move, "publish">, expectedVersion?: number) {
    const before = await core.current(ctx, id, expectedVersion);
    const text = reviewTextOf(before);
    if (!text || !FROM[move].from.includes(text.status)) throw refuse(move, before, text);
    return { before, text, to: FROM[move].to };
  }

  const approver = (actor: Actor) => {
    if (!may(actor.role, "approveFaq")) throw forbidden();
  };

  function submit(id: string, input: FaqSubmit, actor: Actor): Promise<FaqEntry> {
    return transaction(async (ctx) => {
      const { before, text, to } = await begin(ctx, id, "submit", input.expectedVersion);
      if (!text.answer.trim()) throw answerRequired();
      return moveText(ctx, before, text, to, actor);
    });
  }

  function returnToDraft(id: string, input: FaqReturn, actor: Actor): Promise<FaqEntry> {
    return transaction(async (ctx) => {
      approver(actor);
      const { before, text, to } = await begin(ctx, id, "return", input.expectedVersion);
      const entry = await moveText(ctx, before, text, to, actor, input.reason);
      // As for bulletins: whoever wrote the words hears why they came back.
      await notify(ctx, {
        incidentId: text.incidentId,
        entity: { type: "faq_entry", id },
        kind: "faq_returned",
        recipients: [text.editedBy],
        actor,
        message: {
          sv: `FAQ-svaret ”${text.question}” skickades tillbaka av ${actor.displayName}: ${input.reason}`,
          en: `The FAQ answer “${text.question}” was returned by ${actor.displayName}: ${input.reason}`,
        },
        extra: { faqId: id },
      });
      return entry;
    });
  }

  function approve(id: string, input: FaqApprove, actor: Actor): Promise<FaqEntry> {
    return transaction(async (ctx) => {
      approver(actor);
      const { before, text, to } = await begin(ctx, id, "approve", input.expectedVersion);
      const incident = text.incidentId ? await findIncident(ctx.tx, text.incidentId) : undefined;
      const ownWork = text.editedBy === actor.id;
      if (options.fourEyes && incident?.exercise !== true && ownWork) {
        if (input.reason === undefined) {
          throw new AppError(
            "reason_required",
            "reason: you wrote this text yourself; another person must approve it, or give a reason to approve it alone",
            422,
            "reason",
            { fourEyes: true },
          );
        }
        if (incident) {
          const line = `Godkände FAQ-svaret ”${text.question}” utan fyra ögon: texten skrevs av ${actor.displayName} själv. Motivering: ${input.reason}`;
          await logDecision(ctx, incident.id, line, actor, new Date().toISOString());
        }
      }
      return moveText(ctx, before, text, to, actor, ownWork ? input.reason : undefined);
    });
  }

  /**
   * The approved text goes live: an unpublished entry becomes published, or a working version replaces the
   * published text (agents then see it, marked "Ändrad" with the difference). Without approval only where a one-step
   * publish is allowed (exercise incidents, trusted callers).
   */
  async function publishInTx(
    ctx: TxContext,
    id: string,
    input: FaqPublish,
    actor: Actor,
    opts: OneStep = {},
  ): Promise<FaqEntry> {
    const before = await core.current(ctx, id, input.expectedVersion);
    const text: FaqText | null = reviewTextOf(before) ?? (before.status === "archived" ? before : null);
    if (!text) throw refuse("publish", before, null);
    const approved = reviewTextOf(before)?.status === "approved";
    if (approved) approver(actor);
    else if (!(await core.oneStepAllowed(ctx, text.incidentId, opts)))
      throw refuse("publish", before, reviewTextOf(before));
    if (!text.answer.trim()) throw answerRequired();
    const now = new Date();
    const at = now.toISOString();
    const checklist = await core.score(ctx, text, now);
    const version = before.version + 1;
    const replaced = before.status === "published" && before.working !== null;
    const entry: FaqEntry = {
      ...before,
      ...textOf(text),
      status: "published",
      version,
      score: { overall: checklist.overall, status: checklist.status },
      publishedAt: at,
      publishedVersion: version,
      editedBy: before.working?.editedBy ?? before.editedBy,
      working: null,
      workingVersion: null,
      // New words, reviewed against today's facts: an old stale flag no longer applies.
      ...(replaced ? { stale: false, staleFactIds: [] } : {}),
      updatedBy: actor.id,
      updatedAt: at,
    };
    await saveFaqEntry(ctx.tx, entry);
    await insertFaqVersion(ctx.tx, entry, checklist);
    const changed = (["question", "answer", "tags", "factIds"] as const).filter(
      (k) => JSON.stringify(before[k]) !== JSON.stringify(entry[k]),
    );
    await faqEvent(
      ctx,
      "faq.published",
      entry,
      actor,
      replaced ? { previous: { question: before.question, answer: before.answer }, changed } : {},
      at,
    );
    return entry;
  }

  /**
   * Unpublish (draft) and archive as before; `published` is the publish step above. Unpublishing an entry with a
   * working version makes that version the entry's own text (the newest words stay the ones being worked on).
   */
  async function setStatusInTx(
    ctx: TxContext,
    id: string,
    change: FaqStatusChange,
    actor: Actor,
    opts: OneStep = {},
  ): Promise<FaqEntry> {
    if (change.status === "published") {
      const found = await core.current(ctx, id, change.expectedVersion);
      if (found.status === "published" && !found.working) return found;
      return publishInTx(ctx, id, { expectedVersion: change.expectedVersion }, actor, opts);
    }
    const before = await core.current(ctx, id, change.expectedVersion);
    if (before.status === change.status) return before;
    const now = new Date();
    const at = now.toISOString();
    const version = before.version + 1;
    const stamp = { version, updatedBy: actor.id, updatedAt: at };
    const entry: FaqEntry =
      change.status === "draft" && before.working
        ? {
            ...before,
            ...textOf(before.working),
            ...stamp,
            status: before.working.status,
            score: before.working.score,
            editedBy: before.working.editedBy,
            working: null,
            workingVersion: null,
          }
        : { ...before, ...stamp, status: change.status };
    await saveFaqEntry(ctx.tx, entry);
    await insertFaqVersion(ctx.tx, entry, await core.score(ctx, entry, now));
    // Agents hear of an unpublish or an archive of a published entry (to drop it); a draft's moves stay the editors'.
    await faqEvent(ctx, "faq.status_changed", entry, actor, { from: before.status, to: entry.status }, at, {
      public: before.status === "published" || entry.status === "published",
    });
    return entry;
  }

  return {
    submit,
    returnToDraft,
    approve,
    publish: (id: string, input: FaqPublish, actor: Actor) => transaction((ctx) => publishInTx(ctx, id, input, actor)),
    publishInTx,
    setStatusInTx,
  };
}
