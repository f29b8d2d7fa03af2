import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTransactionRunner } from "../../../server/db/transaction.js";
import { createClaimOverdueWatch } from "../../../server/domain/claims/index.js";
import { createLogger } from "../../../server/logger.js";
import { createPublisher } from "../../../server/realtime/publisher.js";
import type { DomainEvent, NotificationData } from "../../../shared/index.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { collect, nextEvent, type ClientSocket } from "../../helpers/socket.js";
import { createClaim, createIncident, ok, userId } from "./fixtures.js";

const next = (socket: ClientSocket, type: DomainEvent["type"], id?: string) =>
  nextEvent(socket, "event", (e) => e.type === type && (id === undefined || e.entity.id === id)).then(([e]) => e);

describe("live push of claim events", () => {
  let server: TestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let watcher: ClientSocket;
  let agentSocket: ClientSocket;
  let incidentId: string;
  beforeAll(async () => {
    server = await startTestServer();
    [lead, communicator] = await Promise.all([server.as("lead"), server.as("communicator")]);
    watcher = await server.socket(lead);
    agentSocket = await server.socket(await server.as("agent"));
    incidentId = (await createIncident(lead)).id;
  });
  afterAll(() => server.close());

  it("pushes every change of a claim to a second console, and none to contact agents", async () => {
    const agentSaw = collect(agentSocket, "event");
    const created = next(watcher, "claim.created");
    const claim = await createClaim(communicator, incidentId);
    expect((await created).data).toEqual({ claim });
    expect((await created).visibleTo).toEqual(["admin", "lead", "communicator"]);

    const triaged = next(watcher, "claim.status_changed", claim.id);
    await ok(communicator.post(`/api/claims/${claim.id}/triage`, { severity: "critical" }));
    expect((await triaged).data).toMatchObject({ from: "new", to: "triaged", claim: { severity: "critical" } });

    const taken = next(watcher, "claim.taken", claim.id);
    const mine = await ok(communicator.post(`/api/claims/${claim.id}/take`));
    expect((await taken).data).toMatchObject({
      from: "triaged",
      to: "assigned",
      claim: { assigneeId: mine.assigneeId, version: mine.version },
    });

    const noted = next(watcher, "claim.updated", claim.id);
    await ok(communicator.post(`/api/claims/${claim.id}/notes`, { text: "Sprids i två grupper" }), 201);
    expect((await noted).data).toMatchObject({
      note: { text: "Sprids i två grupper" },
      claim: { notes: [{ text: "Sprids i två grupper" }] },
    });

    const correcting = next(watcher, "claim.status_changed", claim.id);
    const bulletinCreated = next(watcher, "bulletin.created");
    const { bulletin } = await ok<{ bulletin: { id: string } }>(
      communicator.post(`/api/claims/${claim.id}/correct`, {}),
      201,
    );
    expect((await correcting).data).toMatchObject({ from: "assigned", to: "correcting", bulletinId: bulletin.id });

    const dup = await createClaim(communicator, incidentId, { text: "Kranvattnet är giftigt" });
    const mergedEvents = [next(watcher, "claim.merged", dup.id), next(watcher, "claim.merged", claim.id)];
    await ok(communicator.post(`/api/claims/${dup.id}/merge`, { into: claim.id }));
    const [mergedAway, survivor] = await Promise.all(mergedEvents);
    expect(mergedAway?.data).toMatchObject({ into: claim.id, claim: { mergedInto: claim.id } });
    expect(survivor?.data).toMatchObject({ mergedFrom: dup.id });

    // The agent's console saw neither the correction draft (drafts are the crisis team's) nor one claim event.
    await bulletinCreated;
    const logged = next(agentSocket, "log.entry_added");
    await ok(lead.post(`/api/incidents/${incidentId}/log`, { kind: "note", text: "Avstämning" }), 201);
    await logged;
    expect(agentSaw.filter((e) => e.entity.type === "claim" || e.type.startsWith("claim."))).toEqual([]);
    expect(agentSaw.filter((e) => e.type.startsWith("bulletin."))).toEqual([]);
  });
});

