import type { z } from "zod";
import { LogEntry, LogPage, type LogEntryCreate, type LogItem } from "@shared/schemas/log";
import { request } from "./http";

export type { LogEntryItem, LogEventItem, LogItem } from "@shared/schemas/log";

export const LOG_PAGE_SIZE = 200; // items per request; older ones load on demand

export async function fetchLog(incidentId: string, before?: number): Promise<LogItem[]> {
  const params = new URLSearchParams({ limit: String(LOG_PAGE_SIZE) });
  if (before !== undefined) params.set("before", String(before));
  const { items } = await request(`/api/incidents/${encodeURIComponent(incidentId)}/log?${params.toString()}`, {
    schema: LogPage,
  });
  return items;
}

export function addLogEntry(incidentId: string, body: z.input<typeof LogEntryCreate>): Promise<LogEntry> {
  return request(`/api/incidents/${encodeURIComponent(incidentId)}/log`, {
    method: "POST",
    body,
    schema: LogEntry.loose(),
  });
}

export function logExportUrl(incidentId: string, format: "csv" | "json"): string {
  return `/api/incidents/${encodeURIComponent(incidentId)}/log/export.${format}`;
}
