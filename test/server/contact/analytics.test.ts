import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  ContactStats,
  ContactTrends,
  FaqEntry,
  Incident,
  InquiryChannel,
  InquiryResolution,
} from "../../../shared/index.js";
import { insertInquiry } from "../../../server/db/repos/inquiries.js";
import { listUsers } from "../../../server/db/repos/users.js";
import { createTransactionRunner } from "../../../server/db/transaction.js";
import { createContactCentre, type ContactCentre } from "../../../server/domain/contact/index.js";
import { seedIfEmpty } from "../../../server/domain/seed.js";
import { ENGINES, openTestDatabase, type TestDatabase } from "../../helpers/db.js";
import { startTestServer } from "../../helpers/server.js";
import { logInquiry } from "./helpers.js";

const NOW = new Date("2026-11-25T10:00:00.000Z");

type Row = [
  time: string,
  question: string,
  faq: "koka" | null,
  resolution: InquiryResolution,
  channel: InquiryChannel,
  unit: string | null,
  seconds: number,
];
// A fixed morning in the contact centre (times UTC on 25 November unless a date is given).
const SCENARIO: Row[] = [
  ["09:05", "koka vatten hur länge", "koka", "answered_first_contact", "phone", null, 40],
  ["09:10", "måste man koka", "koka", "answered_first_contact", "phone", null, 60],
  ["09:20", "kokning?", "koka", "forwarded", "email", "Miljöförvaltningen", 120],
  ["09:30", "koka vattnet", "koka", "answered_first_contact", "chat", null, 20],
  ["09:15", "Får man grilla i parken?", null, "callback", "phone", null, 90],
  ["09:40", "Får man grilla i parken?", null, "answered_first_contact", "phone", null, 30],
  ["09:45", "grilla i parken tillåtet", null, "forwarded", "social", "Räddningstjänsten", 50],
  ["09:50", "Var hämtar jag vatten", null, "answered_first_contact", "visit", null, 45],
  ["09:55", "hämta vatten var", null, "answered_first_contact", "phone", null, 35],
  ["08:30", "koka vattnet?", "koka", "answered_first_contact", "phone", null, 30],
  ["08:40", "skolan stängd", null, "answered_first_contact", "phone", null, 25],
  ["02:00", "skolan stängd imorgon?", null, "forwarded", "phone", "Utbildningsförvaltningen", 100],
  ["2026-11-24T09:00", "gammal fråga om sophämtning", null, "answered_first_contact", "phone", null, 10],
];

