import { randomUUID } from "node:crypto";
import {
  FACT_FIELDS,
  type Fact,
  type FactCreate,
  type FactField,
  type FactPatch,
  type FactVersion,
  type Role,
} from "../../shared/index.js";
import type { Kysely } from "kysely";
import { CRISIS_TEAM } from "../../shared/events/index.js";
import { findFact, insertFact, insertFactVersion, listFactVersions, listFacts, updateFact } from "../db/repos/facts.js";
import { factIdsCitedByPublishedText } from "../db/repos/publishedCitations.js";
import type { DB } from "../db/schema.js";
import { incidentExists } from "../db/repos/incidents.js";
import type { TxContext } from "../db/transaction.js";
import { conflict, notFound } from "../errors.js";
import { actorRef, toIso, type Actor, type DomainDeps } from "./context.js";
import { may } from "./policy.js";

/** What happened to a cited fact, as the messages citing it need to hear it. */
export interface FactChange {
  fact: Fact;
  kind: "fact_changed" | "fact_retracted";
  actor: Actor;
  /** The wording and status before the change: a channel text quoting the old wording is flagged too. */
  previous: Pick<Fact, "statement" | "status">;
}

/**
 * Something that cites facts (bulletins and their channel versions, FAQ answers, claims) and must be flagged when
 * one changes. Runs inside the fact change's transaction, so the change and every flag commit together or not at all.
 */
export type FactCiter = (ctx: TxContext, change: FactChange) => Promise<void>;

/** Pure: may agents and viewers read this fact? Published text cites it and it is not merely unconfirmed. */
export const isPublicFact = (fact: Fact, citedByPublishedText: ReadonlySet<string>): boolean =>
  citedByPublishedText.has(fact.id) && fact.status !== "unconfirmed";

async function readableBy(db: Kysely<DB>, fact: Fact, role: Role): Promise<boolean> {
  return may(role, "readDrafts") || isPublicFact(fact, await factIdsCitedByPublishedText(db, fact.incidentId));
}

// A change of wording or status changes what a message may say; a new source or time does not.
const FLAGGING: readonly FactField[] = ["statement", "status"];

/** Pure: the fact a create command produces. */
export function newFact(
  input: FactCreate,
  incidentId: string,
  actor: Actor,
  now: Date,
  id: string = randomUUID(),
): Fact {
  const at = now.toISOString();
  const verifiedAt =
    input.verifiedAt !== undefined
      ? input.verifiedAt && toIso(input.verifiedAt)
      : input.status === "confirmed"
        ? at
        : null;
  return {
    id,
    incidentId,
    statement: input.statement,
    source: input.source,
    verifiedAt,
    status: input.status,
    version: 1,
    createdBy: actor.id,
    createdAt: at,
    updatedBy: actor.id,
    updatedAt: at,
  };
}

/** Pure: applies a patch; no changed field means no new version. */
export function applyFactPatch(
  current: Fact,
  patch: FactPatch,
  actor: Actor,
  now: Date,
): { next: Fact; changed: FactField[] } {
  const next: Fact = { ...current };
  const changed: FactField[] = [];
  for (const key of FACT_FIELDS) {
    const value = patch[key];
    if (value === undefined) continue;
    const normalised = key === "verifiedAt" && typeof value === "string" ? toIso(value) : value;
    if (normalised === current[key]) continue;
    Object.assign(next, { [key]: normalised });
    changed.push(key);
  }
  if (changed.length === 0) return { next: current, changed };
  return {
    next: { ...next, version: current.version + 1, updatedBy: actor.id, updatedAt: now.toISOString() },
    changed,
  };
}

export function createFacts(deps: DomainDeps, citers: readonly FactCiter[] = []) {
  const { db, transaction } = deps;

  /**
   * One fact as `role` may read it: the crisis team reads every fact; agents and viewers only a fact that published
   * text cites and that is not unconfirmed (else 404, as if there were none).
   */
  async function get(id: string, role: Role): Promise<Fact> {
    const fact = await findFact(db, id);
    if (!fact || !(await readableBy(db, fact, role))) throw notFound("Fact");
    return fact;
  }

  async function list(incidentId: string, role: Role): Promise<Fact[]> {
    if (!(await incidentExists(db, incidentId))) throw notFound("Incident");
    const facts = await listFacts(db, incidentId);
    if (may(role, "readDrafts")) return facts;
    const cited = await factIdsCitedByPublishedText(db, incidentId);
    return facts.filter((f) => isPublicFact(f, cited));
  }

  function create(incidentId: string, input: FactCreate, actor: Actor): Promise<Fact> {
    return transaction(async ({ tx, emit }) => {
      if (!(await incidentExists(tx, incidentId))) throw notFound("Incident");
      const fact = newFact(input, incidentId, actor, new Date());
      await insertFact(tx, fact);
      await insertFactVersion(tx, fact, [], actorRef(actor));
      await emit({
        actor: actorRef(actor),
        type: "fact.created",
        incidentId,
        entity: { type: "fact", id: fact.id },
        visibleTo: [...CRISIS_TEAM], // no published text cites a new fact yet
        data: { fact },
        at: fact.createdAt,
      });
      return fact;
    });
  }

  function update(id: string, patch: FactPatch, actor: Actor): Promise<Fact> {
    return transaction(async (ctx) => {
      const { tx, emit } = ctx;
      const current = await findFact(tx, id);
      if (!current) throw notFound("Fact");
      if (patch.expectedVersion !== current.version)
        throw conflict("Someone saved a newer version of this fact", { current });
      const { next, changed } = applyFactPatch(current, patch, actor, new Date());
      if (changed.length === 0) return current;
      await updateFact(tx, next);
      await insertFactVersion(tx, next, changed, actorRef(actor));
      await emit({
        actor: actorRef(actor),
        type: "fact.updated",
        incidentId: next.incidentId,
        entity: { type: "fact", id },
        // Agents and viewers hear of a fact published text cites (a retraction too: they must stop reading it out).
        visibleTo: isPublicFact(next, await factIdsCitedByPublishedText(tx, next.incidentId)) ? null : [...CRISIS_TEAM],
        data: { fact: next, changed, previous: { statement: current.statement, status: current.status } },
        at: next.updatedAt,
      });
      if (changed.some((f) => FLAGGING.includes(f))) {
        const change: FactChange = {
          fact: next,
          kind: next.status === "retracted" ? "fact_retracted" : "fact_changed",
          actor,
          previous: { statement: current.statement, status: current.status },
        };
        for (const cite of citers) await cite(ctx, change);
      }
      return next;
    });
  }

  async function versions(id: string, role: Role): Promise<FactVersion[]> {
    await get(id, role);
    return listFactVersions(db, id);
  }

  return { get, list, create, update, versions };
}

export type Facts = ReturnType<typeof createFacts>;
