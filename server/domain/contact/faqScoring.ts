import type { Kysely } from "kysely";
import { scoreMessage } from "../../../shared/checklist/index.js";
import type { ChecklistResult, FaqEntry, Incident, ScoringFact } from "../../../shared/index.js";
import type { DB } from "../../db/schema.js";

export type FaqContent = Pick<FaqEntry, "question" | "answer" | "language" | "audiences" | "factIds">;

/**
 * Scores an answer with the shared checklist, as a contact-centre FAQ (the question is its title), in the
 * incident's clock and against the facts it cites.
 */
export function scoreFaq(content: FaqContent, context: { now: Date; incident: Incident | null; facts: ScoringFact[] | undefined }): ChecklistResult {
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
        ? { incident: { startedAt: incident.startedAt, lastPublishedAt: incident.lastPublishedAt, nextUpdateDue: incident.nextUpdateDue } }
        : {}),
      ...(context.facts ? { facts: context.facts } : {}),
    },
  );
}

/**
 * SEAM (issue 4, facts register): the cited facts with their status, so the checklist's facts rules (retracted,
 * unconfirmed) run on FAQ answers too. Until the facts register's repository is in the tree this returns
 * undefined, and those rules are skipped (scoreMessage runs them only when it is given a register).
 */
export async function factsForScoring(_db: Kysely<DB>, factIds: readonly string[]): Promise<ScoringFact[] | undefined> {
  if (factIds.length === 0) return undefined;
  return undefined;
}
