import { randomUUID } from "node:crypto";
import type {
  FaqCreate,
  FaqEntry,
  FaqListQuery,
  FaqPatch,
  FaqStatusChange,
  FaqVersion,
  Role,
} from "../../../shared/index.js";
import {
  findFaqEntry,
  insertFaqEntry,
  insertFaqVersion,
  listFaqEntries,
  listFaqEntriesInReview,
  listFaqVersions,
  saveFaqEntry,
} from "../../db/repos/faq.js";
import { findIncident } from "../../db/repos/incidents.js";
import type { TxContext } from "../../db/transaction.js";
import { AppError, conflict, notFound } from "../../errors.js";
import { type Actor, type DomainDeps } from "../context.js";
import { may } from "../policy.js";
import { faqEvent, publishedView } from "./faqEvents.js";
import { createFaqReview, type FaqReviewOptions } from "./faqReview.js";
import { factsForScoring, scoreFaq } from "./faqScoring.js";
import { answerRequired, changedFaqFields, patched, reviewTextOf, textOf, type FaqText } from "./faqText.js";

export { answerRequired, changedFaqFields } from "./faqText.js";

/** Trusted callers only (a published correction, the demo seed): the text goes live without review. */
export interface OneStep {
  oneStep?: boolean;
}

/** Shared by the commands and the review: scoring, loading with the version guard, one-step rules. */
export function faqCore(deps: DomainDeps) {
  /** The checklist result for a text (the caller stamps it on the entry or the working version). */
  async function score(ctx: TxContext, text: FaqText, now: Date) {
    const incident = text.incidentId ? ((await findIncident(ctx.tx, text.incidentId)) ?? null) : null;
    return scoreFaq(text, { now, incident, facts: await factsForScoring(ctx.tx, text.incidentId, text.factIds) });
  }

  async function current(ctx: TxContext, id: string, expectedVersion: number | undefined): Promise<FaqEntry> {
    const found = await findFaqEntry(ctx.tx, id);
    if (!found) throw notFound("FAQ entry");
    if (expectedVersion !== undefined && expectedVersion !== found.version) {
      throw conflict("Someone saved a newer version of this FAQ entry", { current: found });
    }
    return found;
  }

  /** One-step publish without review: trusted callers, and the entries of an exercise incident. */
  async function oneStepAllowed(ctx: TxContext, incidentId: string | null, options: OneStep): Promise<boolean> {
    if (options.oneStep) return true;
    if (incidentId === null) return false;
    return (await findIncident(ctx.tx, incidentId))?.exercise === true;
  }

  return { db: deps.db, score, current, oneStepAllowed };
}
export type FaqCore = ReturnType<typeof faqCore>;

