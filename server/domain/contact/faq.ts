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
  listFaqVersions,
  saveFaqEntry,
} from "../../db/repos/faq.js";
import { findIncident } from "../../db/repos/incidents.js";
import type { TxContext } from "../../db/transaction.js";
import { AppError, conflict, notFound } from "../../errors.js";
import { type Actor, type DomainDeps } from "../context.js";
import { may } from "../policy.js";
import { faqEvent } from "./faqEvents.js";
import { factsForScoring, scoreFaq, type FaqContent } from "./faqScoring.js";

type ContentField = keyof Omit<FaqPatch, "expectedVersion">;
const CONTENT_FIELDS: readonly ContentField[] = [
  "incidentId",
  "question",
  "answer",
  "tags",
  "audiences",
  "language",
  "factIds",
];

const answerRequired = () =>
  new AppError("validation", "answer: an entry needs an answer before it is published", 400, "answer");

/** Pure: the fields a patch really changes. */
export function changedFaqFields(current: FaqEntry, patch: FaqPatch): ContentField[] {
  return CONTENT_FIELDS.filter(
    (k) => patch[k] !== undefined && JSON.stringify(patch[k]) !== JSON.stringify(current[k]),
  );
}

export function createFaq(deps: DomainDeps) {
  const { db, transaction } = deps;

  /** Scores the content and stamps a new version; writing it is the caller's. */
  async function scored(
    ctx: TxContext,
    entry: FaqEntry,
    now: Date,
  ): Promise<{ entry: FaqEntry; checklist: ReturnType<typeof scoreFaq> }> {
    const incident = entry.incidentId ? ((await findIncident(ctx.tx, entry.incidentId)) ?? null) : null;
    const content: FaqContent = entry;
    const checklist = scoreFaq(content, {
      now,
      incident,
      facts: await factsForScoring(ctx.tx, entry.incidentId, entry.factIds),
    });
    return { entry: { ...entry, score: { overall: checklist.overall, status: checklist.status } }, checklist };
  }

  async function requireIncident(ctx: TxContext, incidentId: string | null): Promise<void> {
    if (incidentId !== null && !(await findIncident(ctx.tx, incidentId))) {
      throw new AppError("validation", "incidentId: no such incident", 400, "incidentId");
    }
  }

  /** Inside the caller's transaction, so a suggestion can become a draft in the same unit of work. */
  async function createInTx(ctx: TxContext, input: FaqCreate, actor: Actor): Promise<FaqEntry> {
    if (input.publish && !input.answer) throw answerRequired();
    await requireIncident(ctx, input.incidentId);
    const now = new Date();
    const at = now.toISOString();
    const base: FaqEntry = {
      id: randomUUID(),
      incidentId: input.incidentId,
      question: input.question,
      answer: input.answer,
      tags: input.tags,
      audiences: input.audiences,
      language: input.language,
      factIds: input.factIds,
      status: input.publish ? "published" : "draft",
      version: 1,
      stale: false,
      staleFactIds: [],
      score: { overall: 0, status: "fail" },
      publishedAt: input.publish ? at : null,
      createdBy: actor.id,
      createdAt: at,
      updatedBy: actor.id,
      updatedAt: at,
    };
    const { entry, checklist } = await scored(ctx, base, now);
    await insertFaqEntry(ctx.tx, entry);
    await insertFaqVersion(ctx.tx, entry, checklist);
    await faqEvent(ctx, "faq.created", entry, actor, {}, at);
    return entry;
  }

  async function current(ctx: TxContext, id: string, expectedVersion: number | undefined): Promise<FaqEntry> {
    const found = await findFaqEntry(ctx.tx, id);
    if (!found) throw notFound("FAQ entry");
    if (expectedVersion !== undefined && expectedVersion !== found.version) {
      throw conflict("Someone saved a newer version of this FAQ entry", { current: found });
    }
    return found;
  }

  /** Inside the caller's transaction, so a published correction can update its entry in the same unit of work. */
  async function updateInTx(ctx: TxContext, id: string, patch: FaqPatch, actor: Actor): Promise<FaqEntry> {
    const before = await current(ctx, id, patch.expectedVersion);
    const changed = changedFaqFields(before, patch);
    if (changed.length === 0) return before;
    if (changed.includes("incidentId")) await requireIncident(ctx, patch.incidentId ?? null);
    const now = new Date();
    const edited: FaqEntry = {
      ...before,
      version: before.version + 1,
      stale: false,
      staleFactIds: [],
      updatedBy: actor.id,
      updatedAt: now.toISOString(),
    };
    for (const key of changed) Object.assign(edited, { [key]: patch[key] });
    if (edited.status === "published" && !edited.answer) throw answerRequired();
    const { entry, checklist } = await scored(ctx, edited, now);
    await saveFaqEntry(ctx.tx, entry);
    await insertFaqVersion(ctx.tx, entry, checklist);
    await faqEvent(
      ctx,
      "faq.updated",
      entry,
      actor,
      { changed, previous: { question: before.question, answer: before.answer } },
      entry.updatedAt,
    );
    return entry;
  }

  async function setStatusInTx(ctx: TxContext, id: string, change: FaqStatusChange, actor: Actor): Promise<FaqEntry> {
    const before = await current(ctx, id, change.expectedVersion);
    if (before.status === change.status) return before;
    if (change.status === "published" && !before.answer) throw answerRequired();
    const now = new Date();
    const at = now.toISOString();
    const { entry, checklist } = await scored(
      ctx,
      {
        ...before,
        status: change.status,
        version: before.version + 1,
        publishedAt: change.status === "published" ? at : before.publishedAt,
        updatedBy: actor.id,
        updatedAt: at,
      },
      now,
    );
    await saveFaqEntry(ctx.tx, entry);
    await insertFaqVersion(ctx.tx, entry, checklist);
    // Everyone hears it: agents must hear of a publish (to add it) and of an unpublish (to drop it).
    await faqEvent(ctx, "faq.status_changed", entry, actor, { from: before.status, to: entry.status }, at);
    return entry;
  }

  async function list(query: FaqListQuery, role: Role): Promise<FaqEntry[]> {
    const editor = may(role, "editFaq");
    if (!editor && query.status !== undefined && query.status !== "published") return [];
    const statuses = query.status ? [query.status] : editor ? undefined : (["published"] as const);
    const incidentId = query.incidentId === "general" ? null : query.incidentId;
    const entries = await listFaqEntries(db, { statuses, incidentId });
    // Incident entries first (sort is stable, so each group stays in question order).
    return entries.sort((a, b) => Number(a.incidentId === null) - Number(b.incidentId === null));
  }

  async function get(id: string, role: Role): Promise<FaqEntry> {
    const entry = await findFaqEntry(db, id);
    if (!entry || (entry.status !== "published" && !may(role, "editFaq"))) throw notFound("FAQ entry");
    return entry;
  }

  async function versions(id: string): Promise<FaqVersion[]> {
    if (!(await findFaqEntry(db, id))) throw notFound("FAQ entry");
    return listFaqVersions(db, id);
  }

  return {
    list,
    get,
    versions,
    create: (input: FaqCreate, actor: Actor) => transaction((ctx) => createInTx(ctx, input, actor)),
    createInTx,
    update: (id: string, patch: FaqPatch, actor: Actor) => transaction((ctx) => updateInTx(ctx, id, patch, actor)),
    updateInTx,
    setStatus: (id: string, change: FaqStatusChange, actor: Actor) =>
      transaction((ctx) => setStatusInTx(ctx, id, change, actor)),
    setStatusInTx,
  };
}

export type Faq = ReturnType<typeof createFaq>;
