import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  Bulletin,
  BulletinVersion,
  DomainEvent,
  Incident,
  LogItem,
  NotificationData,
} from "../../../shared/index.js";
import { createApp } from "../../../server/app.js";
import { createTransactionRunner } from "../../../server/db/transaction.js";
import { evaluateGate } from "../../../server/domain/bulletins/gate.js";
import { createOverdueWatch } from "../../../server/domain/overdue.js";
import { seedIfEmpty } from "../../../server/domain/seed.js";
import { createLogger } from "../../../server/logger.js";
import { scoreMessage } from "../../../shared/checklist/index.js";
import { testConfig } from "../../helpers/config.js";
import { ENGINES, openTestDatabase } from "../../helpers/db.js";
import { login, type ApiClient } from "../../helpers/http.js";
import { DEMO_PASSWORD, startTestServer, type TestServer } from "../../helpers/server.js";
import { createBulletin, createFact, createIncident, goodBulletin, publish } from "./fixtures.js";

const silent = createLogger("silent");

describe("publish gate and the incident clock", () => {
  let server: TestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let incident: Incident;
  let factId: string;
  beforeAll(async () => {
    server = await startTestServer();
    [lead, communicator] = await Promise.all([server.as("lead"), server.as("communicator")]);
    incident = await createIncident(lead);
    factId = (await createFact(communicator, incident.id, "Huvudledningen har gått sönder.")).id;
  });
  afterAll(() => server.close());

  async function approved(content: Record<string, unknown>): Promise<Bulletin> {
    const b = await createBulletin(communicator, incident.id, content);
    await communicator.post(`/api/bulletins/${b.id}/submit`, {});
    return (await lead.post<Bulletin>(`/api/bulletins/${b.id}/approve`, { expectedVersion: 1 })).body;
  }

  it("publishes a bulletin that passes the gate without a reason and stores the score at publish", async () => {
    const b = await approved(goodBulletin([factId]));
    const gate = await lead.get<{ passed: boolean; threshold: number }>(`/api/bulletins/${b.id}/gate`);
    expect(gate.body).toMatchObject({ passed: true, threshold: 70, stale: false, errors: [] });
    const res = await lead.post<Bulletin>(`/api/bulletins/${b.id}/publish`, {});
    expect(res.status, res.text).toBe(200);
    const version = (await lead.get<BulletinVersion>(`/api/bulletins/${b.id}/versions/1`)).body;
    expect(version).toMatchObject({
      status: "published",
      publishReason: null,
      publishedBy: { displayName: expect.stringContaining("Anna") },
    });
    expect(version.publishChecklist?.overall).toBeGreaterThanOrEqual(70);
  });

  it("needs a lead's written reason to publish past an error finding, and logs it", async () => {
    const doubtful = await createFact(communicator, incident.id, "Vattnet i Västra industriområdet är rent.");
    const b = await approved(goodBulletin([factId, doubtful.id]));
    await lead.patch(`/api/facts/${doubtful.id}`, { status: "retracted", expectedVersion: 1 });
    const gate = (
      await lead.get<{ passed: boolean; errors: Array<{ ruleId: string }>; warnings: unknown[]; stale: boolean }>(
        `/api/bulletins/${b.id}/gate`,
      )
    ).body;
    expect(gate.passed).toBe(false);
    expect(gate.errors.map((e) => e.ruleId)).toContain("FA3");
    expect(gate.stale).toBe(true);

    const refused = await lead.post(`/api/bulletins/${b.id}/publish`, {});
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      error: {
        code: "reason_required",
        field: "reason",
        threshold: 70,
        stale: true,
        score: { errors: expect.any(Number) },
      },
    });
    // The refusal carries the gate's reasons, so the dialog that shows it keeps them.
    const refusal = (refused.body as { error: { errors: Array<{ ruleId: string }>; warnings: unknown[] } }).error;
    expect(refusal.errors.map((e) => e.ruleId)).toEqual(gate.errors.map((e) => e.ruleId));
    expect(refusal.warnings).toEqual(gate.warnings);
    expect((await lead.get<Bulletin>(`/api/bulletins/${b.id}`)).body.status).toBe("approved");

    const reason = "Kokningsrådet måste ut nu; rättelse om industriområdet följer inom en timme.";
    const res = await lead.post<Bulletin>(`/api/bulletins/${b.id}/publish`, { reason });
    expect(res.status, res.text).toBe(200);
    expect((await lead.get<BulletinVersion>(`/api/bulletins/${b.id}/versions/1`)).body.publishReason).toBe(reason);
    const log = (await lead.get<{ items: LogItem[] }>(`/api/incidents/${incident.id}/log?kind=decision`)).body.items;
    expect(
      log.some((i) => i.source === "entry" && i.text.includes(reason) && i.text.includes("publiceringskontrollen")),
    ).toBe(true);
  });

  it("sets the incident clock on publish: last and first published time and the promised next update", async () => {
    const own = await createIncident(lead, { title: "Klockan" });
    const fact = await createFact(communicator, own.id, "Strömavbrott i centrum.");
    const promise = new Date(Date.now() + 90 * 60_000).toISOString();
    const socket = await server.socket(await server.as("viewer"));
    const published: DomainEvent[] = [];
    const separateClockEvents: DomainEvent[] = [];
    let secondArrived = () => {};
    const pushed = new Promise<DomainEvent>((resolve) =>
      socket.on("event", (e) => {
        if (e.incidentId !== own.id) return;
        if (e.type === "incident.updated") separateClockEvents.push(e);
        if (e.type !== "bulletin.status_changed" || e.data.to !== "published") return;
        published.push(e);
        if (published.length === 1) resolve(e);
        else secondArrived();
      }),
    );
    const second$ = new Promise<void>((resolve) => (secondArrived = resolve));
    const first = await publish(
      communicator,
      lead,
      await createBulletin(communicator, own.id, goodBulletin([fact.id], { nextUpdateAt: promise })),
    );
    const clock = (await lead.get<Incident>(`/api/incidents/${own.id}`)).body;
    expect(clock).toMatchObject({
      lastPublishedAt: first.publishedAt,
      firstPublishedAt: first.publishedAt,
      nextUpdateDue: promise,
      version: own.version + 1,
    });
    expect((await pushed).data).toMatchObject({
      changed: ["lastPublishedAt", "firstPublishedAt", "nextUpdateDue"],
      incident: { lastPublishedAt: first.publishedAt, version: own.version + 1 },
    });

    const second = await publish(
      communicator,
      lead,
      await createBulletin(communicator, own.id, goodBulletin([fact.id], { nextUpdateAt: null })),
    );
    const after = (await lead.get<Incident>(`/api/incidents/${own.id}`)).body;
    expect(after).toMatchObject({
      lastPublishedAt: second.publishedAt,
      firstPublishedAt: first.publishedAt,
      nextUpdateDue: promise,
    });
    await second$;
    // Events arrive in commit order, so a separate clock event from either publish would be here by now.
    expect(separateClockEvents).toEqual([]);
    expect(published[1]?.data).toMatchObject({
      changed: ["lastPublishedAt"],
      incident: { lastPublishedAt: second.publishedAt },
    });
  });

  it("judges the gate on errors, the threshold and staleness (pure)", () => {
    const good = scoreMessage({
      kind: "bulletin",
      body: goodBulletin([]).body ?? "",
      title: "Koka vattnet",
      language: "sv",
    });
    expect(evaluateGate(good, false, 0).passed).toBe(true);
    expect(evaluateGate(good, false, 101).passed).toBe(false);
    expect(evaluateGate(good, true, 0).passed).toBe(false);
  });

  it("names the warnings behind a failing principle, largest deduction first, and none of a passing one", () => {
    const noAction = scoreMessage({
      kind: "bulletin",
      title: "Avstängt vatten",
      body: "Vattnet är avstängt på Storgatan i Norrby sedan i morse. Arbetet pågår.",
      language: "sv",
    });
    const gate = evaluateGate(noAction, false, 0);
    expect(gate.failing).toEqual(["active"]);
    expect(gate.warnings.length).toBeGreaterThan(0);
    expect(gate.warnings.every((w) => w.principle === "active" && w.severity === "warn")).toBe(true);
    const deductions = gate.warnings.map((w) => w.deduction);
    expect(deductions).toEqual([...deductions].sort((x, y) => y - x));
    // Under the threshold every principle's warnings may be why; still at most five.
    expect(evaluateGate(noAction, false, 101).warnings.length).toBeLessThanOrEqual(5);
    const good = scoreMessage({
      kind: "bulletin",
      body: goodBulletin([]).body ?? "",
      title: "Koka vattnet",
      language: "sv",
    });
    expect(evaluateGate(good, false, 0).warnings).toEqual([]);
  });
});

