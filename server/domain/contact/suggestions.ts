import { randomUUID } from "node:crypto";
import type {
  FaqEntry,
  FaqSuggestion,
  FaqSuggestionCreate,
  SuggestionStatus,
  SuggestionToDraft,
} from "../../../shared/index.js";
import { incidentExists } from "../../db/repos/incidents.js";
import {
  findOpenSuggestion,
  findSuggestion,
  insertSuggestion,
  listSuggestions,
  saveSuggestion,
  type SuggestionRecord,
} from "../../db/repos/suggestions.js";
import type { TxContext } from "../../db/transaction.js";
import { AppError, conflict, notFound } from "../../errors.js";
import { actorRef, type Actor, type DomainDeps } from "../context.js";
import type { Faq } from "./faq.js";
import { questionKey } from "./questions.js";

const present = ({ matchKey: _key, ...s }: SuggestionRecord): FaqSuggestion => s;

export function createSuggestions(deps: DomainDeps, faq: Faq) {
  const { db, transaction } = deps;

  async function emit(
    ctx: TxContext,
    type: "suggestion.created" | "suggestion.updated" | "suggestion.resolved",
    s: SuggestionRecord,
    actor: Actor,
  ) {
    await ctx.emit({
      actor: actorRef(actor),
      type,
      incidentId: null,
      entity: { type: "faq_suggestion", id: s.id },
      visibleTo: null,
      data: { suggestion: present(s) },
    });
  }

  /** A new suggestion, or one more ask of an open one with the same wording (after normalisation). */
  function suggest(input: FaqSuggestionCreate, actor: Actor): Promise<{ suggestion: FaqSuggestion; merged: boolean }> {
    return transaction(async (ctx) => {
      if (input.incidentId !== null && !(await incidentExists(ctx.tx, input.incidentId))) {
        throw new AppError("validation", "incidentId: no such incident", 400, "incidentId");
      }
      const now = new Date().toISOString();
      const matchKey = questionKey(input.question);
      const open = await findOpenSuggestion(ctx.tx, matchKey, input.incidentId);
      if (open) {
        const next = { ...open, count: open.count + 1, lastAskedAt: now };
        await saveSuggestion(ctx.tx, next);
        await emit(ctx, "suggestion.updated", next, actor);
        return { suggestion: present(next), merged: true };
      }
      const created: SuggestionRecord = {
        id: randomUUID(),
        question: input.question,
        matchKey,
        incidentId: input.incidentId,
        status: "open",
        count: 1,
        lastAskedAt: now,
        faqEntryId: null,
        createdBy: actor.id,
        createdAt: now,
        resolvedBy: null,
        resolvedAt: null,
      };
      await insertSuggestion(ctx.tx, created);
      await emit(ctx, "suggestion.created", created, actor);
      return { suggestion: present(created), merged: false };
    });
  }

  async function openOne(ctx: TxContext, id: string): Promise<SuggestionRecord> {
    const found = await findSuggestion(ctx.tx, id);
    if (!found) throw notFound("Suggestion");
    if (found.status !== "open")
      throw conflict(`This suggestion is already ${found.status}`, { current: present(found) });
    return found;
  }

  /** One step from "not in the FAQ" to an FAQ draft for the crisis team to finish and publish. */
  function toDraft(
    id: string,
    input: SuggestionToDraft,
    actor: Actor,
  ): Promise<{ suggestion: FaqSuggestion; entry: FaqEntry }> {
    return transaction(async (ctx) => {
      const s = await openOne(ctx, id);
      const entry = await faq.createInTx(
        ctx,
        {
          incidentId: s.incidentId,
          question: input.question ?? s.question,
          answer: input.answer,
          tags: [],
          audiences: ["residents"],
          language: "sv",
          factIds: [],
          publish: false,
        },
        actor,
      );
      const next: SuggestionRecord = {
        ...s,
        status: "drafted",
        faqEntryId: entry.id,
        resolvedBy: actor.id,
        resolvedAt: entry.createdAt,
      };
      await saveSuggestion(ctx.tx, next);
      await emit(ctx, "suggestion.resolved", next, actor);
      return { suggestion: present(next), entry };
    });
  }

  function dismiss(id: string, actor: Actor): Promise<FaqSuggestion> {
    return transaction(async (ctx) => {
      const s = await openOne(ctx, id);
      const next: SuggestionRecord = {
        ...s,
        status: "dismissed",
        resolvedBy: actor.id,
        resolvedAt: new Date().toISOString(),
      };
      await saveSuggestion(ctx.tx, next);
      await emit(ctx, "suggestion.resolved", next, actor);
      return present(next);
    });
  }

  const list = async (status?: SuggestionStatus) => (await listSuggestions(db, status)).map(present);

  return { suggest, toDraft, dismiss, list };
}

export type Suggestions = ReturnType<typeof createSuggestions>;
