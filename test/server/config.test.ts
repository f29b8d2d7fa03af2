import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../server/config.js";

describe("configuration from the environment", () => {
  it("has working defaults for npm start", () => {
    expect(parseConfig({}, "/srv/krisrum")).toEqual({
      port: 3000,
      host: "0.0.0.0",
      dataDir: "/srv/krisrum/data",
      databaseUrl: undefined,
      redisUrl: undefined,
      demo: true,
      demoPassword: undefined,
      adminPassword: undefined,
      secureCookies: false,
      sessionHours: 12,
      sessionMaxDays: 7,
      staticDir: "/srv/krisrum/client/dist",
      trustProxy: false,
      logLevel: "info",
      callbackRetentionHours: 72,
      claimDeadlines: { critical: 30, high: 60, medium: 240, low: 1_440 },
      publishThreshold: 70,
      publicUrl: undefined,
      senderName: "Kommunen",
      requiredLanguages: ["sv"],
      fourEyes: true,
      capSender: "krisrum@kommun.example",
      targets: {
        firstContactRate: 0.68,
        firstPublicMinutes: 60,
        promisesKept: 1,
        claimsWithinDeadline: 0.9,
        publishScore: 80,
      },
      accessibilityContact: undefined,
      smtpUrl: undefined,
      mailFrom: undefined,
      webhookAllowPrivate: false,
    });
  });

  it("reads the required languages and four eyes, and names a language it does not know", () => {
    const config = parseConfig({ KRISRUM_REQUIRED_LANGUAGES: "sv, fi,sv", KRISRUM_FOUR_EYES: "0" }, "/srv/krisrum");
    expect(config.requiredLanguages).toEqual(["sv", "fi"]);
    expect(config.fourEyes).toBe(false);
    expect(() => parseConfig({ KRISRUM_REQUIRED_LANGUAGES: "sv,de" }, "/srv/krisrum")).toThrow(
      /KRISRUM_REQUIRED_LANGUAGES.*unknown language de/,
    );
  });

  it("reads every variable and treats empty ones as unset", () => {
    const config = parseConfig(
      {
        PORT: "8080",
        HOST: "127.0.0.1",
        KRISRUM_DATA_DIR: "/var/lib/krisrum",
        DATABASE_URL: "postgres://krisrum@db:5432/krisrum",
        KRISRUM_DEMO: "0",
        KRISRUM_ADMIN_PASSWORD: "admin-password-1",
        KRISRUM_DEMO_PASSWORD: "",
        KRISRUM_SECURE_COOKIES: "1",
        KRISRUM_SESSION_HOURS: "8",
        KRISRUM_STATIC_DIR: "public",
        KRISRUM_TRUST_PROXY: "1",
        LOG_LEVEL: "warn",
      },
      "/app",
    );
    expect(config).toMatchObject({
      port: 8080,
      host: "127.0.0.1",
      dataDir: "/var/lib/krisrum",
      databaseUrl: "postgres://krisrum@db:5432/krisrum",
      demo: false,
      adminPassword: "admin-password-1",
      demoPassword: undefined,
      secureCookies: true,
      sessionHours: 8,
      staticDir: "/app/public",
      trustProxy: 1,
      logLevel: "warn",
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("accepts proxy addresses for trust proxy", () => {
    expect(parseConfig({ KRISRUM_TRUST_PROXY: "loopback, 10.0.0.0/8" }).trustProxy).toBe("loopback, 10.0.0.0/8");
    expect(parseConfig({ KRISRUM_TRUST_PROXY: "true" }).trustProxy).toBe(true);
  });

  it("fails fast listing every problem at once", () => {
    let error: unknown;
    try {
      parseConfig({
        PORT: "http",
        DATABASE_URL: "mysql://x",
        KRISRUM_DEMO: "yes",
        KRISRUM_DEMO_PASSWORD: "short",
        LOG_LEVEL: "loud",
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.map((p) => p.split(":")[0]);
    expect(problems.sort()).toEqual(["DATABASE_URL", "KRISRUM_DEMO", "KRISRUM_DEMO_PASSWORD", "LOG_LEVEL", "PORT"]);
    expect((error as Error).message).toMatch(/^Invalid configuration:\n {2}- /);
  });

  it("refuses e-mail without the site's public address, which its confirm and unsubscribe links need", () => {
    const mail = { KRISRUM_SMTP_URL: "smtp://mail.kommun.example:25", KRISRUM_MAIL_FROM: "krisinfo@kommun.example" };
    expect(() => parseConfig(mail)).toThrow(/KRISRUM_PUBLIC_URL: e-mail links need the site's public address/);
    expect(parseConfig({ ...mail, KRISRUM_PUBLIC_URL: "https://kommun.example/" }).publicUrl).toBe(
      "https://kommun.example",
    );
  });

  it("takes a Redis URL for several nodes, only together with PostgreSQL", () => {
    const pg = "postgres://krisrum@db:5432/krisrum";
    expect(parseConfig({ DATABASE_URL: pg, KRISRUM_REDIS_URL: "redis://cache:6379/0" }).redisUrl).toBe(
      "redis://cache:6379/0",
    );
    expect(parseConfig({ DATABASE_URL: pg, KRISRUM_REDIS_URL: "rediss://:secret@cache:6380" }).redisUrl).toBe(
      "rediss://:secret@cache:6380",
    );
    expect(parseConfig({ DATABASE_URL: pg, KRISRUM_REDIS_URL: "" }).redisUrl).toBeUndefined();
    for (const bad of ["cache:6379", "http://cache:6379", "redis://"]) {
      expect(() => parseConfig({ DATABASE_URL: pg, KRISRUM_REDIS_URL: bad }), bad).toThrow(
        /KRISRUM_REDIS_URL: must be a redis:\/\//,
      );
    }
    // Two nodes on two SQLite files share no data: refused rather than half-working.
    expect(() => parseConfig({ KRISRUM_REDIS_URL: "redis://cache:6379" })).toThrow(
      /KRISRUM_REDIS_URL: .*set DATABASE_URL/,
    );
  });
});