describe("trends and statistics on a fixed scenario", () => {
  let t: TestDatabase;
  let contact: ContactCentre;
  let koka: FaqEntry;
  let hamta: FaqEntry;

  beforeAll(async () => {
    t = await openTestDatabase("sqlite");
    await seedIfEmpty(t.db, { demo: false, adminPassword: "solros-tornado-kvitten-74" });
    const [admin] = await listUsers(t.db);
    if (!admin) throw new Error("no admin");
    contact = createContactCentre({
      db: t.db,
      transaction: createTransactionRunner(t.db, () => {}),
      sessionHours: 1,
      sessions: { sessionsEnded: () => {} },
    });
    const publish = (question: string, answer: string) =>
      contact.faq.create(
        {
          incidentId: null,
          question,
          answer,
          tags: [],
          audiences: ["residents"],
          language: "sv",
          factIds: [],
          publish: true,
        },
        admin,
        { oneStep: true }, // seeded as published, as the demo seed does: the review is not what is measured here
      );
    koka = await publish("Hur ska jag koka vattnet?", "Låt vattnet koka upp ordentligt.");
    hamta = await publish("Var kan jag hämta rent vatten?", "Vid tankbilarna på Norrby torg.");
    let n = 0;
    for (const [time, question, faq, resolution, channel, unit, seconds] of SCENARIO) {
      const at = new Date(time.includes("T") ? `${time}:00.000Z` : `2026-11-25T${time}:00.000Z`);
      n++;
      await insertInquiry(t.db, {
        id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
        caseNumber: `2026-${String(n).padStart(6, "0")}`,
        channel,
        question,
        faqEntryId: faq === "koka" ? koka.id : null,
        resolution,
        fromSuggestion: false,
        forwardedTo: unit,
        incidentId: null,
        claimId: null,
        openedAt: new Date(at.getTime() - seconds * 1000).toISOString(),
        createdAt: at.toISOString(),
        handlingSeconds: seconds,
        hasCallbackNumber: false,
        callbackNumber: null,
        callbackPurgedAt: null,
        createdBy: admin.id,
      });
    }
  });
  afterAll(() => t.dispose());

  it("clusters the last hour's questions, most asked first, with the hour before, first-contact shares and coverage", async () => {
    const trends: ContactTrends = await contact.analytics.trends({ window: "hour", limit: 10 }, NOW);
    expect(trends).toMatchObject({ window: "hour", from: "2026-11-25T09:00:00.000Z", to: NOW.toISOString(), total: 9 });
    expect(trends.firstContactShare).toBeCloseTo(6 / 9);
    expect(trends.clusters.map((c) => [c.label, c.count, c.previousCount, c.coveredBy])).toEqual([
      ["Hur ska jag koka vattnet?", 4, 1, "logged"],
      ["Får man grilla i parken?", 3, 0, null],
      ["Var hämtar jag vatten", 2, 0, "search"],
    ]);
    const [kokaCluster, grill, fetch] = trends.clusters;
    expect(kokaCluster).toMatchObject({ faqEntryId: koka.id, firstContactShare: 0.75 });
    expect(grill?.firstContactShare).toBeCloseTo(1 / 3);
    expect(grill?.examples).toEqual(["Får man grilla i parken?", "grilla i parken tillåtet"]);
    expect(fetch?.faqEntryId).toBe(hamta.id);
    expect(trends.uncovered.map((c) => c.label)).toEqual(["Får man grilla i parken?"]);
  });

  it("takes the last 24 hours for the day window", async () => {
    const trends = await contact.analytics.trends({ window: "day", limit: 10 }, NOW);
    expect(trends.total).toBe(12);
    expect(trends.clusters.map((c) => [c.label, c.count])).toEqual([
      ["Hur ska jag koka vattnet?", 5],
      ["Får man grilla i parken?", 3],
      ["skolan stängd imorgon?", 2], // equal counts, equally rising: by label
      ["Var hämtar jag vatten", 2],
    ]);
    expect(trends.uncovered.map((c) => c.label)).toEqual(["Får man grilla i parken?", "skolan stängd imorgon?"]);
    expect((await contact.analytics.trends({ window: "day", limit: 1 }, NOW)).clusters).toHaveLength(1);
  });

  it("computes the follow-up statistics the audit asked for", async () => {
    const stats: ContactStats = await contact.analytics.stats(
      { from: "2026-11-25T00:00:00.000Z", to: NOW.toISOString() },
      NOW,
    );
    expect(stats.total).toBe(12);
    const zero = { phone: 0, email: 0, visit: 0, social: 0, chat: 0, letter: 0, e_service: 0, sms: 0 };
    expect(stats.perHour).toEqual([
      { hour: "2026-11-25T02:00:00.000Z", total: 1, channels: { ...zero, phone: 1 } },
      { hour: "2026-11-25T08:00:00.000Z", total: 2, channels: { ...zero, phone: 2 } },
      {
        hour: "2026-11-25T09:00:00.000Z",
        total: 9,
        channels: { ...zero, phone: 5, email: 1, visit: 1, social: 1, chat: 1 },
      },
    ]);
    expect(stats.byChannel).toEqual({ ...zero, phone: 8, email: 1, visit: 1, social: 1, chat: 1 });
    expect(stats.fromSuggestion).toBe(0);
    expect(stats.resolutions).toEqual({ answered_first_contact: 8, forwarded: 3, callback: 1 });
    expect(stats.firstContactRate).toBeCloseTo(8 / 12);
    expect(stats.forwardedByUnit).toEqual([
      { unit: "Miljöförvaltningen", count: 1 },
      { unit: "Räddningstjänsten", count: 1 },
      { unit: "Utbildningsförvaltningen", count: 1 },
    ]);
    expect(stats.averageHandlingSeconds).toBe(54); // 645 s / 12
    expect(stats.medianHandlingSeconds).toBe(42.5);
    expect(stats.topQuestions.map((q) => [q.label, q.count])).toEqual([
      ["Hur ska jag koka vattnet?", 5],
      ["Får man grilla i parken?", 3],
      ["skolan stängd imorgon?", 2],
      ["Var hämtar jag vatten", 2],
    ]);
  });

  it("reports an empty range as nothing, not as zero rates", async () => {
    const stats = await contact.analytics.stats(
      { from: "2026-11-20T00:00:00.000Z", to: "2026-11-21T00:00:00.000Z" },
      NOW,
    );
    expect(stats).toMatchObject({
      total: 0,
      perHour: [],
      firstContactRate: null,
      averageHandlingSeconds: null,
      medianHandlingSeconds: null,
      topQuestions: [],
    });
  });
});

