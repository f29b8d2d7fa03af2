/**
 * Follow-up reports benchmark (target: under 500 ms each on this machine):
 * (a) the after-action report of an incident with 50,000 events (publications with their promises and checklists,
 *     claims, decisions, log entries, notifications) and 8,000 inquiries linked to it;
 * (b) the period report over a year of the seed municipality's contact centre: 35,000 inquiries (81 % phone,
 *     12 % e-mail, 7 % visits, 68 % at first contact) plus that incident.
 *
 *   npm run bench:reports -- [--engine sqlite|postgres|both] [--runs 5] [--json]
 *
 * The data is written straight into a fresh database with batched inserts (the bench measures reading, not
 * writing); each report is computed `--runs` times after one warm-up through the same service the routes call,
 * serialised to JSON as the route does. Reported: median and max ms per report and engine.
 */
import { randomUUID } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import type { Kysely } from "kysely";
import { scoreMessage } from "../../shared/checklist/index.js";
import { INQUIRY_LIMITS } from "../../shared/index.js";
import { DEFAULT_TARGETS } from "../../shared/schemas/report.js";
import type { Engine } from "../../server/db/connect.js";
import type { DB } from "../../server/db/schema.js";
import { createReports } from "../../server/domain/reports/index.js";
import { openTestDatabase } from "../helpers/db.js";
import { percentile, round } from "./lib/stats.js";

const { values: args } = parseArgs({
  options: {
    engine: { type: "string", default: "both" },
    runs: { type: "string", default: "5" },
    json: { type: "boolean", default: false },
  },
});
const RUNS = Number(args.runs);
const ENGINES: Engine[] = args.engine === "both" ? ["sqlite", "postgres"] : [args.engine as Engine];
const TARGET_MS = 500;
const INCIDENT_EVENTS = 50_000;
const INCIDENT_INQUIRIES = 8_000;
const YEAR_INQUIRIES = 35_000;
const say = (line: string) => console.error(line);

