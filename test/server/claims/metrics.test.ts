import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimMetrics, claimSummary, correctionTimes } from "../../../server/domain/claims/metrics.js";
import type { Claim, ClaimMetrics, ClaimSummary } from "../../../shared/index.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createClaim, createIncident, ok } from "./fixtures.js";

const T0 = Date.parse("2026-05-04T08:00:00.000Z");
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();
const MIN = 60_000;

type Row = Pick<
  Claim,
  "id" | "text" | "severity" | "sourceChannel" | "status" | "createdAt" | "dueAt" | "correctedAt" | "mergedInto"
>;
function row(
  n: number,
  severity: Claim["severity"],
  sourceChannel: Claim["sourceChannel"],
  created: number,
  due: number,
  corrected: number | null,
  extra: Partial<Row> = {},
): Row {
  return {
    id: `c${n}`,
    text: `Påstående ${n}`,
    severity,
    sourceChannel,
    status: corrected === null ? "triaged" : "corrected",
    createdAt: at(created),
    dueAt: at(due),
    correctedAt: corrected === null ? null : at(corrected),
    mergedInto: null,
    ...extra,
  };
}

// Critical claims corrected after 10, 20, 40 and 50 minutes (deadline 30): two in time, two late.
// High: one after 90 minutes (deadline 60, late). Two open ones and one merged-away duplicate.
const SCENARIO: Row[] = [
  row(1, "critical", "social", 0, 30, 10),
  row(2, "critical", "social", 5, 35, 25),
  row(3, "critical", "press", 10, 40, 50),
  row(4, "critical", "radio", 20, 50, 70),
  row(5, "high", "contact_centre", 0, 60, 90),
  row(6, "medium", "social", 30, 270, null),
  row(7, "low", "other", 60, 1500, null, { status: "new" }),
  row(8, "critical", "social", 1, 31, null, { status: "dismissed", mergedInto: "c1" }),
];

describe("claim metrics on a fixed scenario", () => {
  it("computes median (mean of the middle two) and p90 (nearest rank) per severity", () => {
    expect(correctionTimes([])).toEqual({ corrected: 0, medianMs: null, p90Ms: null });
    expect(correctionTimes([5])).toEqual({ corrected: 1, medianMs: 5, p90Ms: 5 });
    expect(correctionTimes([40, 10, 30, 20])).toEqual({ corrected: 4, medianMs: 25, p90Ms: 40 });
    expect(correctionTimes(Array.from({ length: 20 }, (_, i) => (i + 1) * 1_000))).toMatchObject({
      medianMs: 10_500,
      p90Ms: 18_000,
    });
  });

  it("reports times to correction, share within deadline and claims by channel, leaving merged duplicates out", () => {
    const m = claimMetrics(SCENARIO);
    expect(m.total).toBe(7);
    expect(m.timeToCorrection.critical).toEqual({ corrected: 4, medianMs: 30 * MIN, p90Ms: 50 * MIN });
    expect(m.timeToCorrection.high).toEqual({ corrected: 1, medianMs: 90 * MIN, p90Ms: 90 * MIN });
    expect(m.timeToCorrection.medium).toEqual({ corrected: 0, medianMs: null, p90Ms: null });
    expect(m.withinDeadlineShare).toBe(2 / 5);
    expect(m.bySourceChannel).toEqual({ social: 3, press: 1, radio: 1, contact_centre: 1, other: 1 });
    expect(claimMetrics([]).withinDeadlineShare).toBeNull();
  });

  it("summarises counts by status, overdue and the oldest open claim", () => {
    const s = claimSummary(SCENARIO, new Date(at(300)));
    expect(s.counts).toEqual({
      new: 1,
      triaged: 1,
      assigned: 0,
      correcting: 0,
      in_review: 0,
      corrected: 5,
      dismissed: 1,
    });
    expect(s.open).toBe(2);
    expect(s.overdue).toBe(1);
    expect(s.oldestOpen).toEqual({
      id: "c6",
      text: "Påstående 6",
      createdAt: at(30),
      dueAt: at(270),
      severity: "medium",
    });
    expect(claimSummary([], new Date()).oldestOpen).toBeNull();
  });
});

describe("claim metrics and summary routes", () => {
  let server: TestServer;
  let communicator: ApiClient;
  let incidentId: string;
  beforeAll(async () => {
    server = await startTestServer();
    communicator = await server.as("communicator");
    incidentId = (await createIncident(await server.as("lead"))).id;
  });
  afterAll(() => server.close());

  it("computes the same numbers from stored claims with controlled timestamps", async () => {
    const db = server.database.db;
    for (const r of SCENARIO.filter((x) => x.mergedInto === null)) {
      const c = await createClaim(communicator, incidentId, {
        text: r.text,
        severity: r.severity,
        sourceChannel: r.sourceChannel,
      });
      await db
        .updateTable("claims")
        .set({ status: r.status, created_at: r.createdAt, due_at: r.dueAt, corrected_at: r.correctedAt })
        .where("id", "=", c.id)
        .execute();
    }
    const m = await ok<ClaimMetrics>(communicator.get(`/api/incidents/${incidentId}/claims/metrics`));
    expect(m.timeToCorrection.critical).toEqual({ corrected: 4, medianMs: 30 * MIN, p90Ms: 50 * MIN });
    expect(m.withinDeadlineShare).toBe(2 / 5);
    expect(m.bySourceChannel).toEqual({ social: 3, press: 1, radio: 1, contact_centre: 1, other: 1 });
    const s = await ok<ClaimSummary>(communicator.get(`/api/incidents/${incidentId}/claims/summary`));
    expect(s.counts.corrected).toBe(5);
    expect(s.open).toBe(2);
    expect(s.overdue).toBe(2); // both open claims' due times lie in 2026-05, before the test runs
    expect(s.oldestOpen?.text).toBe("Påstående 6");
    expect((await (await server.as("viewer")).get(`/api/incidents/${incidentId}/claims/metrics`)).status).toBe(403);
    expect((await communicator.get(`/api/incidents/${crypto.randomUUID()}/claims/summary`)).status).toBe(404);
  });
});
