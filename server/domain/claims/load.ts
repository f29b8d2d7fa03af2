import type { Kysely } from "kysely";
import type { Claim } from "../../../shared/index.js";
import { displayNames, findClaim, listNotes, type ClaimRecord } from "../../db/repos/claims.js";
import type { DB } from "../../db/schema.js";
import { notFound } from "../../errors.js";

/** Records to wire claims: notes and names in two queries however many claims. */
export async function toClaims(db: Kysely<DB>, records: readonly ClaimRecord[]): Promise<Claim[]> {
  const notes = await listNotes(
    db,
    records.map((r) => r.id),
  );
  const names = await displayNames(
    db,
    records.flatMap((r) => (r.assigneeId ? [r.createdBy, r.assigneeId] : [r.createdBy])),
  );
  return records.map((r) => ({
    ...r,
    assigneeName: r.assigneeId ? (names.get(r.assigneeId) ?? null) : null,
    createdByName: names.get(r.createdBy) ?? "",
    notes: notes.get(r.id) ?? [],
    timeToCorrectionMs: r.correctedAt
      ? Math.max(0, new Date(r.correctedAt).getTime() - new Date(r.createdAt).getTime())
      : null,
  }));
}

export async function toClaim(db: Kysely<DB>, record: ClaimRecord): Promise<Claim> {
  const [claim] = await toClaims(db, [record]);
  if (!claim) throw new Error("unreachable: one record in, one claim out");
  return claim;
}

export async function requireClaim(db: Kysely<DB>, id: string): Promise<ClaimRecord> {
  const record = await findClaim(db, id);
  if (!record) throw notFound("Claim");
  return record;
}