/** Deterministic (mulberry32), so every run measures the same data. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const next = random(2026);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
const iso = (ms: number) => new Date(ms).toISOString();

async function insertAll<T extends keyof DB & string>(
  db: Kysely<DB>,
  table: T,
  rows: Array<Record<string, unknown>>,
  batch = 200,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < rows.length; i += batch) {
      await tx
        .insertInto(table)
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- bench data written straight into the tables
        .values(rows.slice(i, i + batch) as any)
        .execute();
    }
  });
}

const QUESTIONS = [
  "Måste jag koka vattnet?",
  "Hur länge ska vattnet koka?",
  "Var står tankbilen?",
  "När töms soptunnan?",
  "Hur bokar jag bygglov?",
  "Var betalar jag parkeringsavgiften?",
  "Hur söker jag förskoleplats?",
  "När öppnar återvinningscentralen?",
  "Hur anmäler jag en trasig gatlampa?",
  "Vem plogar min gata?",
  "Hur ansöker jag om bostadsanpassning?",
  "Var finns närmaste bibliotek?",
  "Hur överklagar jag ett beslut?",
  "Hur får jag ett nytt sophämtningsschema?",
  "När kommer vattnet tillbaka?",
  "Får jag vattna trädgården?",
  "Är skolan stängd i morgon?",
  "Hur byter jag hemtjänstutförare?",
  "Var lämnar jag grovsopor?",
  "Hur ansöker jag om serveringstillstånd?",
];
const FAQ_IDS = QUESTIONS.map(() => randomUUID());
const CHANNELS = [
  ...Array<string>(81).fill("phone"),
  ...Array<string>(12).fill("email"),
  ...Array<string>(7).fill("visit"),
];
const PLACES = [
  "Norrby",
  "Söderäng",
  "Västra industriområdet",
  "Centrum",
  "Åbyn",
  "Kvarnbo",
  "Lillsjön",
  "Östra hamnen",
];
const UNITS = ["Miljöförvaltningen", "Socialtjänsten", "Tekniska kontoret", "Barn- och utbildning"];

function inquiryRow(createdMs: number, userId: string, incidentId: string | null, n: number): Record<string, unknown> {
  const q = Math.floor(next() * QUESTIONS.length);
  const r = next();
  const resolution = r < 0.68 ? "answered_first_contact" : r < 0.9 ? "forwarded" : "callback";
  const seconds = Math.min(INQUIRY_LIMITS.maxHandlingSeconds, 30 + Math.floor(next() * 400));
  const withFaq = resolution === "answered_first_contact" && q % 3 !== 0;
  return {
    id: randomUUID(),
    case_number: `${new Date(createdMs).getUTCFullYear()}-${String(n).padStart(6, "0")}`,
    channel: pick(CHANNELS),
    // Agents type what the caller said: a third add a detail, one in ten asks something nobody else asks.
    question:
      next() < 0.1
        ? `Fråga om ärende ${n} och ${pick(PLACES)}`
        : next() < 0.33
          ? `${QUESTIONS[q]} Jag bor i ${pick(PLACES)}.`
          : QUESTIONS[q],
    faq_entry_id: withFaq ? FAQ_IDS[q] : null,
    resolution,
    from_suggestion: 0,
    forwarded_to: resolution === "forwarded" ? pick(UNITS) : null,
    incident_id: incidentId,
    claim_id: null,
    opened_at: iso(createdMs - seconds * 1000),
    created_at: iso(createdMs),
    handling_seconds: seconds,
    callback_number: null,
    callback_purged_at: null,
    created_by: userId,
  };
}

async function build(db: Kysely<DB>): Promise<{ incidentId: string }> {
  const userId = randomUUID();
  const now = iso(Date.parse("2025-03-10T06:00:00.000Z"));
  await insertAll(db, "users", [
    {
      id: userId,
      username: "bench",
      display_name: "Bench",
      role: "lead",
      language: "sv",
      password_hash: "x",
      disabled: 0,
      created_at: now,
      updated_at: now,
    },
  ]);
  await insertAll(
    db,
    "faq_entries",
    FAQ_IDS.map((id, i) => ({
      id,
      incident_id: null,
      question: QUESTIONS[i],
      answer: "Svar.",
      tags: "[]",
      audiences: "[]",
      language: "sv",
      fact_ids: "[]",
      status: "published",
      version: 1,
      stale: 0,
      stale_fact_ids: "[]",
      score_overall: 90,
      score_status: "pass",
      published_at: now,
      created_by: userId,
      created_at: now,
      updated_by: userId,
      updated_at: now,
    })),
  );

  // (a) The incident: a week of work on 10–17 March 2025.
  const start = Date.parse("2025-03-10T06:00:00.000Z");
  const span = 7 * 86_400_000;
  const incidentId = randomUUID();
  await insertAll(db, "incidents", [
    {
      id: incidentId,
      title: "Vattenläcka i Norrby (benchmark)",
      description: "",
      severity: "severe",
      status: "closed",
      exercise: 0,
      started_at: iso(start),
      affected_areas: "[]",
      next_update_due: null,
      last_published_at: null,
      first_published_at: null,
      closed_at: iso(start + span),
      created_by: userId,
      created_at: iso(start),
      updated_at: iso(start + span),
      version: 1,
    },
  ]);
  const body =
    "Norrby kommun informerar: En huvudvattenledning gick sönder vid Storgatan i Norrby. Koka vatten som du ska dricka i minst en minut. ".repeat(
      4,
    );
  const checklist = JSON.stringify(
    scoreMessage({ kind: "bulletin", title: "Koka dricksvattnet i Norrby", body, language: "sv" }),
  );
  const events: Array<Record<string, unknown>> = [];
  const bulletins: Array<Record<string, unknown>> = [];
  const versions: Array<Record<string, unknown>> = [];
  const logEntries: Array<Record<string, unknown>> = [];
  let seq = 0;
  const logEntry = (atMs: number, kind: string, text: string) => {
    const id = randomUUID();
    logEntries.push({
      id,
      incident_id: incidentId,
      kind,
      text,
      counterpart: null,
      refers_to: null,
      occurred_at: iso(atMs),
      created_by: userId,
      created_at: iso(atMs),
      seq: 0,
    });
    event(atMs, "log.entry_added", "log_entry", id, { entry: { id, kind, text, occurredAt: iso(atMs) } });
  };
  const event = (
    atMs: number,
    type: string,
    entityType: string,
    entityId: string,
    data: unknown,
    visibleTo: string | null = null,
  ) =>
    events.push({
      seq: ++seq,
      at: iso(atMs),
      actor_id: userId,
      actor_name: "Bench",
      type,
      incident_id: incidentId,
      entity_type: entityType,
      entity_id: entityId,
      visible_to: visibleTo,
      data: JSON.stringify(data),
    });
  const PUBLICATIONS = 400;
  for (let i = 0; i < PUBLICATIONS; i++) {
    const id = randomUUID();
    const at = start + 20 * 60_000 + Math.floor((i * span) / PUBLICATIONS);
    const due = at + (next() < 0.8 ? 20 : 40) * 60_000;
    const bulletin = {
      id,
      incidentId,
      headline: `Lägesbild ${i + 1}`,
      body,
      instruction: "",
      language: "sv",
      kind: i % 10 === 9 ? "correction" : "bulletin",
      status: "published",
      version: 2,
      publishedVersion: 2,
      nextUpdateAt: iso(due),
      claimId: null,
    };
    event(at - 600_000, "bulletin.saved", "bulletin", id, {
      bulletin: { ...bulletin, status: "draft", publishedVersion: null },
      version: 2,
    });
    event(at - 400_000, "bulletin.status_changed", "bulletin", id, {
      bulletin: { ...bulletin, status: "in_review" },
      from: "draft",
      to: "in_review",
      version: 2,
    });
    event(at - 200_000, "bulletin.status_changed", "bulletin", id, {
      bulletin: { ...bulletin, status: "approved" },
      from: "in_review",
      to: "approved",
      version: 2,
    });
    event(at, "bulletin.status_changed", "bulletin", id, {
      bulletin,
      from: "approved",
      to: "published",
      version: 2,
      ...(i % 25 === 0 ? { reason: "Brådskande" } : {}),
      incident: { id: incidentId, nextUpdateDue: iso(due) },
      changed: ["lastPublishedAt", "nextUpdateDue"],
    });
    logEntry(at + 1, "decision", `Beslut ${i + 1}: publicera lägesbilden`);
    bulletins.push({
      id,
      incident_id: incidentId,
      group_id: id,
      language: "sv",
      translation_of: null,
      translation_of_version: null,
      content: JSON.stringify({ headline: bulletin.headline, body }),
      status: "published",
      version: 2,
      published_version: 2,
      published_at: iso(at),
      first_published_at: iso(at),
      retracted_at: null,
      status_changed_at: iso(at),
      stale: "[]",
      score: JSON.stringify({ overall: 85, status: "pass", errors: 0, warnings: 0 }),
      claim_id: null,
      created_by: userId,
      created_by_name: "Bench",
      created_at: iso(at),
      updated_by: userId,
      updated_by_name: "Bench",
      updated_at: iso(at),
    });
    versions.push({
      bulletin_id: id,
      version: 2,
      status: "published",
      content: JSON.stringify({ headline: bulletin.headline, body }),
      translation_of_version: null,
      checklist,
      publish_checklist: checklist,
      publish_reason: i % 25 === 0 ? "Brådskande" : null,
      saved_by: userId,
      saved_by_name: "Bench",
      saved_at: iso(at),
      published_by: userId,
      published_by_name: "Bench",
      published_at: iso(at),
      superseded_at: null,
    });
  }
  const claims: Array<Record<string, unknown>> = [];
  for (let i = 0; i < 300; i++) {
    const id = randomUUID();
    const created = start + Math.floor(next() * span);
    const severity = pick(["low", "medium", "high", "critical"] as const);
    const deadline = { critical: 30, high: 60, medium: 240, low: 1_440 }[severity];
    const corrected = next() < 0.7 ? created + Math.floor(next() * 2 * deadline) * 60_000 : null;
    const claim = { id, incidentId, text: `Påstående ${i}`, severity, status: corrected ? "corrected" : "triaged" };
    event(created, "claim.created", "claim", id, { claim }, '["admin","lead","communicator"]');
    event(
      created + 60_000,
      "claim.status_changed",
      "claim",
      id,
      { claim, from: "new", to: "triaged" },
      '["admin","lead","communicator"]',
    );
    event(created + 120_000, "claim.updated", "claim", id, { claim }, '["admin","lead","communicator"]');
    event(created + 180_000, "contact_claim.changed", "claim", id, { claim });
    claims.push({
      id,
      incident_id: incidentId,
      text: claim.text,
      source_channel: pick(["social", "press", "radio", "contact_centre", "other"]),
      link: null,
      other_links: "[]",
      first_seen_at: iso(created),
      reach: "low",
      calls: 0,
      severity,
      status: claim.status,
      dismiss_reason: null,
      assignee_id: null,
      due_at: iso(created + deadline * 60_000),
      refuting_fact_ids: "[]",
      correction_bulletin_id: null,
      merged_into: null,
      merged_from: "[]",
      version: 1,
      created_by: userId,
      created_at: iso(created),
      updated_at: iso(corrected ?? created),
      corrected_at: corrected ? iso(corrected) : null,
      overdue_notified_due: null,
    });
  }
  // The rest of the 50,000: the log's notes and calls and the notifications, which the report reads past.
  while (seq < INCIDENT_EVENTS) {
    const at = start + Math.floor(next() * span);
    if (seq % 5 === 0)
      event(
        at,
        "notification",
        "incident",
        incidentId,
        { kind: "next_update_overdue", recipients: [], message: { sv: "Försenad", en: "Overdue" } },
        '["admin","lead","communicator"]',
      );
    else logEntry(at, pick(["note", "call"]), "Samtal med VA-jouren om läget i Norrby.");
  }
  // The log's order is the seq order; the times above were drawn at random, so hand out seqs in time order.
  events.sort((a, b) => String(a.at).localeCompare(String(b.at)));
  events.forEach((e, i) => (e.seq = i + 1));
  const seqOf = new Map(events.filter((e) => e.type === "log.entry_added").map((e) => [e.entity_id, e.seq]));
  for (const entry of logEntries) entry.seq = seqOf.get(entry.id);
  say(`  writing ${events.length} events, ${bulletins.length} bulletins, ${claims.length} claims …`);
  await insertAll(db, "events", events, 500);
  await db.updateTable("event_counter").set({ value: events.length }).where("id", "=", 1).execute();
  await insertAll(db, "log_entries", logEntries);
  await insertAll(db, "bulletins", bulletins);
  await insertAll(db, "bulletin_versions", versions);
  await insertAll(db, "claims", claims);

  let n = 0;
  const inquiries: Array<Record<string, unknown>> = [];
  for (let i = 0; i < INCIDENT_INQUIRIES; i++)
    inquiries.push(inquiryRow(start + Math.floor(next() * span), userId, incidentId, ++n));
  // (b) A year of ordinary days, 2025.
  const year = Date.parse("2024-12-31T23:00:00.000Z"); // 1 January 2025, 00:00 in Sweden
  for (let i = 0; i < YEAR_INQUIRIES - INCIDENT_INQUIRIES; i++)
    inquiries.push(inquiryRow(year + Math.floor(next() * 365 * 86_400_000), userId, null, ++n));
  say(`  writing ${inquiries.length} inquiries …`);
  await insertAll(db, "inquiries", inquiries, 150);
  return { incidentId };
}

/**
 * Wall-clock ms, and this process's CPU ms (user + system) for the same call: on a shared 2-core machine the wall
 * time grows with everyone else's load, the CPU time much less. On PostgreSQL the database's own CPU is not in it.
 */
