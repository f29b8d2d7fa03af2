import { z } from "zod";
import { DomainEvent } from "../../../shared/schemas/event";
import { LogEntry, type LogEntryCreate } from "../../../shared/schemas/log";
import { request } from "./http";

/** A manual entry; `loose` keeps whatever author details the server adds beside the schema's fields. */
const EntryItem = LogEntry.extend({ source: z.literal("entry") }).loose();
const EventItem = DomainEvent.extend({ source: z.literal("event") });
export const LogItem = z.discriminatedUnion("source", [EntryItem, EventItem]);
export type LogItem = z.infer<typeof LogItem>;
export type LogEntryItem = Extract<LogItem, { source: "entry" }>;
export type LogEventItem = Extract<LogItem, { source: "event" }>;

const LogPage = z.object({ items: z.array(LogItem) });

export const LOG_PAGE_SIZE = 200; // items per request; older ones load on demand

export async function fetchLog(incidentId: string, before?: number): Promise<LogItem[]> {
  const params = new URLSearchParams({ limit: String(LOG_PAGE_SIZE) });
  if (before !== undefined) params.set("before", String(before));
  const { items } = await request(`/api/incidents/${encodeURIComponent(incidentId)}/log?${params.toString()}`, { schema: LogPage });
  return items;
}

export function addLogEntry(incidentId: string, body: z.input<typeof LogEntryCreate>): Promise<LogEntry> {
  return request(`/api/incidents/${encodeURIComponent(incidentId)}/log`, { method: "POST", body, schema: LogEntry.loose() });
}

export function logExportUrl(incidentId: string, format: "csv" | "json"): string {
  return `/api/incidents/${encodeURIComponent(incidentId)}/log/export.${format}`;
}
