import { createHash } from "node:crypto";
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../server/app.js";
import { parseConfig } from "../../../server/config.js";
import { DatabaseCorruptError, openDatabase, SQLITE_FILE } from "../../../server/db/connect.js";
import { migrateToLatest } from "../../../server/db/migrate.js";
import type { DB } from "../../../server/db/schema.js";
import { COMMON_PASSWORDS } from "../../../server/domain/commonPasswords.js";
import { passwordProblem } from "../../../server/domain/passwordPolicy.js";
import { seedIfEmpty } from "../../../server/domain/seed.js";
import { csvField } from "../../../server/presenters/logExport.js";
import { createLogger } from "../../../server/logger.js";
import type { Incident, User } from "../../../shared/index.js";
import { testConfig } from "../../helpers/config.js";
import { parseCsv } from "../../helpers/csv.js";
import { ENGINES } from "../../helpers/db.js";
import { login, type ApiClient } from "../../helpers/http.js";
import { DEMO_PASSWORD, startTestServer, type TestServer } from "../../helpers/server.js";

// Hardening: password policy, absolute session lifetime, CSV injection, a damaged SQLite file.

describe("password policy (ASVS 2.1.1, 2.1.7)", () => {
  it("bundles the 1,000 most common passwords", () => {
    expect(COMMON_PASSWORDS).toHaveLength(1000);
    expect(COMMON_PASSWORDS.slice(0, 3)).toEqual(["123456", "password", "12345678"]);
  });

  it.each([
    ["aaaaaaaaaa", "at least 12"],
    ["password12", "at least 12"],
    ["aaaaaaaaaaaa", "most common"],
    ["abcabcabcabc", "most common"],
    ["password1234", "most common"],
    ["Password2024!", "most common"],
    ["!!qwerty2024!!", "most common"],
    ["monkeymonkey", "most common"],
    ["anna.lindberg", "username"],
    ["Anna.Lindberg-2026", "username"],
  ])("refuses %s (%s)", (password, why) => {
    expect(passwordProblem(password, "anna.lindberg")).toContain(why);
  });

  it.each(["test-password-1", "korv med bröd i regnet", "Tre små grisar 1987", "long-enough-pw"])(
    "accepts %s",
    (password) => {
      expect(passwordProblem(password, "anna.lindberg")).toBeNull();
    },
  );

  it("applies to KRISRUM_DEMO_PASSWORD and KRISRUM_ADMIN_PASSWORD", () => {
    expect(() => parseConfig({ KRISRUM_ADMIN_PASSWORD: "password1234" })).toThrow(
      /KRISRUM_ADMIN_PASSWORD: is one of the most common/,
    );
    expect(() => parseConfig({ KRISRUM_DEMO_PASSWORD: "kort-lösen" })).toThrow(
      /KRISRUM_DEMO_PASSWORD: must be at least 12/,
    );
    expect(parseConfig({ KRISRUM_DEMO_PASSWORD: DEMO_PASSWORD }).demoPassword).toBe(DEMO_PASSWORD);
  });
});

describe("password policy over HTTP", () => {
  let server: TestServer;
  let admin: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.as("admin");
  });
  afterAll(() => server.close());

  it("refuses a common password, the username and a short one with 400 naming password; accepts a passphrase", async () => {
    for (const password of ["password1234", "karin.berg.karin", "elva-tecken"]) {
      const res = await admin.post("/api/users", {
        username: "karin.berg",
        displayName: "Karin",
        role: "viewer",
        password,
      });
      expect(res.status, password).toBe(400);
      expect(res.body).toMatchObject({ error: { code: "validation", field: "password" } });
    }
    const ok = await admin.post<{ user: User }>("/api/users", {
      username: "karin.berg",
      displayName: "Karin",
      role: "viewer",
      password: "blåbär i skogen",
    });
    expect(ok.status).toBe(201);
    const reset = await admin.post(`/api/users/${ok.body.user.id}/password`, { password: "Karin.Berg2026" });
    expect(reset.status).toBe(400);
    expect(reset.body).toMatchObject({ error: { field: "password", message: expect.stringContaining("username") } });
    // The rule broken, for the console to say in the user's language.
    expect(reset.body).toMatchObject({ error: { reason: "contains_username" } });
    const common = await admin.post(`/api/users/${ok.body.user.id}/password`, { password: "password1234" });
    expect(common.body).toMatchObject({ error: { field: "password", reason: "common" } });
    expect((await admin.post(`/api/users/${ok.body.user.id}/password`, { password: "qwertyuiop123" })).status).toBe(
      400,
    );
    expect(
      (await admin.post(`/api/users/${ok.body.user.id}/password`, { password: "lingon och gräddfil" })).status,
    ).toBe(204);
  });
});

