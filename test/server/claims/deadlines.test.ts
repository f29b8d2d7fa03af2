import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../../server/config.js";
import { dueAt, parseClaimDeadlines } from "../../../server/domain/claims/index.js";
import { DEFAULT_CLAIM_DEADLINES_MIN, type Claim } from "../../../shared/index.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createClaim, createIncident, ok } from "./fixtures.js";

const MIN = 60_000;
const minutesUntilDue = (c: Claim) => (new Date(c.dueAt).getTime() - new Date(c.createdAt).getTime()) / MIN;

describe("claim deadlines", () => {
  it("defaults to critical 30 min, high 1 h, medium 4 h, low 24 h", () => {
    expect(parseClaimDeadlines(undefined)).toEqual({ critical: 30, high: 60, medium: 240, low: 1_440 });
    expect(DEFAULT_CLAIM_DEADLINES_MIN).toEqual(parseClaimDeadlines(""));
  });

  it("reads KRISRUM_CLAIM_DEADLINES per severity and keeps the defaults for the rest", () => {
    expect(parseClaimDeadlines("critical=20, high = 45")).toEqual({ critical: 20, high: 45, medium: 240, low: 1_440 });
    expect(parseConfig({ KRISRUM_CLAIM_DEADLINES: "low=600" }).claimDeadlines.low).toBe(600);
  });

  it("fails fast on a malformed deadline, naming the variable and the part", () => {
    for (const bad of ["urgent=5", "critical=0", "critical=-5", "critical", "high=1.5"]) {
      expect(() => parseConfig({ KRISRUM_CLAIM_DEADLINES: bad }), bad).toThrow(
        /KRISRUM_CLAIM_DEADLINES.*is not severity=minutes/s,
      );
    }
  });

  it("counts the due time from when the claim was logged, across a day and DST boundary in UTC", () => {
    const d = parseClaimDeadlines(undefined);
    expect(dueAt("2026-10-25T00:45:00.000Z", "critical", d)).toBe("2026-10-25T01:15:00.000Z");
    expect(dueAt("2026-10-24T23:30:00.000Z", "high", d)).toBe("2026-10-25T00:30:00.000Z");
    expect(dueAt("2026-10-25T00:00:00.000Z", "low", d)).toBe("2026-10-26T00:00:00.000Z");
    expect(dueAt("2026-10-25T00:00:00.000Z", "medium", { ...d, medium: 90 })).toBe("2026-10-25T01:30:00.000Z");
  });

  describe("on the server", () => {
    let server: TestServer;
    let communicator: ApiClient;
    let incidentId: string;
    beforeAll(async () => {
      server = await startTestServer();
      communicator = await server.as("communicator");
      incidentId = (await createIncident(await server.as("lead"))).id;
    });
    afterAll(() => server.close());

    it("refuses a 'first seen' time that has not happened yet, on creation and on edit", async () => {
      const future = await communicator.post(`/api/incidents/${incidentId}/claims`, {
        text: "Vattnet är förgiftat",
        sourceChannel: "social",
        firstSeenAt: "2030-01-01T08:00:00Z",
      });
      expect(future.status).toBe(400);
      expect(future.body).toMatchObject({ error: { code: "validation", field: "firstSeenAt", reason: "future" } });
      const claim = await createClaim(communicator, incidentId, { firstSeenAt: "2026-01-01T08:00:00Z" });
      const edit = await communicator.patch(`/api/claims/${claim.id}`, {
        firstSeenAt: "2030-01-01T08:00:00Z",
        expectedVersion: claim.version,
      });
      expect(edit.status).toBe(400);
      expect(edit.body).toMatchObject({ error: { code: "validation", field: "firstSeenAt", reason: "future" } });
    });

    it("sets the due time from the severity at creation and recomputes it from the logging time on triage", async () => {
      const claim = await createClaim(communicator, incidentId, {
        severity: "high",
        firstSeenAt: "2026-01-01T08:00:00Z",
      });
      expect(minutesUntilDue(claim)).toBe(60);
      expect(claim.firstSeenAt).toBe("2026-01-01T08:00:00.000Z");
      const critical = await ok(communicator.post(`/api/claims/${claim.id}/triage`, { severity: "critical" }));
      expect(critical.createdAt).toBe(claim.createdAt);
      expect(minutesUntilDue(critical)).toBe(30);
      const low = await ok(communicator.post(`/api/claims/${claim.id}/triage`, { severity: "low" }));
      expect(minutesUntilDue(low)).toBe(1_440);
      const reachOnly = await ok(communicator.post(`/api/claims/${claim.id}/triage`, { reach: "high" }));
      expect(reachOnly.dueAt).toBe(low.dueAt);
      expect((await communicator.post(`/api/claims/${claim.id}/triage`, {})).status).toBe(400);
    });

    it("uses medium (4 h) when no severity is given", async () => {
      expect(minutesUntilDue(await createClaim(communicator, incidentId))).toBe(240);
    });
  });
});
