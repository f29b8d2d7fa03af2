import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { routesMounted } from "./attack/routeTable.js";

// The OpenAPI document (GET /api/openapi.json, server/http/openapi.ts) against what Express really mounts, both ways:
// a route added without documenting it fails here, and so does a documented route that is gone.

interface Doc {
  openapi: string;
  paths: Record<
    string,
    Record<string, { responses: Record<string, unknown>; parameters: { name: string; in: string }[] }>
  >;
  components: { schemas: Record<string, unknown> };
}

/** "/api/users/{id}" + "patch" → "PATCH /api/users/:id", the form routesMounted gives. */
const routeOf = (path: string, method: string) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`;

describe("OpenAPI document", () => {
  let server: TestServer;
  let doc: Doc;

  beforeAll(async () => {
    server = await startTestServer({ demo: false });
    const res = await server.anonymous().get("/api/openapi.json");
    expect(res.status).toBe(200);
    doc = res.body as Doc;
  });
  afterAll(() => server.close());

  it("is OpenAPI 3.1 and served without a session", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).length).toBeGreaterThan(40);
  });

  it("documents every route Express mounts under /api", () => {
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => routeOf(path, m))),
    );
    const undocumented = routesMounted(server.app.express).filter((r) => !documented.has(r));
    expect(undocumented, "add these to OPERATIONS in server/http/openapi.ts").toEqual([]);
  });

  it("documents no route Express does not mount", () => {
    const mounted = new Set(routesMounted(server.app.express));
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => routeOf(path, m)),
    );
    expect(documented.length).toBeGreaterThanOrEqual(70);
    expect(documented.filter((r) => !mounted.has(r))).toEqual([]);
  });

  it("names every path parameter and resolves every schema reference", () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const op of Object.values(ops))
        expect(
          op.parameters
            .filter((p) => p.in === "path")
            .map((p) => p.name)
            .sort(),
          path,
        ).toEqual(inPath);
    }
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(70);
    for (const name of refs) expect(doc.components.schemas, name).toHaveProperty(name);
  });

  it("describes the gate decision the console reads, from the shared schema", () => {
    const gate = doc.components.schemas.GateDecision as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(gate.properties).sort()).toEqual([
      "errors",
      "failing",
      "passed",
      "score",
      "stale",
      "threshold",
      "warnings",
    ]);
    expect(doc.paths["/api/bulletins/{id}/gate"]?.get?.responses["200"]).toMatchObject({
      content: { "application/json": { schema: { $ref: "#/components/schemas/GateDecision" } } },
    });
  });

  it("names the reason a refusal carries, which clients translate (required_for_review, past …)", () => {
    const error = doc.components.schemas.ApiError as { properties: { error: { properties: Record<string, unknown> } } };
    expect(error.properties.error.properties.reason).toEqual({ type: "string" });
  });
});
