import { z } from "zod";
import { Incident } from "../schemas/incident.js";
import { LogEntry } from "../schemas/log.js";
import { defineEvent, type Wording } from "./define.js";
import { formatSwedishTime } from "./swedishTime.js";
import { lazySchema } from "../schemas/lazy.js";
import { INCIDENT_SEVERITY_SV, INCIDENT_STATUS_SV } from "../swedishLabels.js";

// The console's own words ("Pågående", "Liten"), so the registered copy and the screen name a state alike.
const STATUS_SV = INCIDENT_STATUS_SV;
const SEVERITY_SV = INCIDENT_SEVERITY_SV;

/** A changed incident field in the CSV's Swedish. */
function csvChange(field: string, incident: Incident): string {
  switch (field) {
    case "title":
      return `rubrik: "${incident.title}"`;
    case "description":
      return "beskrivningen ändrad";
    case "severity":
      return `allvarlighetsgrad: ${SEVERITY_SV[incident.severity].toLowerCase()}`;
    case "status":
      return `status: ${STATUS_SV[incident.status].toLowerCase()}`;
    case "exercise":
      return `övning: ${incident.exercise ? "ja" : "nej"}`;
    case "affectedAreas":
      return `berörda områden: ${incident.affectedAreas.join(", ") || "inga"}`;
    case "nextUpdateDue":
      return `nästa uppdatering: ${formatSwedishTime(incident.nextUpdateDue) || "ingen"}`;
    default:
      return field;
  }
}

/** The incident fields the console names in a "changed the …" sentence (its dictionary's `field.*`). */
const NAMED_FIELDS = new Set([
  "title",
  "description",
  "affectedAreas",
  "severity",
  "status",
  "nextUpdateDue",
  "exercise",
]);

const updatedLog = {
  updated: { sv: "{actor} uppdaterade händelsen.", en: "{actor} updated the incident." },
  status: { sv: "{actor} ändrade status till {status}.", en: "{actor} changed the status to {status}." },
  nextUpdateSet: { sv: "{actor} lovade nästa uppdatering {time}.", en: "{actor} promised the next update for {time}." },
  nextUpdateCleared: {
    sv: "{actor} tog bort den utlovade tiden för nästa uppdatering.",
    en: "{actor} removed the promised time of the next update.",
  },
  severity: {
    sv: "{actor} ändrade allvarlighetsgraden till {severity}.",
    en: "{actor} changed the severity to {severity}.",
  },
  fields: { sv: "{actor} ändrade {fields}.", en: "{actor} changed the {fields}." },
  exerciseOn: { sv: "{actor} markerade händelsen som övning.", en: "{actor} marked the incident as an exercise." },
  exerciseOff: {
    sv: "{actor} markerade händelsen som verklig (inte övning).",
    en: "{actor} marked the incident as real (not an exercise).",
  },
};

function describeUpdate({ incident, changed }: { incident: Incident; changed: string[] }, w: Wording) {
  if (changed.length === 1) {
    switch (changed[0]) {
      case "status":
        // Lower case inside a sentence: "ändrade status till bevakning", not "… till Bevakning".
        return ["status", { status: w.label(`status.${incident.status}`).toLocaleLowerCase(w.lang) }] as const;
      case "nextUpdateDue":
        return incident.nextUpdateDue
          ? (["nextUpdateSet", { time: w.time(incident.nextUpdateDue) }] as const)
          : (["nextUpdateCleared"] as const);
      case "severity":
        return ["severity", { severity: w.label(`severity.${incident.severity}`).toLocaleLowerCase(w.lang) }] as const;
      case "exercise":
        return [incident.exercise ? "exerciseOn" : "exerciseOff"] as const;
    }
  }
  const named = changed.filter((f) => NAMED_FIELDS.has(f)).map((f) => w.label(`field.${f}`));
  return named.length > 0 ? (["fields", { fields: w.list(named) }] as const) : (["updated"] as const);
}

export const incidentEvents = {
  "incident.created": defineEvent({
    entity: ["incident"],
    visibleTo: null,
    data: lazySchema(() => z.object({ incident: Incident }).loose()),
    log: { created: { sv: "{actor} skapade händelsen ”{title}”.", en: "{actor} created the incident “{title}”." } },
    describe: ({ incident }) => ["created", { title: incident.title }],
    csv: ({ incident }) => `Händelsen skapades: "${incident.title}"`,
  }),
  "incident.updated": defineEvent({
    entity: ["incident"],
    visibleTo: null,
    /** `changed`: the field names. */
    data: lazySchema(() => z.object({ incident: Incident, changed: z.array(z.string()).default([]) }).loose()),
    log: updatedLog,
    describe: describeUpdate,
    csv: ({ incident, changed }) => `Händelsen ändrades: ${changed.map((f) => csvChange(f, incident)).join("; ")}`,
  }),
  "log.entry_added": defineEvent({
    entity: ["log_entry"],
    visibleTo: null,
    /** Loose: the entry as the log shows it, with whatever author details ride along. */
    data: lazySchema(() => z.object({ entry: LogEntry.loose() }).loose()),
    log: { added: { sv: "{actor} skrev i loggboken.", en: "{actor} wrote in the log." } },
    describe: () => ["added"],
  }),
};
