import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Claim, SimilarClaim } from "../../../shared/index.js";
import { claimTerms, jaccard, SIMILARITY_THRESHOLD } from "../../../server/domain/claims/similarity.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createClaim, createFact, createIncident, ok } from "./fixtures.js";

const similarity = (a: string, b: string) => jaccard(claimTerms(a), claimTerms(b));

describe("claim text similarity", () => {
  it("finds rephrasings of one rumour above the threshold and different rumours below it", () => {
    expect(
      similarity("Kranvattnet är förgiftat i hela kommunen", "Vattnet i kranen är giftigt i hela kommunen!"),
    ).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
    expect(
      similarity("Vattnet i kranen är giftigt i hela kommunen", "Dricksvattnet är giftigt överallt i kommunen"),
    ).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
    expect(
      similarity("Kranvattnet är förgiftat i hela kommunen", "Skolorna stänger i morgon på grund av läckan"),
    ).toBeLessThan(SIMILARITY_THRESHOLD);
    expect(
      similarity("Skolorna stänger i morgon på grund av läckan", "Förskolan i Norrby är stängd hela veckan"),
    ).toBeLessThan(SIMILARITY_THRESHOLD);
    expect(similarity("", "")).toBe(0);
  });
});

describe.each(ENGINES)("duplicates and merging (%s)", (engine) => {
  let server: TestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let incidentId: string;
  beforeAll(async () => {
    server = await startTestServer({ engine });
    [lead, communicator] = await Promise.all([server.as("lead"), server.as("communicator")]);
    incidentId = (await createIncident(lead)).id;
  });
  afterAll(() => server.close());

  it("suggests similar claims of the same incident, best first, not the claim itself or other incidents'", async () => {
    const a = await createClaim(communicator, incidentId, { text: "Kranvattnet är förgiftat i hela kommunen" });
    const b = await createClaim(communicator, incidentId, { text: "Vattnet i kranen är giftigt i hela kommunen!" });
    await createClaim(communicator, incidentId, { text: "Skolorna stänger i morgon på grund av läckan" });
    const other = (await createIncident(lead, { title: "Annan" })).id;
    await createClaim(communicator, other, { text: "Kranvattnet är förgiftat i hela kommunen" });
    const { similar } = await ok<{ similar: SimilarClaim[] }>(communicator.get(`/api/claims/${a.id}/similar`));
    expect(similar.map((s) => s.claim.id)).toEqual([b.id]);
    expect(similar[0]?.score).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
    expect((await (await server.as("agent")).get(`/api/claims/${a.id}/similar`)).status).toBe(403);
  });

  it("merges a duplicate into the survivor, keeping both histories and carrying over links, notes, reach and facts", async () => {
    const fact = await createFact(communicator, incidentId, "Proverna visar rent vatten.");
    const survivor = await createClaim(communicator, incidentId, {
      text: "Kranvattnet är förgiftat",
      reach: "low",
      severity: "medium",
      firstSeenAt: "2026-03-01T10:00:00Z",
    });
    const dup = await createClaim(lead, incidentId, {
      text: "Vattnet i kranen är giftigt",
      sourceChannel: "radio",
      link: "https://radio.example/inslag/9",
      reach: "high",
      severity: "high",
      firstSeenAt: "2026-03-01T09:00:00Z",
      refutingFactIds: [fact.id],
    });
    await ok(lead.post(`/api/claims/${dup.id}/notes`, { text: "Nämndes i morgonsändningen" }), 201);

    const { merged, survivor: after } = await ok<{ merged: Claim; survivor: Claim }>(
      communicator.post(`/api/claims/${dup.id}/merge`, { into: survivor.id }),
    );
    expect(merged).toMatchObject({
      status: "dismissed",
      dismissReason: "merged",
      mergedInto: survivor.id,
      text: dup.text,
    });
    expect(merged.notes.map((n) => n.text)).toEqual(["Nämndes i morgonsändningen"]);
    expect(after).toMatchObject({
      mergedFrom: [dup.id],
      otherLinks: ["https://radio.example/inslag/9"],
      link: survivor.link,
      reach: "high",
      severity: "high",
      firstSeenAt: "2026-03-01T09:00:00.000Z",
      refutingFactIds: [fact.id],
      text: survivor.text,
    });
    expect(new Date(after.dueAt).getTime() - new Date(after.createdAt).getTime()).toBe(60 * 60_000);
    expect(after.notes.map((n) => n.text)).toEqual([
      "Nämndes i morgonsändningen",
      expect.stringContaining("”Vattnet i kranen är giftigt”"),
    ]);

    const events = await server.database.db
      .selectFrom("events")
      .select(["type", "entity_id"])
      .where("type", "=", "claim.merged")
      .where("entity_id", "in", [dup.id, survivor.id])
      .execute();
    expect(events.map((e) => e.entity_id).sort()).toEqual([dup.id, survivor.id].sort());
    const dupHistory = await server.database.db
      .selectFrom("events")
      .select("type")
      .where("entity_id", "=", dup.id)
      .orderBy("seq")
      .execute();
    expect(dupHistory.map((e) => e.type)).toEqual(["claim.created", "claim.updated", "claim.merged"]);

    const { similar } = await ok<{ similar: SimilarClaim[] }>(communicator.get(`/api/claims/${survivor.id}/similar`));
    expect(similar.map((s) => s.claim.id)).not.toContain(dup.id);
  });

  it("refuses merging into itself, into another incident's claim, into a merged one, or a claim being corrected", async () => {
    const a = await createClaim(communicator, incidentId, { text: "Rykte A" });
    const b = await createClaim(communicator, incidentId, { text: "Rykte B" });
    const self = await communicator.post<{ error: { field: string } }>(`/api/claims/${a.id}/merge`, { into: a.id });
    expect([self.status, self.body.error.field]).toEqual([400, "into"]);
    const foreign = await createClaim(communicator, (await createIncident(lead, { title: "Tredje" })).id);
    expect((await communicator.post(`/api/claims/${a.id}/merge`, { into: foreign.id })).status).toBe(400);
    expect((await communicator.post(`/api/claims/${a.id}/merge`, { into: crypto.randomUUID() })).status).toBe(404);
    await ok(communicator.post(`/api/claims/${a.id}/merge`, { into: b.id }));
    const c = await createClaim(communicator, incidentId, { text: "Rykte C" });
    expect((await communicator.post(`/api/claims/${c.id}/merge`, { into: a.id })).status).toBe(409);
    expect((await communicator.post(`/api/claims/${a.id}/merge`, { into: c.id })).status).toBe(409);
    await ok(communicator.post(`/api/claims/${c.id}/take`));
    await ok(communicator.post(`/api/claims/${c.id}/correct`, {}), 201);
    expect((await communicator.post(`/api/claims/${c.id}/merge`, { into: b.id })).status).toBe(409);
    expect((await (await server.as("agent")).post(`/api/claims/${b.id}/merge`, { into: c.id })).status).toBe(403);
  });
});