describe("absolute session lifetime", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const hashOf = (client: ApiClient) =>
    createHash("sha256")
      .update((client.cookie ?? "").split("=")[1] ?? "")
      .digest("hex");
  const days = (n: number) => n * 24 * 3600_000;

  it("ends a session 7 days after sign-in however busy it is", async () => {
    const client = await server.as("viewer");
    const db = server.database.db;
    await db
      .updateTable("sessions")
      .set({ created_at: new Date(Date.now() - days(7) - 1000).toISOString() })
      .where("token_hash", "=", hashOf(client))
      .execute();
    expect((await client.get("/api/me")).status).toBe(401);
    expect(
      await db.selectFrom("sessions").select("id").where("token_hash", "=", hashOf(client)).executeTakeFirst(),
    ).toBeUndefined();
  });

  it("never slides the expiry past the absolute end", async () => {
    const client = await server.as("agent");
    const db = server.database.db;
    const createdAt = Date.now() - days(7) + 3600_000; // one hour left of the seven days
    await db
      .updateTable("sessions")
      .set({
        created_at: new Date(createdAt).toISOString(),
        last_seen_at: new Date(Date.now() - 5 * 60_000).toISOString(),
      })
      .where("token_hash", "=", hashOf(client))
      .execute();
    const res = await client.get("/api/me");
    expect(res.status).toBe(200);
    const maxAge = Number(/Max-Age=(\d+)/.exec(res.headers.getSetCookie().join())?.[1]);
    expect(maxAge).toBeLessThanOrEqual(3600);
    expect(maxAge).toBeGreaterThan(3500);
    const row = await db
      .selectFrom("sessions")
      .select("expires_at")
      .where("token_hash", "=", hashOf(client))
      .executeTakeFirstOrThrow();
    expect(Date.parse(row.expires_at)).toBeLessThanOrEqual(createdAt + days(7));
  });

  it("takes KRISRUM_SESSION_MAX_DAYS (default 7)", () => {
    expect(parseConfig({}).sessionMaxDays).toBe(7);
    expect(parseConfig({ KRISRUM_SESSION_MAX_DAYS: "2" }).sessionMaxDays).toBe(2);
    expect(() => parseConfig({ KRISRUM_SESSION_MAX_DAYS: "0" })).toThrow(/KRISRUM_SESSION_MAX_DAYS/);
  });
});