export function createFaq(deps: DomainDeps, options: FaqReviewOptions = { fourEyes: true }) {
  const { db, transaction } = deps;
  const core = faqCore(deps);
  const review = createFaqReview(deps, core, options);

  async function requireIncident(ctx: TxContext, incidentId: string | null): Promise<void> {
    if (incidentId !== null && !(await findIncident(ctx.tx, incidentId))) {
      throw new AppError("validation", "incidentId: no such incident", 400, "incidentId");
    }
  }

  /** Inside the caller's transaction, so a suggestion can become a draft in the same unit of work. */
  async function createInTx(ctx: TxContext, input: FaqCreate, actor: Actor, opts: OneStep = {}): Promise<FaqEntry> {
    if (input.publish && !input.answer) throw answerRequired();
    await requireIncident(ctx, input.incidentId);
    if (input.publish && !(await core.oneStepAllowed(ctx, input.incidentId, opts))) {
      throw new AppError(
        "invalid_transition",
        "publish: an FAQ answer is reviewed before it goes live; save it as a draft and submit it for review",
        409,
        "publish",
      );
    }
    const now = new Date();
    const at = now.toISOString();
    const text = textOf(input);
    const checklist = await core.score(ctx, text, now);
    const entry: FaqEntry = {
      id: randomUUID(),
      ...text,
      status: input.publish ? "published" : "draft",
      version: 1,
      stale: false,
      staleFactIds: [],
      score: { overall: checklist.overall, status: checklist.status },
      publishedAt: input.publish ? at : null,
      publishedVersion: input.publish ? 1 : null,
      editedBy: actor.id,
      working: null,
      workingVersion: null,
      createdBy: actor.id,
      createdAt: at,
      updatedBy: actor.id,
      updatedAt: at,
    };
    await insertFaqEntry(ctx.tx, entry);
    await insertFaqVersion(ctx.tx, entry, checklist);
    await faqEvent(ctx, "faq.created", entry, actor, {}, at);
    return entry;
  }

  /**
   * Inside the caller's transaction, so a published correction can update its entry in the same unit of work.
   * A published entry keeps its text: the edit becomes (or changes) its working version, a draft to review, unless
   * the caller is trusted to publish in one step. An unpublished text in review or approved goes back to draft.
   */
  async function updateInTx(
    ctx: TxContext,
    id: string,
    patch: FaqPatch,
    actor: Actor,
    opts: OneStep = {},
  ): Promise<FaqEntry> {
    const before = await core.current(ctx, id, patch.expectedVersion);
    const live = before.status === "published" && !opts.oneStep;
    const base: FaqText = live ? (before.working ?? before) : before;
    const changed = changedFaqFields(base, patch);
    if (changed.length === 0) return before;
    if (changed.includes("incidentId")) await requireIncident(ctx, patch.incidentId ?? null);
    const now = new Date();
    const at = now.toISOString();
    const text = patched(base, patch, changed);
    const checklist = await core.score(ctx, text, now);
    const score = { overall: checklist.overall, status: checklist.status };
    const version = before.version + 1;
    const stamp = { version, updatedBy: actor.id, updatedAt: at };
    let entry: FaqEntry;
    if (live) {
      const working = { ...text, status: "draft" as const, score, editedBy: actor.id, ...stamp };
      entry = { ...before, ...stamp, working, workingVersion: version };
      await insertFaqVersion(ctx.tx, { ...entry, ...text, status: "draft" }, checklist);
    } else {
      if (before.status === "published" && !text.answer) throw answerRequired();
      const status = before.status === "in_review" || before.status === "approved" ? "draft" : before.status;
      entry = { ...before, ...text, ...stamp, status, score, editedBy: actor.id, stale: false, staleFactIds: [] };
      if (before.status === "published") entry = { ...entry, publishedVersion: version, publishedAt: at };
      await insertFaqVersion(ctx.tx, entry, checklist);
    }
    await saveFaqEntry(ctx.tx, entry);
    await faqEvent(
      ctx,
      "faq.updated",
      entry,
      actor,
      { changed, previous: { question: base.question, answer: base.answer } },
      at,
      { workingOnly: live },
    );
    return entry;
  }

  async function list(query: FaqListQuery, role: Role): Promise<FaqEntry[]> {
    const editor = may(role, "editFaq");
    if (!editor && query.status !== undefined && query.status !== "published") return [];
    const statuses = query.status ? [query.status] : editor ? undefined : (["published"] as const);
    const incidentId = query.incidentId === "general" ? null : query.incidentId;
    const entries = await listFaqEntries(db, { statuses, incidentId });
    // Incident entries first (sort is stable, so each group stays in question order).
    const sorted = entries.sort((a, b) => Number(a.incidentId === null) - Number(b.incidentId === null));
    return editor ? sorted : sorted.map(publishedView);
  }

  async function get(id: string, role: Role): Promise<FaqEntry> {
    const entry = await findFaqEntry(db, id);
    const editor = may(role, "editFaq");
    if (!entry || (entry.status !== "published" && !editor)) throw notFound("FAQ entry");
    return editor ? entry : publishedView(entry);
  }

  async function versions(id: string): Promise<FaqVersion[]> {
    if (!(await findFaqEntry(db, id))) throw notFound("FAQ entry");
    return listFaqVersions(db, id);
  }

  /** What waits for a decision: texts in review or approved (unpublished entries and working versions). */
  async function inReview(): Promise<FaqEntry[]> {
    return (await listFaqEntriesInReview(db)).filter((e) => reviewTextOf(e) !== null);
  }

  return {
    list,
    get,
    versions,
    inReview,
    create: (input: FaqCreate, actor: Actor, opts: OneStep = {}) =>
      transaction((ctx) => createInTx(ctx, input, actor, opts)),
    createInTx,
    update: (id: string, patch: FaqPatch, actor: Actor) => transaction((ctx) => updateInTx(ctx, id, patch, actor)),
    updateInTx,
    ...review,
    setStatus: (id: string, change: FaqStatusChange, actor: Actor) =>
      transaction((ctx) => review.setStatusInTx(ctx, id, change, actor)),
  };
}

export type Faq = ReturnType<typeof createFaq>;
