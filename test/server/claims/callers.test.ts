import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin, Claim, ClaimCallbacks, ContactClaim, DomainEvent, Inquiry } from "../../../shared/index.js";
import { purgeExpiredCallbackNumbers } from "../../../server/jobs/callbackPurge.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { nextEvent } from "../../helpers/socket.js";
import { createFact, createIncident, ok, publish } from "./fixtures.js";

// Closing the loop: caller reports join the open claim they repeat, the contact centre follows the
// claims its callers reported, and a published correction gives the contact centre its callback list.

const POISON = "Kranvattnet är förgiftat i hela kommunen";
const POISON_AGAIN = "Någon sa att kranvattnet i kommunen är förgiftat";
const SCHOOLS = "Alla skolor i Norrby stänger i morgon";

describe.each(ENGINES)("caller reports, the contact centre's claims and the callback list (%s)", (engine) => {
  let server: TestServer;
  let agent: ApiClient;
  let communicator: ApiClient;
  let lead: ApiClient;
  let viewer: ApiClient;
  let admin: ApiClient;
  let incidentId: string;
  let otherIncidentId: string;
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
    otherIncidentId = (await createIncident(lead, { title: "Storm Gorm – elavbrott" })).id;
  });
  afterAll(() => server.close());

  const report = (client: ApiClient, text: string, calls?: number, incident = incidentId) =>
    client.post<Claim>(`/api/incidents/${incident}/claims`, {
      text,
      sourceChannel: "contact_centre",
      ...(calls === undefined ? {} : { calls }),
      reach: "low",
    });
  const board = async (incident = incidentId) =>
    (await ok<{ claims: Claim[] }>(communicator.get(`/api/incidents/${incident}/claims`))).claims;
  const inquiry = (body: Record<string, unknown>) =>
    agent.post<Inquiry>("/api/inquiries", {
      channel: "phone",
      question: "Är vattnet förgiftat?",
      resolution: "callback",
      incidentId,
      openedAt: new Date().toISOString(),
      ...body,
    });

  it("counts the callers of a new caller report and takes the reach they imply", async () => {
    const first = await report(agent, POISON, 2);
    expect(first.status, first.text).toBe(201);
    expect(first.body).toMatchObject({
      text: POISON,
      sourceChannel: "contact_centre",
      calls: 2,
      reach: "low",
      status: "new",
      version: 1,
    });
    // A claim from another channel counts no calls.
    const social = await ok<Claim>(
      communicator.post(`/api/incidents/${incidentId}/claims`, {
        text: "Räddningstjänsten har gett upp läckan",
        sourceChannel: "social",
      }),
      201,
    );
    expect(social.calls).toBe(0);
  });

  it("adds the calls of a matching report to the open claim and raises its reach, with no duplicate", async () => {
    const before = (await board()).find((c) => c.text === POISON);
    expect(before).toBeDefined();
    const watcher = await server.socket(communicator);
    const updated = nextEvent(watcher, "event", (e) => e.type === "claim.updated" && e.entity.id === before?.id);

    const again = await report(agent, POISON_AGAIN, 1);
    expect(again.status, again.text).toBe(200);
    expect(again.body).toMatchObject({ id: before?.id, text: POISON, calls: 3, reach: "medium", version: 2 });
    const [event] = await updated;
    expect(event.data).toMatchObject({ changed: ["calls", "reach"], callers: 1 });
    expect((event.data.claim as Claim).calls).toBe(3);

    const many = await report(agent, "Kranvattnet är förgiftat", 8);
    expect(many.status, many.text).toBe(200);
    expect(many.body).toMatchObject({ id: before?.id, calls: 11, reach: "high" });
    // One claim on the board for the three reports.
    const poison = (await board()).filter((c) => /förgiftat/u.test(c.text));
    expect(poison.map((c) => [c.id, c.calls])).toEqual([[before?.id, 11]]);
  });

  it("makes a new claim of a report that matches nothing open, or only a claim of another incident", async () => {
    const schools = await report(agent, SCHOOLS);
    expect(schools.status, schools.text).toBe(201);
    expect(schools.body).toMatchObject({ text: SCHOOLS, calls: 1, reach: "low" });
    const elsewhere = await report(agent, POISON, 1, otherIncidentId);
    expect(elsewhere.status, elsewhere.text).toBe(201);
    expect(elsewhere.body.incidentId).toBe(otherIncidentId);
    expect((await board()).filter((c) => c.text === SCHOOLS)).toHaveLength(1);
    // A closed claim is not joined: the report after a dismissal is a claim of its own.
    const dismissed = await ok<Claim>(
      communicator.post(`/api/claims/${schools.body.id}/dismiss`, { reason: "Inget underlag" }),
    );
    expect(dismissed.status).toBe("dismissed");
    const later = await report(agent, SCHOOLS);
    expect(later.status, later.text).toBe(201);
    expect(later.body.id).not.toBe(schools.body.id);
  });

  it("refuses calls on a claim that is not a caller report, and calls out of range", async () => {
    const social = await communicator.post<{ error: { field: string } }>(`/api/incidents/${incidentId}/claims`, {
      text: "x",
      sourceChannel: "social",
      calls: 3,
    });
    expect(social.status).toBe(400);
    expect(social.body.error.field).toBe("calls");
    for (const calls of [0, -1, 10_001, 2.5]) {
      const res = await agent.post<{ error: { field: string } }>(`/api/incidents/${incidentId}/claims`, {
        text: "y",
        sourceChannel: "contact_centre",
        calls,
      });
      expect(res.status, String(calls)).toBe(400);
      expect(res.body.error.field).toBe("calls");
    }
  });

  it("shows the contact centre the claims its callers reported, and pushes their changes to agents", async () => {
    const listed = await ok<{ claims: ContactClaim[] }>(agent.get(`/api/contact/claims?incidentId=${incidentId}`));
    const poison = listed.claims.find((c) => c.text === POISON);
    expect(poison).toMatchObject({ incidentId, calls: 11, reach: "high", status: "new", callbacks: 0 });
    // Trimmed: no notes, no people.
    expect(Object.keys(poison ?? {})).not.toContain("notes");
    expect(Object.keys(poison ?? {})).not.toContain("assigneeName");
    // Only claims callers reported (the social one is not there), of this incident unless all are asked for.
    expect(listed.claims.every((c) => c.calls > 0 && c.incidentId === incidentId)).toBe(true);
    const all = await ok<{ claims: ContactClaim[] }>(agent.get("/api/contact/claims"));
    expect(all.claims.map((c) => c.incidentId)).toContain(otherIncidentId);
    expect((await viewer.get("/api/contact/claims")).status).toBe(403);

    const agentSocket = await server.socket(agent);
    const pushed = nextEvent(
      agentSocket,
      "event",
      (e) => e.type === "contact_claim.changed" && e.entity.id === poison?.id,
    );
    await ok(communicator.post(`/api/claims/${poison?.id}/take`));
    const [event] = await pushed;
    expect(event).toMatchObject({ incidentId: null, visibleTo: ["admin", "lead", "communicator", "agent"] });
    expect(event.data.claim).toMatchObject({ id: poison?.id, status: "assigned", calls: 11 });
    expect(JSON.stringify(event.data)).not.toContain("assignee");
  });

  it("links inquiries to a claim and, once the correction is published, lists whom to call back", async () => {
    const poison = (await board()).find((c) => c.text === POISON) as Claim;
    const ring = await inquiry({ claimId: poison.id, callbackNumber: "070-123 45 67" });
    expect(ring.status, ring.text).toBe(201);
    expect(ring.body.claimId).toBe(poison.id);
    const ring2 = await inquiry({
      claimId: poison.id,
      callbackNumber: "+46 8 123 456",
      question: "Kan jag dricka vattnet?",
    });
    expect(ring2.status, ring2.text).toBe(201);
    // Asked about it but left no number: not on the list.
    expect((await inquiry({ claimId: poison.id, resolution: "answered_first_contact" })).status).toBe(201);
    // A number about another rumour: not on this list either.
    const schools = (await board()).find((c) => c.text === SCHOOLS && c.status !== "dismissed") as Claim;
    expect((await inquiry({ claimId: schools.id, callbackNumber: "070-999 99 99" })).status).toBe(201);

    const waiting = await ok<ClaimCallbacks>(agent.get(`/api/claims/${poison.id}/callbacks`));
    expect(waiting).toMatchObject({ ready: false, waiting: 2, purged: 0, callbacks: [] });
    expect(waiting.claim).toMatchObject({ id: poison.id, callbacks: 2 });

    const fact = await createFact(
      communicator,
      incidentId,
      "Vattenprover från i morse visar inga gifter i dricksvattnet.",
    );
    const started = await ok<{ bulletin: Bulletin }>(
      communicator.post(`/api/claims/${poison.id}/correct`, { refutingFactIds: [fact.id] }),
      201,
    );
    const agentSocket = await server.socket(agent);
    const corrected = nextEvent(
      agentSocket,
      "event",
      (e) =>
        e.type === "contact_claim.changed" &&
        e.entity.id === poison.id &&
        (e.data.claim as ContactClaim).status === "corrected",
    );
    await publish(communicator, lead, started.bulletin, "Ryktet sprids bland uppringarna");
    const [event] = await corrected;
    expect(event.data.claim).toMatchObject({
      status: "corrected",
      callbacks: 2,
      correctionBulletinId: started.bulletin.id,
    });
    expect(JSON.stringify(event.data)).not.toContain("070-123");

    const list = await ok<ClaimCallbacks>(agent.get(`/api/claims/${poison.id}/callbacks`));
    expect(list).toMatchObject({ ready: true, waiting: 2, purged: 0 });
    expect(list.callbacks.map((c) => [c.caseNumber, c.callbackNumber, c.question])).toEqual([
      [ring.body.caseNumber, "070-123 45 67", "Är vattnet förgiftat?"],
      [ring2.body.caseNumber, "+46 8 123 456", "Kan jag dricka vattnet?"],
    ]);
    expect(list.claim.correctedAt).not.toBeNull();
  });

  it("lets agents, leads and admins read the callback list, not the desk or viewers", async () => {
    const poison = (await board()).find((c) => c.text === POISON) as Claim;
    for (const client of [agent, lead, admin])
      expect((await client.get(`/api/claims/${poison.id}/callbacks`)).status).toBe(200);
    for (const client of [communicator, viewer]) {
      const res = await client.get<{ error: { code: string } }>(`/api/claims/${poison.id}/callbacks`);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("forbidden");
    }
    expect((await agent.get(`/api/claims/${crypto.randomUUID()}/callbacks`)).status).toBe(404);
  });

  it("drops numbers the retention purge blanked from the list", async () => {
    const poison = (await board()).find((c) => c.text === POISON) as Claim;
    // As if the retention period had passed: the purge blanks every number saved before now.
    const purged = await purgeExpiredCallbackNumbers(server.database.db, 0, new Date(Date.now() + 1_000));
    expect(purged).toBeGreaterThanOrEqual(2);
    const list = await ok<ClaimCallbacks>(agent.get(`/api/claims/${poison.id}/callbacks`));
    expect(list).toMatchObject({ ready: true, waiting: 0, purged: 2, callbacks: [] });
  });

  it("refuses a link to a claim of another incident or an unknown claim, and an inquiry without incident takes the claim's", async () => {
    const elsewhere = (await board(otherIncidentId)).find((c) => c.text === POISON) as Claim;
    const wrong = await inquiry({ claimId: elsewhere.id });
    expect(wrong.status).toBe(400);
    expect((wrong.body as unknown as { error: { field: string } }).error.field).toBe("claimId");
    const unknown = await inquiry({ claimId: crypto.randomUUID() });
    expect(unknown.status).toBe(400);
    const bare = await inquiry({ claimId: elsewhere.id, incidentId: null, resolution: "answered_first_contact" });
    expect(bare.status, bare.text).toBe(201);
    expect(bare.body).toMatchObject({ incidentId: otherIncidentId, claimId: elsewhere.id });
  });

  it("counts a caller who asks about an open rumour as one more call to it, once, and none on a closed one", async () => {
    const claim = await ok<Claim>(report(agent, "Skolmaten i Östby är förgiftad", 1), 201);
    const calls = async () => (await board()).find((c) => c.id === claim.id)?.calls;
    expect(await calls()).toBe(1);
    // Linked from the list: one more caller about it, and the reach follows the calls.
    for (let i = 0; i < 4; i++)
      expect((await inquiry({ claimId: claim.id, resolution: "answered_first_contact" })).status).toBe(201);
    expect(await calls()).toBe(5);
    expect((await board()).find((c) => c.id === claim.id)?.reach).not.toBe("low");
    // Raised or joined during this call: counted there already.
    expect((await inquiry({ claimId: claim.id, resolution: "answered_first_contact", callCounted: true })).status).toBe(
      201,
    );
    expect(await calls()).toBe(5);
    // "Counted" with no claim to count on is a contradiction the API names.
    const loose = await inquiry({ resolution: "answered_first_contact", callCounted: true });
    expect(loose.status).toBe(400);
    expect((loose.body as unknown as { error: { field: string } }).error.field).toBe("callCounted");
    // A dismissed rumour is no longer counted.
    await ok(communicator.post(`/api/claims/${claim.id}/dismiss`, { reason: "Kontrollerat: stämmer inte" }));
    expect((await inquiry({ claimId: claim.id, resolution: "answered_first_contact" })).status).toBe(201);
    expect(await calls()).toBe(5);
  });

  it("merging keeps the callers: the survivor adds the calls and takes over the linked inquiries", async () => {
    const a = await ok<Claim>(
      communicator.post(`/api/incidents/${incidentId}/claims`, {
        text: "Elnätet i Söderäng är saboterat av grannkommunen",
        sourceChannel: "social",
      }),
      201,
    );
    const b = await ok<Claim>(report(agent, "Bussarna till skolan är inställda hela veckan", 4), 201);
    // The caller report counted this call already.
    const linked = await inquiry({ claimId: b.id, callbackNumber: "070-555 55 55", callCounted: true });
    expect(linked.status, linked.text).toBe(201);
    const { survivor } = await ok<{ survivor: Claim }>(communicator.post(`/api/claims/${b.id}/merge`, { into: a.id }));
    expect(survivor).toMatchObject({ id: a.id, calls: 4, reach: "medium" });
    expect((await ok<ClaimCallbacks>(agent.get(`/api/claims/${a.id}/callbacks`))).waiting).toBe(1);
    const listed = await ok<{ claims: ContactClaim[] }>(agent.get(`/api/contact/claims?incidentId=${incidentId}`));
    expect(listed.claims.map((c) => c.id)).toContain(a.id);
    expect(listed.claims.map((c) => c.id)).not.toContain(b.id);
  });

  it("keeps claim events from agents: only the trimmed contact-centre copy reaches them", async () => {
    const rows = await server.database.db
      .selectFrom("events")
      .select(["type", "visible_to", "data"])
      .where("type", "=", "contact_claim.changed")
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const data = JSON.parse(row.data) as DomainEvent["data"];
      expect(Object.keys(data.claim as object)).not.toContain("notes");
      // A number as callers give it: a bare "070-" also occurs inside a random UUID ("09d6d070-…").
      expect(row.data).not.toMatch(/070-\d{3} \d{2} \d{2}|\+46 \d/u);
    }
  });
});
