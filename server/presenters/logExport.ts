import { eventCsvText, formatSwedishTime, readEvent, type EventEnvelope } from "../../shared/events/index.js";
import type { Incident, LogEntryKind, LogItem } from "../../shared/index.js";
import type { LogExport } from "../domain/log.js";
import { swedishDay } from "../../shared/swedishDay.js";
import { SWEDISH_LABELS, swedishLabel } from "../../shared/swedishLabels.js";

const KIND_SV: Record<LogEntryKind, string> = {
  decision: "Beslut",
  note: "Anteckning",
  call: "Samtal",
  correction: "Rättelse",
};

export { formatSwedishTime };

/** A system event in readable Swedish, for the registered copy of the log: the catalogue's CSV description. */
export function describeEvent(event: EventEnvelope): string {
  return eventCsvText(readEvent(event));
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
  return [
    String(item.seq),
    at,
    at,
    "Systemhändelse",
    describeEvent(item),
    "",
    "",
    item.actor?.displayName ?? swedishLabel(SWEDISH_LABELS, "event.system"),
    item.entity.id,
  ];
}

/**
 * UTF-8 with a byte-order mark so Excel opens å, ä, ö correctly; CRLF line ends per RFC 4180; times in Swedish
 * local time (the JSON export carries exact ISO times). The header row is always the first, as importers and the
 * registry expect; an exercise's log has one more column, `Övning`, that says ÖVNING on every row: the console marks an
 * exercise on every screen, and no row of a drill's log may pass for a real event's once it has left the console
 * (a copied row, a filtered sheet). A real event's log keeps the registered columns unchanged.
 */
export function logToCsv(exported: LogExport): string {
  const seqById = new Map(exported.items.filter((i) => i.source === "entry").map((i) => [i.id, i.seq] as const));
  const exercise = exported.incident.exercise;
  const lines = [
    exercise ? [...CSV_HEADERS, EXERCISE_COLUMN] : (CSV_HEADERS as readonly string[]),
    ...exported.items.map((i) => (exercise ? [...csvRow(i, seqById), EXERCISE_MARK] : csvRow(i, seqById))),
  ];
  // Semicolons, as the report CSVs: Excel with Swedish settings splits on ";" and put a comma-separated row in one cell.
  return "\uFEFF" + lines.map((cells) => cells.map(csvField).join(";")).join("\r\n") + "\r\n";
}

/** The exercise column of a drill's log: its header and what every row says in it. */
export const EXERCISE_COLUMN = "Övning";
export const EXERCISE_MARK = "ÖVNING";

export function exportFileName(incident: Incident, ext: "csv" | "json"): string {
  // The Swedish day it started: the UTC date of an incident started just after midnight is the day before.
  // An exercise's says so in the file name too, where a folder of exports lists it.
  const name = incident.exercise ? "ovning-loggbok" : "loggbok";
  return `${name}-${swedishDay(new Date(incident.startedAt))}-${incident.id.slice(0, 8)}.${ext}`;
}
