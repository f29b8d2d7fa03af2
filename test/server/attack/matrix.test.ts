import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../../shared/index.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { PUBLIC, ROUTE_TABLE, routesMounted } from "./routeTable.js";
import { buildWorld, fillPath, type World } from "./world.js";

// Hardening: every route × every role, and no session, from the route table checked against what Express
// mounts. A role the docs let in must not get 401/403 (nor a 5xx; with an empty body most answer 400, 404 or 409);
// a role they keep out gets 403 `forbidden`; without a session 401 `unauthenticated`.

const WRITE = /^(POST|PUT|PATCH|DELETE) /;
const GUARDED = Object.entries(ROUTE_TABLE).filter((e): e is [string, Role[]] => e[1] !== PUBLIC);

describe("route × role matrix", () => {
  let server: TestServer;
  const clients = {} as Record<Role, ApiClient>;
  let world: World;

  beforeAll(async () => {
    server = await startTestServer();
    Object.assign(clients, await server.sessions());
    world = await buildWorld(clients.admin);
  });
  afterAll(() => server.close());

  it("covers exactly the routes Express mounts under /api", () => {
    const mounted = routesMounted(server.app.express);
    expect(mounted.length).toBeGreaterThanOrEqual(70);
    expect([...mounted].sort()).toEqual(Object.keys(ROUTE_TABLE).sort());
  });

  const cases = GUARDED.flatMap(([route, allowed]) =>
    ROLES.map((role) => ({ route, role, allowed: allowed.includes(role) })),
  );

  it.each(cases)("$route as $role → allowed: $allowed", async ({ route, role, allowed }) => {
    const res = await clients[role].request(
      route.split(" ")[0]!,
      fillPath(route, world),
      WRITE.test(route) ? {} : undefined,
    );
    expect(res.status, res.text).toBeLessThan(500);
    if (allowed) {
      expect([401, 403], res.text).not.toContain(res.status);
    } else {
      expect(res.status, res.text).toBe(403);
      expect(res.body).toMatchObject({ error: { code: "forbidden" } });
    }
  });

  it.each(GUARDED.map(([route]) => route))("%s without a session → 401", async (route) => {
    const res = await server
      .anonymous()
      .request(route.split(" ")[0]!, fillPath(route, world), WRITE.test(route) ? {} : undefined);
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: "unauthenticated" } });
  });

  it("every signed-in client still has its session after the matrix (nothing in it signed anyone out)", async () => {
    for (const role of ROLES) expect((await clients[role].get("/api/me")).status).toBe(200);
  });
});