async function time(
  fn: () => Promise<unknown>,
): Promise<{ median: number; max: number; cpuMedian: number; bytes: number }> {
  let bytes = JSON.stringify(await fn()).length; // warm-up
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    bytes = JSON.stringify(await fn()).length;
    ms.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return {
    median: round(percentile(ms, 50), 1),
    max: round(Math.max(...ms), 1),
    cpuMedian: round(percentile(cpu, 50), 1),
    bytes,
  };
}

const results: Array<{
  engine: Engine;
  report: string;
  median: number;
  max: number;
  cpuMedian: number;
  bytes: number;
  pass: boolean;
}> = [];
for (const engine of ENGINES) {
  say(`${engine}: building the data …`);
  const database = await openTestDatabase(engine);
  try {
    const { incidentId } = await build(database.db);
    const reports = createReports({ db: database.db }, { targets: DEFAULT_TARGETS, municipality: "Bench kommun" });
    const check = await reports.period({ from: "2025-01-01", to: "2025-12-31" });
    if (check.contact.inquiries !== YEAR_INQUIRIES)
      throw new Error(`period report counted ${check.contact.inquiries} inquiries, not ${YEAR_INQUIRIES}`);
    const incident = await time(() => reports.incident(incidentId));
    results.push({
      engine,
      report: `incident report (${INCIDENT_EVENTS.toLocaleString("en")} events)`,
      ...incident,
      pass: incident.median < TARGET_MS,
    });
    const period = await time(() => reports.period({ from: "2025-01-01", to: "2025-12-31" }));
    results.push({
      engine,
      report: `period report (${YEAR_INQUIRIES.toLocaleString("en")} inquiries)`,
      ...period,
      pass: period.median < TARGET_MS,
    });
  } finally {
    await database.dispose();
  }
}

if (args.json) console.log(JSON.stringify(results, null, 2));
else {
  console.log(
    `\nFollow-up reports, ${RUNS} runs after a warm-up (target: median under ${TARGET_MS} ms); load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`,
  );
  for (const r of results) {
    console.log(
      `${r.engine.padEnd(9)} ${r.report.padEnd(36)} median ${String(r.median).padStart(7)} ms   max ${String(r.max).padStart(7)} ms   CPU ${String(r.cpuMedian).padStart(7)} ms   ${(r.bytes / 1024).toFixed(0)} KB JSON   ${r.pass ? "ok" : "OVER TARGET"}`,
    );
  }
}
process.exitCode = results.every((r) => r.pass) ? 0 : 1;
