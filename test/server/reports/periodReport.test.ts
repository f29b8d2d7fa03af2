import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  INQUIRY_CHANNELS,
  INQUIRY_RESOLUTIONS,
  type FaqEntry,
  type Incident,
  type InquiryChannel,
  type InquiryResolution,
} from "../../../shared/index.js";
import { PeriodReport } from "../../../shared/schemas/report.js";
import { insertInquiry } from "../../../server/db/repos/inquiries.js";
import { parseCsv } from "../../helpers/csv.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createPublishedFaq } from "../contact/helpers.js";
import { ok, userId } from "../claims/fixtures.js";

/**
 * 30 days of generated inquiries (15 March – 13 April 2026: a month boundary and the switch to summer time) and a
 * few outside, checked against figures computed here without the server's code: the period's bounds and the
 * Swedish month of each inquiry come from the DST rule written out, not from Intl.
 */
const FROM_MS = Date.parse("2026-03-14T23:00:00.000Z"); // 15 March 00:00 CET
const TO_MS = Date.parse("2026-04-13T22:00:00.000Z"); // 14 April 00:00 CEST: 13 April is included
const SUMMER_FROM = Date.parse("2026-03-29T01:00:00.000Z");
const swedishMonth = (ms: number) => new Date(ms + (ms >= SUMMER_FROM ? 2 : 1) * 3_600_000).toISOString().slice(0, 7);

const OTHER_QUESTIONS = ["När töms soptunnan?", "Hur bokar jag bygglov?", "Var betalar jag parkeringsavgiften?"];
const UNITS = ["Miljöförvaltningen", "Socialtjänsten"];

