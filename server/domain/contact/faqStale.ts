import type { FaqEntry } from "../../../shared/index.js";
import { listFaqEntriesCitingFact, saveFaqEntry } from "../../db/repos/faq.js";
import type { TxContext } from "../../db/transaction.js";
import type { Actor } from "../context.js";
import type { FactCiter } from "../facts.js";
import { faqEvent } from "./faqEvents.js";

/**
 * Flags every FAQ entry that cites `factId` as stale, inside the transaction that changed the fact, and pushes
 * `faq.stale` for each. The entry is not re-versioned: its text did not change, only its footing. Saving the
 * entry again clears the flag.
 */
export async function flagFaqCitingFact(ctx: TxContext, factId: string, actor: Actor | null): Promise<FaqEntry[]> {
  const flagged: FaqEntry[] = [];
  for (const entry of await listFaqEntriesCitingFact(ctx.tx, factId)) {
    if (entry.staleFactIds.includes(factId)) continue;
    const next: FaqEntry = { ...entry, stale: true, staleFactIds: [...entry.staleFactIds, factId] };
    await saveFaqEntry(ctx.tx, next);
    await faqEvent(ctx, "faq.stale", next, actor, { factId });
    flagged.push(next);
  }
  return flagged;
}

/** The facts register's hook (createFacts(deps, citers)): a changed or retracted fact flags the FAQ answers citing it. */
export const flagCitingFaq: FactCiter = async (ctx, change) => {
  await flagFaqCitingFact(ctx, change.fact.id, change.actor);
};
