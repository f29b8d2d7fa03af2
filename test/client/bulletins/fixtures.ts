import { BulletinContent, type Bulletin } from "@shared/schemas/bulletin";
import type { EventEnvelope } from "@shared/events/index";
import type { Fact } from "@shared/schemas/fact";
import type { NotificationData } from "@shared/schemas/notification";
import { scoreMessage } from "@shared/checklist/index";
import { bulletinMessageInput } from "@shared/schemas/bulletin";
import { LEAD, uuid } from "../helpers/fixtures";

export const COMMUNICATOR = { id: "33333333-3333-4333-8333-333333333333", displayName: "Sara Nyström" };

export function makeFact(incidentId: string, overrides: Partial<Fact> = {}): Fact {
  return {
    id: uuid(),
    incidentId,
    statement: "Huvudvattenledningen vid Storgatan har gått sönder.",
    source: "VA-jouren",
    verifiedAt: "2026-11-25T07:30:00.000Z",
    status: "confirmed",
    version: 1,
    createdBy: LEAD.id,
    createdAt: "2026-11-25T07:30:00.000Z",
    updatedBy: LEAD.id,
    updatedAt: "2026-11-25T07:30:00.000Z",
    ...overrides,
  };
}

/** A bulletin as the server presents it; its score is the checklist's for its content (no context). */
export function makeBulletin(incidentId: string, overrides: Partial<Bulletin> = {}): Bulletin {
  const content = BulletinContent.parse({
    headline: "Koka vattnet i Centrum",
    body: "Kommunen har hittat bakterier i dricksvattnet i Centrum enligt VA-laboratoriet.",
    instruction: "Koka vattnet i minst tre minuter. Mer information finns på exempelby.se/vatten.",
    audiences: ["residents"],
    channels: ["web"],
  });
  const base = { ...content, ...overrides };
  const result = scoreMessage(bulletinMessageInput(base, overrides.language ?? "sv"));
  return {
    ...content,
    id: uuid(),
    incidentId,
    language: "sv",
    translationOf: null,
    translationOfVersion: null,
    status: "draft",
    version: 1,
    publishedVersion: null,
    publishedAt: null,
    firstPublishedAt: null,
    retractedAt: null,
    statusChangedAt: "2026-11-25T08:00:00.000Z",
    stale: [],
    score: { overall: result.overall, status: result.status, errors: 0, warnings: 0 },
    claimId: null,
    channelVersions: [],
    createdBy: COMMUNICATOR.id,
    createdByName: COMMUNICATOR.displayName,
    createdAt: "2026-11-25T08:00:00.000Z",
    updatedBy: COMMUNICATOR.id,
    updatedByName: COMMUNICATOR.displayName,
    updatedAt: "2026-11-25T08:00:00.000Z",
    ...overrides,
  };
}

function event(
  seq: number,
  type: EventEnvelope["type"],
  incidentId: string | null,
  entity: EventEnvelope["entity"],
  data: Record<string, unknown>,
  visibleTo: EventEnvelope["visibleTo"] = null,
): EventEnvelope {
  return {
    seq,
    at: new Date(Date.UTC(2026, 10, 25, 8, 0, seq)).toISOString(),
    actor: LEAD,
    type,
    incidentId,
    entity,
    visibleTo,
    data,
  };
}

export function bulletinEvent(
  seq: number,
  type: "bulletin.created" | "bulletin.saved" | "bulletin.status_changed" | "bulletin.stale",
  bulletin: Bulletin,
  extra: Record<string, unknown> = {},
): EventEnvelope {
  return event(seq, type, bulletin.incidentId, { type: "bulletin", id: bulletin.id }, { bulletin, ...extra });
}

export function factEvent(seq: number, type: "fact.created" | "fact.updated", fact: Fact): EventEnvelope {
  return event(seq, type, fact.incidentId, { type: "fact", id: fact.id }, { fact });
}

export function notificationEvent(seq: number, incidentId: string, data: NotificationData): EventEnvelope {
  return event(seq, "notification", incidentId, { type: "bulletin", id: data.bulletinId ?? uuid() }, data, [
    "admin",
    "lead",
    "communicator",
  ]);
}
