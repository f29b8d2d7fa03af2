import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listClaims } from "../../../server/db/repos/claims.js";
import { listIncidents } from "../../../server/db/repos/incidents.js";
import { seedIfEmpty } from "../../../server/domain/seed.js";
import type { Bulletin, Claim, ClaimMetrics, ClaimSummary } from "../../../shared/index.js";
import { ENGINES } from "../../helpers/db.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { ok } from "./fixtures.js";

describe.each(ENGINES)("demo claims in the seeded incident (%s)", (engine) => {
  let server: TestServer;
  let incidentId: string;
  let claims: Claim[];
  beforeAll(async () => {
    server = await startTestServer({ engine });
    const incident = (await listIncidents(server.database.db)).find((i) =>
      i.title.startsWith("Kokningsrekommendation"),
    );
    if (!incident) throw new Error("no demo incident");
    incidentId = incident.id;
    const communicator = await server.as("communicator");
    claims = (await ok<{ claims: Claim[] }>(communicator.get(`/api/incidents/${incidentId}/claims`))).claims;
  });
  afterAll(() => server.close());

  it("has six Swedish claims at different stages of the desk", () => {
    expect(claims).toHaveLength(6);
    expect(claims.map((c) => c.status).sort()).toEqual([
      "assigned",
      "dismissed",
      "in_review",
      "new",
      "triaged",
      "triaged",
    ]);
    for (const c of claims) expect(c.text).toMatch(/[åäö]/);
    expect(new Set(claims.map((c) => c.sourceChannel)).size).toBeGreaterThanOrEqual(4);
    const dismissed = claims.find((c) => c.status === "dismissed");
    expect(dismissed?.dismissReason).toMatch(/\S/);
    const assigned = claims.find((c) => c.status === "assigned");
    expect(assigned?.assigneeName).toMatch(/Sara Nyström/);
    expect(assigned?.notes).toHaveLength(1);
  });

  it("has a claim in review whose correction waits for the lead, citing the refuting facts", async () => {
    const inReview = claims.find((c) => c.status === "in_review");
    if (!inReview?.correctionBulletinId) throw new Error("no claim in review with a correction");
    expect(inReview.severity).toBe("critical");
    expect(inReview.refutingFactIds.length).toBeGreaterThan(0);
    const lead = await server.as("lead");
    const bulletin = await ok<Bulletin>(lead.get(`/api/bulletins/${inReview.correctionBulletinId}`));
    expect(bulletin).toMatchObject({ kind: "correction", status: "in_review", claimId: inReview.id });
    expect(bulletin.factIds.sort()).toEqual([...inReview.refutingFactIds].sort());
    expect(bulletin.headline).not.toMatch(/giftig/i);
    const inbox = await ok<{ items: Array<{ bulletin: Bulletin }> }>(lead.get("/api/inbox"));
    expect(inbox.items.map((i) => i.bulletin.id)).toContain(bulletin.id);
  });

  it("shows one overdue open claim in the summary and every claim in the metrics", async () => {
    const communicator = await server.as("communicator");
    const summary = await ok<ClaimSummary>(communicator.get(`/api/incidents/${incidentId}/claims/summary`));
    expect(summary).toMatchObject({ open: 5, overdue: 1 });
    expect(summary.oldestOpen?.text).toMatch(/stängs av/);
    const metrics = await ok<ClaimMetrics>(communicator.get(`/api/incidents/${incidentId}/claims/metrics`));
    expect(metrics.total).toBe(6);
    expect(metrics.bySourceChannel).toEqual({ social: 2, press: 1, radio: 0, contact_centre: 2, other: 1 });
  });

  it("is not seeded again on a second start", async () => {
    expect(await seedIfEmpty(server.database.db, { demo: true })).toEqual({ seeded: false, accounts: [] });
    expect(await listClaims(server.database.db, incidentId)).toHaveLength(6);
  });
});
