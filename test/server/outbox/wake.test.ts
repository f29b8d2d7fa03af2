import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Incident } from "../../../shared/index.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import {
  addWebhook,
  startOutboxServer,
  startReceiver,
  type OutboxServer,
  type Receiver,
} from "../../helpers/outbox.js";
import { createBulletin, createFact, createIncident, goodBulletin, publish } from "../bulletins/fixtures.js";

describe.each(ENGINES)("the outbox worker is woken by a publish only when it has something to send (%s)", (engine) => {
  let server: OutboxServer;
  let receiver: Receiver;
  let admin: ApiClient;
  let lead: ApiClient;
  let communicator: ApiClient;
  let incident: Incident;
  let factId: string;
  let nudges = 0;

  beforeAll(async () => {
    receiver = await startReceiver();
    // No SMTP in the test configuration: e-mail is off, so only webhooks give the worker work.
    server = await startOutboxServer(engine);
    const worker = server.app.outbox;
    const nudge = worker.nudge.bind(worker);
    worker.nudge = () => {
      nudges++;
      nudge();
    };
    [admin, lead, communicator] = await Promise.all([server.as("admin"), server.as("lead"), server.as("communicator")]);
    incident = await createIncident(lead, { title: "Vattenläcka i Norrby" });
    factId = (await createFact(communicator, incident.id, "Huvudledningen har gått sönder.")).id;
  });
  afterAll(async () => {
    await server.close();
    await receiver.close();
  });

  const publicationsOf = (bulletinId: string) =>
    server.database.db.selectFrom("outbox_publications").select("id").where("bulletin_id", "=", bulletinId).execute();

  it("writes the publication of a publish without a webhook but does not wake the worker", async () => {
    const bulletin = await createBulletin(communicator, incident.id, goodBulletin([factId]));
    const before = nudges;
    await publish(communicator, lead, bulletin);
    expect(await publicationsOf(bulletin.id)).toHaveLength(1);
    expect(nudges).toBe(before);
  });

  it("wakes it for a publish with a webhook delivery, which is then sent", async () => {
    await addWebhook(admin, receiver, "/wake");
    const bulletin = await createBulletin(communicator, incident.id, {
      ...goodBulletin([factId]),
      headline: "Koka vattnet i Norrby",
    });
    const before = nudges;
    await publish(communicator, lead, bulletin);
    expect(nudges).toBe(before + 1);
    await receiver.waitFor(() => receiver.received.some((r) => r.path === "/wake"), 10_000, "the publish");
  });
});
