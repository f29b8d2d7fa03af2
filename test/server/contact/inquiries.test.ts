import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CASE_NUMBER_PATTERN,
  type ContactStats,
  type FaqEntry,
  type Incident,
  type Inquiry,
} from "../../../shared/index.js";
import type { PeriodReport } from "../../../shared/schemas/report.js";
import { caseYear, formatCaseNumber, handlingSeconds } from "../../../server/domain/contact/caseNumber.js";
import { nextCaseNumber } from "../../../server/db/repos/inquiries.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createFaq, createPublishedFaq, demoIncidentId, logInquiry, secondsAgo } from "./helpers.js";

describe("case numbers and handling time (pure)", () => {
  it("takes the year in Swedish time: 23:30 UTC on New Year's Eve is already next year", () => {
    expect(caseYear(new Date("2026-12-31T22:59:59Z"))).toBe(2026);
    expect(caseYear(new Date("2026-12-31T23:00:00Z"))).toBe(2027);
    expect(caseYear(new Date("2026-06-30T22:30:00Z"))).toBe(2026);
  });

  it("formats year and running number, growing past six digits", () => {
    expect(formatCaseNumber(2026, 123)).toBe("2026-000123");
    expect(formatCaseNumber(2026, 1_234_567)).toBe("2026-1234567");
    expect(formatCaseNumber(2026, 1)).toMatch(CASE_NUMBER_PATTERN);
  });

  it("measures from open to save, floors a slightly fast client clock at 0, caps a form left open and refuses the future", () => {
    const saved = new Date("2026-11-25T10:00:00Z");
    expect(handlingSeconds("2026-11-25T09:59:18Z", saved)).toBe(42);
    expect(handlingSeconds("2026-11-25T10:00:20Z", saved)).toBe(0);
    expect(handlingSeconds("2026-11-25T05:00:00Z", saved)).toBe(7_200);
    expect(() => handlingSeconds("2026-11-25T10:10:00Z", saved)).toThrow(/openedAt/);
    // The console words it itself (the agent typed no time): the refusal names its reason.
    expect(() => handlingSeconds("2026-11-25T10:10:00Z", saved)).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ reason: "clock_ahead" }) }),
    );
  });
});

