import type { Kysely } from "kysely";
import type { DerivedChannel, Incident } from "../../../shared/index.js";
import type { WebhookEvent } from "../../../shared/schemas/outbox.js";
import { listAlerts, type CapMsgType } from "../../db/repos/bulletinAlerts.js";
import { findBulletin, listGroup } from "../../db/repos/bulletins.js";
import { listChannelVersions } from "../../db/repos/channelVersions.js";
import type { DB } from "../../db/schema.js";
import { findIncident } from "../../db/repos/incidents.js";
import { loadPublicIncident, present } from "../../public/load.js";
import { presentIncident, type PublicBulletin, type PublicIncident } from "../../presenters/public.js";

/**
 * The public payload of a publication (`data` of a webhook body; e-mails are rendered from it). It is built only
 * from the public presenter (server/presenters/public.ts), so it holds what the public page shows and nothing else:
 * no drafts, authors, reasons, scores or internal notes. Channel versions go along when they match the published
 * version (not stale, written for it), which is what the team approved with it.
 */
export interface PublicVersion extends Omit<PublicBulletin, "originalUpdated"> {
  url: string;
  channels: Partial<Record<Exclude<DerivedChannel, "contact-centre">, string>>;
}

export interface PublicPayload {
  exercise: boolean;
  incident: Omit<PublicIncident, "bulletins" | "exercise"> & { url: string };
  /** bulletin.* only. */
  msgType?: CapMsgType;
  bulletin?: { id: string; groupId: string; language: string; url: string; capUrl: string };
  /** bulletin.*: every language version of the group, the master first (withdrawn ones on a retraction). */
  versions?: PublicVersion[];
}

const PUBLIC_CHANNELS = ["sms", "social", "press"] as const;

export interface PayloadContext {
  /** Base URL of the site, without /public. */
  publicUrl: string;
}

function incidentPart(i: PublicIncident, ctx: PayloadContext): PublicPayload["incident"] {
  return {
    id: i.id,
    title: i.title,
    active: i.active,
    affectedAreas: i.affectedAreas,
    lastPublishedAt: i.lastPublishedAt,
    nextUpdateDue: i.nextUpdateDue,
    url: `${ctx.publicUrl}/public/incidents/${i.id}`,
  };
}

/**
 * bulletin.published / bulletin.retracted for the group of `bulletinId`; undefined when nothing of it is public.
 * `written`, when given, is the incident as this transaction last wrote it (a publish's clock), so it is not read back.
 */
export async function bulletinPayload(
  db: Kysely<DB>,
  type: WebhookEvent,
  bulletinId: string,
  ctx: PayloadContext,
  written?: Incident,
): Promise<PublicPayload | undefined> {
  const record = await findBulletin(db, bulletinId);
  if (!record) return undefined;
  const [found, members, alerts] = await Promise.all([
    written?.id === record.incidentId ? written : findIncident(db, record.incidentId),
    listGroup(db, record.groupId),
    listAlerts(db, record.groupId),
  ]);
  if (!found) return undefined;
  // Only the group's own versions: presenting every bulletin the incident ever published would make each publish
  // cost more than the one before it. The whole incident is read only when the group has nothing public, to keep
  // the rule that an incident with nothing public sends no payload.
  const shown = await present(db, members);
  if (shown.length === 0 && (await loadPublicIncident(db, record.incidentId)) === undefined) return undefined;
  const incident = presentIncident(found, shown);
  const order = new Map(members.map((m, i) => [m.id, i]));
  const published = new Map(members.map((m) => [m.id, m.publishedVersion]));
  const group = incident.bulletins
    .filter((b) => b.groupId === record.groupId && (type === "bulletin.retracted" || !b.withdrawn))
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const channels = await listChannelVersions(
    db,
    group.map((b) => b.id),
  );
  const versions = group.map((b): PublicVersion => {
    const approved = (channels.get(b.id) ?? []).filter(
      (c) => c.stale.length === 0 && c.masterVersion === published.get(b.id),
    );
    // originalUpdated is the page's warning over an outdated translation, not part of the documented payload.
    const { originalUpdated: _pageOnly, ...version } = b;
    return {
      ...version,
      url: `${ctx.publicUrl}/public/incidents/${b.incidentId}?lang=${b.language}`,
      channels: Object.fromEntries(
        approved
          .filter((c) => (PUBLIC_CHANNELS as readonly string[]).includes(c.channel))
          .map((c) => [c.channel, c.text]),
      ),
    };
  });
  return {
    exercise: incident.exercise,
    incident: incidentPart(incident, ctx),
    msgType: alerts.at(-1)?.msgType ?? (type === "bulletin.retracted" ? "Cancel" : "Alert"),
    bulletin: {
      id: record.id,
      groupId: record.groupId,
      language: record.language,
      url: `${ctx.publicUrl}/public/incidents/${record.incidentId}?lang=${record.language}`,
      capUrl: `${ctx.publicUrl}/public/bulletins/${record.groupId}/cap.xml`,
    },
    versions,
  };
}

/** incident.closed; undefined when the incident was never public (its title is internal then). */
export async function incidentPayload(
  db: Kysely<DB>,
  incident: Incident,
  ctx: PayloadContext,
): Promise<PublicPayload | undefined> {
  const shown = await loadPublicIncident(db, incident.id);
  if (!shown) return undefined;
  return { exercise: incident.exercise, incident: incidentPart(presentIncident(incident, shown.bulletins), ctx) };
}