describe.each(ENGINES)("overdue claims (%s)", (engine) => {
  let server: TestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let incidentId: string;
  beforeAll(async () => {
    server = await startTestServer({ engine });
    [lead, communicator] = await Promise.all([server.as("lead"), server.as("communicator")]);
    incidentId = (await createIncident(lead)).id;
    // The seeded demo desk has open claims of its own: notify them all now, so the counts below are this test's.
    await server.app.claimOverdue.check(new Date(Date.now() + 7 * 24 * 60 * 60_000));
  });
  afterAll(() => server.close());

  const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);
  const notices = async (claimId: string) =>
    (
      await server.database.db
        .selectFrom("events")
        .select(["data", "visible_to"])
        .where("type", "=", "notification")
        .where("entity_id", "=", claimId)
        .execute()
    ).map((e) => ({
      data: JSON.parse(e.data) as NotificationData,
      visibleTo: JSON.parse(e.visible_to ?? "null") as string[] | null,
    }));

  it("notifies the leads and the assignee once per overdue claim, even when two nodes check at the same moment", async () => {
    const claim = await createClaim(communicator, incidentId, { severity: "critical" });
    await ok(communicator.post(`/api/claims/${claim.id}/take`));
    const watcher = await server.socket(lead);
    const pushed = next(watcher, "notification", claim.id);
    // A second node publishes its pushes to the same consoles (through the Redis adapter in production), so whichever
    // node wins the race, the lead's console hears of it.
    const otherNode = createClaimOverdueWatch(
      {
        db: server.database.db,
        transaction: createTransactionRunner(server.database.db, createPublisher(server.app.io)),
        sessionHours: 1,
        sessions: { sessionsEnded: () => {} },
      },
      createLogger("silent"),
    );
    expect(await server.app.claimOverdue.check(later(29))).toBe(0);
    const sent = await Promise.all([
      server.app.claimOverdue.check(later(31)),
      otherNode.check(later(31)),
      server.app.claimOverdue.check(later(32)),
    ]);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await server.app.claimOverdue.check(later(60))).toBe(0);

    const [notice] = await notices(claim.id);
    expect(await notices(claim.id)).toHaveLength(1);
    expect(notice?.data).toMatchObject({ kind: "claim_overdue", claimId: claim.id, due: claim.dueAt });
    expect(new Set(notice?.data.recipients)).toEqual(new Set([await userId(lead), await userId(communicator)]));
    expect(notice?.visibleTo).toEqual(["admin", "lead", "communicator"]);
    expect((await pushed).data).toMatchObject({ kind: "claim_overdue", claimId: claim.id });
  });

  it("dates a due time of another day in the notice, so an old claim's deadline does not read as this morning's", async () => {
    const claim = await createClaim(communicator, incidentId, { severity: "critical", text: "Ett gammalt rykte" });
    // Checked two days after it was logged: the notice names the day the claim was due, not only its time.
    expect(
      await server.app.claimOverdue.check(new Date(Date.parse(claim.dueAt) + 2 * 86_400_000)),
    ).toBeGreaterThanOrEqual(1);
    const [notice] = await notices(claim.id);
    const message = (notice?.data as { message?: { sv: string; en: string } }).message;
    expect(message?.sv).toMatch(/skulle ha bemötts senast \d{1,2} \p{L}+ \d{4} kl\. \d{2}:\d{2} och är försenat/u);
    expect(message?.en).toMatch(/was due for correction by \d{2}:\d{2} on \d{1,2} \p{L}+ \d{4} and is overdue/u);
  });

  it("arms the notice again when triage moves the due time, and never for closed claims", async () => {
    const claim = await createClaim(communicator, incidentId, { severity: "critical", text: "Ett annat rykte" });
    const dismissed = await createClaim(communicator, incidentId, { severity: "critical", text: "Skämt" });
    await ok(communicator.post(`/api/claims/${dismissed.id}/dismiss`, { reason: "Uppenbart skämt" }));
    expect(await server.app.claimOverdue.check(later(31))).toBe(1);
    await ok(communicator.post(`/api/claims/${claim.id}/triage`, { severity: "high" }));
    expect(await server.app.claimOverdue.check(later(59))).toBe(0);
    expect(await server.app.claimOverdue.check(later(61))).toBe(1);
    expect(await notices(claim.id)).toHaveLength(2);
    expect(await notices(dismissed.id)).toHaveLength(0);
    expect((await notices(claim.id))[0]?.data.recipients).toEqual([await userId(lead)]);
  });
});
