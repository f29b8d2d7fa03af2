import { IncidentReport, PeriodReport } from "@shared/schemas/report";
import { request } from "./http";

/** REST client of the follow-up reports (docs/api.md "Reports"). */
export const incidentReportCsvUrl = (id: string) => `/api/incidents/${encodeURIComponent(id)}/report.csv`;
export const periodQuery = (from: string, to: string) =>
  `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
export const periodReportCsvUrl = (from: string, to: string) => `/api/reports.csv?${periodQuery(from, to)}`;

export function fetchIncidentReport(id: string, signal?: AbortSignal): Promise<IncidentReport> {
  return request(`/api/incidents/${encodeURIComponent(id)}/report`, { schema: IncidentReport, signal });
}

/** `from` and `to` are days (YYYY-MM-DD, Swedish time); `to` is included. */
export function fetchPeriodReport(from: string, to: string, signal?: AbortSignal): Promise<PeriodReport> {
  return request(`/api/reports?${periodQuery(from, to)}`, { schema: PeriodReport, signal });
}
