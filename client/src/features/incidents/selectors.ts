import type { Incident } from "@shared/schemas/incident";
import { dateTimeLocalToInstant } from "../../i18n/format";
import type { StoreState } from "../../store";

export type IncidentFilter = "open" | "all" | "closed";

/** Newest start first; a stable order so the list does not jump while the clock ticks. */
export function selectIncidents(filter: IncidentFilter) {
  return (s: StoreState): Incident[] =>
    Object.values(s.incidents)
      .filter((i) => (filter === "all" ? true : filter === "closed" ? i.status === "closed" : i.status !== "closed"))
      .sort(
        (a, b) =>
          Date.parse(b.startedAt) - Date.parse(a.startedAt) || Date.parse(b.createdAt) - Date.parse(a.createdAt),
      );
}

export function canManageIncidents(role: string | undefined): boolean {
  return role === "lead" || role === "admin";
}

/** Text areas hold one area per line. */
export function parseAreas(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** A date-and-time field's value (Swedish time) as an ISO instant, or null when empty or unreadable. */
export function localInputToIso(value: string): string | null {
  return dateTimeLocalToInstant(value)?.toISOString() ?? null;
}

/** Who may open the follow-up reports (the server's `readReports`). */
export function canReadReports(role: string | undefined): boolean {
  return role === "lead" || role === "admin" || role === "viewer";
}
