import type { Slice } from "../slice";
import { EMPTY_BULLETIN_DATA, upsertBulletin, upsertFact, type BulletinData, type BulletinSlice } from "./state";

type Set = Parameters<Slice<BulletinSlice>>[0];

function update(set: Set, change: (d: BulletinData) => BulletinData): void {
  set((s) => ({ bulletinData: change(s.bulletinData) }));
}

export const createBulletinSlice: Slice<BulletinSlice> = (set) => ({
  bulletinData: EMPTY_BULLETIN_DATA,
  upsertBulletins: (bulletins) =>
    update(set, (d) => ({ ...d, bulletins: bulletins.reduce(upsertBulletin, d.bulletins) })),
  upsertFacts: (facts) => update(set, (d) => ({ ...d, facts: facts.reduce(upsertFact, d.facts) })),
  setBulletinListStatus: (incidentId, status) =>
    update(set, (d) => ({ ...d, bulletinLists: { ...d.bulletinLists, [incidentId]: status } })),
  setFactListStatus: (incidentId, status) =>
    update(set, (d) => ({ ...d, factLists: { ...d.factLists, [incidentId]: status } })),
  setInboxStatus: (inboxStatus) => update(set, (d) => ({ ...d, inboxStatus })),
  setInboxFaq: (items) => update(set, (d) => ({ ...d, inboxFaq: Object.fromEntries(items.map((i) => [i.id, i])) })),
  dismissNotification: (seq) =>
    update(set, (d) => ({
      ...d,
      notifications: d.notifications.map((n) => (n.seq === seq ? { ...n, dismissed: true } : n)),
    })),
  dismissAllNotifications: () =>
    update(set, (d) => ({
      ...d,
      notifications: d.notifications.map((n) => (n.dismissed ? n : { ...n, dismissed: true })),
    })),
});
