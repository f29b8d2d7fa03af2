import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin, Incident } from "../../../shared/index.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createBulletin, createFact, createIncident, goodBulletin } from "./fixtures.js";

/**
 * "Ta bort utkast": a never-published draft is removed through the workflow's existing retract transition (its
 * terminal state), so the removal is soft, has a reason and stays in the incident's log; nothing reaches the public.
 */
describe.each(ENGINES)("removing a never-published draft on %s", (engine) => {
  let server: TestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let incident: Incident;
  let factId: string;

  beforeAll(async () => {
    server = await startTestServer({ engine });
    [lead, communicator] = await Promise.all([server.as("lead"), server.as("communicator")]);
    incident = await createIncident(lead, { title: "Vattenläcka i Norrby" });
    factId = (await createFact(communicator, incident.id, "Ledningen är trasig.")).id;
  });
  afterAll(() => server.close());

  it("keeps the draft as retracted with its reason in the log, out of the inbox and the public page", async () => {
    const draft = await createBulletin(
      communicator,
      incident.id,
      goodBulletin([factId], { headline: "Utkast som ska bort" }),
    );
    expect(draft.publishedVersion).toBeNull();
    const res = await lead.post<Bulletin>(`/api/bulletins/${draft.id}/retract`, {
      reason: "Utkastet togs bort",
      expectedVersion: draft.version,
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ status: "retracted", publishedVersion: null });

    // Soft: still readable, versions kept.
    const kept = await communicator.get<Bulletin>(`/api/bulletins/${draft.id}`);
    expect(kept.status).toBe(200);
    expect(kept.body.headline).toBe("Utkast som ska bort");
    // In the log with the reason.
    const log = await lead.get("/api/incidents/" + incident.id + "/log");
    expect(log.status).toBe(200);
    expect(log.text).toContain(draft.id);
    expect(log.text).toContain("Utkastet togs bort");
    // Not waiting for anyone, never public.
    const inbox = await lead.get<{ items: Array<{ bulletin: Bulletin }> }>("/api/inbox");
    expect(inbox.body.items.map((i) => i.bulletin.id)).not.toContain(draft.id);
    expect((await server.anonymous().get(`/public/incidents/${incident.id}`)).status).toBe(404);
    // Terminal: it cannot be edited back to life.
    const save = await communicator.request("PUT", `/api/bulletins/${draft.id}`, {
      ...goodBulletin([factId]),
      expectedVersion: res.body.version,
    });
    expect(save.status).toBe(409);
  });

  it("is the lead's decision: a communicator cannot remove a draft", async () => {
    const draft = await createBulletin(communicator, incident.id, goodBulletin([factId]));
    expect((await communicator.post(`/api/bulletins/${draft.id}/retract`, { reason: "x" })).status).toBe(403);
  });
});
