/**
 * What the room knows, for the checklist: the incident's open claims, the contact centre's questions no FAQ entry
 * covers, the municipality's sender and the languages it must publish in. Read through the caller's database handle,
 * so scoring inside a transaction sees the transaction's own writes (and SQLite's single connection never waits on
 * itself).
 */
import type { Kysely } from "kysely";
import {
  OPEN_CLAIM_STATUSES,
  type ClaimStatus,
  type MessageLanguage,
  type ScoringClaim,
  type ScoringQuestion,
} from "../../../shared/index.js";
import { listClaims } from "../../db/repos/claims.js";
import type { DB } from "../../db/schema.js";

export interface RoomSettings {
  /** KRISRUM_SENDER_NAME: who the municipality's messages come from. */
  senderName: string | null;
  /** KRISRUM_REQUIRED_LANGUAGES: languages every bulletin for residents must exist in. */
  requiredLanguages: readonly MessageLanguage[];
  /** The contact centre's most asked questions that no FAQ entry covers (last day), when the contact centre runs. */
  topQuestions?: (db: Kysely<DB>, incidentId: string, now: Date) => Promise<ScoringQuestion[]>;
}

export const NO_ROOM: RoomSettings = { senderName: null, requiredLanguages: [] };

const OPEN = new Set<ClaimStatus>(OPEN_CLAIM_STATUSES);
/** A claim whose correction is already being written or reviewed is being answered. */
const ANSWERING = new Set<ClaimStatus>(["correcting", "in_review"]);

export async function openClaims(db: Kysely<DB>, incidentId: string): Promise<ScoringClaim[]> {
  const claims = await listClaims(db, incidentId);
  return claims
    .filter((c) => OPEN.has(c.status))
    .map((c) => ({ id: c.id, text: c.text.slice(0, 2_000), severity: c.severity, addressed: ANSWERING.has(c.status) }));
}
