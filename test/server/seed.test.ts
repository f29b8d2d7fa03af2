import { afterEach, describe, expect, it } from "vitest";
import { countUsers, listUsers } from "../../server/db/repos/users.js";
import { listIncidents } from "../../server/db/repos/incidents.js";
import { formatAccounts, seedIfEmpty, SeedError } from "../../server/domain/seed.js";
import { testConfig } from "../helpers/config.js";
import { openTestDatabase, type TestDatabase } from "../helpers/db.js";
import { login } from "../helpers/http.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

describe("first-start data", () => {
  let t: TestDatabase | undefined;
  let server: TestServer | undefined;
  afterEach(async () => {
    await t?.dispose();
    await server?.close();
    t = undefined;
    server = undefined;
  });

  it("creates the five demo accounts with random readable passwords and prints them once", async () => {
    t = await openTestDatabase("sqlite");
    const result = await seedIfEmpty(t.db, { demo: true });
    expect(result.seeded).toBe(true);
    expect(result.accounts.map((a) => [a.username, a.role])).toEqual([
      ["admin", "admin"],
      ["lead", "lead"],
      ["communicator", "communicator"],
      ["agent", "agent"],
      ["viewer", "viewer"],
    ]);
    expect(new Set(result.accounts.map((a) => a.password)).size).toBe(5);
    expect(result.accounts.find((a) => a.username === "lead")?.displayName).toBe("Anna Lind (krisledare)");
    const table = formatAccounts(result, false);
    for (const a of result.accounts) expect(table).toContain(a.password);
    expect(table).toMatch(/shown once/);
    expect(formatAccounts(result, true)).not.toContain(result.accounts[0]?.password);

    const again = await seedIfEmpty(t.db, { demo: true });
    expect(again).toEqual({ seeded: false, accounts: [] });
    expect(await countUsers(t.db)).toBe(5);
  });

  it("creates a Swedish demo incident: boil-water notice after a water-main break, with a log", async () => {
    server = await startTestServer();
    const viewer = await server.as("viewer");
    const [incident] = (await listIncidents(server.database.db)).filter((i) =>
      i.title.startsWith("Kokningsrekommendation"),
    );
    if (!incident) throw new Error("no demo incident");
    expect(incident).toMatchObject({
      severity: "severe",
      status: "active",
      affectedAreas: ["Norrby", "Söderäng", "Västra industriområdet"],
    });
    expect(incident.description).toMatch(/vattenledning.*kokas/s);
    expect(Date.parse(incident.nextUpdateDue ?? "")).toBeGreaterThan(Date.now());
    const { body } = await viewer.get<{ items: Array<{ source: string; kind?: string; refersTo?: string | null }> }>(
      `/api/incidents/${incident.id}/log`,
    );
    const kinds = body.items.filter((i) => i.source === "entry").map((i) => i.kind);
    expect(kinds).toEqual(["correction", "note", "call", "decision", "call"]);
    expect(body.items.find((i) => i.kind === "correction")?.refersTo).toBeTruthy();
  });

  it("with KRISRUM_DEMO=0 creates only the admin, from KRISRUM_ADMIN_PASSWORD", async () => {
    server = await startTestServer({ demo: false });
    expect((await listUsers(server.database.db)).map((u) => u.username)).toEqual(["admin"]);
    expect(await listIncidents(server.database.db)).toEqual([]);
    await server.as("admin");
  });

  it("with KRISRUM_DEMO=0 and no admin password refuses to start on an empty database", async () => {
    t = await openTestDatabase("sqlite");
    await expect(seedIfEmpty(t.db, { demo: false })).rejects.toThrow(SeedError);
    await expect(seedIfEmpty(t.db, { demo: false })).rejects.toThrow(/KRISRUM_ADMIN_PASSWORD/);
  });

  it("seeds once when two nodes start on the same empty database at the same time", async () => {
    t = await openTestDatabase("postgres");
    const results = await Promise.all([seedIfEmpty(t.db, { demo: true }), seedIfEmpty(t.db, { demo: true })]);
    expect(results.filter((r) => r.seeded)).toHaveLength(1);
    expect(await countUsers(t.db)).toBe(5);
    expect(await listIncidents(t.db)).toHaveLength(1);
  });

  it("uses KRISRUM_DEMO_PASSWORD for every demo account when set", async () => {
    t = await openTestDatabase("sqlite");
    await seedIfEmpty(t.db, { demo: true, demoPassword: "shared-demo-pw" });
    const { createApp } = await import("../../server/app.js");
    const { createLogger } = await import("../../server/logger.js");
    const app = createApp({
      config: testConfig({ sessionHours: 1, staticDir: t.dataDir }),
      db: t.db,
      log: createLogger("silent"),
    });
    await new Promise<void>((r) => app.httpServer.listen(0, "127.0.0.1", r));
    const address = app.httpServer.address();
    const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    try {
      for (const username of ["admin", "viewer"]) await login(url, username, "shared-demo-pw");
    } finally {
      await app.close();
    }
  });
});
