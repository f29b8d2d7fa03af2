import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "../../shared/index.js";
import { login, type ApiClient } from "../helpers/http.js";
import { DEMO_PASSWORD, startTestServer, type TestServer } from "../helpers/server.js";
import { disconnected, nextEvent } from "../helpers/socket.js";

describe("users admin API", () => {
  let server: TestServer;
  let admin: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.as("admin");
  });
  afterAll(() => server.close());

  const createUser = (body: Partial<{ username: string; displayName: string; role: string; password: string }>) =>
    admin.post<{ user: User }>("/api/users", {
      displayName: "Test Testsson",
      role: "agent",
      password: "long-enough-pw",
      ...body,
    });

  it("lists users without password hashes", async () => {
    const res = await admin.get<{ users: User[] }>("/api/users");
    expect(res.status).toBe(200);
    expect(res.body.users.map((u) => u.username)).toEqual(["admin", "agent", "communicator", "lead", "viewer"]);
    expect(res.text).not.toMatch(/scrypt|password/i);
  });

  it("creates a user who can then sign in; a taken username is 409 naming the field", async () => {
    const res = await createUser({ username: "kim.svensson", displayName: "Kim Svensson", role: "communicator" });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({
      username: "kim.svensson",
      role: "communicator",
      language: "sv",
      disabled: false,
    });
    await login(server.url, "kim.svensson", "long-enough-pw");
    const taken = await createUser({ username: "kim.svensson" });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ error: { code: "conflict", field: "username" } });
  });

  it("validates new users: username format, password length", async () => {
    const badName = await createUser({ username: "Kim Svensson" });
    expect(badName.body).toMatchObject({ error: { code: "validation", field: "username" } });
    const shortPw = await createUser({ username: "kort", password: "short" });
    expect(shortPw.body).toMatchObject({ error: { code: "validation", field: "password" } });
    const badRole = await createUser({ username: "rollen", role: "superuser" });
    expect(badRole.body).toMatchObject({ error: { code: "validation", field: "role" } });
  });

  it("changing a role ends the user's sessions and closes their sockets with session_ended", async () => {
    const user = (await createUser({ username: "byter.roll", role: "agent" })).body.user;
    const client = await login(server.url, "byter.roll", "long-enough-pw");
    const socket = await server.socket(client);
    const ended = nextEvent(socket, "session_ended");
    const closed = disconnected(socket);
    const res = await admin.patch<{ user: User }>(`/api/users/${user.id}`, { role: "lead", displayName: "Ny Roll" });
    expect(res.body.user).toMatchObject({ role: "lead", displayName: "Ny Roll" });
    await ended;
    await closed;
    expect((await client.get("/api/me")).status).toBe(401);
    const again = await login(server.url, "byter.roll", "long-enough-pw");
    expect((await again.get("/api/me")).body).toMatchObject({ user: { role: "lead" } });
  });

  it("renaming alone keeps the user's sessions", async () => {
    const user = (await createUser({ username: "byter.namn" })).body.user;
    const client = await login(server.url, "byter.namn", "long-enough-pw");
    await admin.patch(`/api/users/${user.id}`, { displayName: "Nytt Namn" });
    expect((await client.get("/api/me")).body).toMatchObject({ user: { displayName: "Nytt Namn" } });
  });

  it("disabling ends sessions and blocks sign-in; enabling allows it again", async () => {
    const user = (await createUser({ username: "avstangd" })).body.user;
    const client = await login(server.url, "avstangd", "long-enough-pw");
    await admin.patch(`/api/users/${user.id}`, { disabled: true });
    expect((await client.get("/api/me")).status).toBe(401);
    const refused = await server
      .anonymous()
      .post("/api/auth/login", { username: "avstangd", password: "long-enough-pw" });
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({
      error: { code: "bad_credentials", message: expect.stringContaining("disabled") },
    });
    await admin.patch(`/api/users/${user.id}`, { disabled: false });
    await login(server.url, "avstangd", "long-enough-pw");
  });

  it("resetting a password ends sessions; only the new password works", async () => {
    const user = (await createUser({ username: "nytt.losen" })).body.user;
    const client = await login(server.url, "nytt.losen", "long-enough-pw");
    const socket = await server.socket(client);
    const ended = nextEvent(socket, "session_ended");
    const res = await admin.post(`/api/users/${user.id}/password`, { password: "a-brand-new-password" });
    expect(res.status).toBe(204);
    await ended;
    expect((await client.get("/api/me")).status).toBe(401);
    expect(
      (await server.anonymous().post("/api/auth/login", { username: "nytt.losen", password: "long-enough-pw" })).status,
    ).toBe(401);
    await login(server.url, "nytt.losen", "a-brand-new-password");
  });

  it("refuses to demote or disable the last active admin", async () => {
    const me = (await admin.get<{ user: User }>("/api/me")).body.user;
    const demote = await admin.patch(`/api/users/${me.id}`, { role: "lead" });
    expect(demote.status).toBe(409);
    // Its own reason, so a console can say why instead of "someone else changed it first".
    expect(demote.body).toMatchObject({ error: { code: "conflict", reason: "last_admin" } });
    const disable = await admin.patch(`/api/users/${me.id}`, { disabled: true });
    expect(disable.status).toBe(409);
    expect(disable.body).toMatchObject({ error: { code: "conflict", reason: "last_admin" } });
    expect((await admin.get("/api/me")).status).toBe(200);

    // With a second admin the first may step down.
    const second = (await createUser({ username: "admin2", role: "admin" })).body.user;
    const res = await admin.patch<{ user: User }>(`/api/users/${me.id}`, { role: "lead" });
    expect(res.status).toBe(200);
    const admin2 = await login(server.url, "admin2", "long-enough-pw");
    expect((await admin2.patch(`/api/users/${second.id}`, { disabled: true })).status).toBe(409);
    await admin2.patch(`/api/users/${me.id}`, { role: "admin" });
    admin = await login(server.url, "admin", DEMO_PASSWORD);
  });

  it("answers 404 for an unknown user and 400 for an empty patch", async () => {
    expect((await admin.patch("/api/users/00000000-0000-4000-8000-000000000000", { displayName: "X" })).status).toBe(
      404,
    );
    expect(
      (await admin.post("/api/users/00000000-0000-4000-8000-000000000000/password", { password: "long-enough-pw" }))
        .status,
    ).toBe(404);
    const empty = await admin.patch(`/api/users/00000000-0000-4000-8000-000000000000`, {});
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ error: { code: "validation" } });
  });
});