describe.each(ENGINES)("inquiry log on %s", (engine) => {
  let server: TestServer;
  let agent: ApiClient;
  let viewer: ApiClient;
  let communicator: ApiClient;
  let incidentId: string;
  let entry: FaqEntry;

  beforeAll(async () => {
    server = await startTestServer({ engine });
    [agent, viewer, communicator] = await Promise.all([
      server.as("agent"),
      server.as("viewer"),
      server.as("communicator"),
    ]);
    incidentId = await demoIncidentId(agent);
    entry = await createPublishedFaq(
      communicator,
      { incidentId, question: "Måste jag koka vattnet?", answer: "Ja, i minst en minut." },
      await server.as("lead"),
    );
  });
  afterAll(() => server.close());

  it("logs a routine call: the outcome chosen, a readable case number, handling time measured by the server", async () => {
    const inquiry = await logInquiry(agent, {
      question: "koka vatten?",
      faqEntryId: entry.id,
      incidentId,
      openedAt: secondsAgo(42),
      resolution: "answered_first_contact",
    });
    expect(inquiry).toMatchObject({
      channel: "phone",
      resolution: "answered_first_contact",
      fromSuggestion: false,
      forwardedTo: null,
      faqEntryId: entry.id,
      incidentId,
      hasCallbackNumber: false,
      callbackNumber: null,
    });
    expect(inquiry.caseNumber).toMatch(new RegExp(`^${caseYear(new Date())}-\\d{6}$`));
    expect(inquiry.handlingSeconds).toBeGreaterThanOrEqual(41);
    expect(inquiry.handlingSeconds).toBeLessThanOrEqual(45);
    expect((await viewer.get<Inquiry>(`/api/inquiries/${inquiry.id}`)).body.caseNumber).toBe(inquiry.caseNumber);
  });

  it("refuses an inquiry without an outcome: 400 naming resolution, nothing saved", async () => {
    const before = (await agent.get<{ inquiries: Inquiry[] }>("/api/inquiries?limit=500")).body.inquiries.length;
    const res = await agent.post("/api/inquiries", {
      channel: "phone",
      question: "Utan utfall",
      faqEntryId: entry.id,
      openedAt: secondsAgo(5),
    });
    expect(res.status, res.text).toBe(400);
    expect(res.body).toMatchObject({ error: { code: "validation", field: "resolution" } });
    expect((await agent.get<{ inquiries: Inquiry[] }>("/api/inquiries?limit=500")).body.inquiries.length).toBe(before);
    const nullRes = await agent.post("/api/inquiries", {
      channel: "phone",
      question: "Utfall null",
      resolution: null,
      openedAt: secondsAgo(5),
    });
    expect(nullRes.body).toMatchObject({ error: { code: "validation", field: "resolution" } });
  });

  it.each(["letter", "e_service", "sms"] as const)(
    "takes the channel %s and counts it in the statistics",
    async (channel) => {
      const before = (await viewer.get<ContactStats>("/api/contact/stats")).body;
      const inquiry = await logInquiry(agent, { channel, question: `Fråga via ${channel}`, resolution: "callback" });
      expect(inquiry.channel).toBe(channel);
      const after = (await viewer.get<ContactStats>("/api/contact/stats")).body;
      expect(after.byChannel[channel]).toBe(before.byChannel[channel] + 1);
      expect(after.perHour.reduce((n, h) => n + h.channels[channel], 0)).toBe(after.byChannel[channel]);
    },
  );

  it("records an answer picked among a weak search's suggestions as such, and counts it", async () => {
    const before = (await viewer.get<ContactStats>("/api/contact/stats")).body.fromSuggestion;
    const inquiry = await logInquiry(agent, {
      question: "kokar man vatnet",
      faqEntryId: entry.id,
      fromSuggestion: true,
    });
    expect(inquiry.fromSuggestion).toBe(true);
    expect((await viewer.get<Inquiry>(`/api/inquiries/${inquiry.id}`)).body.fromSuggestion).toBe(true);
    expect((await viewer.get<ContactStats>("/api/contact/stats")).body.fromSuggestion).toBe(before + 1);
  });

  it.each([
    [{ channel: "fax" }, "channel"],
    [{ channel: "brev" }, "channel"],
    [{ channel: "e-service" }, "channel"],
    [{ resolution: "answered" }, "resolution"],
    [{ fromSuggestion: true }, "fromSuggestion"],
    [{ fromSuggestion: "yes" }, "fromSuggestion"],
    [{ question: "" }, "question"],
    [{ question: "x".repeat(301) }, "question"],
    [{ openedAt: "igår" }, "openedAt"],
    [{ openedAt: new Date(Date.now() + 3_600_000).toISOString() }, "openedAt"],
    [{ resolution: "forwarded" }, "forwardedTo"],
    [{ resolution: "forwarded", forwardedTo: "  " }, "forwardedTo"],
    [{ forwardedTo: "Miljöförvaltningen" }, "forwardedTo"],
    [{ callbackNumber: "070-123 45 67" }, "callbackNumber"],
    [{ resolution: "callback", callbackNumber: "ring mig" }, "callbackNumber"],
    [{ faqEntryId: "00000000-0000-4000-8000-000000000001" }, "faqEntryId"],
    [{ incidentId: "00000000-0000-4000-8000-000000000001" }, "incidentId"],
  ])("refuses %j with 400 naming %s", async (patch, field) => {
    const res = await agent.post("/api/inquiries", {
      channel: "phone",
      question: "Fråga",
      resolution: "answered_first_contact",
      openedAt: secondsAgo(5),
      ...patch,
    });
    expect(res.status, res.text).toBe(400);
    expect(res.body).toMatchObject({ error: { code: "validation", field } });
  });

  it("refuses a draft entry as the answer used", async () => {
    const draft = await createFaq(communicator, { question: "Utkast?", answer: "Ej klart." });
    const res = await agent.post("/api/inquiries", {
      channel: "email",
      question: "Utkast?",
      faqEntryId: draft.id,
      resolution: "answered_first_contact",
      openedAt: secondsAgo(5),
    });
    expect(res.body).toMatchObject({ error: { field: "faqEntryId" } });
  });

  it("keeps the unit of a forwarded inquiry", async () => {
    const inquiry = await logInquiry(agent, {
      channel: "visit",
      question: "Bygglov för altan",
      resolution: "forwarded",
      forwardedTo: "Bygglovsenheten",
    });
    expect(inquiry).toMatchObject({ channel: "visit", resolution: "forwarded", forwardedTo: "Bygglovsenheten" });
  });

  it("hands out unique, consecutive case numbers to many concurrent saves", async () => {
    const N = 40;
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        agent.post<Inquiry>("/api/inquiries", {
          channel: "chat",
          question: `Parallell fråga ${i}`,
          resolution: "forwarded",
          forwardedTo: "VA-enheten",
          openedAt: secondsAgo(3),
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(N).fill(201));
    const numbers = results.map((r) => Number(r.body.caseNumber.split("-")[1])).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(N);
    expect((numbers.at(-1) ?? 0) - (numbers[0] ?? 0)).toBe(N - 1);
  });

  it("restarts the running number each year", async () => {
    const db = server.database.db;
    expect(await db.transaction().execute((tx) => nextCaseNumber(tx, 2031))).toBe(1);
    expect(await db.transaction().execute((tx) => nextCaseNumber(tx, 2031))).toBe(2);
    expect(await db.transaction().execute((tx) => nextCaseNumber(tx, 2032))).toBe(1);
  });

  it("shows a callback number to those who call back, not to viewers, and never puts it in the event log", async () => {
    const inquiry = await logInquiry(agent, {
      question: "Vill bli uppringd om tankbil",
      resolution: "callback",
      callbackNumber: "+46 70-123 45 67",
    });
    expect(inquiry).toMatchObject({
      hasCallbackNumber: true,
      callbackNumber: "+46 70-123 45 67",
      callbackPurgedAt: null,
    });
    const asViewer = (await viewer.get<Inquiry>(`/api/inquiries/${inquiry.id}`)).body;
    expect(asViewer.hasCallbackNumber).toBe(true);
    expect(asViewer).not.toHaveProperty("callbackNumber");
    expect(JSON.stringify((await viewer.get("/api/inquiries")).body)).not.toContain("123 45 67");
    expect(
      (await agent.get<{ inquiries: Inquiry[] }>("/api/inquiries")).body.inquiries.find((i) => i.id === inquiry.id)
        ?.callbackNumber,
    ).toBe("+46 70-123 45 67");
    const events = await communicator.get("/api/events?since=0&limit=5000");
    expect(events.text).toContain(inquiry.caseNumber);
    expect(events.text).not.toContain("123 45 67");
  });

  it("lets agents, communicators, leads and admins log, not viewers", async () => {
    const body = { channel: "phone", question: "Behörighet", resolution: "callback", openedAt: secondsAgo(2) };
    expect((await viewer.post("/api/inquiries", body)).status).toBe(403);
    expect((await communicator.post("/api/inquiries", body)).status).toBe(201);
    expect((await server.anonymous().post("/api/inquiries", body)).status).toBe(401);
  });

  it("keeps a real call answered from an exercise's FAQ on the real side it was logged under, and the period report counts it", async () => {
    // The demo incident (the entry's) is an exercise. An agent working a real incident, or all incidents, who reads a
    // drill's answer to a real caller logs the call there: the server never moves it onto the entry's incident.
    const lead = await server.as("lead");
    const real = await lead.post<Incident>("/api/incidents", {
      title: "Skarpt: vattenläcka i Norrby",
      exercise: false,
    });
    expect(real.status, real.text).toBe(201);
    const from = new Date(Date.now() - 1_000).toISOString();
    const to = new Date(Date.now() + 3_600_000).toISOString();
    const counted = async () =>
      (await viewer.get<PeriodReport>(`/api/reports?from=${from}&to=${to}`)).body.contact.inquiries;
    const before = await counted();
    const onReal = await logInquiry(agent, { question: "koka?", faqEntryId: entry.id, incidentId: real.body.id });
    expect(onReal).toMatchObject({ faqEntryId: entry.id, incidentId: real.body.id });
    const onNone = await logInquiry(agent, { question: "koka?", faqEntryId: entry.id, incidentId: null });
    expect(onNone).toMatchObject({ faqEntryId: entry.id, incidentId: null });
    // An agent working the drill logs the drill's calls on it: those stay out of the committee's report.
    const onDrill = await logInquiry(agent, { question: "koka?", faqEntryId: entry.id, incidentId });
    expect(onDrill.incidentId).toBe(incidentId);
    expect(await counted()).toBe(before + 2);
  });

  it("lists the last day's inquiries newest first, filtered by incident", async () => {
    const { inquiries } = (
      await viewer.get<{ inquiries: Inquiry[] }>(`/api/inquiries?incidentId=${incidentId}&limit=500`)
    ).body;
    expect(inquiries.length).toBeGreaterThan(0);
    expect(inquiries.every((i) => i.incidentId === incidentId)).toBe(true);
    const all = (await viewer.get<{ inquiries: Inquiry[] }>("/api/inquiries?limit=500")).body.inquiries;
    const times = all.map((i) => i.createdAt);
    expect(times).toEqual([...times].sort().reverse());
  });
});
