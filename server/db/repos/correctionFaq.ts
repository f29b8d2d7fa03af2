import type { Kysely } from "kysely";
import type { CorrectionFaqTable } from "../correctionFaqTables.js";
import type { DB } from "../schema.js";

export interface CorrectionFaqLink {
  bulletinId: string;
  faqId: string;
  claimId: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

const toLink = (r: CorrectionFaqTable): CorrectionFaqLink => ({
  bulletinId: r.bulletin_id,
  faqId: r.faq_id,
  claimId: r.claim_id,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export async function findCorrectionFaq(db: Kysely<DB>, bulletinId: string): Promise<CorrectionFaqLink | undefined> {
  const row = await db
    .selectFrom("correction_faq")
    .selectAll()
    .where("bulletin_id", "=", bulletinId)
    .executeTakeFirst();
  return row && toLink(row);
}

export async function insertCorrectionFaq(db: Kysely<DB>, link: CorrectionFaqLink): Promise<void> {
  await db
    .insertInto("correction_faq")
    .values({
      bulletin_id: link.bulletinId,
      faq_id: link.faqId,
      claim_id: link.claimId,
      created_by: link.createdBy,
      created_at: link.createdAt,
      updated_at: link.updatedAt,
    })
    .execute();
}

export async function touchCorrectionFaq(
  db: Kysely<DB>,
  bulletinId: string,
  claimId: string | null,
  at: string,
): Promise<void> {
  await db
    .updateTable("correction_faq")
    .set({ claim_id: claimId, updated_at: at })
    .where("bulletin_id", "=", bulletinId)
    .execute();
}
