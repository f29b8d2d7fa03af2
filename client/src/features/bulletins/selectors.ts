import type { Bulletin } from "../../../../shared/schemas/bulletin";
import type { StoreState } from "../../store";

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
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/** The approval inbox: every bulletin in review, oldest first by when it entered review. */
/** Waiting for a lead: in review (to approve) or approved and not yet published (to publish). */
const waitsForLead = (b: Bulletin) => b.status === "in_review" || b.status === "approved";

export function selectInReview(s: StoreState): Bulletin[] {
  return Object.values(s.bulletinData.bulletins)
    .filter(waitsForLead)
    .sort((a, b) => a.statusChangedAt.localeCompare(b.statusChangedAt) || a.id.localeCompare(b.id));
}

export function selectInReviewCount(s: StoreState): number {
  let count = 0;
  for (const b of Object.values(s.bulletinData.bulletins)) if (waitsForLead(b)) count++;
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
