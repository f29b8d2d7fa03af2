import type { FACT_STATUSES } from "./checklist/constants.js";
import type { INCIDENT_SEVERITIES, INCIDENT_STATUSES, LANGUAGES } from "./constants.js";
import type { DERIVED_CHANNELS, STALE_REASONS } from "./schemas/bulletin.js";
import type { CLAIM_SEVERITIES, CLAIM_SOURCE_CHANNELS, CLAIM_STATUSES } from "./schemas/claim.js";
import type { FAQ_STATUSES } from "./schemas/faq.js";
import type { INQUIRY_CHANNELS, INQUIRY_RESOLUTIONS } from "./schemas/inquiry.js";
import type { PROMISE_STATES } from "./schemas/report.js";

/**
 * The console's Swedish words for the codes the exports write (the report CSVs, the log's registered CSV copy), so a
 * municipal reader sees "Telefon", "Besvarat direkt" and "Rättad" where the console shows them, not `phone`,
 * `answered_first_contact` and `corrected`. Each map is the console dictionary's entries under one prefix
 * (client/src/i18n, named beside each map); test/client/swedishLabels.test.ts holds them equal, word for word.
 * Pure data: no DOM, no dictionary code, so the server can use it.
 */
type Words<T extends readonly string[]> = Record<T[number], string>;

/** `contact.channel.*` */
export const INQUIRY_CHANNEL_SV: Words<typeof INQUIRY_CHANNELS> = {
  phone: "Telefon",
  email: "E-post",
  visit: "Besök",
  social: "Sociala medier",
  chat: "Chatt",
  letter: "Brev",
  e_service: "E-tjänst",
  sms: "SMS",
};

/** `contact.resolution.*` */
export const INQUIRY_RESOLUTION_SV: Words<typeof INQUIRY_RESOLUTIONS> = {
  answered_first_contact: "Besvarat direkt",
  forwarded: "Vidarebefordrat",
  callback: "Återuppringning",
};

/** `claims.row.status.*`: one claim's status, as the claims list names it ("Rättad", not the board's "Rättade"). */
export const CLAIM_STATUS_SV: Words<typeof CLAIM_STATUSES> = {
  new: "Ny",
  triaged: "Bedömd",
  assigned: "Tilldelad",
  correcting: "Rättas",
  in_review: "Granskas",
  corrected: "Rättad",
  dismissed: "Avfärdad",
};

/** `claims.severity.*` */
export const CLAIM_SEVERITY_SV: Words<typeof CLAIM_SEVERITIES> = {
  low: "Låg",
  medium: "Medel",
  high: "Hög",
  critical: "Kritisk",
};

/** `claims.channel.*`: where a claim was seen. */
export const CLAIM_SOURCE_CHANNEL_SV: Words<typeof CLAIM_SOURCE_CHANNELS> = {
  social: "Sociala medier",
  press: "Press",
  radio: "Radio",
  contact_centre: "Kontaktcenter",
  other: "Annat",
};

/** `lang.*` */
export const LANGUAGE_SV: Words<typeof LANGUAGES> = {
  sv: "Svenska",
  en: "Engelska",
  fi: "Finska",
  "sv-lattlast": "Lättläst svenska",
};

/** `reports.promises.state.*` */
export const PROMISE_STATE_SV: Words<typeof PROMISE_STATES> = {
  kept: "Hållet",
  missed: "Brutet",
  pending: "Väntar",
};

/** `reports.timeline.kind.*` */
export const PUBLICATION_KIND_SV: Record<"bulletin" | "correction", string> = {
  bulletin: "Meddelande",
  correction: "Rättelse",
};

/** `reports.checklist.*`: the report's mean checklist score per principle, and overall. */
export const PRINCIPLE_SV: Record<
  "overall" | "active" | "open" | "factual" | "fast" | "impartial" | "audienceAdapted",
  string
> = {
  overall: "Totalt",
  active: "Aktiv",
  open: "Öppen",
  factual: "Saklig",
  fast: "Snabb",
  impartial: "Opartisk",
  audienceAdapted: "Målgruppsanpassad",
};

