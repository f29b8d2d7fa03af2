import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Incident, type Role, type User } from "../../shared/index.js";
import type { ApiClient } from "../helpers/http.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

// Written out from docs/api.md "Roles", independently of server/domain/policy.ts, so a policy slip fails here.
const EVERYONE: Role[] = ["admin", "lead", "communicator", "agent", "viewer"];
const LOG_WRITERS: Role[] = ["admin", "lead", "communicator", "agent"];
const MANAGERS: Role[] = ["admin", "lead"];
const ADMINS: Role[] = ["admin"];
// Callers' phone numbers: the agents who ring back and the leads who run the contact centre.
const CALLBACK_READERS: Role[] = ["admin", "lead", "agent"];
// The crisis team (readDrafts): drafts, versions in review, the publish gate (review and staleness).
const CRISIS_TEAM: Role[] = ["admin", "lead", "communicator"];

interface Route {
  method: string;
  path: (ids: Ids) => string;
  body?: (role: Role) => unknown;
  allowed: Role[];
}
interface Ids {
  incident: string;
  user: string;
  claim: string;
  /** A draft bulletin: the team reads it, agents and viewers get 404. */
  draft: string;
}

const ROUTES: Route[] = [
  { method: "GET", path: () => "/api/me", allowed: EVERYONE },
  { method: "GET", path: () => "/api/settings", allowed: EVERYONE },
  { method: "PATCH", path: () => "/api/me", body: () => ({ language: "sv" }), allowed: EVERYONE },
  { method: "GET", path: () => "/api/users", allowed: ADMINS },
  {
    method: "POST",
    path: () => "/api/users",
    body: (r) => ({ username: `new.${r}`, displayName: "Ny", role: "viewer", password: "long-enough-pw" }),
    allowed: ADMINS,
  },
  {
    method: "PATCH",
    path: (i) => `/api/users/${i.user}`,
    body: (r) => ({ displayName: `Namn ${r}` }),
    allowed: ADMINS,
  },
  {
    method: "POST",
    path: (i) => `/api/users/${i.user}/password`,
    body: () => ({ password: "long-enough-pw" }),
    allowed: ADMINS,
  },
  { method: "GET", path: () => "/api/incidents", allowed: EVERYONE },
  { method: "POST", path: () => "/api/incidents", body: (r) => ({ title: `Skapad av ${r}` }), allowed: MANAGERS },
  { method: "GET", path: (i) => `/api/incidents/${i.incident}`, allowed: EVERYONE },
  {
    method: "PATCH",
    path: (i) => `/api/incidents/${i.incident}`,
    body: (r) => ({ description: `Ändrad av ${r}` }),
    allowed: MANAGERS,
  },
  { method: "GET", path: (i) => `/api/incidents/${i.incident}/log`, allowed: EVERYONE },
  {
    method: "POST",
    path: (i) => `/api/incidents/${i.incident}/log`,
    body: (r) => ({ kind: "note", text: `Anteckning av ${r}` }),
    allowed: LOG_WRITERS,
  },
  { method: "GET", path: (i) => `/api/incidents/${i.incident}/log/export.csv`, allowed: EVERYONE },
  { method: "GET", path: (i) => `/api/incidents/${i.incident}/log/export.json`, allowed: EVERYONE },
  { method: "GET", path: () => "/api/events?since=0", allowed: EVERYONE },
  { method: "GET", path: (i) => `/api/faq/search?q=vatten&incidentId=${i.incident}&limit=5`, allowed: EVERYONE },
  { method: "GET", path: (i) => `/api/contact/claims?incidentId=${i.incident}`, allowed: LOG_WRITERS },
  { method: "GET", path: (i) => `/api/claims/${i.claim}/callbacks`, allowed: CALLBACK_READERS },
  { method: "GET", path: (i) => `/api/bulletins/${i.draft}/gate`, allowed: CRISIS_TEAM },
];

/** Routes every role may call, whose answer for a draft depends on the role: 200 for the team, 404 for the others. */
const DRAFT_READS = [
  { name: "/api/bulletins/:id", path: (i: Ids) => `/api/bulletins/${i.draft}` },
  { name: "/api/bulletins/:id/versions", path: (i: Ids) => `/api/bulletins/${i.draft}/versions` },
  { name: "/api/bulletins/:id/versions/1", path: (i: Ids) => `/api/bulletins/${i.draft}/versions/1` },
];

describe("role × route authorisation", () => {
  let server: TestServer;
  const clients = {} as Record<Role, ApiClient>;
  let ids: Ids;

  beforeAll(async () => {
    server = await startTestServer();
    Object.assign(clients, await server.sessions());
    const incident = (await clients.lead.post<Incident>("/api/incidents", { title: "Behörighetstest" })).body;
    const user = (
      await clients.admin.post<{ user: User }>("/api/users", {
        username: "target",
        displayName: "Mål",
        role: "viewer",
        password: "long-enough-pw",
      })
    ).body.user;
    const claim = (
      await clients.agent.post<{ id: string }>(`/api/incidents/${incident.id}/claims`, {
        text: "Vattnet är förgiftat",
        sourceChannel: "contact_centre",
      })
    ).body;
    const draft = (
      await clients.communicator.post<{ id: string }>(`/api/incidents/${incident.id}/bulletins`, {
        headline: "Utkast",
        body: "Inte publicerat.",
      })
    ).body;
    ids = { incident: incident.id, user: user.id, claim: claim.id, draft: draft.id };
  });
  afterAll(() => server.close());

  const cases = ROUTES.flatMap((route) =>
    ROLES.map((role) => ({ route, role, allowed: route.allowed.includes(role) })),
  );

  it.each(cases)("$route.method $route.path as $role → allowed: $allowed", async ({ route, role, allowed }) => {
    const res = await clients[role].request(route.method, route.path(ids), route.body?.(role));
    if (allowed) {
      expect(res.status, res.text).toBeGreaterThanOrEqual(200);
      expect(res.status, res.text).toBeLessThan(300);
    } else {
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ error: { code: "forbidden" } });
    }
  });

  it.each(DRAFT_READS.flatMap(({ name, path }) => ROLES.map((role) => ({ name, path, role }))))(
    "GET $name (a draft) as $role: 200 for the crisis team, else 404",
    async ({ path, role }) => {
      const res = await clients[role].get(path(ids));
      expect(res.status, res.text).toBe(CRISIS_TEAM.includes(role) ? 200 : 404);
    },
  );

  it.each(ROUTES)("$method $path without a session → 401", async (route) => {
    const res = await server.anonymous().request(route.method, route.path(ids), route.body?.("viewer"));
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: "unauthenticated" } });
  });

  it("writes nothing when a role is refused", async () => {
    const before = (await clients.viewer.get<{ incidents: Incident[] }>("/api/incidents")).body.incidents.length;
    await clients.communicator.post("/api/incidents", { title: "Får inte skapas" });
    const after = (await clients.viewer.get<{ incidents: Incident[] }>("/api/incidents")).body.incidents;
    expect(after).toHaveLength(before);
    expect(after.map((i) => i.title)).not.toContain("Får inte skapas");
  });
});