/** A small deterministic generator (mulberry32), so a failure can be reproduced. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Generated {
  ms: number;
  channel: InquiryChannel;
  resolution: InquiryResolution;
  question: string;
  faq: boolean;
  unit: string | null;
  seconds: number;
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? null : s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

describe.each(ENGINES)("period report over 30 days of generated inquiries (%s)", (engine) => {
  let server: TestServer;
  let lead: ApiClient;
  let faq: FaqEntry;
  let inPeriod: Incident;
  const rows: Generated[] = [];
  let report: PeriodReport;

  beforeAll(async () => {
    server = await startTestServer({ engine });
    lead = await server.as("lead");
    const admin = await userId(lead);
    faq = await createPublishedFaq(lead, {
      incidentId: null,
      question: "Hur ska jag koka vattnet?",
      answer: "Låt vattnet koka upp i minst en minut.",
      tags: [],
      audiences: ["residents"],
      language: "sv",
      factIds: [],
    });
    inPeriod = await ok<Incident>(
      lead.post("/api/incidents", { title: "Storm över kommunen", startedAt: "2026-03-20T06:00:00.000Z" }),
      201,
    );
    const next = random(15);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
    const start = Date.parse("2026-03-13T00:00:00.000Z");
    const span = Date.parse("2026-04-16T00:00:00.000Z") - start;
    const times = Array.from({ length: 1_200 }, () => start + Math.floor(next() * span));
    // The edges: the first and last instants inside, the nearest outside, and the turn of the month in summer time.
    times.push(
      FROM_MS,
      FROM_MS - 1,
      TO_MS - 1,
      TO_MS,
      Date.parse("2026-03-31T21:59:59.999Z"),
      Date.parse("2026-03-31T22:00:00.000Z"),
    );
    for (const ms of times) {
      const resolution = pick(INQUIRY_RESOLUTIONS);
      const withFaq = next() < 0.4;
      rows.push({
        ms,
        channel: pick(["phone", "phone", "phone", "email", "visit", "chat"] as const),
        resolution,
        question: withFaq ? "koka vattnet hur länge" : pick(OTHER_QUESTIONS),
        faq: withFaq,
        unit: resolution === "forwarded" ? pick(UNITS) : null,
        seconds: 10 + Math.floor(next() * 600),
      });
    }
    let n = 0;
    for (const r of rows) {
      n++;
      await insertInquiry(server.database.db, {
        id: randomUUID(),
        caseNumber: `2019-${String(n).padStart(6, "0")}`,
        channel: r.channel,
        question: r.question,
        faqEntryId: r.faq ? faq.id : null,
        resolution: r.resolution,
        fromSuggestion: false,
        forwardedTo: r.unit,
        incidentId: null,
        claimId: null,
        openedAt: new Date(r.ms - r.seconds * 1000).toISOString(),
        createdAt: new Date(r.ms).toISOString(),
        handlingSeconds: r.seconds,
        hasCallbackNumber: false,
        callbackNumber: null,
        callbackPurgedAt: null,
        createdBy: admin,
      });
    }
    const res = await lead.get<PeriodReport>("/api/reports?from=2026-03-15&to=2026-04-13");
    expect(res.status, res.text).toBe(200);
    report = PeriodReport.parse(res.body);
  }, 120_000);
  afterAll(() => server.close());

  const inside = () => rows.filter((r) => r.ms >= FROM_MS && r.ms < TO_MS);

  it("covers whole Swedish days: from 15 March 00:00 to 14 April 00:00", () => {
    expect(report.from).toBe(new Date(FROM_MS).toISOString());
    expect(report.to).toBe(new Date(TO_MS).toISOString());
    expect(report.municipality).toBe("Kommunen");
  });

  it("matches the independent totals: channels, outcomes, first contact, handling time, forwarding", () => {
    const items = inside();
    const byChannel = Object.fromEntries(INQUIRY_CHANNELS.map((c) => [c, items.filter((r) => r.channel === c).length]));
    const byOutcome = Object.fromEntries(
      INQUIRY_RESOLUTIONS.map((o) => [o, items.filter((r) => r.resolution === o).length]),
    );
    const forwardedTo = Object.fromEntries(
      UNITS.map((u) => [u, items.filter((r) => r.unit === u).length]).filter(([, c]) => (c as number) > 0),
    );
    const fcr = items.filter((r) => r.resolution === "answered_first_contact").length / items.length;
    expect(report.contact).toMatchObject({
      inquiries: items.length,
      byChannel,
      byOutcome,
      forwardedTo,
      medianHandlingSeconds: median(items.map((r) => r.seconds)),
    });
    expect(report.contact.firstContactRate).toBeCloseTo(fcr, 12);
    expect(report.targets).toEqual([
      { key: "firstContactRate", target: 0.68, actual: report.contact.firstContactRate, met: fcr >= 0.68 },
    ]);
  });

  it("matches the independent figures per Swedish month", () => {
    const months = [...new Set(inside().map((r) => swedishMonth(r.ms)))].sort();
    expect(months).toEqual(["2026-03", "2026-04"]);
    expect(report.months.map((m) => m.month)).toEqual(months);
    for (const month of months) {
      const items = inside().filter((r) => swedishMonth(r.ms) === month);
      const got = report.months.find((m) => m.month === month);
      expect(got?.inquiries).toBe(items.length);
      expect(got?.byChannel).toEqual(
        Object.fromEntries(INQUIRY_CHANNELS.map((c) => [c, items.filter((r) => r.channel === c).length])),
      );
      expect(got?.firstContactRate).toBeCloseTo(
        items.filter((r) => r.resolution === "answered_first_contact").length / items.length,
        12,
      );
      expect(got?.medianHandlingSeconds).toBe(median(items.map((r) => r.seconds)));
    }
  });

  it("counts the questions most asked and those the FAQ does not cover", () => {
    const items = inside();
    const count = (q: string) => items.filter((r) => r.question === q).length;
    const uncovered = OTHER_QUESTIONS.map((text) => ({ text, count: count(text) })).sort(
      (a, b) => b.count - a.count || a.text.localeCompare(b.text, "sv"),
    );
    expect(report.contact.uncoveredQuestions).toEqual(uncovered);
    expect(report.contact.topQuestions).toContainEqual({
      text: "Hur ska jag koka vattnet?",
      count: items.filter((r) => r.faq).length,
      faqEntryId: faq.id,
    });
    expect(report.contact.topQuestions).toHaveLength(4);
  });

  it("lists the incidents active in the period with their key figures, not those started after it", () => {
    expect(report.incidents.map((i) => i.id)).toEqual([inPeriod.id]);
    expect(report.incidents[0]).toEqual({
      id: inPeriod.id,
      title: "Storm över kommunen",
      exercise: false,
      startedAt: "2026-03-20T06:00:00.000Z",
      closedAt: null,
      minutesToFirstPublic: null,
      bulletinsPublished: 0,
      promisesMade: 0,
      promisesMissed: 0,
      claims: 0,
      claimsWithinDeadlineShare: null,
      inquiries: 0,
      firstContactRate: null,
    });
  });

  it("names the period in the CSV by its first and last day, both included, as the page does", async () => {
    const rows = parseCsv((await lead.get("/api/reports.csv?from=2026-03-15&to=2026-04-13")).text);
    // The report's `to` is the midnight after 13 April; "Till 2026-04-14 00:00" read as the 14th included.
    expect(rows.slice(1, 4)).toEqual([
      ["Fält", "Värde"],
      ["Kommun", report.municipality],
      ["Från och med", "2026-03-15"],
    ]);
    expect(rows[4]).toEqual(["Till och med", "2026-04-13"]);
    // A period asked in exact times keeps them, and says its end is not in it (14:00 in summer time is 12:00 UTC).
    const exact = parseCsv((await lead.get("/api/reports.csv?from=2026-03-15T08:00:00Z&to=2026-04-13T12:00:00Z")).text);
    expect(exact.slice(3, 5)).toEqual([
      ["Från och med", "2026-03-15 09:00"],
      ["Före", "2026-04-13 14:00"],
    ]);
  });

  it("exports the month table as CSV with semicolons and decimal commas", async () => {
    const res = await lead.get("/api/reports.csv?from=2026-03-15&to=2026-04-13");
    expect(res.status).toBe(200);
    expect(res.text.replace(/^\uFEFF/, "").startsWith("Periodrapport\r\n")).toBe(true);
    const lines = res.text.split("\r\n");
    const header = lines.indexOf("Ärenden per månad");
    expect(lines[header + 1]).toBe(
      // The channels as the console names them, in the report's order.
      "Månad;Ärenden;Telefon;E-post;Besök;Sociala medier;Chatt;Brev;E-tjänst;SMS;" +
        "Besvarade vid första kontakt (%);Median handläggningstid (s)",
    );
    const march = report.months[0];
    const pct = Math.round((march?.firstContactRate ?? 0) * 1000) / 10;
    expect(lines[header + 2]).toBe(
      [
        "2026-03",
        march?.inquiries,
        ...INQUIRY_CHANNELS.map((c) => march?.byChannel[c]),
        Number.isInteger(pct) ? pct : pct.toFixed(1).replace(".", ","),
        String(march?.medianHandlingSeconds).replace(".", ","),
      ].join(";"),
    );
  });
});
