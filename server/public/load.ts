import type { Kysely } from "kysely";
import { listAlerts, listIncidentAlerts, type AlertRecord } from "../db/repos/bulletinAlerts.js";
import { findBulletin, listEverPublished, listGroup, type BulletinRecord } from "../db/repos/bulletins.js";
import { findVersions } from "../db/repos/bulletinVersions.js";
import { findIncident, listIncidents } from "../db/repos/incidents.js";
import type { DB } from "../db/schema.js";
import {
  changedAt,
  presentBulletin,
  presentIncident,
  type PublicBulletin,
  type PublicIncident,
} from "../presenters/public.js";

/** The records' published versions as the public sees them, newest change first; never-published records are left out. */
export async function present(db: Kysely<DB>, records: BulletinRecord[]): Promise<PublicBulletin[]> {
  const published = records.filter(
    (r): r is BulletinRecord & { publishedVersion: number } => r.publishedVersion !== null,
  );
  const versions = await findVersions(
    db,
    published.map((r) => ({ bulletinId: r.id, version: r.publishedVersion })),
  );
  const byId = new Map(records.map((r) => [r.id, r]));
  return published
    .flatMap((r) => {
      const live = versions.get(`${r.id}:${r.publishedVersion}`);
      const original = r.translationOf === null ? undefined : byId.get(r.translationOf);
      return live ? [presentBulletin(r, live, original)] : [];
    })
    .sort((a, b) => changedAt(b).localeCompare(changedAt(a)) || a.id.localeCompare(b.id));
}

/** An incident as the public sees it, or undefined when nothing of it was ever published. */
export async function loadPublicIncident(db: Kysely<DB>, id: string): Promise<PublicIncident | undefined> {
  const incident = await findIncident(db, id);
  if (!incident) return undefined;
  const bulletins = await present(db, await listEverPublished(db, [id]));
  return bulletins.length === 0 ? undefined : presentIncident(incident, bulletins);
}

/** Real (non-exercise) incidents with something published, newest change first. Exercises never appear here. */
export async function loadPublicSite(db: Kysely<DB>): Promise<PublicIncident[]> {
  const incidents = (await listIncidents(db)).filter((i) => !i.exercise);
  const bulletins = await present(
    db,
    await listEverPublished(
      db,
      incidents.map((i) => i.id),
    ),
  );
  return incidents
    .map((i) =>
      presentIncident(
        i,
        bulletins.filter((b) => b.incidentId === i.id),
      ),
    )
    .filter((i) => i.bulletins.length > 0)
    .sort((a, b) =>
      changedAt(b.bulletins[0] as PublicBulletin).localeCompare(changedAt(a.bulletins[0] as PublicBulletin)),
    );
}

export interface PublicAlert {
  incident: PublicIncident;
  /** Every language version that was ever published, master first. */
  group: PublicBulletin[];
  alerts: AlertRecord[];
}

/** The CAP material of the group a bulletin belongs to. */
export async function loadPublicAlert(db: Kysely<DB>, bulletinId: string): Promise<PublicAlert | undefined> {
  const record = await findBulletin(db, bulletinId);
  if (!record) return undefined;
  const [incident, members, alerts] = await Promise.all([
    loadPublicIncident(db, record.incidentId),
    listGroup(db, record.groupId),
    listAlerts(db, record.groupId),
  ]);
  if (!incident || alerts.length === 0) return undefined;
  const group = await present(db, members);
  const order = new Map(members.map((m, i) => [m.id, i]));
  group.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { incident, group, alerts };
}

/** One language group's current CAP alert, as listed in the incident's CAP index. */
export interface CapIndexEntry {
  groupId: string;
  /** The group's master when it was published, else its first published language version: gives title and language. */
  lead: PublicBulletin;
  first: AlertRecord;
  latest: AlertRecord;
}

/**
 * The current alert of every language group of the incident that has public content, newest first. A retracted
 * group's current alert is its Cancel, which stays listed (docs/api.md "CAP index").
 */
export async function loadCapIndex(db: Kysely<DB>, incident: PublicIncident): Promise<CapIndexEntry[]> {
  const alerts = await listIncidentAlerts(db, [incident.id]);
  const byGroup = new Map<string, AlertRecord[]>();
  for (const a of alerts) byGroup.set(a.groupId, [...(byGroup.get(a.groupId) ?? []), a]);
  const entries: CapIndexEntry[] = [];
  for (const [groupId, list] of byGroup) {
    const members = incident.bulletins.filter((b) => b.groupId === groupId);
    const lead = members.find((b) => b.id === groupId) ?? members[0];
    const first = list[0];
    const latest = list.at(-1);
    if (lead && first && latest) entries.push({ groupId, lead, first, latest });
  }
  return entries.sort(
    (a, b) => b.latest.sent.localeCompare(a.latest.sent) || a.latest.identifier.localeCompare(b.latest.identifier),
  );
}
