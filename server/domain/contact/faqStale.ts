import type { FaqEntry, StaleReason } from "../../../shared/index.js";
import { listFaqEntriesCitingFact, saveFaqEntry } from "../../db/repos/faq.js";
import { findIncident } from "../../db/repos/incidents.js";
import type { TxContext } from "../../db/transaction.js";
import type { Actor } from "../context.js";
import type { FactChange, FactCiter } from "../facts.js";
import { mergeReasons } from "../bulletins/stale.js";
import { notify } from "../bulletins/notify.js";
import { faqEvent } from "./faqEvents.js";
import { factsForScoring, scoreFaq } from "./faqScoring.js";

/**
 * Flags every FAQ answer that cites the fact as needing review, inside the transaction that changed the fact: the
 * reason (which fact, changed or retracted, when) joins `reviewReasons`, the answer is scored again against the
 * facts as they now stand (a retracted fact fails the checklist's facts rule), and `faq.stale` is pushed. The entry
 * is not re-versioned and its workflow status is untouched: its text did not change, only its footing. Saving the
 * entry again clears the flag.
 */
export async function flagFaqCitingFact(ctx: TxContext, change: FactChange): Promise<FaqEntry[]> {
  const { fact, kind, actor } = change;
  const flagged: FaqEntry[] = [];
  const reason: StaleReason = { reason: kind, at: fact.updatedAt, factId: fact.id, factVersion: fact.version };
  const now = new Date(fact.updatedAt);
  for (const entry of await listFaqEntriesCitingFact(ctx.tx, fact.id)) {
    const known = (entry.reviewReasons ?? []).some((r) => r.factId === fact.id && r.factVersion === fact.version);
    if (entry.stale && known) continue; // this change already flagged it: no second event
    const incident = entry.incidentId ? ((await findIncident(ctx.tx, entry.incidentId)) ?? null) : null;
    const checklist = scoreFaq(entry, {
      now,
      incident,
      facts: await factsForScoring(ctx.tx, entry.incidentId, entry.factIds),
    });
    const next: FaqEntry = {
      ...entry,
      stale: true,
      staleFactIds: entry.staleFactIds.includes(fact.id) ? entry.staleFactIds : [...entry.staleFactIds, fact.id],
      reviewReasons: mergeReasons(entry.stale ? (entry.reviewReasons ?? []) : [], [reason]),
      score: { overall: checklist.overall, status: checklist.status },
    };
    await saveFaqEntry(ctx.tx, next);
    await faqEvent(ctx, "faq.stale", next, actor, { factId: fact.id, reasons: [reason], scoreBefore: entry.score });
    await notifyAuthors(ctx, next, change, actor);
    flagged.push(next);
  }
  return flagged;
}

async function notifyAuthors(ctx: TxContext, entry: FaqEntry, { fact, kind }: FactChange, actor: Actor | null) {
  const what =
    kind === "fact_retracted"
      ? { sv: "har dragits tillbaka", en: "has been retracted" }
      : { sv: "har ändrats", en: "has changed" };
  await notify(ctx, {
    incidentId: entry.incidentId ?? fact.incidentId,
    entity: { type: "faq_entry", id: entry.id },
    kind,
    recipients: [entry.createdBy, entry.updatedBy],
    actor,
    message: {
      sv: `FAQ-svaret ”${entry.question}” behöver granskas: ett faktum det hänvisar till ${what.sv}: ${fact.statement}`,
      en: `The FAQ answer “${entry.question}” needs review: a fact it cites ${what.en}: ${fact.statement}`,
    },
    extra: { faqId: entry.id, factId: fact.id },
  });
}

/** The facts register's hook (createFacts(deps, citers)): a changed or retracted fact flags the FAQ answers citing it. */
export const flagCitingFaq: FactCiter = async (ctx, change) => {
  await flagFaqCitingFact(ctx, change);
};
