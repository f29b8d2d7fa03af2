import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AssignableUser, Claim, Role, User } from "../../../shared/index.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { DEMO_PASSWORD, startTestServer, type TestServer } from "../../helpers/server.js";
import { createClaim, createIncident } from "./fixtures.js";

// The lead's "Tilldela" list: the people POST /api/claims/:id/assign accepts, read from the server, not whoever the
// browser happens to have seen (that offered the agent and the viewer, who are refused, and missed the desk).

const ROLES: Role[] = ["admin", "lead", "communicator", "agent", "viewer"];

describe.each(ENGINES)("GET /api/users/assignable (%s)", (engine) => {
  let server: TestServer;
  let as: Record<Role, ApiClient>;
  beforeAll(async () => {
    server = await startTestServer({ engine });
    as = await server.sessions(ROLES);
  });
  afterAll(() => server.close());

  const assignable = async (client: ApiClient) => {
    const res = await client.get<{ users: AssignableUser[] }>("/api/users/assignable");
    expect(res.status, res.text).toBe(200);
    return res.body.users;
  };

  it("lists every active communicator, lead and admin by name, and no agent, viewer or account details", async () => {
    const users = await assignable(as.lead);
    expect(users.map((u) => [u.displayName, u.role])).toEqual([
      ["Anna Lind (krisledare)", "lead"],
      ["Erik Holm (administratör)", "admin"],
      ["Sara Nyström (kommunikatör)", "communicator"],
    ]);
    for (const user of users) expect(Object.keys(user).sort()).toEqual(["displayName", "id", "role"]);
    expect(await assignable(as.admin)).toEqual(users);
  });

  it("leaves out a disabled communicator, and names a new one at once", async () => {
    const create = (username: string, displayName: string) =>
      as.admin.post<{ user: User }>("/api/users", {
        username,
        displayName,
        role: "communicator",
        password: DEMO_PASSWORD,
      });
    const kim = (await create("kim.desk", "Kim Ny (kommunikatör)")).body.user;
    const off = (await create("off.desk", "Bo Borta (kommunikatör)")).body.user;
    expect((await as.admin.patch(`/api/users/${off.id}`, { disabled: true })).status).toBe(200);
    const names = (await assignable(as.lead)).map((u) => u.displayName);
    expect(names).toContain(kim.displayName);
    expect(names).not.toContain(off.displayName);
  });

  it("offers exactly whom assign accepts", async () => {
    const incidentId = (await createIncident(as.lead)).id;
    const claim: Claim = await createClaim(as.lead, incidentId);
    for (const user of await assignable(as.lead)) {
      const res = await as.lead.post(`/api/claims/${claim.id}/assign`, { assigneeId: user.id });
      expect(res.status, res.text).toBe(200);
    }
    const agent = (await as.agent.get<{ user: User }>("/api/me")).body.user;
    const refused = await as.lead.post(`/api/claims/${claim.id}/assign`, { assigneeId: agent.id });
    expect(refused.status).toBe(400);
    // A reason the console says in its own language, not the English message.
    expect(refused.body).toMatchObject({ error: { field: "assigneeId", reason: "not_assignable" } });
  });

  it("is for those who may assign: communicators, agents and viewers are refused", async () => {
    for (const role of ["communicator", "agent", "viewer"] as const) {
      const res = await as[role].get("/api/users/assignable");
      expect(res.status, role).toBe(403);
      expect(res.body).toMatchObject({ error: { code: "forbidden" } });
    }
    expect((await server.anonymous().get("/api/users/assignable")).status).toBe(401);
  });
});
