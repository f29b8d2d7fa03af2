import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin, BulletinVersion, ConsoleSettings } from "../../../shared/index.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createBulletin, createFact, createIncident, goodBulletin } from "./fixtures.js";

/** What the room knows reaches the checklist on the server: the configured sender and the open claims. */
describe("the room's context in server scoring", () => {
  let server: TestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let viewer: ApiClient;
  let agent: ApiClient;

  beforeAll(async () => {
    server = await startTestServer();
    [lead, communicator, viewer, agent] = await Promise.all([
      server.as("lead"),
      server.as("communicator"),
      server.as("viewer"),
      server.as("agent"),
    ]);
  });
  afterAll(() => server.close());

  it("GET /api/settings gives every role the sender, required languages, four eyes and the threshold", async () => {
    const res = await viewer.get<ConsoleSettings>("/api/settings");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      senderName: "Kommunen",
      requiredLanguages: ["sv"],
      fourEyes: true,
      publishThreshold: 70,
    });
  });

  it("counts the configured sender, so a text that does not name the municipality has no sender finding", async () => {
    const incident = await createIncident(lead);
    const fact = await createFact(communicator, incident.id, "Huvudledningen vid Storgatan har gått sönder.");
    const body = "En vattenledning gick sönder vid Storgatan i Norrby i morse. Därför kan vattnet vara förorenat.";
    const instruction = "Koka vatten som du ska dricka i minst en minut. Har du frågor? Ring 0480-45 00 00.";
    const b = await createBulletin(communicator, incident.id, goodBulletin([fact.id], { body, instruction }));
    const version = (await communicator.get<BulletinVersion>(`/api/bulletins/${b.id}/versions/1`)).body;
    const ids = [...version.checklist.open.findings, ...version.checklist.audienceAdapted.findings].map(
      (f) => f.ruleId,
    );
    expect(ids).not.toContain("AU14");
    expect(ids).not.toContain("OP8");
  });

  it("holds a serious open claim the bulletin does not answer against it (AC6)", async () => {
    const incident = await createIncident(lead);
    const fact = await createFact(communicator, incident.id, "Huvudledningen vid Storgatan har gått sönder.");
    const claim = await communicator.post(`/api/incidents/${incident.id}/claims`, {
      text: "Skolköken i kommunen serverar förgiftad lunch till eleverna",
      sourceChannel: "social",
      severity: "critical",
    });
    expect(claim.status, claim.text).toBe(201);
    const b: Bulletin = await createBulletin(communicator, incident.id, goodBulletin([fact.id]));
    const version = (await communicator.get<BulletinVersion>(`/api/bulletins/${b.id}/versions/1`)).body;
    expect(version.checklist.active.findings.map((f) => f.ruleId)).toContain("AC6");
  });

  it("GET …/uncovered-questions gives the editor the callers' questions no FAQ entry covers, as the gate scores with them", async () => {
    const incident = await createIncident(lead);
    const path = `/api/incidents/${incident.id}/uncovered-questions`;
    expect((await viewer.get<{ questions: unknown[] }>(path)).body).toEqual({ questions: [] });
    for (let i = 0; i < 2; i++) {
      const logged = await agent.post("/api/inquiries", {
        channel: "phone",
        question: "får jag tvätta bilen på gatan",
        resolution: "callback",
        incidentId: incident.id,
        openedAt: new Date(Date.now() - 60_000).toISOString(),
      });
      expect(logged.status, logged.text).toBe(201);
    }
    const res = await viewer.get<{ questions: Array<{ question: string; count?: number }> }>(path);
    expect(res.status).toBe(200);
    expect(res.body.questions).toEqual([{ question: "får jag tvätta bilen på gatan", count: 2 }]);
    // The same question reaches the server's own score of a bulletin on the incident (OP4).
    const fact = await createFact(communicator, incident.id, "Huvudledningen vid Storgatan har gått sönder.");
    const b = await createBulletin(communicator, incident.id, goodBulletin([fact.id]));
    const version = (await communicator.get<BulletinVersion>(`/api/bulletins/${b.id}/versions/1`)).body;
    expect(version.checklist.open.findings.map((f) => f.ruleId)).toContain("OP4");
    expect((await viewer.get(`/api/incidents/00000000-0000-4000-8000-000000000000/uncovered-questions`)).status).toBe(
      404,
    );
  });
});
