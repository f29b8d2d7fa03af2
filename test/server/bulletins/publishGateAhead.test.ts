import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin, BulletinVersion, DomainEvent, Role } from "../../../shared/index.js";
import { createTransactionRunner } from "../../../server/db/transaction.js";
import { createBulletins } from "../../../server/domain/bulletins/index.js";
import type { Actor } from "../../../server/domain/context.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createBulletin, createFact, createIncident, goodBulletin } from "./fixtures.js";

/**
 * A publish scores the gate before its transaction and takes that score only when nothing committed in between
 * (server/domain/bulletins/publish.ts). The room's topQuestions hook sees each scoring and which handle it read through.
 */
describe.each(ENGINES)("the publish gate scored before the transaction (%s)", (engine) => {
  let server: TestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let actor: Actor;

  beforeAll(async () => {
    server = await startTestServer({ engine });
    [lead, communicator] = await Promise.all([server.as("lead"), server.as("communicator")]);
    const me = await lead.get<{ user: { id: string; username: string; displayName: string; role: Role } }>("/api/me");
    const { id, username, displayName, role } = me.body.user;
    actor = { id, username, displayName, role };
  });
  afterAll(() => server.close());

  /** The bulletin service over the test server's database, with a hook into each scoring. */
  function service(duringScoring: (scoring: number) => Promise<void>) {
    const db = server.database.db;
    const published: DomainEvent[] = [];
    const scorings: Array<"before the transaction" | "inside it"> = [];
    const bulletins = createBulletins(
      {
        db,
        transaction: createTransactionRunner(db, (event) => published.push(event)),
        sessionHours: 12,
        sessions: { sessionsEnded: () => {} },
      },
      {
        publishThreshold: 70,
        room: {
          senderName: "Kommunen",
          requiredLanguages: ["sv"],
          topQuestions: async (handle) => {
            scorings.push(handle === db ? "before the transaction" : "inside it");
            await duringScoring(scorings.length);
            return [];
          },
        },
      },
    );
    return { bulletins, published, scorings };
  }

  async function approved(): Promise<{ incidentId: string; bulletin: Bulletin }> {
    const incident = await createIncident(lead);
    const fact = await createFact(communicator, incident.id, "Huvudledningen vid Storgatan har gått sönder.");
    const bulletin = await createBulletin(communicator, incident.id, goodBulletin([fact.id]));
    expect((await communicator.post(`/api/bulletins/${bulletin.id}/submit`, {})).status).toBe(200);
    const res = await lead.post(`/api/bulletins/${bulletin.id}/approve`, { expectedVersion: 1 });
    expect(res.status, res.text).toBe(200);
    return { incidentId: incident.id, bulletin };
  }

  it("takes the early score when nothing committed in between: the transaction does not score", async () => {
    const { bulletin } = await approved();
    const { bulletins, published, scorings } = service(async () => {});
    const result = await bulletins.publish(bulletin.id, { reason: "test" }, actor);
    expect(result.status).toBe("published");
    expect(scorings).toEqual(["before the transaction"]);
    expect(published.map((e) => e.type)).toEqual(["bulletin.status_changed"]);
    const version = await lead.get<BulletinVersion>(`/api/bulletins/${bulletin.id}/versions/1`);
    expect(version.body.publishChecklist?.overall).toBe(version.body.checklist.overall);
  });

  it("scores again inside the transaction when an event committed after the early score", async () => {
    const { incidentId, bulletin } = await approved();
    const { bulletins, scorings } = service(async (scoring) => {
      // A new fact commits (with its event) while the early score is being made.
      if (scoring === 1) await createFact(communicator, incidentId, "Vattnet i Norrby är otjänligt att dricka.");
    });
    const result = await bulletins.publish(bulletin.id, { reason: "test" }, actor);
    expect(result.status).toBe("published");
    expect(scorings).toEqual(["before the transaction", "inside it"]);
  });
});
