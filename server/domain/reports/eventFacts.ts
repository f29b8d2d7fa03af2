import { EVENT_CATALOGUE } from "../../../shared/events/index.js";
import type { MessageLanguage } from "../../../shared/schemas/checklist.js";
import type { ReportEvent } from "../../db/repos/reports.js";

/**
 * The only place the reports read event payloads, against the event catalogue (shared/events/). Only the fields the
 * reports count are read, picked from the catalogue's own schema: the whole bulletin in every status event would cost
 * a full parse each, and an incident has thousands. Payloads that do not read (an older shape) are skipped, as
 * readEvent keeps them unread.
 */
export const REPORT_EVENT_TYPES = ["bulletin.status_changed"] as const;

const statusChanged = EVENT_CATALOGUE["bulletin.status_changed"].data;
const StatusChanged = statusChanged.pick({ to: true, version: true, reason: true, changed: true }).extend({
  bulletin: statusChanged.shape.bulletin.pick({
    id: true,
    headline: true,
    language: true,
    kind: true,
    publishedVersion: true,
    nextUpdateAt: true,
  }),
  /** The incident clock, on a publish (domain/bulletins/clock.ts). */
  incident: statusChanged.shape.incident.unwrap().pick({ nextUpdateDue: true }).optional(),
});

export interface Publication {
  at: string;
  bulletinId: string;
  version: number;
  headline: string;
  language: MessageLanguage;
  kind: "bulletin" | "correction";
  nextUpdateAt: string | null;
  /** The lead's reason for publishing past the gate. */
  reason: string | null;
  /**
   * The next-update time this publish promised the public, or null: the time it set on the incident clock, else the
   * time the published bulletin itself states (the editor fills it from the clock, which then does not change). A
   * publish repeating the promise already made (a translation, a second bulletin stating the same time) is no new one.
   */
  promisedDue: string | null;
}

export interface EventFacts {
  publications: Publication[];
  /** Retractions of bulletins that had been public. */
  retractions: Array<{ at: string; bulletinId: string }>;
}

const iso = (v: string) => new Date(v).toISOString();

/** Events in log order → the facts the reports count. */
export function eventFacts(events: readonly ReportEvent[]): EventFacts {
  const facts: EventFacts = { publications: [], retractions: [] };
  let lastPromise: string | null = null;
  for (const e of events) {
    if (e.type === "bulletin.status_changed") {
      const d = StatusChanged.safeParse(e.data);
      // The agents' copy of a retraction (readerCopy) repeats the team's event: count the move once.
      if (!d.success || d.data.readerCopy) continue;
      const { bulletin, to } = d.data;
      if (to === "published") {
        const stated = d.data.changed?.includes("nextUpdateDue")
          ? (d.data.incident?.nextUpdateDue ?? null)
          : bulletin.nextUpdateAt;
        const due: string | null = stated ? iso(stated) : null;
        const promised: string | null = due !== null && due !== lastPromise ? due : null;
        if (promised !== null) lastPromise = promised;
        facts.publications.push({
          at: e.at,
          bulletinId: bulletin.id,
          version: d.data.version ?? bulletin.publishedVersion ?? 0,
          headline: bulletin.headline,
          language: bulletin.language,
          kind: bulletin.kind,
          nextUpdateAt: bulletin.nextUpdateAt && iso(bulletin.nextUpdateAt),
          reason: d.data.reason ?? null,
          promisedDue: promised,
        });
      } else if (to === "retracted" && bulletin.publishedVersion !== null) {
        facts.retractions.push({ at: e.at, bulletinId: bulletin.id });
      }
    }
  }
  return facts;
}
