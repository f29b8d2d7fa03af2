import type { z } from "zod";
import { LogEntry, LogPage, type LogEntryCreate, type LogItem } from "@shared/schemas/log";
import { request } from "./http";
import { logPagePath } from "./paths";

export type { LogEntryItem, LogEventItem, LogItem } from "@shared/schemas/log";

export { LOG_PAGE_SIZE } from "./paths";

export async function fetchLog(incidentId: string, before?: number): Promise<LogItem[]> {
  const { items } = await request(logPagePath(incidentId, before), { schema: LogPage });
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
