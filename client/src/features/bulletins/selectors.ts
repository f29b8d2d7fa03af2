import type { Bulletin } from "@shared/schemas/bulletin";
import type { StoreState } from "../../store";
import { byCodeUnit } from "../../store/byCodeUnit";

export function mayWriteBulletins(role: string | undefined): boolean {
  return role === "admin" || role === "lead" || role === "communicator";
}

export function mayApproveBulletins(role: string | undefined): boolean {
  return role === "admin" || role === "lead";
}

/** An incident's bulletins, newest first (as the server lists them). */
export function selectIncidentBulletins(incidentId: string) {
  return (s: StoreState): Bulletin[] =>
    Object.values(s.bulletinData.bulletins)
      .filter((b) => b.incidentId === incidentId)
      .sort((a, b) => byCodeUnit(b.createdAt, a.createdAt) || byCodeUnit(b.id, a.id));
}

/** The approval inbox: every bulletin in review, oldest first by when it entered review. */
/** Waiting for a lead: in review (to approve) or approved and not yet published (to publish). */
const waitsForLead = (b: Bulletin) => b.status === "in_review" || b.status === "approved";

/** Stale and not retracted: a changed fact, source or master needs someone to look at the text again. */
const isStale = (b: Bulletin) => b.status !== "retracted" && b.stale.length > 0;
const staleChannels = (b: Bulletin) =>
  b.status === "retracted" ? [] : b.channelVersions.filter((c) => c.stale.length > 0);

/** When a bulletin started waiting: entering review, else its newest stale reason. */
export function waitingSince(b: Bulletin): string {
  if (waitsForLead(b)) return b.statusChangedAt;
  return b.stale.reduce((max, r) => (r.at > max ? r.at : max), b.stale[0]?.at ?? b.updatedAt);
}

/** The inbox's bulletins (review and staleness): in review, approved-unpublished or stale, oldest first. */
export function selectInReview(s: StoreState): Bulletin[] {
  return Object.values(s.bulletinData.bulletins)
    .filter((b) => waitsForLead(b) || isStale(b))
    .sort((a, b) => byCodeUnit(waitingSince(a), waitingSince(b)) || byCodeUnit(a.id, b.id));
}

/** Bulletins with a stale channel version (the inbox lists each such channel version). */
export function selectWithStaleChannels(s: StoreState): Bulletin[] {
  return Object.values(s.bulletinData.bulletins)
    .filter((b) => staleChannels(b).length > 0)
    .sort((a, b) => byCodeUnit(a.createdAt, b.createdAt) || byCodeUnit(a.id, b.id));
}

/** Everything waiting for a decision: bulletins, stale channel versions and FAQ answers (the inbox's three lists). */
export function selectInReviewCount(s: StoreState): number {
  let count = Object.keys(s.bulletinData.inboxFaq).length;
  for (const b of Object.values(s.bulletinData.bulletins)) {
    if (waitsForLead(b) || isStale(b)) count++;
    count += staleChannels(b).length;
  }
  return count;
}

/** The master of a bulletin's language group and its translations (the master first). */
export function selectGroup(bulletinId: string) {
  return (s: StoreState): Bulletin[] => {
    const all = s.bulletinData.bulletins;
    const self = all[bulletinId];
    if (!self) return [];
    const masterId = self.translationOf ?? self.id;
    const master = all[masterId];
    const translations = Object.values(all)
      .filter((b) => b.translationOf === masterId)
      .sort((a, b) => a.language.localeCompare(b.language));
    return master ? [master, ...translations] : translations;
  };
}
