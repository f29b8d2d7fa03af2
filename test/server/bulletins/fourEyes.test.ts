import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin } from "../../../shared/index.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createBulletin, createFact, createIncident, goodBulletin } from "./fixtures.js";

interface LogItem {
  kind: string;
  text: string;
}

for (const engine of ENGINES) {
  describe(`four eyes on ${engine}`, () => {
    let server: TestServer;
    let lead: ApiClient;
    let communicator: ApiClient;

    beforeAll(async () => {
      server = await startTestServer({ engine });
      [lead, communicator] = await Promise.all([server.as("lead"), server.as("communicator")]);
    });
    afterAll(() => server.close());

    async function inReview(author: ApiClient, exercise = false): Promise<{ bulletin: Bulletin; incidentId: string }> {
      const incidentId = (await createIncident(lead, { exercise })).id;
      const fact = await createFact(communicator, incidentId, "Huvudledningen vid Storgatan har gått sönder.");
      const bulletin = await createBulletin(author, incidentId, goodBulletin([fact.id]));
      expect((await author.post(`/api/bulletins/${bulletin.id}/submit`, {})).status).toBe(200);
      return { bulletin, incidentId };
    }

    it("refuses the lead's approval of a version the lead saved, with a 422 naming the reason", async () => {
      const { bulletin } = await inReview(lead);
      const res = await lead.post<{ error: { code: string; field: string; fourEyes: boolean } }>(
        `/api/bulletins/${bulletin.id}/approve`,
        { expectedVersion: 1 },
      );
      expect(res.status).toBe(422);
      expect(res.body.error).toMatchObject({ code: "reason_required", field: "reason", fourEyes: true });
      expect((await lead.get<Bulletin>(`/api/bulletins/${bulletin.id}`)).body.status).toBe("in_review");
    });

    it("lets a lone duty officer approve with a reason, logged as a decision", async () => {
      const { bulletin, incidentId } = await inReview(lead);
      const res = await lead.post<Bulletin>(`/api/bulletins/${bulletin.id}/approve`, {
        expectedVersion: 1,
        reason: "Ensam i beredskap i natt",
      });
      expect(res.status, res.text).toBe(200);
      expect(res.body.status).toBe("approved");
      const log = (await lead.get<{ items: LogItem[] }>(`/api/incidents/${incidentId}/log?kind=decision`)).body.items;
      expect(log.some((e) => e.text.includes("utan fyra ögon") && e.text.includes("Ensam i beredskap i natt"))).toBe(
        true,
      );
    });

    it("lets another person approve without a reason, and does not apply to exercises", async () => {
      const byOther = await inReview(communicator);
      expect((await lead.post(`/api/bulletins/${byOther.bulletin.id}/approve`, { expectedVersion: 1 })).status).toBe(
        200,
      );
      const exercise = await inReview(lead, true);
      expect((await lead.post(`/api/bulletins/${exercise.bulletin.id}/approve`, { expectedVersion: 1 })).status).toBe(
        200,
      );
    });
  });
}
