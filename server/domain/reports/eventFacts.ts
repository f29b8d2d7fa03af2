import { z } from "zod";
import { LANGUAGES } from "../../../shared/constants.js";
import type { ReportEvent } from "../../db/repos/reports.js";

/**
 * The only place the reports read event payloads. Until the typed event catalogue (shared/events/) lands, small
 * local schemas name just the fields the reports use, so switching to the catalogue is a change to this file.
 * Payloads that do not match (an older shape) are skipped rather than failing the whole report.
 */
export const REPORT_EVENT_TYPES = ["bulletin.status_changed"] as const;

const StatusChanged = z.object({
  bulletin: z.object({
    id: z.string(),
    headline: z.string(),
    language: z.enum(LANGUAGES),
    kind: z.enum(["bulletin", "correction"]).catch("bulletin"),
    publishedVersion: z.number().nullable(),
    nextUpdateAt: z.string().nullable().catch(null),
  }),
  to: z.string(),
  version: z.number(),
  reason: z.string().optional(),
  /** The incident clock, on a publish (domain/bulletins/clock.ts). */
  incident: z.object({ nextUpdateDue: z.string().nullable() }).optional(),
  changed: z.array(z.string()).optional(),
});

export interface Publication {
  at: string;
  bulletinId: string;
  version: number;
  headline: string;
  language: (typeof LANGUAGES)[number];
  kind: "bulletin" | "correction";
  nextUpdateAt: string | null;
  /** The lead's reason for publishing past the gate. */
  reason: string | null;
  /** The next-update time this publish set on the incident clock: a new public promise. */
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
  for (const e of events) {
    if (e.type === "bulletin.status_changed") {
      const d = StatusChanged.safeParse(e.data);
      if (!d.success) continue;
      const { bulletin, to } = d.data;
      if (to === "published") {
        const promised = d.data.changed?.includes("nextUpdateDue") ? (d.data.incident?.nextUpdateDue ?? null) : null;
        facts.publications.push({
          at: e.at,
          bulletinId: bulletin.id,
          version: d.data.version,
          headline: bulletin.headline,
          language: bulletin.language,
          kind: bulletin.kind,
          nextUpdateAt: bulletin.nextUpdateAt && iso(bulletin.nextUpdateAt),
          reason: d.data.reason ?? null,
          promisedDue: promised && iso(promised),
        });
      } else if (to === "retracted" && bulletin.publishedVersion !== null) {
        facts.retractions.push({ at: e.at, bulletinId: bulletin.id });
      }
    }
  }
  return facts;
}
