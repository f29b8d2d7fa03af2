import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DomainEvent, Incident } from "../../../shared/index.js";
import type { PublicationReach, Webhook, WebhookDelivery } from "../../../shared/schemas/outbox.js";
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

describe.each(ENGINES)("webhooks through the outbox (%s)", (engine) => {
  let server: OutboxServer;
  let receiver: Receiver;
  let admin: ApiClient;
  let lead: ApiClient;
  let communicator: ApiClient;
  let incident: Incident;
  let factId: string;

  beforeAll(async () => {
    receiver = await startReceiver();
    server = await startOutboxServer(engine);
    [admin, lead, communicator] = await Promise.all([server.as("admin"), server.as("lead"), server.as("communicator")]);
    incident = await createIncident(lead, { title: "Vattenläcka i Norrby" });
    factId = (await createFact(communicator, incident.id, "Huvudledningen har gått sönder.")).id;
  });
  afterAll(async () => {
    await server.close();
    await receiver.close();
  });

  const ofPath = (path: string) => receiver.received.filter((r) => r.path === path);

  it("sends a publish as a signed bulletin.published with the public view only, and reports it delivered", async () => {
    const hook = await addWebhook(admin, receiver, "/pub", { description: "Kommunens webbplats" });
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const listed = await admin.get<{ webhooks: Array<Webhook & { secret?: string }> }>("/api/webhooks");
    expect(listed.body.webhooks.find((w) => w.id === hook.id)).toMatchObject({ url: hook.url, disabled: false });
    expect(listed.text).not.toContain(hook.secret); // shown once, at creation

    const b = await publish(
      communicator,
      lead,
      await createBulletin(communicator, incident.id, { ...goodBulletin([factId]), headline: "Koka vattnet i Norrby" }),
    );
    await receiver.waitFor(() => ofPath("/pub").length === 1, 10_000, "the publish");
    const [got] = ofPath("/pub");
    expect(got?.verified).toBe(true);
    expect(got?.json.type).toBe("bulletin.published");
    const data = got?.json.data as {
      exercise: boolean;
      msgType: string;
      bulletin: { id: string; capUrl: string };
      versions: Array<Record<string, unknown>>;
      incident: Record<string, unknown>;
    };
    expect(data.exercise).toBe(false);
    expect(data.msgType).toBe("Alert");
    expect(data.bulletin.id).toBe(b.id);
    expect(data.bulletin.capUrl).toBe(`https://kommun.example/public/bulletins/${b.id}/cap.xml`);
    expect(data.versions.map((v) => v.headline)).toEqual(["Koka vattnet i Norrby"]);
    // Exactly the documented fields (docs/api.md): the public page's own flags stay on the page.
    expect(Object.keys(data.versions[0] ?? {}).sort()).toEqual(
      [
        ...["id", "groupId", "incidentId", "language", "kind", "headline", "body", "instruction", "area", "urgency"],
        ...["severity", "certainty", "categories", "expiresAt", "nextUpdateAt", "publishedAt", "firstPublishedAt"],
        ...["withdrawn", "withdrawnAt", "url", "channels"],
      ].sort(),
    );
    expect(data.incident.url).toBe(`https://kommun.example/public/incidents/${incident.id}`);
    // Never internal: the incident description, authors, scores, facts, the workflow.
    for (const secret of [
      "INTERN",
      "krisledningen",
      "createdBy",
      "updatedByName",
      "score",
      "factIds",
      "Kommunikatör",
      "Communicator",
      "status",
    ]) {
      expect(got?.body).not.toContain(secret);
    }

    await expect
      .poll(
        async () =>
          (await admin.get<{ deliveries: WebhookDelivery[] }>(`/api/webhooks/${hook.id}/deliveries`)).body
            .deliveries[0],
      )
      .toMatchObject({
        id: got?.id,
        type: "bulletin.published",
        status: "delivered",
        attempts: 1,
        responseCode: 200,
      });
    await expect
      .poll(
        async () =>
          (await lead.get<{ reach: PublicationReach[] }>(`/api/bulletins/${b.id}/reach`)).body.reach[0]?.webhooks,
      )
      .toMatchObject({ total: 1, delivered: 1, failed: 0 });
    // Live: the counts also go out as delivery.reach events (counts only), to every signed-in console.
    const reachEvents = async () =>
      (await lead.get<{ events: DomainEvent[] }>("/api/events?since=0&limit=5000")).body.events.filter(
        (e) => e.type === "delivery.reach" && (e.data as { reach: PublicationReach }).reach.bulletinId === b.id,
      );
    await expect
      .poll(async () => (await reachEvents()).at(-1)?.data, { timeout: 5_000 })
      .toMatchObject({ reach: { webhooks: { total: 1, delivered: 1 } } });
    expect(JSON.stringify(await reachEvents())).not.toContain("@");
    await admin.request("DELETE", `/api/webhooks/${hook.id}`);
  });

  it("writes the deliveries in the publish transaction: present when the publish answers, sent by the worker later", async () => {
    const hook = await addWebhook(admin, receiver, "/tx");
    await server.app.outbox.stop();
    try {
      const b = await publish(
        communicator,
        lead,
        await createBulletin(communicator, incident.id, goodBulletin([factId])),
      );
      const rows = await server.database.db
        .selectFrom("outbox_deliveries")
        .selectAll()
        .where("target_id", "=", hook.id)
        .execute();
      expect(rows.map((r) => r.status)).toEqual(["pending"]);
      // A publish the gate refuses rolls back and leaves nothing to send.
      const bad = await createBulletin(communicator, incident.id, { ...goodBulletin([]), body: "x", instruction: "" });
      await communicator.post(`/api/bulletins/${bad.id}/submit`, {});
      await lead.post(`/api/bulletins/${bad.id}/approve`, { expectedVersion: 1 });
      expect((await lead.post(`/api/bulletins/${bad.id}/publish`, {})).status).toBe(422);
      expect(
        await server.database.db
          .selectFrom("outbox_publications")
          .select("id")
          .where("bulletin_id", "=", bad.id)
          .execute(),
      ).toEqual([]);
      expect(ofPath("/tx")).toHaveLength(0);
      expect(await server.app.outbox.tick()).toBe(1);
      expect(ofPath("/tx").map((r) => [r.id, r.verified, (r.json.data.bulletin as { id: string }).id])).toEqual([
        [rows[0]?.id, true, b.id],
      ]);
    } finally {
      server.app.outbox.start();
      await admin.request("DELETE", `/api/webhooks/${hook.id}`);
    }
  });

  it("sends a retraction as bulletin.retracted (CAP Cancel), and an Update on a second publish", async () => {
    await addWebhook(admin, receiver, "/retract", {
      events: ["bulletin.retracted", "bulletin.published"],
      incidentId: incident.id,
    });
    const first = await publish(
      communicator,
      lead,
      await createBulletin(communicator, incident.id, goodBulletin([factId])),
    );
    await receiver.waitFor(() => ofPath("/retract").length === 1);
    const saved = await communicator.request<{ version: number }>("PUT", `/api/bulletins/${first.id}`, {
      ...goodBulletin([factId]),
      headline: "Koka vattnet, uppdatering",
      expectedVersion: first.version,
    });
    expect(saved.status, saved.text).toBe(200);
    await publish(communicator, lead, { ...first, version: saved.body.version });
    await receiver.waitFor(() => ofPath("/retract").length === 2);
    expect((await lead.post(`/api/bulletins/${first.id}/retract`, { reason: "Fel område angivet" })).status).toBe(200);
    await receiver.waitFor(() => ofPath("/retract").length === 3);
    const got = ofPath("/retract").map((r) => [r.json.type, r.json.data.msgType, r.verified]);
    expect(got).toEqual([
      ["bulletin.published", "Alert", true],
      ["bulletin.published", "Update", true],
      ["bulletin.retracted", "Cancel", true],
    ]);
    expect(new Set(ofPath("/retract").map((r) => r.id)).size).toBe(3);
  });

  it("delivers exercise incidents only to webhooks marked for exercises, with exercise: true", async () => {
    const exercise = await createIncident(lead, { exercise: true, title: "Övning: strömavbrott" });
    const fact = (await createFact(communicator, exercise.id, "Strömmen är borta i Norrby.")).id;
    await addWebhook(admin, receiver, "/real-only", { incidentId: exercise.id });
    await addWebhook(admin, receiver, "/exercises", { incidentId: exercise.id, exercise: true });
    await publish(communicator, lead, await createBulletin(communicator, exercise.id, goodBulletin([fact])));
    await receiver.waitFor(() => ofPath("/exercises").length === 1);
    await server.app.outbox.tick();
    expect(ofPath("/real-only")).toHaveLength(0);
    expect(ofPath("/exercises")[0]?.json.data.exercise).toBe(true);
  });

  it("sends incident.closed, the test ping, and lists the deliveries", async () => {
    const other = await createIncident(lead, { title: "Brand i Söderäng" });
    const fact = (await createFact(communicator, other.id, "Branden är släckt.")).id;
    const hook = await addWebhook(admin, receiver, "/close", { events: ["incident.closed"], incidentId: other.id });
    await publish(communicator, lead, await createBulletin(communicator, other.id, goodBulletin([fact])));
    expect((await lead.patch(`/api/incidents/${other.id}`, { status: "closed" })).status).toBe(200);
    await receiver.waitFor(() => ofPath("/close").length === 1);
    expect(ofPath("/close")[0]?.json).toMatchObject({
      type: "incident.closed",
      data: { exercise: false, incident: { id: other.id, active: false } },
    });
    const ping = await admin.post<{ delivery: { id: string } }>(`/api/webhooks/${hook.id}/test`);
    expect(ping.status).toBe(202);
    await receiver.waitFor(() => ofPath("/close").length === 2);
    expect(ofPath("/close")[1]).toMatchObject({
      id: ping.body.delivery.id,
      verified: true,
      json: { type: "webhook.test" },
    });
    // The worker records the outcome once the receiver has answered, a moment after the receiver has the request.
    await expect
      .poll(
        async () =>
          (
            await admin.get<{ deliveries: WebhookDelivery[] }>(`/api/webhooks/${hook.id}/deliveries`)
          ).body.deliveries.map((d) => [d.type, d.status]),
        { timeout: 5_000 },
      )
      .toEqual([
        ["webhook.test", "delivered"],
        ["incident.closed", "delivered"],
      ]);
  });

  it("retries a receiver that is down, then delivers every delivery once and in order", async () => {
    const hook = await addWebhook(admin, receiver, "/flaky", {
      incidentId: incident.id,
      events: ["bulletin.published"],
    });
    let down = true;
    receiver.setStatus((p) => (p === "/flaky" && down ? 503 : 200));
    const published: string[] = [];
    for (let i = 0; i < 3; i++)
      published.push(
        (await publish(communicator, lead, await createBulletin(communicator, incident.id, goodBulletin([factId])))).id,
      );
    await receiver.waitFor(
      () => ofPath("/flaky").filter((r) => r.status === 503).length >= 3,
      15_000,
      "failed attempts",
    );
    // In order: while the first is failing, the later ones wait behind it.
    const failedIds = new Set(
      ofPath("/flaky")
        .filter((r) => r.status === 503)
        .map((r) => r.id),
    );
    expect(failedIds.size).toBe(1);
    const retrying = (await admin.get<{ deliveries: WebhookDelivery[] }>(`/api/webhooks/${hook.id}/deliveries`)).body
      .deliveries;
    expect(retrying.find((d) => failedIds.has(d.id))).toMatchObject({
      status: "pending",
      responseCode: 503,
      lastError: "HTTP 503",
    });
    // Three failures in a row: the admins hear about it (once), naming the address.
    const notes = async () =>
      (await admin.get<{ events: DomainEvent[] }>("/api/events?since=0&limit=5000")).body.events.filter(
        (e) =>
          e.type === "notification" &&
          (e.data as { kind: string; message: { en: string } }).kind === "webhook_failing" &&
          (e.data as { message: { en: string } }).message.en.includes("/flaky"),
      );
    await expect.poll(async () => (await notes()).length, { timeout: 10_000 }).toBe(1);
    expect((await notes())[0]?.data).toMatchObject({
      message: { en: expect.stringContaining("failed 3 times in a row (HTTP 503)") },
    });
    down = false;
    await receiver.waitFor(
      () => ofPath("/flaky").filter((r) => r.status === 200).length === 3,
      15_000,
      "deliveries after recovery",
    );
    const ok = ofPath("/flaky").filter((r) => r.status === 200);
    expect(ok.every((r) => r.verified)).toBe(true);
    expect(ok.map((r) => (r.json.data.bulletin as { id: string }).id)).toEqual(published);
    expect(new Set(ok.map((r) => r.id)).size).toBe(3);
    receiver.setStatus(() => 200);
  });

  it("disables a webhook that answers 410 Gone and tells the admins", async () => {
    const hook = await addWebhook(admin, receiver, "/gone", {
      incidentId: incident.id,
      events: ["bulletin.published"],
    });
    receiver.setStatus((p) => (p === "/gone" ? 410 : 200));
    const before = (await admin.get<{ latestSeq: number }>("/api/events?since=0&limit=1")).body.latestSeq;
    await publish(communicator, lead, await createBulletin(communicator, incident.id, goodBulletin([factId])));
    await expect
      .poll(
        async () =>
          (await admin.get<{ webhooks: Webhook[] }>("/api/webhooks")).body.webhooks.find((w) => w.id === hook.id)
            ?.disabledReason,
        { timeout: 10_000 },
      )
      .toBe("410 Gone");
    const events = (await admin.get<{ events: DomainEvent[] }>(`/api/events?since=${before}`)).body.events;
    const note = events.find(
      (e) => e.type === "notification" && (e.data as { kind: string }).kind === "webhook_failing",
    );
    expect(note?.visibleTo).toEqual(["admin"]);
    const leadEvents = (await lead.get<{ events: DomainEvent[] }>(`/api/events?since=${before}`)).body.events;
    expect(
      leadEvents.some((e) => e.type === "notification" && (e.data as { kind: string }).kind === "webhook_failing"),
    ).toBe(false);
    const count = ofPath("/gone").length;
    await publish(communicator, lead, await createBulletin(communicator, incident.id, goodBulletin([factId])));
    await server.app.outbox.tick();
    expect(ofPath("/gone")).toHaveLength(count);
    receiver.setStatus(() => 200);
  });

  it("validates webhooks: 400 naming the field; only admins", async () => {
    const bad = await admin.post<{ error: { field: string } }>("/api/webhooks", {
      url: "ftp://x.example",
      events: ["bulletin.published"],
    });
    expect([bad.status, bad.body.error.field]).toEqual([400, "url"]);
    const noEvents = await admin.post<{ error: { field: string } }>("/api/webhooks", {
      url: "https://x.example",
      events: [],
    });
    expect([noEvents.status, noEvents.body.error.field]).toEqual([400, "events"]);
    const unknown = await admin.post<{ error: { field: string } }>("/api/webhooks", {
      url: "https://x.example",
      events: ["bulletin.saved"],
    });
    expect([unknown.status, unknown.body.error.field]).toEqual([400, "events.0"]);
    expect(
      (await lead.post("/api/webhooks", { url: "https://x.example", events: ["bulletin.published"] })).status,
    ).toBe(403);
  });
});

