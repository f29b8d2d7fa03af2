import type { StateCreator } from "zustand";
import type { Bulletin } from "../../../shared/schemas/bulletin";
import type { Fact } from "../../../shared/schemas/fact";
import { EMPTY_BULLETIN_DATA, upsertBulletin, upsertFact, type BulletinData } from "./bulletinData";
import type { LoadStatus, StoreState } from "./types";

export interface BulletinSlice {
  bulletinData: BulletinData;
  upsertBulletins: (bulletins: Bulletin[]) => void;
  upsertFacts: (facts: Fact[]) => void;
  setBulletinListStatus: (incidentId: string, status: LoadStatus) => void;
  setFactListStatus: (incidentId: string, status: LoadStatus) => void;
  setInboxStatus: (status: LoadStatus) => void;
  dismissNotification: (seq: number) => void;
  dismissAllNotifications: () => void;
}

type Set = Parameters<StateCreator<StoreState, [], [], BulletinSlice>>[0];

function update(set: Set, change: (d: BulletinData) => BulletinData): void {
  set((s) => ({ bulletinData: change(s.bulletinData) }));
}

export const createBulletinSlice: StateCreator<StoreState, [], [], BulletinSlice> = (set) => ({
  bulletinData: EMPTY_BULLETIN_DATA,
  upsertBulletins: (bulletins) =>
    update(set, (d) => ({ ...d, bulletins: bulletins.reduce(upsertBulletin, d.bulletins) })),
  upsertFacts: (facts) => update(set, (d) => ({ ...d, facts: facts.reduce(upsertFact, d.facts) })),
  setBulletinListStatus: (incidentId, status) =>
    update(set, (d) => ({ ...d, bulletinLists: { ...d.bulletinLists, [incidentId]: status } })),
  setFactListStatus: (incidentId, status) =>
    update(set, (d) => ({ ...d, factLists: { ...d.factLists, [incidentId]: status } })),
  setInboxStatus: (inboxStatus) => update(set, (d) => ({ ...d, inboxStatus })),
  dismissNotification: (seq) =>
    update(set, (d) => ({ ...d, notifications: d.notifications.map((n) => (n.seq === seq ? { ...n, dismissed: true } : n)) })),
  dismissAllNotifications: () =>
    update(set, (d) => ({ ...d, notifications: d.notifications.map((n) => (n.dismissed ? n : { ...n, dismissed: true })) })),
});
