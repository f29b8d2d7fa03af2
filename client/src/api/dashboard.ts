import { ContactStats } from "@shared/schemas/contactStats";
import { request } from "./http";

/** Inquiries logged for one incident in [from, to]: the dashboard's contact-centre volume. */
export async function fetchContactVolume(incidentId: string, from: string, to: string): Promise<number> {
  const params = new URLSearchParams({ incidentId, from, to });
  const stats = await request(`/api/contact/stats?${params.toString()}`, { schema: ContactStats });
  return stats.total;
}
