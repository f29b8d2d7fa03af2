import type { EventEnvelope } from "@shared/events/index";
import { announcementFor } from "./announcements";
import { applyEvents as reduceEvents } from "./events";
import { runFollowUps } from "./followUps";
import { setEventApplier } from "./index";
import type { DomainState, StoreState } from "./types";

/**
 * The body of the store's `applyEvents`: reduce, announce a single live event, fetch what events implied. It reads
 * each event against the event catalogue, which is built with zod, so it lives outside the store's own module and is
 * installed once signed in (store/session/connect.ts; the client tests' setup installs it too). The login page's
 * chunks then hold neither the catalogue nor zod.
 */
function applyEventsToStore(
  events: readonly EventEnvelope[],
  before: DomainState,
  get: () => StoreState,
  set: (partial: Partial<StoreState>) => void,
): void {
  const { state, applied, followUps } = reduceEvents(before, events);
  if (applied.length === 0) return;
  set(state);
  // A catch-up batch is summed up by the connection indicator; single live events are announced.
  if (applied.length === 1 && applied[0]) {
    const announcement = announcementFor(applied[0], before, get().viewingIncidentId);
    if (announcement) get().announce(announcement.key, announcement.params, announcement.keyParams);
  }
  if (followUps.length > 0) runFollowUps(followUps, get);
}

export function installEventApplier(): void {
  setEventApplier(applyEventsToStore);
}