// The words the event catalogue's log sentences borrow (shared/events, `w.label(key)`).

/** `status.*` */
export const INCIDENT_STATUS_SV: Words<typeof INCIDENT_STATUSES> = {
  active: "Pågående",
  monitoring: "Bevakning",
  closed: "Avslutad",
};

/** `severity.*` */
export const INCIDENT_SEVERITY_SV: Words<typeof INCIDENT_SEVERITIES> = {
  minor: "Liten",
  moderate: "Måttlig",
  severe: "Allvarlig",
  extreme: "Mycket allvarlig",
};

/** `field.*`: the incident fields a "changed the …" sentence names. */
export const INCIDENT_FIELD_SV: Record<string, string> = {
  title: "rubrik",
  description: "beskrivning",
  affectedAreas: "berörda områden",
  severity: "allvarlighetsgrad",
  status: "status",
  nextUpdateDue: "nästa uppdatering",
  exercise: "övningsmarkering",
};

/** `facts.status.*` */
export const FACT_STATUS_SV: Words<typeof FACT_STATUSES> = {
  confirmed: "Bekräftad",
  unconfirmed: "Obekräftad",
  retracted: "Tillbakadragen",
};

/** `faq.status.*` */
export const FAQ_STATUS_SV: Words<typeof FAQ_STATUSES> = {
  draft: "Utkast",
  in_review: "Granskas",
  approved: "Godkänd",
  published: "Publicerad",
  archived: "Arkiverad",
};

/** `stale.*`: why a text is stale, inside a sentence. */
export const STALE_REASON_SV: Words<typeof STALE_REASONS> = {
  fact_changed: "en uppgift har ändrats",
  fact_retracted: "en uppgift har dragits tillbaka",
  translation_source_changed: "källtexten har ändrats",
  master_changed: "originalet har ändrats",
};

/** `channels.name.*`: a bulletin's channel versions. */
export const DERIVED_CHANNEL_SV: Words<typeof DERIVED_CHANNELS> = {
  sms: "SMS",
  social: "Socialt inlägg",
  press: "Presstext",
  "contact-centre": "Manus för kontaktcenter",
};

const under = (prefix: string, words: Record<string, string>) =>
  Object.entries(words).map(([code, word]) => [`${prefix}.${code}`, word] as const);

/** The same words under the console's dictionary keys, for a Swedish `Wording` outside the console. */
export const SWEDISH_LABELS: Readonly<Record<string, string>> = Object.fromEntries([
  ...under("contact.channel", INQUIRY_CHANNEL_SV),
  ...under("contact.resolution", INQUIRY_RESOLUTION_SV),
  ...under("claims.row.status", CLAIM_STATUS_SV),
  ...under("claims.severity", CLAIM_SEVERITY_SV),
  ...under("claims.channel", CLAIM_SOURCE_CHANNEL_SV),
  ...under("lang", LANGUAGE_SV),
  ...under("reports.promises.state", PROMISE_STATE_SV),
  ...under("reports.timeline.kind", PUBLICATION_KIND_SV),
  ...under("reports.checklist", PRINCIPLE_SV),
  ...under("status", INCIDENT_STATUS_SV),
  ...under("severity", INCIDENT_SEVERITY_SV),
  ...under("field", INCIDENT_FIELD_SV),
  ...under("facts.status", FACT_STATUS_SV),
  ...under("faq.status", FAQ_STATUS_SV),
  ...under("stale", STALE_REASON_SV),
  ...under("channels.name", DERIVED_CHANNEL_SV),
  ["bulletins.untitled", "(utan rubrik)"],
  ["event.system", "Systemet"],
  ["list.and", "och"],
]);

/** A code's Swedish word, or the code itself when the map has none (a value written by a newer server). */
export function swedishLabel(words: Readonly<Record<string, string>>, code: string): string {
  return Object.hasOwn(words, code) ? (words[code] as string) : code;
}
