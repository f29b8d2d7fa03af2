import { io, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClientToServerEvents, ServerToClientEvents } from "../../shared/events.js";
import type { Ack, DomainEvent, Incident, SyncResult } from "../../shared/index.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

/**
 * Browsers open Socket.IO with HTTP long-polling before upgrading to WebSocket. Those requests must reach
 * engine.io alone: when Express also answered them, the server crashed writing headers twice.
 */
describe("Socket.IO over HTTP long-polling (the browser's first transport)", () => {
  let server: TestServer;
  let socket: Socket<ServerToClientEvents, ClientToServerEvents>;

  beforeAll(async () => {
    server = await startTestServer();
    const viewer = await server.as("viewer");
    socket = io(server.url, {
      transports: ["polling"],
      reconnection: false,
      forceNew: true,
      extraHeaders: { cookie: viewer.cookie ?? "" },
    });
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", resolve);
      socket.once("connect_error", reject);
    });
  });
  afterAll(async () => {
    socket.close();
    await server.close();
  });

  it("answers sync and receives pushed events over polling while the server stays up", async () => {
    const sync = await socket.timeout(3_000).emitWithAck("sync", { since: 0 });
    expect((sync as Ack<SyncResult>).ok).toBe(true);

    const lead = await server.as("lead");
    const pushed = new Promise<DomainEvent>((resolve) =>
      socket.on("event", (e) => e.type === "incident.created" && resolve(e)),
    );
    const created = await lead.post<Incident>("/api/incidents", { title: "Pollingprov" });
    expect(created.status).toBe(201);
    expect((await pushed).entity.id).toBe(created.body.id);

    // Several more polling round trips, then the server must still answer.
    for (let i = 0; i < 3; i++) await socket.timeout(3_000).emitWithAck("sync", { since: 0 });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(socket.connected).toBe(true);
  });
});
