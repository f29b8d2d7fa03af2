import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin, ChannelVersion, DomainEvent, NotificationData } from "../../../shared/index.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createBulletin, createFact, createIncident, goodBulletin, publish, put } from "./fixtures.js";

const ENGLISH = {
  headline: "Boil your drinking water in Norrby",
  body: "Norrby municipality informs: a water main broke on Storgatan this morning. Drinking water in Norrby may be polluted.",
  instruction:
    "Boil water for drinking and cooking for at least one minute. Call the contact centre if you have questions.",
};

describe("translations and channel versions", () => {
  let server: TestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let admin: ApiClient;
  let incidentId: string;
  let factId: string;
  beforeAll(async () => {
    server = await startTestServer();
    [lead, communicator, admin] = await Promise.all([server.as("lead"), server.as("communicator"), server.as("admin")]);
    incidentId = (await createIncident(lead)).id;
    factId = (await createFact(communicator, incidentId, "Huvudledningen har gått sönder.")).id;
  });
  afterAll(() => server.close());

  it("links a translation to its source version and allows one per language", async () => {
    const master = await createBulletin(communicator, incidentId, goodBulletin([factId]));
    const en = await createBulletin(admin, incidentId, {
      ...goodBulletin([factId], ENGLISH),
      language: "en",
      translationOf: master.id,
    });
    expect(en).toMatchObject({ language: "en", translationOf: master.id, translationOfVersion: 1, stale: [] });
    const again = await admin.post(`/api/incidents/${incidentId}/bulletins`, {
      language: "en",
      translationOf: master.id,
    });
    expect(again.body).toMatchObject({ error: { code: "conflict", field: "language" } });
    const sameLanguage = await admin.post(`/api/incidents/${incidentId}/bulletins`, {
      language: "sv",
      translationOf: master.id,
    });
    expect(sameLanguage.body).toMatchObject({ error: { code: "validation", field: "language" } });
    const ofTranslation = await admin.post(`/api/incidents/${incidentId}/bulletins`, {
      language: "fi",
      translationOf: en.id,
    });
    expect(ofTranslation.body).toMatchObject({ error: { code: "validation", field: "translationOf" } });
    const otherIncident = await createIncident(lead, { title: "Annan" });
    const foreign = await admin.post(`/api/incidents/${otherIncident.id}/bulletins`, {
      language: "fi",
      translationOf: master.id,
    });
    expect(foreign.body).toMatchObject({ error: { code: "validation", field: "translationOf" } });
  });

  it("marks translations stale when the source changes, notifies their authors, and clears it when they follow", async () => {
    const master = await createBulletin(communicator, incidentId, goodBulletin([factId]));
    const en = await createBulletin(admin, incidentId, {
      ...goodBulletin([factId], ENGLISH),
      language: "en",
      translationOf: master.id,
    });
    const fi = await createBulletin(admin, incidentId, {
      ...goodBulletin([factId]),
      language: "fi",
      translationOf: master.id,
    });
    const since = (await lead.get<{ latestSeq: number }>("/api/events?since=0&limit=1")).body.latestSeq;
    await put(communicator, `/api/bulletins/${master.id}`, {
      ...goodBulletin([factId], { headline: "Koka vattnet – nytt läge" }),
      expectedVersion: 1,
    });
    for (const t of [en, fi]) {
      const now = (await lead.get<Bulletin>(`/api/bulletins/${t.id}`)).body;
      expect(now.stale).toEqual([
        expect.objectContaining({ reason: "translation_source_changed", sourceId: master.id, sourceVersion: 2 }),
      ]);
    }
    const events = (await admin.get<{ events: DomainEvent[] }>(`/api/events?since=${since}`)).body.events;
    const notes = events.filter((e) => e.type === "notification").map((e) => e.data as NotificationData);
    expect(notes.map((n) => [n.kind, n.bulletinId])).toEqual([
      ["translation_stale", en.id],
      ["translation_stale", fi.id],
    ]);
    // A save that does not say it follows the new source keeps the flag; one that does clears it.
    const typo = await put(admin, `/api/bulletins/${en.id}`, {
      ...goodBulletin([factId], ENGLISH),
      expectedVersion: 1,
    });
    expect(typo.body.stale).toHaveLength(1);
    const followed = await put(admin, `/api/bulletins/${en.id}`, {
      ...goodBulletin([factId], ENGLISH),
      expectedVersion: 2,
      translationOfVersion: 2,
    });
    expect(followed.body).toMatchObject({ stale: [], translationOfVersion: 2 });
    const beyond = await put(admin, `/api/bulletins/${en.id}`, {
      ...goodBulletin([factId], ENGLISH),
      expectedVersion: 3,
      translationOfVersion: 9,
    });
    expect(beyond.body).toMatchObject({ error: { code: "validation", field: "translationOfVersion" } });
  });

  it("retracting a master retracts its translations", async () => {
    const master = await createBulletin(communicator, incidentId, goodBulletin([factId]));
    const en = await createBulletin(admin, incidentId, {
      ...goodBulletin([factId], ENGLISH),
      language: "en",
      translationOf: master.id,
    });
    await publish(communicator, lead, master);
    await lead.post(`/api/bulletins/${master.id}/retract`, { reason: "Fel område" });
    expect((await lead.get<Bulletin>(`/api/bulletins/${en.id}`)).body.status).toBe("retracted");
    expect(
      (await admin.post(`/api/incidents/${incidentId}/bulletins`, { language: "fi", translationOf: master.id })).body,
    ).toMatchObject({ error: { code: "invalid_transition" } });
  });

  it("derives channel versions from an approved master only, scores them per channel, and flags them when the master changes", async () => {
    const master = await createBulletin(communicator, incidentId, goodBulletin([factId]));
    const sms = "Norrby kommun: Koka dricksvattnet i Norrby och Söderäng i minst en minut. Mer info: norrby.se/kris";
    const early = await communicator.post(`/api/bulletins/${master.id}/channels`, { channel: "sms", text: sms });
    expect(early.body).toMatchObject({ error: { code: "invalid_transition" } });

    await communicator.post(`/api/bulletins/${master.id}/submit`, {});
    await lead.post(`/api/bulletins/${master.id}/approve`, { expectedVersion: 1 });
    const created = await communicator.post<ChannelVersion>(`/api/bulletins/${master.id}/channels`, {
      channel: "sms",
      text: sms,
    });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({
      channel: "sms",
      version: 1,
      masterVersion: 1,
      stale: [],
      score: { overall: expect.any(Number) },
    });
    const dup = await communicator.post(`/api/bulletins/${master.id}/channels`, { channel: "sms", text: sms });
    expect(dup.body).toMatchObject({ error: { code: "conflict", field: "channel" } });
    const press = await communicator.post<ChannelVersion>(`/api/bulletins/${master.id}/channels`, {
      channel: "press",
      text: `${goodBulletin([]).body}\n\n${goodBulletin([]).instruction}`,
    });
    expect(press.status).toBe(201);
    expect(
      (await lead.get<Bulletin>(`/api/bulletins/${master.id}`)).body.channelVersions.map((c) => c.channel),
    ).toEqual(["press", "sms"]);
    await expect(
      (await server.as("agent")).post(`/api/bulletins/${master.id}/channels`, { channel: "social", text: sms }),
    ).resolves.toMatchObject({ status: 403 });

    await put(communicator, `/api/bulletins/${master.id}`, {
      ...goodBulletin([factId], { headline: "Ny rubrik" }),
      expectedVersion: 1,
    });
    const flagged = (await lead.get<Bulletin>(`/api/bulletins/${master.id}`)).body.channelVersions;
    expect(flagged.every((c) => c.stale.some((s) => s.reason === "master_changed" && s.sourceVersion === 2))).toBe(
      true,
    );

    // Back through review, then the SMS follows the new master.
    await communicator.post(`/api/bulletins/${master.id}/submit`, {});
    await lead.post(`/api/bulletins/${master.id}/approve`, { expectedVersion: 2 });
    const stale = await put<ChannelVersion>(communicator, `/api/bulletins/${master.id}/channels/sms`, {
      text: sms,
      expectedVersion: 2,
    });
    expect(stale.status).toBe(409);
    const saved = await put<ChannelVersion>(communicator, `/api/bulletins/${master.id}/channels/sms`, {
      text: `${sms} `.trim(),
      expectedVersion: 1,
    });
    expect(saved.body).toMatchObject({ version: 2, masterVersion: 2, stale: [] });
    expect(
      (await put(communicator, `/api/bulletins/${master.id}/channels/social`, { text: sms, expectedVersion: 1 }))
        .status,
    ).toBe(404);
    expect(
      (await put(communicator, `/api/bulletins/${master.id}/channels/fax`, { text: sms, expectedVersion: 1 })).body,
    ).toMatchObject({ error: { field: "channel" } });
  });
});
