import type {
  BulletinArea,
  BulletinKind,
  BulletinVersion,
  CapCategory,
  CapCertainty,
  CapSeverity,
  CapUrgency,
  Incident,
  MessageLanguage,
} from "../../shared/index.js";
import type { BulletinRecord } from "../db/repos/bulletins.js";

/**
 * What the public may see of a bulletin: the content of its *published* version and when it was published or
 * withdrawn. Built field by field (never by spreading a record), so a field added to bulletins later stays
 * internal until someone adds it here on purpose. No drafts, authors, reasons, scores, facts or stale flags.
 */
export interface PublicBulletin {
  id: string;
  /** The master's id: a master and its translations are one group (and one CAP alert). */
  groupId: string;
  incidentId: string;
  language: MessageLanguage;
  kind: BulletinKind;
  headline: string;
  body: string;
  instruction: string;
  area: BulletinArea | null;
  urgency: CapUrgency;
  severity: CapSeverity;
  certainty: CapCertainty;
  categories: CapCategory[];
  expiresAt: string | null;
  nextUpdateAt: string | null;
  /** When the live version was published. */
  publishedAt: string;
  firstPublishedAt: string;
  withdrawn: boolean;
  withdrawnAt: string | null;
  /**
   * A translation whose live text follows an older version of its original than the one now published: the page
   * says so and links the original. Only this yes/no is public, not the versions or stale reasons behind it.
   */
  originalUpdated: boolean;
}

export interface PublicIncident {
  id: string;
  title: string;
  exercise: boolean;
  active: boolean;
  affectedAreas: string[];
  lastPublishedAt: string | null;
  nextUpdateDue: string | null;
  /** Newest first. */
  bulletins: PublicBulletin[];
}

/**
 * `live` must be the bulletin's published version; `original` is the record of the master it translates, if any
 * (its published version tells whether the translation is outdated).
 */
export function presentBulletin(b: BulletinRecord, live: BulletinVersion, original?: BulletinRecord): PublicBulletin {
  const publishedAt = live.publishedAt ?? b.publishedAt ?? b.updatedAt;
  return {
    id: b.id,
    groupId: b.groupId,
    incidentId: b.incidentId,
    language: b.language,
    kind: live.kind,
    headline: live.headline,
    body: live.body,
    instruction: live.instruction,
    area: live.area && { description: live.area.description, point: live.area.point, polygon: live.area.polygon },
    urgency: live.urgency,
    severity: live.severity,
    certainty: live.certainty,
    categories: [...live.categories],
    expiresAt: live.expiresAt,
    nextUpdateAt: live.nextUpdateAt,
    publishedAt,
    firstPublishedAt: b.firstPublishedAt ?? publishedAt,
    withdrawn: b.status === "retracted",
    withdrawnAt: b.status === "retracted" ? b.retractedAt : null,
    originalUpdated:
      original !== undefined &&
      original.status !== "retracted" &&
      original.publishedVersion !== null &&
      live.translationOfVersion !== null &&
      live.translationOfVersion < original.publishedVersion,
  };
}

export function presentIncident(i: Incident, bulletins: PublicBulletin[]): PublicIncident {
  return {
    id: i.id,
    title: i.title,
    exercise: i.exercise,
    active: i.status !== "closed",
    affectedAreas: [...i.affectedAreas],
    lastPublishedAt: i.lastPublishedAt,
    nextUpdateDue: i.status === "closed" ? null : i.nextUpdateDue,
    bulletins,
  };
}

/** When a bulletin last changed publicly: published, or withdrawn. */
export const changedAt = (b: PublicBulletin): string => b.withdrawnAt ?? b.publishedAt;

/**
 * When anything on the incident last changed publicly (a publish or a withdrawal): what its pages call "last
 * updated", the same instant as its feeds' <updated> (their newest entry's changedAt).
 */
export const lastChangedAt = (i: PublicIncident): string | null =>
  i.bulletins.map(changedAt).sort().at(-1) ?? i.lastPublishedAt;