describe("CSV export against formula injection (OWASP)", () => {
  it.each(["=1+1", "+1", "-1", "-x", "@SUM(A1)", "\t=1", "\r=1", ";=1+1"])("neutralises a cell starting %j", (cell) => {
    const out = csvField(cell);
    const inner = out.startsWith('"') ? out.slice(1, -1).replace(/""/g, '"') : out;
    expect(inner).toBe(`'${cell}`);
  });

  it("quotes a semicolon, comma, quote or line break anywhere, and leaves plain text alone", () => {
    expect(csvField("a;=1+1")).toBe('"a;=1+1"');
    expect(csvField('sa "hej", sen')).toBe('"sa ""hej"", sen"');
    expect(csvField("Vattenläcka i Norrby")).toBe("Vattenläcka i Norrby");
  });

  it.each(ENGINES)("applies it to every cell of a real export (%s)", async (engine) => {
    const server = await startTestServer({ engine });
    try {
      const lead = await server.as("lead");
      const incident = (await lead.post<Incident>("/api/incidents", { title: "CSV" })).body;
      await lead.post(`/api/incidents/${incident.id}/log`, { kind: "call", text: "-2+3", counterpart: "@Kalle" });
      await lead.post(`/api/incidents/${incident.id}/log`, { kind: "note", text: ';=HYPERLINK("http://x")' });
      const text = (await lead.get(`/api/incidents/${incident.id}/log/export.csv`)).text;
      // ';' between cells, as Swedish Excel splits them; a cell holding ';' is quoted so it stays one cell.
      expect(text).toContain(";'-2+3;'@Kalle;");
      expect(text).toContain(`;"';=HYPERLINK(""http://x"")";`);
      const rows = parseCsv(text);
      expect(rows.length).toBeGreaterThanOrEqual(4); // header, the creation event, the two entries
      for (const row of rows) {
        expect(row).toHaveLength(9);
        for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r;]/);
      }
      expect(rows.find((r) => r[3] === "Samtal")?.slice(4, 6)).toEqual(["'-2+3", "'@Kalle"]);
      expect(rows.find((r) => r[3] === "Anteckning")?.[4]).toBe(`';=HYPERLINK("http://x")`);
    } finally {
      await server.close();
    }
  });
});

describe("a damaged SQLite file", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "krisrum-damaged-"));
    const database = openDatabase({ dataDir });
    await migrateToLatest(database.db);
    await seedIfEmpty(database.db, { demo: true, demoPassword: DEMO_PASSWORD, adminPassword: DEMO_PASSWORD });
    const creator = (await database.db.selectFrom("users").select("id").executeTakeFirstOrThrow()).id;
    const rows = Array.from({ length: 400 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
      title: `Händelse ${i}`,
      description: "x".repeat(2000),
      severity: "moderate",
      status: "active",
      exercise: 1,
      started_at: new Date().toISOString(),
      affected_areas: "[]",
      next_update_due: null,
      last_published_at: null,
      first_published_at: null,
      closed_at: null,
      created_by: creator,
      created_at: new Date().toISOString(),
      updated_at: new Date().toISOString(),
      version: 1,
    }));
    for (let i = 0; i < rows.length; i += 50)
      await database.db
        .insertInto("incidents")
        .values(rows.slice(i, i + 50))
        .execute();
    await database.close(); // checkpoints the WAL into the file
    const file = join(dataDir, SQLITE_FILE);
    const size = statSync(file).size;
    const fd = openSync(file, "r+");
    writeSync(fd, Buffer.alloc(16 * 4096, 0xa5), 0, 16 * 4096, Math.floor(size / 2 / 4096) * 4096); // garbage in the middle
    closeSync(fd);
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("is refused at start with a clear message (PRAGMA quick_check)", () => {
    let error: unknown;
    try {
      openDatabase({ dataDir });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatabaseCorruptError);
    expect((error as Error).message).toMatch(/krisrum\.sqlite is damaged .*restore the file from a backup/s);
  });

  it("makes /healthz answer 503 once a query fails on it, rather than OK beside failing reads", async () => {
    // Opened past the start-up check, as if the damage happened while the server ran.
    const sqlite = new SQLite(join(dataDir, SQLITE_FILE));
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
    const app = createApp({ config: testConfig({ staticDir: dataDir }), db, log: createLogger("silent") });
    await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
    try {
      expect((await fetch(`${url}/healthz`)).status).toBe(200); // the pages it reads are intact
      const lead = await login(url, "lead", DEMO_PASSWORD);
      const reads = await lead.get("/api/incidents");
      expect(reads.status).toBe(500);
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({ ok: false });
    } finally {
      await app.close();
      await db.destroy();
    }
  });
});
