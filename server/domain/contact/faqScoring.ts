import type { Kysely } from "kysely";
import { scoreMessage } from "../../../shared/checklist/index.js";
import type { ChecklistResult, FaqEntry, Incident, ScoringFact } from "../../../shared/index.js";
import { findFact } from "../../db/repos/facts.js";
import type { DB } from "../../db/schema.js";
import { AppError } from "../../errors.js";

export type FaqContent = Pick<FaqEntry, "question" | "answer" | "language" | "audiences" | "factIds">;

/**
 * Scores an answer with the shared checklist, as a contact-centre FAQ (the question is its title), in the
 * incident's clock and against the facts it cites.
 */
export function scoreFaq(
  content: FaqContent,
  context: { now: Date; incident: Incident | null; facts: ScoringFact[] | undefined },
): ChecklistResult {
  const { incident } = context;
  return scoreMessage(
    {
      kind: "faq",
      title: content.question,
      body: content.answer,
      language: content.language,
      audiences: content.audiences,
      channels: ["contact-centre"],
      factIds: content.factIds,
    },
    {
      now: context.now.toISOString(),
      ...(incident
        ? {
            incident: {
              startedAt: incident.startedAt,
              lastPublishedAt: incident.lastPublishedAt,
              nextUpdateDue: incident.nextUpdateDue,
            },
          }
        : {}),
      ...(context.facts ? { facts: context.facts } : {}),
    },
  );
}

/**
 * The cited facts with their status from the facts register, so the checklist's facts rules (cites a
 * retracted or unconfirmed fact) run on FAQ answers as on bulletins. A cited id that is no fact is a 400; an
 * incident's entry may only cite that incident's facts.
 */
export async function factsForScoring(
  db: Kysely<DB>,
  incidentId: string | null,
  factIds: readonly string[],
): Promise<ScoringFact[] | undefined> {
  if (factIds.length === 0) return undefined;
  const facts: ScoringFact[] = [];
  for (const [i, id] of factIds.entries()) {
    const fact = await findFact(db, id);
    if (!fact || (incidentId !== null && fact.incidentId !== incidentId)) {
      throw new AppError(
        "validation",
        `factIds.${i}: no such fact in this incident's facts register`,
        400,
        `factIds.${i}`,
      );
    }
    facts.push({ id: fact.id, statement: fact.statement, status: fact.status });
  }
  return facts;
}
