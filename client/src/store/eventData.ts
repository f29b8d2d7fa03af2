import type { z } from "zod";
import type { DomainEvent } from "../../../shared/schemas/event";
import { Incident } from "../../../shared/schemas/incident";
import { LogEntry } from "../../../shared/schemas/log";
import { User } from "../../../shared/schemas/user";

/**
 * `DomainEvent.data` is an open record. The entity after the change travels in it, under its own
 * name (`data.incident`, `data.entry`, `data.user`) or as the data itself; when neither parses,
 * the caller refetches the entity over REST rather than guessing.
 */
function pick<T>(schema: z.ZodType<T>, event: DomainEvent, key: string): T | null {
  for (const candidate of [event.data[key], event.data]) {
    const parsed = schema.safeParse(candidate);
    if (parsed.success) return parsed.data;
  }
  return null;
}

export function incidentOf(event: DomainEvent): Incident | null {
  return pick(Incident, event, "incident");
}

export function entryOf(event: DomainEvent): LogEntry | null {
  return pick(LogEntry.loose(), event, "entry");
}

export function userOf(event: DomainEvent): User | null {
  return pick(User, event, "user");
}

/** Names of the incident fields an `incident.updated` event changed, when the event says. */
export function changedFields(event: DomainEvent): string[] {
  const { changes, changed, fields, patch } = event.data as Record<string, unknown>;
  if (Array.isArray(changed)) return changed.filter((f): f is string => typeof f === "string");
  if (Array.isArray(fields)) return fields.filter((f): f is string => typeof f === "string");
  for (const record of [changes, patch]) {
    if (record && typeof record === "object" && !Array.isArray(record)) {
      return Object.keys(record).filter((k) => k !== "expectedVersion" && k !== "version" && k !== "updatedAt");
    }
  }
  return [];
}