describe("trends and statistics over HTTP", () => {
  it("answers every signed-in role, counts what agents just logged and validates the query", async () => {
    const server = await startTestServer();
    try {
      const [agent, viewer] = await Promise.all([server.as("agent"), server.as("viewer")]);
      const before = (await viewer.get<ContactTrends>("/api/contact/trends?window=hour")).body;
      const statsBefore = (await viewer.get<ContactStats>("/api/contact/stats")).body;
      await logInquiry(agent, { question: "Snöröjning på min gata?" });
      await logInquiry(agent, { question: "snöröjningen på gatan", resolution: "callback" });
      const trends = await viewer.get<ContactTrends>("/api/contact/trends?window=hour&limit=100");
      expect(trends.status).toBe(200);
      expect(trends.body.total).toBe(before.total + 2);
      const snow = trends.body.clusters.find((c) => c.label === "Snöröjning på min gata?");
      expect(snow).toMatchObject({ count: 2, firstContactShare: 0.5, coveredBy: null });
      expect(trends.body.uncovered.map((c) => c.key)).toContain(snow?.key);
      const stats = (await viewer.get<ContactStats>("/api/contact/stats")).body;
      expect(stats.total).toBe(statsBefore.total + 2);
      expect(stats.resolutions.callback).toBe(statsBefore.resolutions.callback + 1);
      expect((await viewer.get("/api/contact/trends?window=week")).body).toMatchObject({ error: { field: "window" } });
      expect(
        (await viewer.get("/api/contact/stats?from=2026-11-25T10:00:00Z&to=2026-11-25T09:00:00Z")).body,
      ).toMatchObject({ error: { field: "from" } });
      expect(
        (await viewer.get("/api/contact/stats?from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z")).body,
      ).toMatchObject({ error: { field: "from" } });
      expect((await server.anonymous().get("/api/contact/stats")).status).toBe(401);
    } finally {
      await server.close();
    }
  });
});

describe("statistics beside an exercise", () => {
  it("counts real calls only and says how many inquiries on exercises it left out; an exercise's own are its own", async () => {
    const server = await startTestServer();
    try {
      const [lead, agent, viewer] = await Promise.all([server.as("lead"), server.as("agent"), server.as("viewer")]);
      const incident = async (body: Record<string, unknown>) =>
        (await lead.post<Incident>("/api/incidents", body)).body;
      const drill = await incident({ title: "Övning: gasläcka i hamnen", exercise: true });
      const real = await incident({ title: "Vattenläcka i Norrby" });
      const before = (await viewer.get<ContactStats>("/api/contact/stats")).body;
      const trendsBefore = (await viewer.get<ContactTrends>("/api/contact/trends?window=hour")).body;
      await logInquiry(agent, { question: "Är gasen farlig?", incidentId: drill.id });
      await logInquiry(agent, { question: "Är gasen farlig nu?", incidentId: drill.id, resolution: "callback" });
      await logInquiry(agent, { question: "Kan jag dricka vattnet?", incidentId: real.id });
      const after = (await viewer.get<ContactStats>("/api/contact/stats")).body;
      // The drill's two calls are in none of the figures, and said to be left out.
      expect(after.total).toBe(before.total + 1);
      expect(after.resolutions.callback).toBe(before.resolutions.callback);
      expect(after.byChannel.phone).toBe(before.byChannel.phone + 1);
      expect(after.exerciseInquiriesLeftOut).toBe(before.exerciseInquiriesLeftOut + 2);
      // The exercise's own statistics are its calls.
      const own = (await viewer.get<ContactStats>(`/api/contact/stats?incidentId=${drill.id}`)).body;
      expect(own).toMatchObject({ total: 2, exerciseInquiriesLeftOut: 0 });
      // The trends keep the drill's calls (the contact centre practises with them) and say how many they are.
      const trends = (await viewer.get<ContactTrends>("/api/contact/trends?window=hour")).body;
      expect(trends.total).toBe(trendsBefore.total + 3);
      expect(trends.exerciseInquiries).toBe(trendsBefore.exerciseInquiries + 2);
      const drillTrends = (await viewer.get<ContactTrends>(`/api/contact/trends?window=hour&incidentId=${drill.id}`))
        .body;
      expect(drillTrends).toMatchObject({ total: 2, exerciseInquiries: 0 });
    } finally {
      await server.close();
    }
  });
});

describe.each(ENGINES)("statistics over a period of days (%s)", (engine) => {
  it("counts the limit in calendar days: 400 days across the autumn clock change (400 days + 1 h) are 400 days", async () => {
    const server = await startTestServer({ engine });
    try {
      const viewer = await server.as("viewer");
      // 2025-10-20 … 2026-11-23 is 400 days; it crosses two autumn clock changes and one spring one.
      const ok = await viewer.get<ContactStats>("/api/contact/stats?from=2025-10-20&to=2026-11-23");
      expect(ok.status, ok.text).toBe(200);
      // Whole days in Swedish time, the last one included.
      expect(ok.body).toMatchObject({ from: "2025-10-19T22:00:00.000Z", to: "2026-11-23T23:00:00.000Z" });
      const one = await viewer.get<ContactStats>("/api/contact/stats?to=2026-11-25");
      expect(one.body).toMatchObject({ from: "2026-11-24T23:00:00.000Z", to: "2026-11-25T23:00:00.000Z" });
      const long = await viewer.get<{ error: Record<string, unknown> }>(
        "/api/contact/stats?from=2025-10-20&to=2026-11-24",
      );
      expect(long.status).toBe(400);
      expect(long.body.error).toMatchObject({ field: "to", reason: "range_too_long", maxDays: 400 });
      const reversed = await viewer.get<{ error: Record<string, unknown> }>(
        "/api/contact/stats?from=2026-11-25&to=2026-11-24",
      );
      expect(reversed.body.error).toMatchObject({ field: "to", reason: "reversed_range" });
    } finally {
      await server.close();
    }
  });
});
