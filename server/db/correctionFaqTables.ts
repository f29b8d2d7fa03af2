/** The published correction → FAQ entry link (migration 0005), portable as in schema.ts. */
export interface CorrectionFaqTable {
  bulletin_id: string;
  faq_id: string;
  claim_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface CorrectionFaqTables {
  correction_faq: CorrectionFaqTable;
}
