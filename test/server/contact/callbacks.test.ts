import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin, Claim, ClaimCallbacks, ContactClaim, DomainEvent, Inquiry } from "../../../shared/index.js";
import type { CallbackState } from "../../../shared/schemas/callback.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { nextEvent } from "../../helpers/socket.js";
import { createFact, createIncident, ok, publish, userId } from "../claims/fixtures.js";

// The callback list: callers' phone numbers are for the contact centre only (agent, lead, admin), and the callback
// list of a corrected rumour records who rang each caller back, and when.

const NUMBER = "070-765 43 21";
const OTHER_NUMBER = "+46 31 987 65";

describe.each(ENGINES)("callback numbers and the called-back state (%s)", (engine) => {
  let server: TestServer;
  let agent: ApiClient;
  let communicator: ApiClient;
  let lead: ApiClient;
  let viewer: ApiClient;
  let admin: ApiClient;
  let incidentId: string;
  let claim: Claim;
  let first: Inquiry;
  let second: Inquiry;
  let plain: Inquiry;

  beforeAll(async () => {
    server = await startTestServer({ engine });
    [agent, communicator, lead, viewer, admin] = await Promise.all([
      server.as("agent"),
      server.as("communicator"),
      server.as("lead"),
      server.as("viewer"),
      server.as("admin"),
    ]);
    incidentId = (await createIncident(lead)).id;
    claim = await ok<Claim>(
      agent.post(`/api/incidents/${incidentId}/claims`, {
        text: "Bensinen tar slut på alla mackar i kväll",
        sourceChannel: "contact_centre",
        reach: "low",
      }),
      201,
    );
    const log = (client: ApiClient, body: Record<string, unknown>) =>
      ok<Inquiry>(
        client.post("/api/inquiries", {
          channel: "phone",
          question: "Tar bensinen slut?",
          resolution: "callback",
          incidentId,
          openedAt: new Date(Date.now() - 10_000).toISOString(),
          ...body,
        }),
        201,
      );
    first = await log(agent, { claimId: claim.id, callbackNumber: NUMBER });
    second = await log(lead, { claimId: claim.id, callbackNumber: OTHER_NUMBER, question: "Ska jag tanka nu?" });
    plain = await log(agent, { claimId: claim.id, resolution: "answered_first_contact" });
  });
  afterAll(() => server.close());

  it("shows callback numbers to agents, leads and admins only, on every inquiry route", async () => {
    const viaPost = await communicator.post<Inquiry>("/api/inquiries", {
      channel: "phone",
      question: "Ring mig",
      resolution: "callback",
      callbackNumber: "08-111 222 33",
      incidentId,
      openedAt: new Date().toISOString(),
    });
    expect(viaPost.status, viaPost.text).toBe(201);
    // The communicator who logged it does not get the number back either; the inquiry says there is one.
    expect(viaPost.body.hasCallbackNumber).toBe(true);
    expect(viaPost.body).not.toHaveProperty("callbackNumber");

    const matrix: [string, ApiClient, boolean][] = [
      ["agent", agent, true],
      ["lead", lead, true],
      ["admin", admin, true],
      ["communicator", communicator, false],
      ["viewer", viewer, false],
    ];
    for (const [role, client, sees] of matrix) {
      const list = await ok<{ inquiries: Inquiry[] }>(client.get(`/api/inquiries?incidentId=${incidentId}&limit=500`));
      const listed = list.inquiries.find((i) => i.id === first.id);
      expect(listed?.hasCallbackNumber, role).toBe(true);
      const one = await ok<Inquiry>(client.get(`/api/inquiries/${first.id}`));
      if (sees) {
        expect(listed?.callbackNumber, role).toBe(NUMBER);
        expect(one.callbackNumber, role).toBe(NUMBER);
      } else {
        expect(listed, role).not.toHaveProperty("callbackNumber");
        expect(one, role).not.toHaveProperty("callbackNumber");
        expect(JSON.stringify(list), role).not.toMatch(/765 43 21|987 65|111 222 33/u);
      }
    }
  });

  it("marks a caller rung back: who and when, on the list and the counts, pushed live and logged without the number", async () => {
    await ok(communicator.post(`/api/claims/${claim.id}/take`));
    const fact = await createFact(
      communicator,
      incidentId,
      "Drivmedelsleverantörerna har full leverans till alla stationer.",
    );
    const started = await ok<{ bulletin: Bulletin }>(
      communicator.post(`/api/claims/${claim.id}/correct`, { refutingFactIds: [fact.id] }),
      201,
    );
    await publish(communicator, lead, started.bulletin, "Ryktet sprids bland uppringarna");
    const before = await ok<ClaimCallbacks>(agent.get(`/api/claims/${claim.id}/callbacks`));
    expect(before).toMatchObject({ ready: true, waiting: 2, claim: { callbacks: 2, calledBack: 0 } });
    expect(before.callbacks.map((c) => c.calledBack)).toEqual([null, null]);

    const agentSocket = await server.socket(agent);
    const leadSocket = await server.socket(lead);
    const communicatorSocket = await server.socket(communicator);
    const pushed = nextEvent(
      agentSocket,
      "event",
      (e: DomainEvent) =>
        e.type === "contact_claim.changed" &&
        e.entity.id === claim.id &&
        (e.data.claim as ContactClaim).calledBack === 1,
    );
    const logged = nextEvent(
      leadSocket,
      "event",
      (e: DomainEvent) => e.type === "inquiry.called_back" && e.entity.id === first.id,
    );
    const deskSeen: DomainEvent[] = [];
    communicatorSocket.on("event", (e: DomainEvent) => deskSeen.push(e));

    const agentId = await userId(agent);
    const marked = await ok<CallbackState>(
      agent.request("PUT", `/api/inquiries/${first.id}/called-back`, { done: true }),
    );
    expect(marked).toMatchObject({ inquiryId: first.id, claimId: claim.id, calledBack: { by: { id: agentId } } });
    const at = Date.parse(marked.calledBack?.at ?? "");
    expect(Math.abs(at - Date.now())).toBeLessThan(60_000);

    const [claimEvent] = await pushed;
    expect(claimEvent.data.claim).toMatchObject({ id: claim.id, callbacks: 1, calledBack: 1 });
    const [event] = await logged;
    expect(event).toMatchObject({
      actor: { id: agentId },
      visibleTo: ["admin", "lead", "agent"],
      data: { inquiryId: first.id, caseNumber: first.caseNumber, claimId: claim.id, done: true },
    });

    const after = await ok<ClaimCallbacks>(lead.get(`/api/claims/${claim.id}/callbacks`));
    expect(after).toMatchObject({ waiting: 1, claim: { callbacks: 1, calledBack: 1 } });
    // Still on the list (the number stays until the purge), marked, in the same order.
    expect(after.callbacks.map((c) => [c.inquiryId, c.calledBack?.by.id ?? null, c.calledBack?.at ?? null])).toEqual([
      [first.id, agentId, marked.calledBack?.at],
      [second.id, null, null],
    ]);
    expect(after.callbacks[0]?.calledBack?.by.displayName).not.toBe("");

    // Durable: in the row, not only in memory.
    const row = await server.database.db
      .selectFrom("inquiries")
      .select(["called_back_at", "called_back_by"])
      .where("id", "=", first.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ called_back_at: marked.calledBack?.at, called_back_by: agentId });
    // The event log holds the case, never the number; the desk does not hear of it.
    const rows = await server.database.db
      .selectFrom("events")
      .select(["data"])
      .where("type", "=", "inquiry.called_back")
      .execute();
    expect(rows.length).toBe(1);
    const stored = JSON.stringify(rows);
    expect(stored).toContain(first.caseNumber);
    expect(stored).not.toMatch(/765 43 21|987 65/u);
    await new Promise((r) => setTimeout(r, 200));
    expect(deskSeen.filter((e) => e.type === "inquiry.called_back")).toEqual([]);
    for (const socket of [agentSocket, leadSocket, communicatorSocket]) socket.close();
  });

  it("keeps the first who rang back when marked again, and undoes a mark made by mistake", async () => {
    const again = await ok<CallbackState>(
      lead.request("PUT", `/api/inquiries/${first.id}/called-back`, { done: true }),
    );
    expect(again.calledBack?.by.id).toBe(await userId(agent));
    const eventsBefore = await server.database.db
      .selectFrom("events")
      .select("seq")
      .where("type", "=", "inquiry.called_back")
      .execute();
    expect(eventsBefore.length).toBe(1);

    const undone = await ok<CallbackState>(
      admin.request("PUT", `/api/inquiries/${second.id}/called-back`, { done: false }),
    );
    expect(undone.calledBack).toBeNull();
    const lead2 = await ok<CallbackState>(
      lead.request("PUT", `/api/inquiries/${second.id}/called-back`, { done: true }),
    );
    expect(lead2.calledBack?.by.id).toBe(await userId(lead));
    const reverted = await ok<CallbackState>(
      lead.request("PUT", `/api/inquiries/${second.id}/called-back`, { done: false }),
    );
    expect(reverted.calledBack).toBeNull();
    const list = await ok<ClaimCallbacks>(agent.get(`/api/claims/${claim.id}/callbacks`));
    expect(list).toMatchObject({ waiting: 1, claim: { callbacks: 1, calledBack: 1 } });
    expect(list.callbacks.find((c) => c.inquiryId === second.id)?.calledBack).toBeNull();
  });

  it("validates the mark and checks the role", async () => {
    for (const body of [{}, { done: "yes" }, { done: 1 }, { done: true, at: "2026-01-01T00:00:00Z" }, null]) {
      const res = await agent.request<{ error: { field?: string } }>(
        "PUT",
        `/api/inquiries/${second.id}/called-back`,
        body,
      );
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const typed = await agent.request<{ error: { field?: string } }>("PUT", `/api/inquiries/${second.id}/called-back`, {
      done: "yes",
    });
    expect(typed.body.error.field).toBe("done");
    // No number to ring: nothing to mark.
    const bare = await agent.request<{ error: { field?: string } }>("PUT", `/api/inquiries/${plain.id}/called-back`, {
      done: true,
    });
    expect(bare.status).toBe(400);
    expect(bare.body.error.field).toBe("id");
    expect(
      (await agent.request("PUT", `/api/inquiries/${crypto.randomUUID()}/called-back`, { done: true })).status,
    ).toBe(404);
    expect((await agent.request("PUT", "/api/inquiries/not-an-id/called-back", { done: true })).status).toBe(400);
    for (const client of [communicator, viewer])
      expect((await client.request("PUT", `/api/inquiries/${second.id}/called-back`, { done: true })).status).toBe(403);
    expect(
      (await server.anonymous().request("PUT", `/api/inquiries/${second.id}/called-back`, { done: true })).status,
    ).toBe(401);
    const list = await ok<ClaimCallbacks>(agent.get(`/api/claims/${claim.id}/callbacks`));
    expect(list.callbacks.find((c) => c.inquiryId === second.id)?.calledBack).toBeNull();
  });
});
