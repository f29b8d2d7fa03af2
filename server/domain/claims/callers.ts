import type { Kysely } from "kysely";
import {
  CLAIM_REACHES,
  OPEN_CLAIM_STATUSES,
  reachFromCallers,
  type Claim,
  type ClaimCallbacks,
  type ClaimCreate,
  type ClaimReach,
  type ContactClaim,
  type Role,
} from "../../../shared/index.js";
import { findClaim, listCalledClaims, listClaims, type ClaimRecord } from "../../db/repos/claims.js";
import { countClaimCallbacks, listClaimCallbacks } from "../../db/repos/inquiries.js";
import type { DB } from "../../db/schema.js";
import type { TxContext } from "../../db/transaction.js";
import { notFound } from "../../errors.js";
import type { Actor, DomainDeps } from "../context.js";
import { POLICY } from "../policy.js";
import { commit } from "./commands.js";
import { claimTerms, jaccard, SIMILARITY_THRESHOLD } from "./similarity.js";

/**
 * Closing the loop with the contact centre: caller reports that match an open claim add their
 * calls to it, the contact centre follows the claims callers reported, and once a correction is out the claim
 * lists whom to ring back.
 */

/** Who hears `contact_claim.changed`: everyone who works the contact view (logInquiry). */
export const CONTACT_CLAIM_READERS: Role[] = [...POLICY.logInquiry];

/** Still being handled (not corrected, dismissed or merged): the claim a caller's report or question joins. */
export const isOpenClaim = (c: ClaimRecord) =>
  (OPEN_CLAIM_STATUSES as readonly string[]).includes(c.status) && c.mergedInto === null;

const higher = (a: ClaimReach, b: ClaimReach): ClaimReach =>
  CLAIM_REACHES.indexOf(a) >= CLAIM_REACHES.indexOf(b) ? a : b;

type Callable = Pick<
  Claim,
  | "id"
  | "incidentId"
  | "text"
  | "sourceChannel"
  | "status"
  | "reach"
  | "calls"
  | "correctionBulletinId"
  | "correctedAt"
  | "mergedInto"
  | "createdAt"
  | "updatedAt"
>;

interface CallbackCounts {
  waiting: number;
  calledBack: number;
}
const NO_CALLBACKS: CallbackCounts = { waiting: 0, calledBack: 0 };

export function toContactClaim(c: Callable, counts: CallbackCounts): ContactClaim {
  return {
    id: c.id,
    incidentId: c.incidentId,
    text: c.text,
    sourceChannel: c.sourceChannel,
    status: c.status,
    reach: c.reach,
    calls: c.calls,
    callbacks: counts.waiting,
    calledBack: counts.calledBack,
    correctionBulletinId: c.correctionBulletinId,
    correctedAt: c.correctedAt,
    mergedInto: c.mergedInto,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

/**
 * The contact centre's copy of a claim event: `contact_claim.changed` to every role of the contact view, for a
 * claim callers have reported (calls > 0). No incident on the event (as the inquiry events), so a busy contact
 * centre does not flood the loggbok; the claim's incident is in the data. No callback number ever enters it.
 */
export async function contactClaimEvent(ctx: TxContext, claim: Callable, actor: Actor | null): Promise<void> {
  if (claim.calls <= 0) return;
  const counts = await countClaimCallbacks(ctx.tx, [claim.id]);
  await ctx.emit({
    actor: actor && { id: actor.id, displayName: actor.displayName },
    type: "contact_claim.changed",
    incidentId: null,
    entity: { type: "claim", id: claim.id },
    visibleTo: CONTACT_CLAIM_READERS,
    data: { claim: toContactClaim(claim, counts.get(claim.id) ?? NO_CALLBACKS) },
    at: claim.updatedAt,
  });
}

/** The open claim of the incident a caller report repeats (the desk's duplicate similarity), best first; or none. */
export async function matchingOpenClaim(
  db: Kysely<DB>,
  incidentId: string,
  text: string,
): Promise<ClaimRecord | undefined> {
  const terms = claimTerms(text);
  let best: { record: ClaimRecord; score: number } | undefined;
  for (const record of await listClaims(db, incidentId)) {
    if (!isOpenClaim(record)) continue;
    const score = jaccard(terms, claimTerms(record.text));
    if (score >= SIMILARITY_THRESHOLD && (!best || score > best.score)) best = { record, score };
  }
  return best?.record;
}

/**
 * A caller report joins the open claim it repeats: its callers are added to the calls and the reach is raised to
 * what the calls (or the report's own estimate) say, never lowered. One `claim.updated` (`callers` = the report's).
 */
export async function addCalls(
  ctx: TxContext,
  current: ClaimRecord,
  input: Pick<ClaimCreate, "reach" | "calls">,
  actor: Actor,
): Promise<Claim> {
  const callers = input.calls ?? 1;
  const calls = current.calls + callers;
  const reach = higher(higher(current.reach, input.reach), reachFromCallers(calls));
  return commit(ctx, current, reach === current.reach ? { calls } : { calls, reach }, actor, { callers });
}

/** The claim an inquiry links to: a merged claim stands for its survivor. */
export async function linkTarget(db: Kysely<DB>, claimId: string): Promise<ClaimRecord | undefined> {
  let record = await findClaim(db, claimId);
  for (let hops = 0; record?.mergedInto && hops < 20; hops += 1) record = await findClaim(db, record.mergedInto);
  return record;
}

export function createContactClaims(deps: DomainDeps) {
  const { db } = deps;

  /** The claims callers have reported, of one incident or all, with how many callers wait for a callback. */
  async function list(incidentId: string | undefined): Promise<ContactClaim[]> {
    const records = await listCalledClaims(db, incidentId);
    const counts = await countClaimCallbacks(
      db,
      records.map((r) => r.id),
    );
    return records.map((r) => toContactClaim(r, counts.get(r.id) ?? NO_CALLBACKS));
  }

  /**
   * The callback list: inquiries linked to the claim that still hold a number. The numbers are listed once the
   * correction is published (`corrected`): until then there is nothing new to tell the caller.
   */
  async function callbacks(id: string): Promise<ClaimCallbacks> {
    const record = await findClaim(db, id);
    if (!record) throw notFound("Claim");
    const counts = (await countClaimCallbacks(db, [id])).get(id) ?? { ...NO_CALLBACKS, purged: 0 };
    const ready = record.status === "corrected";
    const rows = ready ? await listClaimCallbacks(db, id) : [];
    return {
      claim: toContactClaim(record, counts),
      ready,
      waiting: counts.waiting,
      purged: counts.purged,
      callbacks: rows.flatMap((r) =>
        r.callbackNumber
          ? [
              {
                inquiryId: r.id,
                caseNumber: r.caseNumber,
                question: r.question,
                callbackNumber: r.callbackNumber,
                askedAt: r.createdAt,
                calledBack: r.calledBackAt && r.calledBackBy ? { at: r.calledBackAt, by: r.calledBackBy } : null,
              },
            ]
          : [],
      ),
    };
  }

  return { list, callbacks };
}
