import type { IncomingMessage } from "node:http";
import { io } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sameOriginHandshake } from "../../server/realtime/origin.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

/** Connects with a cookie and optional extra headers; resolves "connected" or the refusal's message. */
function handshake(url: string, headers: Record<string, string>): Promise<string> {
  const socket = io(url, {
    path: "/socket.io",
    transports: ["websocket"],
    reconnection: false,
    forceNew: true,
    extraHeaders: headers,
  });
  return new Promise((resolve) => {
    socket.once("connect", () => {
      socket.close();
      resolve("connected");
    });
    socket.once("connect_error", (err) => {
      socket.close();
      resolve(`refused: ${err.message}`);
    });
  });
}

function decide(policy: Parameters<typeof sameOriginHandshake>[0], headers: Record<string, string>): Promise<boolean> {
  return new Promise((resolve) =>
    sameOriginHandshake(policy)({ headers } as unknown as IncomingMessage, (_err, ok) => resolve(ok)),
  );
}

describe("socket handshake origin check", () => {
  let server: TestServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startTestServer();
    cookie = (await server.as("viewer")).cookie as string;
  });
  afterAll(() => server.close());

  it("lets a console on the same origin connect", async () => {
    expect(await handshake(server.url, { cookie, origin: server.url })).toBe("connected");
  });

  it("refuses a page on another site even when the browser sends the session cookie", async () => {
    expect(await handshake(server.url, { cookie, origin: "https://evil.example" })).toMatch(/^refused/);
    expect(await handshake(server.url, { cookie, origin: "null" })).toMatch(/^refused/);
  });

  it("still lets a client without Origin connect with its cookie, and not without it", async () => {
    expect(await handshake(server.url, { cookie })).toBe("connected");
    expect(await handshake(server.url, {})).toMatch(/unauthenticated/);
  });

  it("accepts the public URL's host and, only behind a trusted proxy, X-Forwarded-Host", async () => {
    const behindProxy = { host: "10.0.0.5:3000", origin: "https://krisrum.norrby.se" };
    expect(await decide({}, behindProxy)).toBe(false);
    expect(await decide({ publicUrl: "https://krisrum.norrby.se" }, behindProxy)).toBe(true);
    expect(await decide({}, { ...behindProxy, "x-forwarded-host": "krisrum.norrby.se" })).toBe(false);
    expect(await decide({ trustProxy: 1 }, { ...behindProxy, "x-forwarded-host": "krisrum.norrby.se" })).toBe(true);
    expect(await decide({}, { host: "Krisrum.Norrby.se", origin: "https://krisrum.norrby.se" })).toBe(true);
  });
});
