import { z } from "zod";
import { ApiError, request } from "./http";

/** What the agent's script needs of a published bulletin (issue 4's Bulletin, read loosely so its growth is harmless). */
export const ScriptBulletin = z
  .object({
    id: z.string(),
    incidentId: z.string(),
    headline: z.string(),
    body: z.string(),
    instruction: z.string(),
    language: z.string(),
    publishedAt: z.string().nullable(),
    channelVersions: z.array(z.object({ channel: z.string(), text: z.string() }).loose()).default([]),
  })
  .loose();
export type ScriptBulletin = z.infer<typeof ScriptBulletin>;

const List = z.object({ bulletins: z.array(ScriptBulletin) });

/** The incident's published bulletins, newest first; null when this server has no bulletins API. */
export async function fetchPublishedBulletins(incidentId: string): Promise<ScriptBulletin[] | null> {
  try {
    const { bulletins } = await request(`/api/incidents/${encodeURIComponent(incidentId)}/bulletins?status=published`, { schema: List });
    return bulletins.sort((a, b) => (b.publishedAt ?? "").localeCompare(a.publishedAt ?? ""));
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
}

/** The contact-centre version of a bulletin when one was derived, else its instruction and body. */
export function scriptText(b: ScriptBulletin): string {
  const derived = b.channelVersions.find((c) => c.channel === "contact-centre");
  return derived?.text ?? [b.instruction, b.body].filter((s) => s.trim() !== "").join("\n\n");
}
