import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Incident } from "../../../shared/index.js";
import { bulletinPayload } from "../../../server/domain/outbox/payload.js";
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

/**
 * A publish's outbox payload is built inside its transaction from the incident its clock just wrote (carried on the
 * event) rather than read back: it must equal the payload built from the committed rows alone. It is built only when
 * someone will read it: a webhook takes real incidents here, none takes exercises, and e-mail is off.
 */
describe.each(ENGINES)("a publish's outbox payload (%s)", (engine) => {
  let server: OutboxServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let incident: Incident;
  let factId: string;
  let receiver: Receiver;

  beforeAll(async () => {
    server = await startOutboxServer(engine);
    receiver = await startReceiver();
    [lead, communicator] = await Promise.all([server.as("lead"), server.as("communicator")]);
    await addWebhook(await server.as("admin"), receiver, "/hook");
    incident = await createIncident(lead, { title: "Vattenläcka i Norrby", exercise: false });
    factId = (await createFact(communicator, incident.id, "Huvudledningen har gått sönder.")).id;
  });
  afterAll(async () => {
    await server.close();
    await receiver.close();
  });

  async function stored(bulletinId: string): Promise<unknown[]> {
    const rows = await server.database.db
      .selectFrom("outbox_publications")
      .select("payload")
      .where("bulletin_id", "=", bulletinId)
      .where("type", "=", "bulletin.published")
      .execute();
    return rows.map((r) => JSON.parse(r.payload) as unknown);
  }

  it("equals the payload read from the committed rows, for a first publish and for a later one that moves the clock", async () => {
    const first = await publish(
      communicator,
      lead,
      await createBulletin(communicator, incident.id, goodBulletin([factId])),
    );
    const later = await publish(
      communicator,
      lead,
      await createBulletin(
        communicator,
        incident.id,
        goodBulletin([factId], { nextUpdateAt: new Date(Date.now() + 5 * 3_600_000).toISOString() }),
      ),
    );
    const publicUrl = "https://kommun.example";
    for (const b of [first, later]) {
      const fresh = await bulletinPayload(server.database.db, "bulletin.published", b.id, { publicUrl });
      // The later publish changed the group's nothing but the incident's clock: read back now, it is what was written.
      if (b.id === later.id) expect(await stored(b.id)).toEqual([fresh]);
      else expect((await stored(b.id))[0]).toMatchObject({ incident: { id: incident.id } });
    }
    const [payload] = (await stored(later.id)) as Array<{
      incident: { nextUpdateDue: string; lastPublishedAt: string };
    }>;
    const now = await lead.get<Incident>(`/api/incidents/${incident.id}`);
    expect(payload?.incident.nextUpdateDue).toBe(now.body.nextUpdateDue);
    expect(payload?.incident.lastPublishedAt).toBe(now.body.lastPublishedAt);
  });

  it("takes the incident it is given as written in this transaction, and reads the row only without one", async () => {
    const b = await publish(
      communicator,
      lead,
      await createBulletin(communicator, incident.id, goodBulletin([factId])),
    );
    const publicUrl = "https://kommun.example";
    const row = (await lead.get<Incident>(`/api/incidents/${incident.id}`)).body;
    const written: Incident = { ...row, title: "Så som transaktionen skrev den" };
    const given = await bulletinPayload(server.database.db, "bulletin.published", b.id, { publicUrl }, written);
    const read = await bulletinPayload(server.database.db, "bulletin.published", b.id, { publicUrl });
    expect(given?.incident.title).toBe("Så som transaktionen skrev den");
    expect(read?.incident.title).toBe(row.title);
    // Another incident's row is never taken for this bulletin's.
    const other = await bulletinPayload(
      server.database.db,
      "bulletin.published",
      b.id,
      { publicUrl },
      {
        ...written,
        id: "00000000-0000-4000-8000-000000000000",
      },
    );
    expect(other?.incident.title).toBe(row.title);
  });

  it("writes a publish nobody will be sent as a record without a payload, which the reach still lists", async () => {
    const exercise = await createIncident(lead, { title: "Övning: vattenläcka", exercise: true });
    const b = await publish(communicator, lead, await createBulletin(communicator, exercise.id, goodBulletin([])));
    expect(await stored(b.id)).toEqual([null]);
    const reach = await lead.get<{ reach: Array<{ bulletinId: string; type: string; webhooks: { total: number } }> }>(
      `/api/bulletins/${b.id}/reach`,
    );
    expect(reach.status).toBe(200);
    expect(reach.body.reach).toMatchObject([{ bulletinId: b.id, type: "bulletin.published", webhooks: { total: 0 } }]);
  });
});
