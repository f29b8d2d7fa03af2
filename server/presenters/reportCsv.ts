import { CLAIM_SEVERITIES_MOST_SEVERE_FIRST } from "../../shared/schemas/claim.js";
import type { IncidentReport, PeriodReport, TargetKey, TargetResult } from "../../shared/schemas/report.js";
import { swedishDay } from "../../shared/swedishDay.js";
import {
  CLAIM_SEVERITY_SV,
  CLAIM_SOURCE_CHANNEL_SV,
  CLAIM_STATUS_SV,
  INQUIRY_CHANNEL_SV,
  INQUIRY_RESOLUTION_SV,
  LANGUAGE_SV,
  PRINCIPLE_SV,
  PROMISE_STATE_SV,
  PUBLICATION_KIND_SV,
  swedishLabel,
} from "../../shared/swedishLabels.js";

/**
 * Reports as CSV for Swedish Excel: UTF-8 with a byte-order mark, `;` between cells (Excel in a Swedish locale
 * splits on the list separator, which is `;` because `,` is the decimal sign), decimal commas, CRLF line ends, times
 * in Swedish local time, shares as percentages. Every table of the report is one block with a title row, blocks
 * separated by an empty row. Codes (channels, outcomes, statuses, severities, languages …) are written as the words
 * the console shows (shared/swedishLabels.ts); ids stay ids.
 */
type Cell = string | number | null;

const swedishTime = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Stockholm",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});
const formatSwedishTime = (iso: string | null) => (iso ? swedishTime.format(new Date(iso)) : "");

/** RFC 4180 plus the OWASP CSV-injection rule, as the log export: a cell starting with = + - @ tab, CR or ; is
 *  prefixed with ' so a spreadsheet shows it as text; a cell with a `;`, quote or line break is quoted (not one
 *  with a comma: that is the decimal sign here, and a quoted "33,3" would not be a number to every spreadsheet). */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r;]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
type Table = { title: string; header: string[]; rows: Cell[][] };

const decimal = (n: number, digits = 1) => (Number.isInteger(n) ? String(n) : n.toFixed(digits).replace(".", ","));
const cell = (v: Cell) => (v === null ? "" : typeof v === "number" ? decimal(v) : v);
const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/** Counts per code as rows of the code's Swedish word and the count. */
const countRows = (counts: Readonly<Record<string, number>>, words: Readonly<Record<string, string>>): Cell[][] =>
  Object.entries(counts).map(([code, n]) => [swedishLabel(words, code), n]);

export const TARGET_SV: Record<TargetKey, string> = {
  firstContactRate: "Besvarade vid första kontakt (%)",
  firstPublicMinutes: "Minuter till första publicering",
  promisesKept: "Hållna löften om nästa uppdatering (%)",
  claimsWithinDeadline: "Rättelser inom tidsgränsen (%)",
  publishScore: "Medelpoäng vid publicering",
};
const RATE_KEYS: readonly TargetKey[] = ["firstContactRate", "promisesKept", "claimsWithinDeadline"];
const shown = (key: TargetKey, v: number | null) => (RATE_KEYS.includes(key) ? percent(v) : v);

function targetsTable(targets: readonly TargetResult[]): Table {
  return {
    title: "Mål",
    header: ["Mått", "Mål", "Utfall", "Uppfyllt"],
    rows: targets.map((t) => [
      TARGET_SV[t.key],
      shown(t.key, t.target),
      shown(t.key, t.actual),
      t.met === null ? "ej mätbart" : t.met ? "ja" : "nej",
    ]),
  };
}

function contactTables(c: IncidentReport["contact"]): Table[] {
  return [
    {
      title: "Kontaktcenter",
      header: ["Mått", "Värde"],
      rows: [
        ["Ärenden", c.inquiries],
        ["Besvarade vid första kontakt (%)", percent(c.firstContactRate)],
        ["Median handläggningstid (s)", c.medianHandlingSeconds],
      ],
    },
    { title: "Ärenden per kanal", header: ["Kanal", "Antal"], rows: countRows(c.byChannel, INQUIRY_CHANNEL_SV) },
    { title: "Ärenden per utfall", header: ["Utfall", "Antal"], rows: countRows(c.byOutcome, INQUIRY_RESOLUTION_SV) },
    { title: "Vidarebefordrade per enhet", header: ["Enhet", "Antal"], rows: Object.entries(c.forwardedTo) },
    {
      title: "Vanligaste frågorna",
      header: ["Fråga", "Antal", "FAQ-post"],
      rows: c.topQuestions.map((q) => [q.text, q.count, q.faqEntryId]),
    },
    {
      title: "Frågor som FAQ inte täcker",
      header: ["Fråga", "Antal"],
      rows: c.uncoveredQuestions.map((q) => [q.text, q.count]),
    },
  ];
}

