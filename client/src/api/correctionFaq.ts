import { CorrectionFaqFound, CorrectionFaqResult, type FaqEntry } from "@shared/schemas/faq";
import { request } from "./http";

/** REST client for docs/api.md "Correction to FAQ": a published correction to the contact centre's FAQ. */

const path = (bulletinId: string) => `/api/bulletins/${encodeURIComponent(bulletinId)}/faq`;

/** Creates the correction's FAQ entry, or updates the one it made before; `question` rewords it. */
export function correctionToFaq(bulletinId: string, question?: string): Promise<CorrectionFaqResult> {
  return request(path(bulletinId), { method: "POST", body: question ? { question } : {}, schema: CorrectionFaqResult });
}

/** The entry this correction made, or null. */
export async function findCorrectionFaq(bulletinId: string): Promise<FaqEntry | null> {
  return (await request(path(bulletinId), { schema: CorrectionFaqFound })).faq;
}

/** Where the FAQ desk opens one entry. */
export const faqEntryUrl = (faqId: string) => `/faq?entry=${encodeURIComponent(faqId)}`;
