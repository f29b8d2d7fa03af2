import type { EventEnvelope } from "@shared/events/index";
import type { Incident } from "@shared/schemas/incident";
import type { LogEntry } from "@shared/schemas/log";
import type { User } from "@shared/schemas/user";
import { resetStore } from "../../../client/src/store";

let counter = 0;

/** A v4-shaped UUID that is unique within the run. */
export function uuid(): string {
  counter++;
  const tail = counter.toString(16).padStart(12, "0");
  return `00000000-0000-4000-8000-${tail}`;
}

export const LEAD = { id: "11111111-1111-4111-8111-111111111111", displayName: "Lena Krisledare" };

export function makeUser(overrides: Partial<User> = {}): User {
  return {
    id: uuid(),
    username: "lead",
    displayName: LEAD.displayName,
    role: "lead",
    language: "sv",
    disabled: false,
    createdAt: "2026-11-25T07:00:00.000Z",
    ...overrides,
  };
}

export function makeIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: uuid(),
    title: "Vattenläcka i centrum – koka vattnet",
    description: "",
    severity: "moderate",
    status: "active",
    exercise: false,
    startedAt: "2026-11-25T07:15:00.000Z",
    affectedAreas: [],
    nextUpdateDue: "2026-11-25T08:15:00.000Z",
    lastPublishedAt: null,
    closedAt: null,
    createdBy: LEAD.id,
    createdAt: "2026-11-25T07:15:00.000Z",
    updatedAt: "2026-11-25T07:15:00.000Z",
    version: 1,
    ...overrides,
  };
}

export function makeEntry(incidentId: string, seq: number, overrides: Partial<LogEntry> = {}): LogEntry {
  return {
    id: uuid(),
    incidentId,
    kind: "note",
    text: "Räddningstjänsten på plats",
    counterpart: null,
    refersTo: null,
    occurredAt: "2026-11-25T07:20:00.000Z",
    createdBy: LEAD.id,
    createdAt: "2026-11-25T07:20:00.000Z",
    seq,
    ...overrides,
  };
}

function baseEvent(
  seq: number,
  type: EventEnvelope["type"],
  incidentId: string | null,
  entity: EventEnvelope["entity"],
  data: Record<string, unknown>,
): EventEnvelope {
  return {
    seq,
    at: new Date(Date.UTC(2026, 10, 25, 7, 0, seq)).toISOString(),
    actor: LEAD,
    type,
    incidentId,
    entity,
    visibleTo: null,
    data,
  };
}

export function incidentCreated(seq: number, incident: Incident): EventEnvelope {
  return baseEvent(seq, "incident.created", incident.id, { type: "incident", id: incident.id }, { incident });
}

export function incidentUpdated(seq: number, incident: Incident, changed: string[]): EventEnvelope {
  return baseEvent(seq, "incident.updated", incident.id, { type: "incident", id: incident.id }, { incident, changed });
}

export function entryAdded(seq: number, entry: LogEntry): EventEnvelope {
  return baseEvent(seq, "log.entry_added", entry.incidentId, { type: "log_entry", id: entry.id }, { entry });
}

/** Back to a fresh store (zustand docs: reset stores between tests). */
/** The store's one reset (test/client/setup.ts runs it before every test; a test may call it again mid-way). */
export { resetStore };

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });
}