describe("publish threshold from configuration", () => {
  it("KRISRUM_PUBLISH_THRESHOLD above a bulletin's score makes its publish need a reason", async () => {
    const database = await openTestDatabase("sqlite");
    await seedIfEmpty(database.db, { demo: true, demoPassword: DEMO_PASSWORD });
    const app = createApp({
      config: testConfig({ sessionHours: 1, staticDir: join(database.dataDir, "none"), publishThreshold: 100 }),
      db: database.db,
      log: silent,
    });
    await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
      const [lead, communicator] = await Promise.all([
        login(url, "lead", DEMO_PASSWORD),
        login(url, "communicator", DEMO_PASSWORD),
      ]);
      const incident = await createIncident(lead);
      const fact = await createFact(communicator, incident.id, "Huvudledningen har gått sönder.");
      const b = await createBulletin(communicator, incident.id, goodBulletin([fact.id]));
      await communicator.post(`/api/bulletins/${b.id}/submit`, {});
      await lead.post(`/api/bulletins/${b.id}/approve`, { expectedVersion: 1 });
      const refused = await lead.post(`/api/bulletins/${b.id}/publish`, {});
      expect(refused.body).toMatchObject({ error: { code: "reason_required", threshold: 100 } });
      expect((await lead.post(`/api/bulletins/${b.id}/publish`, { reason: "Bra nog för att gå ut nu." })).status).toBe(
        200,
      );
    } finally {
      await app.close();
      await database.dispose();
    }
  });
});

