import { randomUUID } from "node:crypto";
import type { InquiryCreate, InquiryListQuery } from "../../../shared/index.js";
import type { CallbackMark, CallbackState } from "../../../shared/schemas/callback.js";
import { findFaqEntry } from "../../db/repos/faq.js";
import { incidentExists } from "../../db/repos/incidents.js";
import {
  findCalledBack,
  findInquiry,
  insertInquiry,
  listInquiries,
  nextCaseNumber,
  setCalledBack,
  type InquiryRecord,
} from "../../db/repos/inquiries.js";
import { AppError, notFound } from "../../errors.js";
import { actorRef, toIso, type Actor, type DomainDeps } from "../context.js";
import { POLICY } from "../policy.js";
import { presentInquiry } from "../../presenters/inquiry.js";
import { addCalls, contactClaimEvent, isOpenClaim, linkTarget } from "../claims/callers.js";
import { caseYear, formatCaseNumber, handlingSeconds } from "./caseNumber.js";

const DAY_MS = 86_400_000;

export function createInquiries(deps: DomainDeps) {
  const { db, transaction } = deps;

  function log(input: InquiryCreate, actor: Actor): Promise<InquiryRecord> {
    return transaction(async (ctx) => {
      const { tx, emit } = ctx;
      // Inside the transaction, after the event-log lock: save time and case number follow the same order.
      const now = new Date();
      const handling = handlingSeconds(input.openedAt, now);
      // Any published entry may answer the call, but its incident never decides where the call is logged: a real
      // caller answered from a drill's FAQ is logged on the real incident (or none) given, where the committee's
      // period report counts it; only an agent working the drill logs calls on it.
      if (input.faqEntryId !== null) {
        const entry = await findFaqEntry(tx, input.faqEntryId);
        if (!entry || entry.publishedAt === null) {
          throw new AppError("validation", "faqEntryId: no such published FAQ entry", 400, "faqEntryId");
        }
      }
      if (input.incidentId !== null && !(await incidentExists(tx, input.incidentId))) {
        throw new AppError("validation", "incidentId: no such incident", 400, "incidentId");
      }
      // The rumour the caller asked about: a claim of the inquiry's incident (a merged one stands for its
      // survivor); an inquiry with no incident takes the claim's.
      const claim = input.claimId === null ? undefined : await linkTarget(tx, input.claimId);
      if (input.claimId !== null && (!claim || (input.incidentId !== null && claim.incidentId !== input.incidentId))) {
        throw new AppError("validation", "claimId: no such claim of this incident", 400, "claimId");
      }
      const year = caseYear(now);
      const record: InquiryRecord = {
        id: randomUUID(),
        caseNumber: formatCaseNumber(year, await nextCaseNumber(tx, year)),
        channel: input.channel,
        question: input.question,
        faqEntryId: input.faqEntryId,
        resolution: input.resolution,
        fromSuggestion: input.fromSuggestion,
        forwardedTo: input.resolution === "forwarded" ? input.forwardedTo : null,
        incidentId: input.incidentId ?? claim?.incidentId ?? null,
        claimId: claim?.id ?? null,
        openedAt: toIso(input.openedAt),
        createdAt: now.toISOString(),
        handlingSeconds: handling,
        hasCallbackNumber: input.callbackNumber !== null,
        callbackNumber: input.callbackNumber,
        callbackPurgedAt: null,
        createdBy: actor.id,
      };
      await insertInquiry(tx, record);
      // The event log is kept for good: the callback number (personal data) never goes into it.
      await emit({
        actor: actorRef(actor),
        type: "inquiry.logged",
        incidentId: null,
        entity: { type: "inquiry", id: record.id },
        visibleTo: null,
        data: { inquiry: presentInquiry(record, null) },
        at: record.createdAt,
      });
      // A caller asking about an open rumour is one more caller reporting it: a call to the claim, whose reach follows
      // the calls (its claim.updated also tells the contact centre, waiting callbacks included). Not when the agent
      // raised or joined the claim during this same call: that counted it already.
      if (claim && isOpenClaim(claim) && !input.callCounted)
        await addCalls(ctx, claim, { calls: 1, reach: claim.reach }, actor);
      // One more caller waits for the correction: the contact centre's list shows it (the number stays out of it).
      else if (claim && record.callbackNumber !== null) await contactClaimEvent(ctx, claim, actor);
      return record;
    });
  }

  async function get(id: string): Promise<InquiryRecord> {
    const found = await findInquiry(db, id);
    if (!found) throw notFound("Inquiry");
    return found;
  }

  function list(query: InquiryListQuery, now = new Date()): Promise<InquiryRecord[]> {
    const to = query.to ?? new Date(now.getTime() + 1).toISOString();
    const from = query.from ?? new Date(Date.parse(to) - DAY_MS).toISOString();
    return listInquiries(db, { from: toIso(from), to: toIso(to), incidentId: query.incidentId, limit: query.limit });
  }

  /**
   * The caller was rung back (`done`), or, as an undo, still waits. Only an inquiry that holds a callback number can
   * be marked done. Logged (`inquiry.called_back`, to the roles that ring back) without the number; the claim the
   * caller asked about is pushed again so every open callback list and count follows.
   */
  function markCalledBack(id: string, mark: CallbackMark, actor: Actor): Promise<CallbackState> {
    return transaction(async (ctx) => {
      const { tx, emit } = ctx;
      const record = await findInquiry(tx, id);
      if (!record) throw notFound("Inquiry");
      const current = await findCalledBack(tx, id);
      const state = (c: typeof current): CallbackState => ({
        inquiryId: id,
        claimId: record.claimId,
        calledBack: c?.calledBackAt && c.calledBackBy ? { at: c.calledBackAt, by: c.calledBackBy } : null,
      });
      // Nothing changes: the first who rang back stays on the list (no second event).
      if ((current?.calledBackAt !== null && current?.calledBackAt !== undefined) === mark.done) return state(current);
      if (mark.done && record.callbackNumber === null) {
        throw new AppError("validation", "id: this inquiry holds no callback number to ring back", 400, "id");
      }
      const at = new Date().toISOString();
      await setCalledBack(tx, id, mark.done ? at : null, mark.done ? actor.id : null);
      const after = state(mark.done ? { calledBackAt: at, calledBackBy: actorRef(actor) } : undefined);
      await emit({
        actor: actorRef(actor),
        type: "inquiry.called_back",
        incidentId: null,
        entity: { type: "inquiry", id },
        visibleTo: [...POLICY.readCallbacks],
        data: { inquiryId: id, caseNumber: record.caseNumber, claimId: record.claimId, done: mark.done },
        at,
      });
      const claim = record.claimId === null ? undefined : await linkTarget(tx, record.claimId);
      if (claim) await contactClaimEvent(ctx, claim, actor);
      return after;
    });
  }

  return { log, get, list, markCalledBack };
}

export type Inquiries = ReturnType<typeof createInquiries>;
