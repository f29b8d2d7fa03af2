import { randomUUID } from "node:crypto";
import {
  FACT_FIELDS,
  type Fact,
  type FactCreate,
  type FactField,
  type FactPatch,
  type FactVersion,
} from "../../shared/index.js";
import { findFact, insertFact, insertFactVersion, listFactVersions, listFacts, updateFact } from "../db/repos/facts.js";
import { incidentExists } from "../db/repos/incidents.js";
import type { TxContext } from "../db/transaction.js";
import { conflict, notFound } from "../errors.js";
import { actorRef, toIso, type Actor, type DomainDeps } from "./context.js";

/** What happened to a cited fact, as the messages citing it need to hear it. */
export interface FactChange {
  fact: Fact;
  kind: "fact_changed" | "fact_retracted";
  actor: Actor;
}

/**
 * Something that cites facts (bulletins here; FAQ answers elsewhere) and must be flagged stale when one changes.
 * Runs inside the fact change's transaction, so the change and the flags commit together.
 */
export type FactCiter = (ctx: TxContext, change: FactChange) => Promise<void>;

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

  async function get(id: string): Promise<Fact> {
    const fact = await findFact(db, id);
    if (!fact) throw notFound("Fact");
    return fact;
  }

  async function list(incidentId: string): Promise<Fact[]> {
    if (!(await incidentExists(db, incidentId))) throw notFound("Incident");
    return listFacts(db, incidentId);
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
        visibleTo: null,
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
        visibleTo: null,
        data: { fact: next, changed, previous: { statement: current.statement, status: current.status } },
        at: next.updatedAt,
      });
      if (changed.some((f) => FLAGGING.includes(f))) {
        const change: FactChange = {
          fact: next,
          kind: next.status === "retracted" ? "fact_retracted" : "fact_changed",
          actor,
        };
        for (const cite of citers) await cite(ctx, change);
      }
      return next;
    });
  }

  async function versions(id: string): Promise<FactVersion[]> {
    await get(id);
    return listFactVersions(db, id);
  }

  return { get, list, create, update, versions };
}

export type Facts = ReturnType<typeof createFacts>;