describe.each(ENGINES)("overdue next update on %s", (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ engine });
  });
  afterAll(() => server.close());

  it("raises one notification per passed deadline, even when two nodes check at the same moment", async () => {
    const lead = await server.as("lead");
    // Promised a moment ago (a promise already further back is refused), for an incident started earlier.
    const due = new Date(Date.now() - 2 * 60_000).toISOString();
    const startedAt = new Date(Date.now() - 30 * 60_000).toISOString();
    const late = (
      await lead.post<Incident>("/api/incidents", { title: "Försenad uppdatering", startedAt, nextUpdateDue: due })
    ).body;
    const since = (await lead.get<{ latestSeq: number }>("/api/events?since=0&limit=1")).body.latestSeq;
    const otherNode = createOverdueWatch(
      {
        db: server.database.db,
        transaction: createTransactionRunner(server.database.db, () => {}),
        sessionHours: 1,
        sessions: { sessionsEnded: () => {} },
      },
      silent,
    );
    const sent = await Promise.all([server.app.overdue.check(), otherNode.check(), server.app.overdue.check()]);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await server.app.overdue.check()).toBe(0);

    const events = (await lead.get<{ events: DomainEvent[] }>(`/api/events?since=${since}`)).body.events.filter(
      // Other watches on the same server may notify in the meantime; this test counts only this deadline's notices.
      (e) =>
        e.type === "notification" &&
        e.incidentId === late.id &&
        (e.data as NotificationData).kind === "next_update_overdue",
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      incidentId: late.id,
      visibleTo: ["admin", "lead", "communicator"],
      entity: { type: "incident", id: late.id },
    });
    expect(events[0]?.data as NotificationData).toMatchObject({ kind: "next_update_overdue", recipients: [], due });
    const agentView = (await (await server.as("agent")).get<{ events: DomainEvent[] }>(`/api/events?since=${since}`))
      .body.events;
    expect(agentView.some((e) => e.type === "notification")).toBe(false);

    // A new promise arms the watch again; a closed incident is never overdue.
    const next = new Date(Date.now() - 60_000).toISOString();
    await lead.patch(`/api/incidents/${late.id}`, { nextUpdateDue: next });
    expect(await server.app.overdue.check()).toBe(1);
    await lead.patch(`/api/incidents/${late.id}`, {
      nextUpdateDue: new Date(Date.now() - 30_000).toISOString(),
      status: "closed",
    });
    expect(await server.app.overdue.check()).toBe(0);
  });

  it("says the promised date in the notice when the promise was not for today", async () => {
    const lead = await server.as("lead");
    const due = new Date(Date.now() + 60_000);
    const incident = (
      await lead.post<Incident>("/api/incidents", { title: "Gammalt löfte", nextUpdateDue: due.toISOString() })
    ).body;
    const since = (await lead.get<{ latestSeq: number }>("/api/events?since=0&limit=1")).body.latestSeq;
    await server.app.overdue.check(new Date(due.getTime() + 2 * 86_400_000));
    const notice = (await lead.get<{ events: DomainEvent[] }>(`/api/events?since=${since}`)).body.events.find(
      (e) => e.type === "notification" && e.incidentId === incident.id,
    );
    const swedish = (options: Intl.DateTimeFormatOptions, locale = "sv-SE") =>
      new Intl.DateTimeFormat(locale, { timeZone: "Europe/Stockholm", ...options }).format(due);
    const time = swedish({ hour: "2-digit", minute: "2-digit" });
    const { message } = notice?.data as NotificationData;
    expect(message.sv).toBe(
      `Nästa uppdatering om ”Gammalt löfte” utlovades till ${swedish({ day: "numeric", month: "long", year: "numeric" })} kl. ${time} och är försenad.`,
    );
    expect(message.en).toBe(
      `The next update on “Gammalt löfte” was promised for ${time} on ${swedish({ day: "numeric", month: "long", year: "numeric" }, "en-GB")} and is overdue.`,
    );
  });
});
