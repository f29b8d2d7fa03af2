import type { DomainEvent, Incident, LogEntryKind, LogItem } from "../../shared/index.js";
import type { LogExport } from "../domain/log.js";

const KIND_SV: Record<LogEntryKind, string> = { decision: "Beslut", note: "Anteckning", call: "Samtal", correction: "Rättelse" };
const STATUS_SV: Record<Incident["status"], string> = { active: "aktiv", monitoring: "bevakning", closed: "avslutad" };
const SEVERITY_SV: Record<Incident["severity"], string> = { minor: "låg", moderate: "måttlig", severe: "allvarlig", extreme: "mycket allvarlig" };

const swedishTime = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Stockholm",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});
export const formatSwedishTime = (iso: string | null) => (iso ? swedishTime.format(new Date(iso)) : "");

function describeChange(field: string, incident: Incident): string {
  switch (field) {
    case "title": return `rubrik: "${incident.title}"`;
    case "description": return "beskrivningen ändrad";
    case "severity": return `allvarlighetsgrad: ${SEVERITY_SV[incident.severity]}`;
    case "status": return `status: ${STATUS_SV[incident.status]}`;
    case "exercise": return `övning: ${incident.exercise ? "ja" : "nej"}`;
    case "affectedAreas": return `berörda områden: ${incident.affectedAreas.join(", ") || "inga"}`;
    case "nextUpdateDue": return `nästa uppdatering: ${formatSwedishTime(incident.nextUpdateDue) || "ingen"}`;
    default: return field;
  }
}

/** A system event in readable Swedish, for the registered copy of the log. */
export function describeEvent(event: DomainEvent): string {
  const incident = event.data.incident as Incident | undefined;
  if (event.type === "incident.created" && incident) return `Händelsen skapades: "${incident.title}"`;
  if (event.type === "incident.updated" && incident) {
    const changed = Array.isArray(event.data.changed) ? (event.data.changed as string[]) : [];
    return `Händelsen ändrades: ${changed.map((f) => describeChange(f, incident)).join("; ")}`;
  }
  return event.type;
}

/**
 * RFC 4180 plus the OWASP CSV-injection rule, for every cell: a cell starting with = + - @ tab, CR or ; (the list
 * separator of Swedish Excel, which can start a new cell that is a formula) gets a leading ' so a spreadsheet shows
 * it as text; a cell holding a comma, semicolon, quote or line break is quoted, inner quotes doubled.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r;]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_HEADERS = [
  "Löpnummer",
  "Tidpunkt",
  "Registrerad",
  "Typ",
  "Text",
  "Motpart",
  "Rättar löpnummer",
  "Registrerad av",
  "Id",
] as const;

function csvRow(item: LogItem, seqById: Map<string, number>): string[] {
  if (item.source === "entry") {
    const refers = item.refersTo ? seqById.get(item.refersTo) : undefined;
    return [
      String(item.seq),
      formatSwedishTime(item.occurredAt),
      formatSwedishTime(item.createdAt),
      KIND_SV[item.kind],
      item.text,
      item.counterpart ?? "",
      refers === undefined ? "" : String(refers),
      item.createdByName ?? item.createdBy,
      item.id,
    ];
  }
  const at = formatSwedishTime(item.at);
  return [String(item.seq), at, at, "Systemhändelse", describeEvent(item), "", "", item.actor?.displayName ?? "system", item.entity.id];
}

/**
 * UTF-8 with a byte-order mark so Excel opens å, ä, ö correctly; CRLF line ends per RFC 4180; times in Swedish
 * local time (the JSON export carries exact ISO times).
 */
export function logToCsv(exported: LogExport): string {
  const seqById = new Map(exported.items.filter((i) => i.source === "entry").map((i) => [i.id, i.seq] as const));
  const lines = [CSV_HEADERS as readonly string[], ...exported.items.map((i) => csvRow(i, seqById))];
  return "\uFEFF" + lines.map((cells) => cells.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export function exportFileName(incident: Incident, ext: "csv" | "json"): string {
  return `loggbok-${incident.startedAt.slice(0, 10)}-${incident.id.slice(0, 8)}.${ext}`;
}
