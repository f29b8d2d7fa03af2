import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type {
  Bulletin,
  BulletinVersion,
  Claim,
  FaqEntry,
  Incident,
  InquiryChannel,
  InquiryResolution,
} from "../../../shared/index.js";
import { LANGUAGES } from "../../../shared/constants.js";
import { CLAIM_SEVERITIES, CLAIM_SOURCE_CHANNELS, CLAIM_STATUSES } from "../../../shared/schemas/claim.js";
import { INQUIRY_CHANNELS, INQUIRY_RESOLUTIONS } from "../../../shared/schemas/inquiry.js";
import { IncidentReport, PROMISE_STATES } from "../../../shared/schemas/report.js";
import { parseCsv } from "../../helpers/csv.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createPublishedFaq } from "../contact/helpers.js";
import { createBulletin, createFact, goodBulletin } from "../bulletins/fixtures.js";
import { ok } from "../claims/fixtures.js";

/**
 * A scripted incident on 10 March 2026 (UTC), every step at a known time (only Date is faked: the server runs in
 * this process, so its clock is the script's). Every figure of the after-action report is checked exactly.
 */
const DAY = "2026-03-10";
const t = (hhmm: string) => `${DAY}T${hhmm}:00.000Z`;
const at = (hhmm: string) => vi.setSystemTime(new Date(t(hhmm)));

type InquiryRow = {
  time: string;
  channel: InquiryChannel;
  resolution: InquiryResolution;
  question: string;
  faq: boolean;
  unit: string | null;
  seconds: number;
};
const INQUIRIES: InquiryRow[] = [
  {
    time: "08:50",
    channel: "phone",
    resolution: "answered_first_contact",
    question: "Måste jag koka vattnet?",
    faq: true,
    unit: null,
    seconds: 60,
  },
  {
    time: "08:55",
    channel: "phone",
    resolution: "answered_first_contact",
    question: "Hur länge ska vattnet koka?",
    faq: true,
    unit: null,
    seconds: 120,
  },
  {
    time: "09:05",
    channel: "email",
    resolution: "forwarded",
    question: "Får jag vattna trädgården?",
    faq: false,
    unit: "Miljöförvaltningen",
    seconds: 300,
  },
  {
    time: "09:35",
    channel: "visit",
    resolution: "callback",
    question: "Får jag vattna trädgården?",
    faq: false,
    unit: null,
    seconds: 90,
  },
  {
    time: "09:50",
    channel: "phone",
    resolution: "answered_first_contact",
    question: "koka vatten hur länge",
    faq: true,
    unit: null,
    seconds: 30,
  },
  {
    time: "10:05",
    channel: "chat",
    resolution: "forwarded",
    question: "Var står tankbilen med dricksvatten?",
    faq: false,
    unit: "Räddningstjänsten",
    seconds: 45,
  },
];
// Publications of the script, for the 15-minute bins: A, the correction of X, B, the correction of Y, C.
const PUBLISHED_AT = ["08:45", "09:10", "09:20", "10:40", "11:20"];
const CLAIMS_AT = ["08:30", "09:40", "10:10"];

