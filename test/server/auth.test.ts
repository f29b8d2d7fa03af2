import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, sessionCookieOf } from "../helpers/http.js";
import { DEMO_PASSWORD, startTestServer, type TestServer } from "../helpers/server.js";
import { disconnected, nextEvent } from "../helpers/socket.js";

describe("sign-in, sessions and /api/me", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("logs in with the right password and sets an HTTP-only SameSite session cookie", async () => {
    const res = await server.anonymous().post("/api/auth/login", { username: "lead", password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ user: { username: "lead", role: "lead", displayName: "Anna Lind (krisledare)" } });
    expect(JSON.stringify(res.body)).not.toContain("scrypt");
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("krisrum_session="));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Max-Age=43200/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it("accepts the username in any case and with surrounding spaces", async () => {
    const res = await server.anonymous().post("/api/auth/login", { username: "  Viewer ", password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
  });

  it("answers a wrong password and an unknown user with the same 401 bad_credentials", async () => {
    const wrong = await server.anonymous().post("/api/auth/login", { username: "agent", password: "not-the-password" });
    const unknown = await server
      .anonymous()
      .post("/api/auth/login", { username: "nobody", password: "not-the-password" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toMatchObject({ error: { code: "bad_credentials", message: "Wrong username or password" } });
    expect((unknown.body as { error: { message: string } }).error.message).toBe("Wrong username or password");
    expect(sessionCookieOf(wrong.headers)).toBeUndefined();
  });

  it("returns the signed-in user from GET /api/me and 401 without a session", async () => {
    const viewer = await server.as("viewer");
    expect((await viewer.get("/api/me")).body).toMatchObject({
      user: { username: "viewer", role: "viewer", language: "sv" },
    });
    const anon = await server.anonymous().get("/api/me");
    expect(anon.status).toBe(401);
    expect(anon.body).toMatchObject({ error: { code: "unauthenticated" } });
    const forged = await new ApiClient(server.url, "krisrum_session=forged-token").get("/api/me");
    expect(forged.status).toBe(401);
  });

  it("lets a user change their own UI language", async () => {
    const agent = await server.as("agent");
    const res = await agent.patch("/api/me", { language: "en" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ user: { language: "en" } });
    expect((await agent.get("/api/me")).body).toMatchObject({ user: { language: "en" } });
    const bad = await agent.patch("/api/me", { language: "de" });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: "validation", field: "language" } });
    await agent.patch("/api/me", { language: "sv" });
  });

  it("logs out: 204, the cookie stops working and the session's sockets get session_ended", async () => {
    const lead = await server.as("lead");
    const socket = await server.socket(lead);
    const ended = nextEvent(socket, "session_ended");
    const closed = disconnected(socket);
    const res = await lead.post("/api/auth/logout");
    expect(res.status).toBe(204);
    expect(res.headers.getSetCookie()[0]).toMatch(/krisrum_session=;.*Max-Age=0/);
    await ended;
    expect(await closed).toBe("io server disconnect");
    expect((await lead.get("/api/me")).status).toBe(401);
  });

  it("stores only a hash of the session token", async () => {
    const client = await server.as("viewer");
    const token = (client.cookie ?? "").split("=")[1] ?? "";
    const rows = await server.database.db.selectFrom("sessions").select("token_hash").execute();
    expect(rows.some((r) => r.token_hash === createHash("sha256").update(token).digest("hex"))).toBe(true);
    expect(rows.some((r) => r.token_hash.includes(token))).toBe(false);
  });

  it("slides the expiry forward on use and renews the cookie", async () => {
    const client = await server.as("viewer");
    const db = server.database.db;
    const tokenHash = createHash("sha256")
      .update((client.cookie ?? "").split("=")[1] ?? "")
      .digest("hex");
    const longAgo = new Date(Date.now() - 5 * 60_000).toISOString();
    const soon = new Date(Date.now() + 60_000).toISOString();
    await db
      .updateTable("sessions")
      .set({ last_seen_at: longAgo, expires_at: soon })
      .where("token_hash", "=", tokenHash)
      .execute();
    const res = await client.get("/api/me");
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().join()).toMatch(/krisrum_session=.*Max-Age=(43200|4319\d)/);
    const row = await db
      .selectFrom("sessions")
      .selectAll()
      .where("token_hash", "=", tokenHash)
      .executeTakeFirstOrThrow();
    expect(Date.parse(row.expires_at)).toBeGreaterThan(Date.now() + 11 * 3600_000);
    // Within the minute the session is not written again.
    expect((await client.get("/api/me")).headers.getSetCookie()).toEqual([]);
  });

  it("refuses and removes an expired session", async () => {
    const client = await server.as("agent");
    const tokenHash = createHash("sha256")
      .update((client.cookie ?? "").split("=")[1] ?? "")
      .digest("hex");
    const db = server.database.db;
    await db
      .updateTable("sessions")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where("token_hash", "=", tokenHash)
      .execute();
    expect((await client.get("/api/me")).status).toBe(401);
    expect(
      await db.selectFrom("sessions").select("id").where("token_hash", "=", tokenHash).executeTakeFirst(),
    ).toBeUndefined();
    await expect(server.socket(client)).rejects.toThrow("unauthenticated");
  });

  it("does not end other sessions of the same user on logout", async () => {
    const first = await server.as("communicator");
    const second = await server.as("communicator");
    await first.post("/api/auth/logout");
    expect((await second.get("/api/me")).status).toBe(200);
  });
});

describe("behind a reverse proxy", () => {
  it("counts failed logins per client address from X-Forwarded-For when the proxy is trusted (the throttle tests are in attack/lockout.test.ts)", async () => {
    const trusted = await startTestServer({ trustProxy: "loopback" });
    const direct = await startTestServer();
    try {
      const body = { username: "lead", password: "wrong-password" };
      for (const server of [trusted, direct]) {
        await server.anonymous().request("POST", "/api/auth/login", body, { "x-forwarded-for": "203.0.113.9" });
      }
      const ipOf = async (server: TestServer) =>
        (await server.database.db.selectFrom("login_throttle").select("ip").executeTakeFirstOrThrow()).ip;
      expect(await ipOf(trusted)).toBe("203.0.113.9");
      expect(await ipOf(direct)).toBe("127.0.0.1");
    } finally {
      await Promise.all([trusted.close(), direct.close()]);
    }
  });
});
