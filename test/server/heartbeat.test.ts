import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server.js";

/**
 * A console cut off from the server must learn it within seconds (README: a banner once it is cut off for 3 s).
 * Socket.IO's default heartbeat (ping every 25 s, 20 s to answer) left it saying "Ansluten" for 45 s.
 */
describe("noticing a dead link", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("gives each console a heartbeat that gives up on a silent peer within 15 s", async () => {
    // The engine.io handshake names the heartbeat the client then holds the server to.
    const res = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`);
    const body = await res.text();
    const { pingInterval, pingTimeout } = JSON.parse(body.slice(body.indexOf("{"))) as {
      pingInterval: number;
      pingTimeout: number;
    };
    expect(pingInterval + pingTimeout).toBeLessThanOrEqual(15_000);
    // Not so eager that a busy event loop or a slow phone drops healthy consoles.
    expect(pingTimeout).toBeGreaterThanOrEqual(3_000);
  });

  it("answers a probe at once, so a console whose REST call failed can tell whether its socket still works", async () => {
    const socket = await server.socket(await server.as("viewer"));
    const started = performance.now();
    await socket.timeout(2_000).emitWithAck("probe");
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("tells a console the server's clock, so a console whose PC clock is off can judge times as the server does", async () => {
    const socket = await server.socket(await server.as("viewer"));
    const before = Date.now();
    const serverNow: unknown = await socket.timeout(2_000).emitWithAck("time");
    expect(typeof serverNow).toBe("number");
    expect(serverNow as number).toBeGreaterThanOrEqual(before);
    expect(serverNow as number).toBeLessThanOrEqual(Date.now());
  });
});
