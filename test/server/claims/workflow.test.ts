import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Claim, Role } from "../../../shared/index.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createClaim, createIncident, ok, userId } from "./fixtures.js";

const ROLES: Role[] = ["admin", "lead", "communicator", "agent", "viewer"];

describe.each(ENGINES)("claims workflow and roles (%s)", (engine) => {
  let server: TestServer;
  let as: Record<Role, ApiClient>;
  let ids: Record<Role, string>;
  let incidentId: string;
  beforeAll(async () => {
    server = await startTestServer({ engine });
    const clients = await Promise.all(ROLES.map((r) => server.as(r)));
    as = Object.fromEntries(ROLES.map((r, i) => [r, clients[i]])) as Record<Role, ApiClient>;
    ids = Object.fromEntries(await Promise.all(ROLES.map(async (r) => [r, await userId(as[r])]))) as Record<
      Role,
      string
    >;
    incidentId = (await createIncident(as.lead)).id;
  });
  afterAll(() => server.close());

  it("lets communicators, leads, admins and contact agents raise a claim, and nobody else", async () => {
    for (const role of ["communicator", "lead", "admin", "agent"] as const) {
      // The agent's caller report says something else: one repeating an open claim would join it (callers.test.ts).
      const claim = await createClaim(
        as[role],
        incidentId,
        role === "agent"
          ? { sourceChannel: "contact_centre", text: "Skolorna i Norrby stänger i morgon" }
          : { sourceChannel: "social" },
      );
      expect(claim).toMatchObject({
        status: "new",
        severity: "medium",
        reach: "low",
        assigneeId: null,
        version: 1,
        createdBy: ids[role],
      });
    }
    const refused = await as.viewer.post(`/api/incidents/${incidentId}/claims`, { text: "x", sourceChannel: "social" });
    expect(refused.status).toBe(403);
  });

  it("keeps the board from agents and viewers: they may not list, read or work claims", async () => {
    const claim = await createClaim(as.communicator, incidentId);
    for (const role of ["agent", "viewer"] as const) {
      expect((await as[role].get(`/api/incidents/${incidentId}/claims`)).status).toBe(403);
      expect((await as[role].get(`/api/claims/${claim.id}`)).status).toBe(403);
      expect((await as[role].post(`/api/claims/${claim.id}/take`)).status).toBe(403);
      expect((await as[role].post(`/api/claims/${claim.id}/triage`, { severity: "high" })).status).toBe(403);
      expect((await as[role].post(`/api/claims/${claim.id}/notes`, { text: "x" })).status).toBe(403);
    }
    const listed = await ok<{ claims: Claim[] }>(as.communicator.get(`/api/incidents/${incidentId}/claims`));
    expect(listed.claims.map((c) => c.id)).toContain(claim.id);
  });

  it("validates input and names the field", async () => {
    const bad = await as.communicator.post<{ error: { field: string } }>(`/api/incidents/${incidentId}/claims`, {
      text: "x",
      sourceChannel: "tv",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe("sourceChannel");
    const link = await as.communicator.post<{ error: { field: string } }>(`/api/incidents/${incidentId}/claims`, {
      text: "x",
      sourceChannel: "social",
      link: "javascript:alert(1)",
    });
    expect(link.body.error.field).toBe("link");
    const facts = await as.communicator.post<{ error: { field: string } }>(`/api/incidents/${incidentId}/claims`, {
      text: "x",
      sourceChannel: "social",
      refutingFactIds: [crypto.randomUUID()],
    });
    expect(facts.status).toBe(400);
    expect(facts.body.error.field).toBe("refutingFactIds.0");
    expect(
      (
        await as.communicator.post(`/api/incidents/${crypto.randomUUID()}/claims`, {
          text: "x",
          sourceChannel: "social",
        })
      ).status,
    ).toBe(404);
  });

  it("walks new → triaged → assigned (take) → reassigned by a lead, with versions", async () => {
    const claim = await createClaim(as.communicator, incidentId);
    const triaged = await ok(
      as.communicator.post(`/api/claims/${claim.id}/triage`, { severity: "critical", reach: "high" }),
    );
    expect(triaged).toMatchObject({ status: "triaged", severity: "critical", reach: "high", version: 2 });
    const taken = await ok(as.communicator.post(`/api/claims/${claim.id}/take`));
    expect(taken).toMatchObject({
      status: "assigned",
      assigneeId: ids.communicator,
      assigneeName: expect.any(String),
      version: 3,
    });
    expect((await as.admin.post(`/api/claims/${claim.id}/take`)).status).toBe(409);
    expect((await as.communicator.post(`/api/claims/${claim.id}/assign`, { assigneeId: ids.admin })).status).toBe(403);
    const moved = await ok(as.lead.post(`/api/claims/${claim.id}/assign`, { assigneeId: ids.admin }));
    expect(moved).toMatchObject({ status: "assigned", assigneeId: ids.admin });
    const toAgent = await as.lead.post<{ error: { field: string } }>(`/api/claims/${claim.id}/assign`, {
      assigneeId: ids.agent,
    });
    expect(toAgent.status).toBe(400);
    expect(toAgent.body.error.field).toBe("assigneeId");
  });

  it("lets a lead assign a new claim directly, and an admin too", async () => {
    const a = await createClaim(as.agent, incidentId, {
      sourceChannel: "contact_centre",
      text: "Bussarna till Söderäng slutar gå i kväll",
    });
    expect(await ok(as.lead.post(`/api/claims/${a.id}/assign`, { assigneeId: ids.communicator }))).toMatchObject({
      status: "assigned",
      assigneeId: ids.communicator,
    });
    const b = await createClaim(as.communicator, incidentId);
    expect(await ok(as.admin.post(`/api/claims/${b.id}/assign`, { assigneeId: ids.lead }))).toMatchObject({
      status: "assigned",
      assigneeId: ids.lead,
    });
  });

  it("dismisses only with a reason, and a dismissed claim can no longer be worked", async () => {
    const claim = await createClaim(as.communicator, incidentId);
    const noReason = await as.communicator.post<{ error: { field: string } }>(`/api/claims/${claim.id}/dismiss`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.field).toBe("reason");
    const blank = await as.communicator.post(`/api/claims/${claim.id}/dismiss`, { reason: "   " });
    expect(blank.status).toBe(400);
    const dismissed = await ok(
      as.communicator.post(`/api/claims/${claim.id}/dismiss`, { reason: "Satir, inte spritt" }),
    );
    expect(dismissed).toMatchObject({ status: "dismissed", dismissReason: "Satir, inte spritt" });
    for (const [path, body] of [
      ["take", {}],
      ["triage", { severity: "high" }],
      ["dismiss", { reason: "igen" }],
      ["correct", {}],
    ] as const) {
      const res = await as.lead.post<{ error: { code: string; current: Claim } }>(
        `/api/claims/${claim.id}/${path}`,
        body,
      );
      expect(res.status, path).toBe(409);
      expect(res.body.error.code).toBe("invalid_transition");
      expect(res.body.error.current.status).toBe("dismissed");
    }
    expect((await as.lead.post(`/api/claims/${claim.id}/assign`, { assigneeId: ids.lead })).status).toBe(409);
    expect((await as.lead.patch(`/api/claims/${claim.id}`, { text: "ny" })).status).toBe(409);
  });

  it("sends only the assignee (or a lead or admin) to correction, and only from assigned", async () => {
    const claim = await createClaim(as.communicator, incidentId);
    expect((await as.communicator.post(`/api/claims/${claim.id}/correct`, {})).status).toBe(409);
    await ok(as.lead.post(`/api/claims/${claim.id}/assign`, { assigneeId: ids.admin }));
    expect((await as.communicator.post(`/api/claims/${claim.id}/correct`, {})).status).toBe(403);
    const started = await ok<{ claim: Claim }>(as.lead.post(`/api/claims/${claim.id}/correct`, {}), 201);
    expect(started.claim.status).toBe("correcting");
    expect((await as.lead.post(`/api/claims/${claim.id}/dismiss`, { reason: "x" })).status).toBe(409);
  });

  it("keeps notes append-only, in order, with their authors, in every status", async () => {
    const claim = await createClaim(as.communicator, incidentId);
    await ok(as.communicator.post(`/api/claims/${claim.id}/notes`, { text: "Delat 300 gånger på en timme" }), 201);
    await ok(as.communicator.post(`/api/claims/${claim.id}/dismiss`, { reason: "Raderat av avsändaren" }));
    const last = await ok(
      as.lead.post(`/api/claims/${claim.id}/notes`, { text: "Bevaka om det kommer tillbaka" }),
      201,
    );
    expect(last.notes.map((n) => [n.text, n.authorId])).toEqual([
      ["Delat 300 gånger på en timme", ids.communicator],
      ["Bevaka om det kommer tillbaka", ids.lead],
    ]);
    expect((await as.lead.request("DELETE", `/api/claims/${claim.id}/notes`)).status).toBe(404);
  });

  it("edits the description with a version guard", async () => {
    const claim = await createClaim(as.communicator, incidentId);
    const edited = await ok(
      as.communicator.patch(`/api/claims/${claim.id}`, { text: "Vattnet är giftigt", expectedVersion: 1 }),
    );
    expect(edited).toMatchObject({ text: "Vattnet är giftigt", version: 2 });
    const stale = await as.lead.patch<{ error: { code: string; current: Claim } }>(`/api/claims/${claim.id}`, {
      link: null,
      expectedVersion: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.version).toBe(2);
    expect((await as.lead.patch(`/api/claims/${claim.id}`, { expectedVersion: 2 })).status).toBe(400);
  });
});
