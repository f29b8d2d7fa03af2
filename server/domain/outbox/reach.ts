import type { Kysely } from "kysely";
import type { ChannelReach, PublicationReach } from "../../../shared/schemas/outbox.js";
import { countReach } from "../../db/repos/outbox.js";
import type { DB } from "../../db/schema.js";

const empty = (): ChannelReach => ({ total: 0, delivered: 0, retrying: 0, queued: 0, failed: 0 });

/** Counts per publication (publishes, retractions, closings), newest first: what the bulletin and the loggbok show. */
export async function loadReach(
  db: Kysely<DB>,
  where: { bulletinIds?: string[]; incidentId?: string; publicationIds?: string[] },
): Promise<PublicationReach[]> {
  let q = db
    .selectFrom("outbox_publications")
    .select(["id", "type", "incident_id", "bulletin_id", "created_at", "email_pending"]);
  if (where.bulletinIds) q = q.where("bulletin_id", "in", where.bulletinIds.length > 0 ? where.bulletinIds : [""]);
  if (where.incidentId) q = q.where("incident_id", "=", where.incidentId);
  if (where.publicationIds) q = q.where("id", "in", where.publicationIds.length > 0 ? where.publicationIds : [""]);
  const pubs = await q.orderBy("event_seq", "desc").limit(500).execute();
  const counts = await countReach(
    db,
    pubs.map((p) => p.id),
  );
  const byId = new Map<string, PublicationReach>(
    pubs.map((p) => [
      p.id,
      {
        publicationId: p.id,
        type: p.type,
        incidentId: p.incident_id,
        bulletinId: p.bulletin_id,
        at: p.created_at,
        webhooks: empty(),
        email: empty(),
        emailPending: p.email_pending === 1,
      },
    ]),
  );
  for (const c of counts) {
    const r = byId.get(c.publicationId);
    if (!r || (c.channel !== "webhook" && c.channel !== "email")) continue;
    const ch = c.channel === "webhook" ? r.webhooks : r.email;
    ch.total += c.count;
    if (c.status === "delivered") ch.delivered += c.count;
    else if (c.status === "pending") {
      ch.retrying += c.tried;
      ch.queued += c.count - c.tried;
    } else ch.failed += c.count;
  }
  return [...byId.values()];
}