function render(tables: readonly Table[]): string {
  const lines: string[] = [];
  for (const t of tables) {
    if (lines.length > 0) lines.push("");
    lines.push(
      csvField(t.title),
      t.header.map(csvField).join(";"),
      ...t.rows.map((r) => r.map((v) => csvField(cell(v))).join(";")),
    );
  }
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

export function incidentReportCsv(r: IncidentReport): string {
  const p = r.public;
  return render([
    {
      title: r.incident.exercise ? "Övningsutvärdering" : "Efterhandsrapport",
      header: ["Fält", "Värde"],
      rows: [
        ["Kommun", r.municipality],
        ["Händelse", r.incident.title],
        ["Övning", r.incident.exercise ? "ja" : "nej"],
        ["Start", formatSwedishTime(r.incident.startedAt)],
        ["Avslutad", formatSwedishTime(r.incident.closedAt)],
        ["Rapport skapad", formatSwedishTime(r.generatedAt)],
      ],
    },
    targetsTable(r.targets),
    {
      title: "Information till allmänheten",
      header: ["Mått", "Värde"],
      rows: [
        ["Första publicering", formatSwedishTime(p.firstPublishedAt)],
        ["Minuter till första publicering", p.minutesToFirstPublic],
        ["Publicerade meddelanden", p.bulletinsPublished],
        ["Publiceringar", p.publications],
        ["Rättelser", p.corrections],
        ["Tillbakadragna", p.retractions],
        ["Löften om nästa uppdatering", p.promises.made],
        ["Hållna löften", p.promises.kept],
        ["Brutna löften", p.promises.missed],
        ["Väntande löften", p.promises.pending],
        ["Längsta försening (min)", p.promises.longestOverdueMinutes],
        ...Object.entries(p.languages).map(([lang, n]): Cell[] => [
          `Meddelanden på ${swedishLabel(LANGUAGE_SV, lang).toLocaleLowerCase("sv")}`,
          n,
        ]),
      ],
    },
    {
      title: "Publicerat trots publiceringskontrollen",
      header: ["Tid", "Rubrik", "Poäng", "Motivering"],
      rows: p.overrides.map((o) => [formatSwedishTime(o.at), o.headline, o.score, o.reason]),
    },
    {
      title: "Checklista vid publicering (medel)",
      header: ["Princip", "Poäng"],
      rows: Object.entries(r.checklist.atPublish).map(([k, v]): Cell[] => [swedishLabel(PRINCIPLE_SV, k), v]),
    },
    {
      title: "Felaktiga påståenden",
      header: ["Mått", "Värde"],
      rows: [
        ["Påståenden", r.claims.total],
        ["Rättade", r.claims.corrected],
        ["Rättade inom tidsgränsen (%)", percent(r.claims.withinDeadlineShare)],
        ["Median minuter till rättelse", r.claims.medianMinutesToCorrection],
        ["90:e percentil minuter till rättelse", r.claims.p90MinutesToCorrection],
      ],
    },
    {
      title: "Tid till rättelse per allvarlighetsgrad",
      header: ["Allvarlighetsgrad", "Rättade", "Median (min)", "90:e percentil (min)"],
      // In the report page's order (most severe first), not the record's (least severe first, as the schema lists).
      rows: CLAIM_SEVERITIES_MOST_SEVERE_FIRST.map((s): Cell[] => {
        const t = r.claims.bySeverity[s];
        return [CLAIM_SEVERITY_SV[s], t.corrected, t.medianMinutes, t.p90Minutes];
      }),
    },
    {
      title: "Påståenden per status",
      header: ["Status", "Antal"],
      rows: countRows(r.claims.byStatus, CLAIM_STATUS_SV),
    },
    {
      title: "Påståenden per källa",
      header: ["Källa", "Antal"],
      rows: countRows(r.claims.bySourceChannel, CLAIM_SOURCE_CHANNEL_SV),
    },
    ...contactTables(r.contact),
    {
      title: "Beslut",
      header: ["Tid", "Beslut"],
      rows: r.timeline.decisions.map((d) => [formatSwedishTime(d.at), d.text]),
    },
    {
      title: "Publiceringar",
      header: ["Tid", "Rubrik", "Språk", "Typ", "Utlovad nästa uppdatering"],
      rows: r.timeline.publications.map((x) => [
        formatSwedishTime(x.at),
        x.headline,
        LANGUAGE_SV[x.language],
        PUBLICATION_KIND_SV[x.kind],
        formatSwedishTime(x.nextUpdateAt),
      ]),
    },
    {
      title: "Löften om nästa uppdatering",
      header: ["Utlovat", "Utlovad tid", "Hållet", "Publicerat sent", "Läge", "Försening (min)"],
      rows: r.timeline.promises.map((x) => [
        formatSwedishTime(x.madeAt),
        formatSwedishTime(x.dueAt),
        formatSwedishTime(x.keptAt),
        formatSwedishTime(x.lateAt),
        PROMISE_STATE_SV[x.state],
        x.overdueMinutes,
      ]),
    },
    {
      title: "Påståenden",
      header: [
        "Loggat",
        "Påstående",
        "Allvarlighetsgrad",
        "Status",
        "Tidsgräns",
        "Rättat",
        "Minuter till rättelse",
        "Inom tidsgränsen",
      ],
      rows: r.timeline.claims.map((c) => [
        formatSwedishTime(c.createdAt),
        c.text,
        CLAIM_SEVERITY_SV[c.severity],
        CLAIM_STATUS_SV[c.status],
        formatSwedishTime(c.dueAt),
        formatSwedishTime(c.correctedAt),
        c.minutesToCorrection,
        c.withinDeadline === null ? "" : c.withinDeadline ? "ja" : "nej",
      ]),
    },
    {
      title: `Aktivitet per ${r.timeline.binMinutes} minuter`,
      header: ["Från", "Ärenden", "Publiceringar", "Påståenden"],
      rows: r.timeline.bins.map((b) => [formatSwedishTime(b.start), b.inquiries, b.publications, b.claims]),
    },
  ]);
}

/** A minute on the clock's hour 00:00 in Swedish time: where a period of whole days starts and ends. */
const isSwedishMidnight = (iso: string) => Date.parse(iso) % 60_000 === 0 && formatSwedishTime(iso).endsWith(" 00:00");

/**
 * The period as the report page says it: its first and last day, both included. The report's `to` is the exclusive
 * midnight after the last day, and "Till 2026-12-07 00:00" read as the 7th included. A period asked in exact times
 * keeps them, its end said to be excluded.
 */
function periodRows(from: string, to: string): Cell[][] {
  if (isSwedishMidnight(from) && isSwedishMidnight(to))
    return [
      ["Från och med", swedishDay(new Date(from))],
      ["Till och med", swedishDay(new Date(Date.parse(to) - 1))],
    ];
  return [
    ["Från och med", formatSwedishTime(from)],
    ["Före", formatSwedishTime(to)],
  ];
}

export function periodReportCsv(r: PeriodReport): string {
  return render([
    {
      title: "Periodrapport",
      header: ["Fält", "Värde"],
      rows: [
        ["Kommun", r.municipality],
        ...periodRows(r.from, r.to),
        ["Rapport skapad", formatSwedishTime(r.generatedAt)],
      ],
    },
    targetsTable(r.targets),
    {
      title: "Ärenden per månad",
      header: [
        "Månad",
        "Ärenden",
        ...Object.keys(r.contact.byChannel).map((c) => swedishLabel(INQUIRY_CHANNEL_SV, c)),
        "Besvarade vid första kontakt (%)",
        "Median handläggningstid (s)",
      ],
      rows: r.months.map((m) => [
        m.month,
        m.inquiries,
        ...Object.values(m.byChannel),
        percent(m.firstContactRate),
        m.medianHandlingSeconds,
      ]),
    },
    ...contactTables(r.contact),
    {
      title: "Händelser under perioden",
      header: [
        "Händelse",
        "Övning",
        "Start",
        "Avslutad",
        "Minuter till första publicering",
        "Publicerade meddelanden",
        "Löften",
        "Brutna löften",
        "Påståenden",
        "Rättade inom tidsgränsen (%)",
        "Ärenden",
        "Besvarade vid första kontakt (%)",
      ],
      rows: r.incidents.map((i) => [
        i.title,
        i.exercise ? "ja" : "nej",
        formatSwedishTime(i.startedAt),
        formatSwedishTime(i.closedAt),
        i.minutesToFirstPublic,
        i.bulletinsPublished,
        i.promisesMade,
        i.promisesMissed,
        i.claims,
        percent(i.claimsWithinDeadlineShare),
        i.inquiries,
        percent(i.firstContactRate),
      ]),
    },
  ]);
}

export function reportFileName(
  kind: "incident" | "period",
  r: { incident?: { startedAt: string; id: string }; from?: string; to?: string },
): string {
  // Days in Swedish time, as the report counts them: the UTC date of a Swedish midnight is the day before. The period's
  // `to` is exclusive, so its last day is the day before it.
  if (kind === "incident" && r.incident)
    return `efterhandsrapport-${swedishDay(new Date(r.incident.startedAt))}-${r.incident.id.slice(0, 8)}.csv`;
  const first = r.from ? swedishDay(new Date(r.from)) : "";
  const last = r.to ? swedishDay(new Date(Date.parse(r.to) - 1)) : "";
  return `periodrapport-${first}-${last}.csv`;
}
