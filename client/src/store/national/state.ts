import type { NationalItem, NationalPicture } from "@shared/schemas/national";
import type { LoadStatus } from "../status";
import { byCodeUnit } from "../byCodeUnit";

/**
 * The national picture (Krisinformation news and VMAs, GET /api/national): fetched once when a panel first shows it
 * (and again after a reconnect), then kept live by national.item events, which the server pushes when its worker
 * stores a new, changed or withdrawn item. One key in the domain state, reduced by national/events.ts.
 */
export interface NationalState {
  picture: NationalPicture | null;
  status: LoadStatus;
  /** A GET is in flight (the first load or a refetch after a reconnect). */
  fetching: boolean;
  /**
   * Pushes that arrived while a GET was in flight: its answer may have been read before they were stored, so they
   * are merged again on top of it (the version check keeps whichever copy is newer).
   */
  pending: NationalPush[];
}

export interface NationalPush {
  change: "new" | "changed" | "withdrawn";
  item: NationalItem;
  at: string;
}

export const EMPTY_NATIONAL: NationalState = { picture: null, status: "idle", fetching: false, pending: [] };

export interface NationalSlice {
  national: NationalState;
  setNationalPicture: (picture: NationalPicture) => void;
  /** A GET starts: pushes from now on are kept until its answer is in (setNationalPicture). */
  beginNationalFetch: () => void;
  setNationalStatus: (status: LoadStatus) => void;
}

/** VMAs in force first, then withdrawn VMAs, then news; newest first within each (as GET /api/national orders). */
const rank = (i: NationalItem) => (i.kind === "vma" ? (i.withdrawnAt ? 1 : 0) : 2);
export const byPanelOrder = (a: NationalItem, b: NationalItem): number =>
  rank(a) - rank(b) || byCodeUnit(b.updatedAt, a.updatedAt);

/**
 * One pushed item into the picture: a new or changed item replaces its older copy (a REST answer or an event may
 * trail the other, so the higher version wins), a withdrawn one leaves the list (the panel shows items in force, as
 * the REST list does by default). The push also tells that the source answered at `at`.
 */
export function mergeNationalItem(
  picture: NationalPicture,
  change: "new" | "changed" | "withdrawn",
  item: NationalItem,
  at: string,
): NationalPicture {
  const current = picture.items.find((i) => i.id === item.id);
  if (current && current.version > item.version) return picture;
  const others = picture.items.filter((i) => i.id !== item.id);
  const items = change === "withdrawn" || item.withdrawnAt ? others : [...others, item].sort(byPanelOrder);
  const last = picture.status.lastSuccessAt;
  const status = { ...picture.status, lastSuccessAt: last && last > at ? last : at, lastError: null };
  return { items, status };
}
