import { BulletinList, type Bulletin } from "@shared/schemas/bulletin";
import { ApiError, request } from "./http";

/** The incident's published bulletins, newest first; null when this server has no bulletins API. */
export async function fetchPublishedBulletins(incidentId: string): Promise<Bulletin[] | null> {
  try {
    const { bulletins } = await request(`/api/incidents/${encodeURIComponent(incidentId)}/bulletins?status=published`, {
      schema: BulletinList,
    });
    return bulletins.sort((a, b) => (b.publishedAt ?? "").localeCompare(a.publishedAt ?? ""));
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
}

/** The contact-centre version of a bulletin when one was derived, else its instruction and body. */
export function scriptText(b: Bulletin): string {
  const derived = b.channelVersions.find((c) => c.channel === "contact-centre");
  return derived?.text ?? [b.instruction, b.body].filter((s) => s.trim() !== "").join("\n\n");
}
