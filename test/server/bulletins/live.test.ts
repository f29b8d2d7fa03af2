import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin, DomainEvent, Fact } from "../../../shared/index.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { nextEvent, type ClientSocket } from "../../helpers/socket.js";
import { createBulletin, createFact, createIncident, goodBulletin, put } from "./fixtures.js";

describe("live push of facts and bulletins", () => {
  let server: TestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let watcher: ClientSocket;
  let agentSocket: ClientSocket;
  beforeAll(async () => {
    server = await startTestServer();
    [lead, communicator] = await Promise.all([server.as("lead"), server.as("communicator")]);
    watcher = await server.socket(lead);
    agentSocket = await server.socket(await server.as("agent"));
  });
  afterAll(() => server.close());

  const next = (socket: ClientSocket, type: DomainEvent["type"], id?: string) =>
    nextEvent(socket, "event", (e) => e.type === type && (id === undefined || e.entity.id === id)).then(([e]) => e);

  it("pushes every fact and bulletin change to a second console, with the entity in the payload", async () => {
    const incident = await createIncident(lead);
    const factCreated = next(watcher, "fact.created");
    const fact = await createFact(communicator, incident.id, "Huvudledningen har gått sönder.");
    expect((await factCreated).data).toEqual({ fact });

    // The agent's console hears of published text only (review and staleness): no draft, review step or stale flag reaches it.
    const agentSeen: DomainEvent[] = [];
    agentSocket.on("event", (e) => agentSeen.push(e));
    const created = next(watcher, "bulletin.created");
    const b = await createBulletin(communicator, incident.id, goodBulletin([fact.id]));
    expect((await created).data).toMatchObject({ bulletin: { id: b.id, status: "draft", version: 1 } });

    const saved = next(watcher, "bulletin.saved", b.id);
    const v2 = (
      await put(communicator, `/api/bulletins/${b.id}`, {
        ...goodBulletin([fact.id], { headline: "Ny rubrik" }),
        expectedVersion: 1,
      })
    ).body;
    expect((await saved).data).toEqual({ bulletin: v2, version: 2 });

    const submitted = next(watcher, "bulletin.status_changed", b.id);
    await communicator.post(`/api/bulletins/${b.id}/submit`, {});
    expect((await submitted).data).toMatchObject({
      from: "draft",
      to: "in_review",
      version: 2,
      bulletin: { status: "in_review" },
    });

    const approved = next(watcher, "bulletin.status_changed", b.id);
    await lead.post(`/api/bulletins/${b.id}/approve`, { expectedVersion: 2 });
    expect((await approved).data).toMatchObject({ from: "in_review", to: "approved" });

    const published = next(agentSocket, "bulletin.status_changed", b.id);
    const live = (await lead.post<Bulletin>(`/api/bulletins/${b.id}/publish`, {})).body;
    // The clock rides on the status event: one broadcast per publish.
    expect((await published).data).toMatchObject({
      to: "published",
      bulletin: { publishedVersion: 2 },
      incident: { id: incident.id, lastPublishedAt: live.publishedAt },
    });

    const channel = next(watcher, "bulletin.channel_saved", b.id);
    await communicator.post(`/api/bulletins/${b.id}/channels`, {
      channel: "sms",
      text: "Norrby kommun: koka dricksvattnet i minst en minut.",
    });
    expect((await channel).data).toMatchObject({ channelVersion: { channel: "sms", masterVersion: 2 } });

    const updated = next(watcher, "fact.updated", fact.id);
    const stale = next(watcher, "bulletin.stale", b.id);
    const agentHeard = next(agentSocket, "fact.updated", fact.id); // published text cites it: the agent hears
    const retracted = (await lead.patch<Fact>(`/api/facts/${fact.id}`, { status: "retracted", expectedVersion: 1 }))
      .body;
    expect((await updated).data).toMatchObject({
      fact: retracted,
      changed: ["status"],
      previous: { status: "confirmed" },
    });
    expect((await stale).data).toMatchObject({
      bulletin: { id: b.id },
      reasons: [{ reason: "fact_retracted", factId: fact.id }],
    });
    await agentHeard;
    expect(agentSeen.map((e) => [e.type, (e.data as { to?: string }).to ?? null])).toEqual([
      ["bulletin.status_changed", "published"],
      ["bulletin.channel_saved", null],
      ["fact.updated", null],
    ]);
  });

  it("sends a notification only to the roles it names; the author's console gets it", async () => {
    const incident = await createIncident(lead);
    const fact = await createFact(lead, incident.id, "Skolan är stängd.");
    const b = await createBulletin(communicator, incident.id, goodBulletin([fact.id]));
    const authorSocket = await server.socket(communicator);
    const agentSeen: DomainEvent[] = [];
    agentSocket.on("event", (e) => agentSeen.push(e));
    const note = next(authorSocket, "notification");
    await lead.patch(`/api/facts/${fact.id}`, { statement: "Skolan är öppen.", expectedVersion: 1 });
    expect((await note).data).toMatchObject({ kind: "fact_changed", bulletinId: b.id, factId: fact.id });
    // Events arrive in order: once a later event has reached the agent, a notification would have too.
    const later = next(agentSocket, "incident.updated", incident.id);
    await lead.patch(`/api/incidents/${incident.id}`, { description: "Bussarna går som vanligt." });
    await later;
    expect(agentSeen.some((e) => e.type === "notification")).toBe(false);
  });
});