describe.each(ENGINES)("after-action report of a scripted incident (%s)", (engine) => {
  let server: TestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let agent: ApiClient;
  let incident: Incident;
  let report: IncidentReport;
  const published: Bulletin[] = [];
  let override: Bulletin;
  let koka: FaqEntry;

  async function publishAt(hhmm: string, b: Bulletin, reason?: string): Promise<Bulletin> {
    await ok(communicator.post(`/api/bulletins/${b.id}/submit`, {}));
    const approved = await ok<Bulletin>(
      lead.post(`/api/bulletins/${b.id}/approve`, {
        expectedVersion: (await ok<Bulletin>(lead.get(`/api/bulletins/${b.id}`))).version,
      }),
    );
    at(hhmm);
    // An override is a publish the gate refused without a reason; every other publish passes the gate.
    if (reason)
      expect((await lead.post<{ error: { code: string } }>(`/api/bulletins/${b.id}/publish`, {})).body.error.code).toBe(
        "reason_required",
      );
    const done = await ok<Bulletin>(lead.post(`/api/bulletins/${approved.id}/publish`, reason ? { reason } : {}));
    published.push(done);
    return done;
  }

  async function correctClaim(claim: Claim, factId: string, hhmm: string): Promise<void> {
    await ok(communicator.post(`/api/claims/${claim.id}/take`));
    const { bulletin } = await ok<{ bulletin: Bulletin }>(
      communicator.post(`/api/claims/${claim.id}/correct`, { refutingFactIds: [factId] }),
      201,
    );
    await publishAt(hhmm, bulletin);
  }

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    at("07:55");
    server = await startTestServer({ engine });
    [lead, communicator, agent] = await Promise.all([server.as("lead"), server.as("communicator"), server.as("agent")]);
    at("08:00");
    incident = await ok<Incident>(
      lead.post("/api/incidents", {
        title: "Vattenläcka i Norrby (rapport)",
        startedAt: t("08:00"),
        affectedAreas: ["Norrby"],
      }),
      201,
    );
    at("08:05");
    const fact = await createFact(
      communicator,
      incident.id,
      "Vattenprover från i morse visar inga gifter i dricksvattnet.",
    );
    koka = await createPublishedFaq(
      communicator,
      {
        incidentId: null,
        question: "Hur ska jag koka vattnet?",
        answer: "Låt vattnet koka upp ordentligt i minst en minut.",
        tags: [],
        audiences: ["residents"],
        language: "sv",
        factIds: [],
      },
      lead,
    );
    at("08:10");
    await ok(
      lead.post(`/api/incidents/${incident.id}/log`, {
        kind: "decision",
        text: "Krisledningen aktiveras",
        counterpart: "Kommundirektören",
      }),
      201,
    );

    at("08:30");
    const x = await ok<Claim>(
      communicator.post(`/api/incidents/${incident.id}/claims`, {
        text: "Vattnet i Norrby är förgiftat.",
        sourceChannel: "social",
        severity: "high",
      }),
      201,
    );
    at("08:40");
    const a = await createBulletin(communicator, incident.id, goodBulletin([fact.id], { nextUpdateAt: t("09:30") }));
    await publishAt("08:45", a); // promise 1: 09:30

    for (const row of INQUIRIES.slice(0, 3)) await inquiry(row);
    await correctClaim(x, fact.id, "09:10"); // 40 minutes, inside the hour a high claim has
    at("09:15");
    const b = await createBulletin(
      communicator,
      incident.id,
      goodBulletin([fact.id], { headline: "Fortsatt kokningsrekommendation i Norrby", nextUpdateAt: t("10:30") }),
    );
    await publishAt("09:20", b); // keeps promise 1 (the correction at 09:10 already did); promise 2: 10:30
    await inquiry(INQUIRIES[3] as InquiryRow);

    at("09:40");
    const y = await ok<Claim>(
      communicator.post(`/api/incidents/${incident.id}/claims`, {
        text: "Skolorna i Norrby stänger hela veckan.",
        sourceChannel: "press",
        severity: "critical",
      }),
      201,
    );
    for (const row of INQUIRIES.slice(4)) await inquiry(row);
    at("10:10");
    await ok<Claim>(
      agent.post(`/api/incidents/${incident.id}/claims`, {
        text: "Det kommer brunt vatten ur kranarna i Söderäng.",
        sourceChannel: "contact_centre",
        calls: 2,
      }),
      201,
    );
    await correctClaim(y, fact.id, "10:40"); // 60 minutes against a 30-minute deadline; promise 2 missed by 10 minutes

    at("11:00");
    const c = await createBulletin(communicator, incident.id, {
      headline: "Info",
      body: "Det kan möjligen eventuellt vara så att något troligen har hänt.",
      nextUpdateAt: t("11:50"),
      channels: ["web"],
    });
    override = await publishAt("11:20", c, "Brådskande: invånarna måste få veta nu"); // promise 3: 11:50, never kept
    // Not this incident's: an ordinary day's inquiry must not count.
    at("11:30");
    await ok(
      agent.post("/api/inquiries", {
        channel: "phone",
        resolution: "answered_first_contact",
        question: "När töms soptunnan?",
        openedAt: new Date(Date.now() - 20_000).toISOString(),
      }),
      201,
    );

    at("12:30");
    incident = await ok<Incident>(lead.patch(`/api/incidents/${incident.id}`, { status: "closed" }));
    at("13:00");
    const res = await lead.get<IncidentReport>(`/api/incidents/${incident.id}/report`);
    expect(res.status, res.text).toBe(200);
    report = IncidentReport.parse(res.body);
  });
  afterAll(async () => {
    await server?.close();
    vi.useRealTimers();
  });

  async function inquiry(row: InquiryRow) {
    at(row.time);
    await ok(
      agent.post("/api/inquiries", {
        channel: row.channel,
        resolution: row.resolution,
        question: row.question,
        faqEntryId: row.faq ? koka.id : null,
        forwardedTo: row.unit,
        incidentId: incident.id,
        openedAt: new Date(Date.parse(t(row.time)) - row.seconds * 1000).toISOString(),
      }),
      201,
    );
  }

  it("names the incident, the municipality and when it ran", () => {
    expect(report.municipality).toBe("Kommunen");
    expect(report.generatedAt).toBe(t("13:00"));
    expect(report.incident).toEqual({
      id: incident.id,
      title: "Vattenläcka i Norrby (rapport)",
      exercise: false,
      startedAt: t("08:00"),
      closedAt: t("12:30"),
    });
  });

  it("counts publications, corrections, the override and the promises kept and missed", () => {
    expect(report.public).toMatchObject({
      firstPublishedAt: t("08:45"),
      minutesToFirstPublic: 45,
      bulletinsPublished: 5,
      publications: 5,
      corrections: 2,
      retractions: 0,
      promises: { made: 3, kept: 1, missed: 2, pending: 0, longestOverdueMinutes: 40 },
      languages: { sv: 5 },
    });
    expect(report.timeline.promises).toEqual([
      { madeAt: t("08:45"), dueAt: t("09:30"), keptAt: t("09:10"), lateAt: null, state: "kept", overdueMinutes: 0 },
      { madeAt: t("09:20"), dueAt: t("10:30"), keptAt: null, lateAt: t("10:40"), state: "missed", overdueMinutes: 10 },
      // No publication after 11:20: overdue until the incident closed at 12:30.
      { madeAt: t("11:20"), dueAt: t("11:50"), keptAt: null, lateAt: null, state: "missed", overdueMinutes: 40 },
    ]);
    expect(report.timeline.publications.map((p) => [p.at, p.bulletinId, p.kind])).toEqual(
      PUBLISHED_AT.map((time, i) => [t(time), published[i]?.id, i === 1 || i === 3 ? "correction" : "bulletin"]),
    );
  });

  it("lists the override with its reason and the score at publish, and means the checklist over published versions", async () => {
    const versions = await Promise.all(
      published.map((b) => ok<BulletinVersion>(lead.get(`/api/bulletins/${b.id}/versions/${b.publishedVersion}`))),
    );
    const scores = versions.map((v) => v.publishChecklist);
    const mean = (f: (c: NonNullable<(typeof scores)[number]>) => number) =>
      Math.round((scores.reduce((s, c) => s + (c ? f(c) : 0), 0) / scores.length) * 10) / 10;
    expect(report.checklist).toEqual({
      publishedVersions: 5,
      atPublish: {
        overall: mean((c) => c.overall),
        active: mean((c) => c.active.score),
        open: mean((c) => c.open.score),
        factual: mean((c) => c.factual.score),
        fast: mean((c) => c.fast.score),
        impartial: mean((c) => c.impartial.score),
        audienceAdapted: mean((c) => c.audienceAdapted.score),
      },
    });
    expect(report.public.overrides).toEqual([
      {
        bulletinId: override.id,
        headline: "Info",
        reason: "Brådskande: invånarna måste få veta nu",
        score: versions[4]?.publishChecklist?.overall,
        at: t("11:20"),
      },
    ]);
    const publishScore = report.targets.find((x) => x.key === "publishScore");
    expect(publishScore).toEqual({
      key: "publishScore",
      target: 80,
      actual: mean((c) => c.overall),
      met: mean((c) => c.overall) >= 80,
    });
  });

  it("counts claims by status and source, and times to correction inside and outside the deadline", () => {
    expect(report.claims).toEqual({
      total: 3,
      byStatus: { new: 1, triaged: 0, assigned: 0, correcting: 0, in_review: 0, corrected: 2, dismissed: 0 },
      bySourceChannel: { social: 1, press: 1, radio: 0, contact_centre: 1, other: 0 },
      corrected: 2,
      withinDeadlineShare: 0.5,
      medianMinutesToCorrection: 50,
      p90MinutesToCorrection: 60,
      bySeverity: {
        low: { corrected: 0, medianMinutes: null, p90Minutes: null },
        medium: { corrected: 0, medianMinutes: null, p90Minutes: null },
        high: { corrected: 1, medianMinutes: 40, p90Minutes: 40 },
        critical: { corrected: 1, medianMinutes: 60, p90Minutes: 60 },
      },
    });
    expect(
      report.timeline.claims.map((c) => [
        c.createdAt,
        c.severity,
        c.dueAt,
        c.correctedAt,
        c.minutesToCorrection,
        c.withinDeadline,
      ]),
    ).toEqual([
      [t("08:30"), "high", t("09:30"), t("09:10"), 40, true],
      [t("09:40"), "critical", t("10:10"), t("10:40"), 60, false],
      [t("10:10"), "medium", t("14:10"), null, null, null],
    ]);
  });

  it("gives the contact centre's figures for the incident's inquiries only", () => {
    expect(report.contact).toEqual({
      inquiries: 6,
      byChannel: { phone: 3, email: 1, visit: 1, social: 0, chat: 1, letter: 0, e_service: 0, sms: 0 },
      byOutcome: { answered_first_contact: 3, forwarded: 2, callback: 1 },
      firstContactRate: 0.5,
      medianHandlingSeconds: 75,
      forwardedTo: { Miljöförvaltningen: 1, Räddningstjänsten: 1 },
      topQuestions: [
        { text: "Hur ska jag koka vattnet?", count: 3, faqEntryId: koka.id },
        { text: "Får jag vattna trädgården?", count: 2, faqEntryId: null },
        { text: "Var står tankbilen med dricksvatten?", count: 1, faqEntryId: null },
      ],
      uncoveredQuestions: [
        { text: "Får jag vattna trädgården?", count: 2 },
        { text: "Var står tankbilen med dricksvatten?", count: 1 },
      ],
    });
  });

  it("judges every target, met or missed", () => {
    const byKey = Object.fromEntries(report.targets.map((x) => [x.key, x]));
    expect(byKey.firstContactRate).toEqual({ key: "firstContactRate", target: 0.68, actual: 0.5, met: false });
    expect(byKey.firstPublicMinutes).toEqual({ key: "firstPublicMinutes", target: 60, actual: 45, met: true });
    expect(byKey.promisesKept).toEqual({ key: "promisesKept", target: 1, actual: 1 / 3, met: false });
    expect(byKey.claimsWithinDeadline).toEqual({ key: "claimsWithinDeadline", target: 0.9, actual: 0.5, met: false });
    expect(report.targets.map((x) => x.key)).toEqual([
      "firstContactRate",
      "firstPublicMinutes",
      "promisesKept",
      "claimsWithinDeadline",
      "publishScore",
    ]);
  });

  it("bins the activity per 15 minutes from the start to the close, and keeps the decisions", () => {
    const { binMinutes, bins } = report.timeline;
    expect(binMinutes).toBe(15);
    expect(bins).toHaveLength(18); // 08:00–12:30
    const binIndex = (hhmm: string) => Math.floor((Date.parse(t(hhmm)) - Date.parse(t("08:00"))) / 900_000);
    const expected = bins.map(() => ({ inquiries: 0, publications: 0, claims: 0, phone: 0 }));
    for (const row of INQUIRIES) {
      const e = expected[binIndex(row.time)];
      if (e) {
        e.inquiries++;
        if (row.channel === "phone") e.phone++;
      }
    }
    for (const time of PUBLISHED_AT) (expected[binIndex(time)] as { publications: number }).publications++;
    for (const time of CLAIMS_AT) (expected[binIndex(time)] as { claims: number }).claims++;
    expect(
      bins.map((b) => ({
        inquiries: b.inquiries,
        publications: b.publications,
        claims: b.claims,
        phone: b.byChannel.phone,
      })),
    ).toEqual(expected);
    expect(bins[0]?.start).toBe(t("08:00"));
    expect(report.timeline.decisions.map((d) => d.at)).toEqual([t("08:10"), t("11:20")]);
    expect(report.timeline.decisions[0]?.text).toBe("Krisledningen aktiveras");
    expect(report.timeline.decisions[1]?.text).toMatch(/^Publicerade ”Info” trots publiceringskontrollen/);
  });

  it("exports every table as CSV for Swedish Excel: BOM, semicolons, decimal commas", async () => {
    const res = await lead.get(`/api/incidents/${incident.id}/report.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="efterhandsrapport-2026-03-10-/);
    const raw = new Uint8Array(
      await (
        await fetch(`${server.url}/api/incidents/${incident.id}/report.csv`, { headers: { cookie: lead.cookie ?? "" } })
      ).arrayBuffer(),
    );
    expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = res.text.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("Efterhandsrapport");
    expect(lines).toContain("Händelse;Vattenläcka i Norrby (rapport)");
    expect(lines).toContain("Besvarade vid första kontakt (%);68;50;nej");
    expect(lines).toContain("Hållna löften om nästa uppdatering (%);100;33,3;nej");
    expect(lines).toContain("Minuter till första publicering;60;45;ja");
    expect(lines).toContain("Median handläggningstid (s);75");
  });

  it("writes the console's Swedish words in the CSV where the report holds codes, and keeps ids as ids", async () => {
    const rows = parseCsv((await lead.get(`/api/incidents/${incident.id}/report.csv`)).text);
    /** The rows of the table titled `title`, its header first. */
    const table = (title: string) => {
      const start = rows.findIndex((r) => r.length === 1 && r[0] === title);
      expect(start, title).toBeGreaterThanOrEqual(0);
      const end = rows.findIndex((r, i) => i > start && r.length === 1 && r[0] === "");
      return rows.slice(start + 1, end < 0 ? undefined : end);
    };
    const column = (title: string, i: number) => table(title).map((r) => r[i]);
    expect(table("Ärenden per kanal")).toEqual([
      ["Kanal", "Antal"],
      ["Telefon", "3"],
      ["E-post", "1"],
      ["Besök", "1"],
      ["Sociala medier", "0"],
      ["Chatt", "1"],
      ["Brev", "0"],
      ["E-tjänst", "0"],
      ["SMS", "0"],
    ]);
    expect(table("Ärenden per utfall")).toEqual([
      ["Utfall", "Antal"],
      ["Besvarat direkt", "3"],
      ["Vidarebefordrat", "2"],
      ["Återuppringning", "1"],
    ]);
    expect(table("Påståenden per status")).toEqual([
      ["Status", "Antal"],
      ["Ny", "1"],
      ["Bedömd", "0"],
      ["Tilldelad", "0"],
      ["Rättas", "0"],
      ["Granskas", "0"],
      ["Rättad", "2"],
      ["Avfärdad", "0"],
    ]);
    expect(column("Påståenden per källa", 0)).toEqual([
      "Källa",
      "Sociala medier",
      "Press",
      "Radio",
      "Kontaktcenter",
      "Annat",
    ]);
    // Most severe first, as the report page's chart and table list them (the CSV listed them the other way round).
    expect(column("Tid till rättelse per allvarlighetsgrad", 0)).toEqual([
      "Allvarlighetsgrad",
      "Kritisk",
      "Hög",
      "Medel",
      "Låg",
    ]);
    expect(column("Checklista vid publicering (medel)", 0)).toEqual([
      "Princip",
      "Totalt",
      "Aktiv",
      "Öppen",
      "Saklig",
      "Snabb",
      "Opartisk",
      "Målgruppsanpassad",
    ]);
    expect(table("Information till allmänheten")).toContainEqual(["Meddelanden på svenska", "5"]);
    expect(column("Publiceringar", 2)).toEqual(["Språk", ...PUBLISHED_AT.map(() => "Svenska")]);
    expect(column("Publiceringar", 3)).toEqual([
      "Typ",
      "Meddelande",
      "Rättelse",
      "Meddelande",
      "Rättelse",
      "Meddelande",
    ]);
    expect(column("Löften om nästa uppdatering", 4)).toEqual(["Läge", "Hållet", "Brutet", "Brutet"]);
    expect(table("Påståenden").map((r) => r.slice(2, 4))).toEqual([
      ["Allvarlighetsgrad", "Status"],
      ["Hög", "Rättad"],
      ["Kritisk", "Rättad"],
      ["Medel", "Ny"],
    ]);
    expect(column("Vanligaste frågorna", 2)).toEqual(["FAQ-post", koka.id, "", ""]);
    // No cell anywhere is one of the codes the report carries.
    const codes = new Set<string>([
      ...INQUIRY_CHANNELS,
      ...INQUIRY_RESOLUTIONS,
      ...CLAIM_STATUSES,
      ...CLAIM_SEVERITIES,
      ...CLAIM_SOURCE_CHANNELS,
      ...LANGUAGES,
      ...PROMISE_STATES,
      "bulletin",
      "correction",
      "overall",
      "audienceAdapted",
    ]);
    expect(rows.flat().filter((c) => codes.has(c))).toEqual([]);
  });

  it("describes every system line of the log's registered CSV copy in Swedish, never by its type code", async () => {
    const json = (
      await lead.get<{ items: Array<{ source: string; seq: number; type?: string }> }>(
        `/api/incidents/${incident.id}/log/export.json`,
      )
    ).body;
    const typeBySeq = new Map(json.items.filter((i) => i.source === "event").map((i) => [String(i.seq), i.type ?? ""]));
    const rows = parseCsv((await lead.get(`/api/incidents/${incident.id}/log/export.csv`)).text).slice(1);
    const system = rows.filter((r) => r[3] === "Systemhändelse");
    expect(system).toHaveLength(typeBySeq.size);
    // The script's kinds of system line, each at least once.
    const types = new Set(typeBySeq.values());
    for (const type of [
      "incident.created",
      "incident.updated",
      "fact.created",
      "bulletin.created",
      "bulletin.status_changed",
      "claim.created",
      "claim.taken",
      "claim.status_changed",
    ])
      expect(types, type).toContain(type);
    for (const [seq, , , , text] of system) {
      const type = typeBySeq.get(seq ?? "") ?? "";
      expect(text, `seq ${seq}`).not.toContain(type);
      expect(text, `seq ${seq}`).not.toMatch(/\b[a-z_]+\.[a-z_]+\b/);
    }
    const texts = system.map((r) => r[4]);
    expect(texts).toContain("Sara Nyström (kommunikatör) loggade ryktet ”Vattnet i Norrby är förgiftat.”.");
  });
});