describe("webhook addresses without KRISRUM_WEBHOOK_ALLOW_PRIVATE", () => {
  let server: OutboxServer;
  let admin: ApiClient;
  beforeAll(async () => {
    server = await startOutboxServer("sqlite", { config: { webhookAllowPrivate: false } });
    admin = await server.as("admin");
  });
  afterAll(() => server.close());

  it.each([
    "http://example.com/hook",
    "https://127.0.0.1/hook",
    "https://localhost/hook",
    "https://10.1.2.3/hook",
    "https://192.168.1.10/hook",
    "https://172.20.0.1/hook",
    "https://169.254.169.254/latest/meta-data",
    "https://[::1]/hook",
    "https://[fe80::1]/hook",
    "https://[::ffff:127.0.0.1]/hook",
    "https://100.64.0.1/hook",
  ])("refuses %s", async (url) => {
    const res = await admin.post<{ error: { field: string; message: string } }>("/api/webhooks", {
      url,
      events: ["bulletin.published"],
    });
    expect(res.status, res.text).toBe(400);
    expect(res.body.error.field).toBe("url");
  });

  it("accepts a public https address", async () => {
    const res = await admin.post("/api/webhooks", {
      url: "https://93.184.215.14/hook",
      events: ["bulletin.published"],
    });
    expect(res.status, res.text).toBe(201);
  });
});
