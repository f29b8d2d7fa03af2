import { resolve } from "node:path";
import { z } from "zod";
import { LANGUAGES, LIMITS } from "../shared/constants.js";
import type { MessageLanguage } from "../shared/schemas/checklist.js";
import type { ClaimDeadlines } from "../shared/schemas/claim.js";
import { DEFAULT_PUBLISH_THRESHOLD } from "./domain/bulletins/gate.js";
import { parseClaimDeadlines } from "./domain/claims/deadlines.js";
import { parseTargets } from "./domain/reports/targets.js";
import type { Targets } from "../shared/schemas/report.js";
import { passwordProblem } from "./domain/passwordPolicy.js";
import { DEFAULT_CALLBACK_RETENTION_HOURS } from "./jobs/callbackPurge.js";

/** Empty environment variables count as unset, so `FOO= npm start` behaves like leaving FOO out. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema);

const Flag = z.enum(["0", "1", "false", "true"]).transform((v) => v === "1" || v === "true");
const Secret = z
  .string()
  .max(LIMITS.passwordMax)
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const Env = z.object({
  PORT: optional(z.coerce.number().int().min(0).max(65_535).default(3000)),
  HOST: optional(z.string().default("0.0.0.0")),
  KRISRUM_DATA_DIR: optional(z.string().default("./data")),
  DATABASE_URL: optional(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL (leave unset for the embedded SQLite file)")
      .optional(),
  ),
  KRISRUM_REDIS_URL: optional(
    z
      .url({ protocol: /^rediss?$/, hostname: /./, error: "must be a redis:// or rediss:// URL with a host" })
      .optional(),
  ),
  KRISRUM_DEMO: optional(Flag.default(true)),
  KRISRUM_DEMO_PASSWORD: optional(Secret.optional()),
  KRISRUM_ADMIN_PASSWORD: optional(Secret.optional()),
  KRISRUM_SECURE_COOKIES: optional(Flag.default(false)),
  KRISRUM_SESSION_HOURS: optional(
    z.coerce
      .number()
      .positive()
      .max(24 * 30)
      .default(12),
  ),
  KRISRUM_SESSION_MAX_DAYS: optional(z.coerce.number().positive().max(365).default(7)),
  KRISRUM_STATIC_DIR: optional(z.string().default("client/dist")),
  KRISRUM_TRUST_PROXY: optional(z.string().default("0")),
  KRISRUM_PUBLISH_THRESHOLD: optional(z.coerce.number().int().min(0).max(100).default(DEFAULT_PUBLISH_THRESHOLD)),
  KRISRUM_PUBLIC_URL: optional(z.url({ protocol: /^https?$/ }).optional()),
  KRISRUM_SENDER_NAME: optional(z.string().trim().min(1).max(200).default("Kommunen")),
  KRISRUM_ACCESSIBILITY_CONTACT: optional(z.union([z.email(), z.url({ protocol: /^https?$/ })]).optional()),
  KRISRUM_REQUIRED_LANGUAGES: optional(
    z
      .string()
      .default("sv")
      .transform((v, ctx) => {
        const list = v
          .split(",")
          .map((x) => x.trim())
          .filter((x) => x !== "");
        const bad = list.filter((x) => !(LANGUAGES as readonly string[]).includes(x));
        if (bad.length > 0)
          ctx.addIssue({ code: "custom", message: `unknown language ${bad.join(", ")}; use ${LANGUAGES.join(", ")}` });
        return [...new Set(list)] as MessageLanguage[];
      }),
  ),
  KRISRUM_FOUR_EYES: optional(Flag.default(true)),
  KRISRUM_CAP_SENDER: optional(
    z
      .string()
      .regex(/^[^\s,<&]+$/, "no spaces, commas, < or &")
      .max(200)
      .default("krisrum@kommun.example"),
  ),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS).default("info")),
  KRISRUM_WEBHOOK_ALLOW_PRIVATE: optional(Flag.default(false)),
  KRISRUM_SMTP_URL: optional(
    z.url({ protocol: /^smtps?$/, hostname: /./, error: "must be an smtp:// or smtps:// URL with a host" }).optional(),
  ),
  KRISRUM_MAIL_FROM: optional(
    z
      .string()
      .trim()
      .min(3)
      .max(300)
      .regex(/^[^\r\n]*@[^\r\n]*$/, "must be an e-mail address, optionally with a name")
      .optional(),
  ),
  KRISRUM_CALLBACK_RETENTION_HOURS: optional(
    z.coerce
      .number()
      .positive()
      .max(24 * 365)
      .default(DEFAULT_CALLBACK_RETENTION_HOURS),
  ),
  KRISRUM_TARGETS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      try {
        return parseTargets(v);
      } catch (err) {
        ctx.addIssue({ code: "custom", message: (err as Error).message });
        return z.NEVER;
      }
    }),
  KRISRUM_CLAIM_DEADLINES: z
    .string()
    .optional()
    .transform((v, ctx) => {
      try {
        return parseClaimDeadlines(v);
      } catch (err) {
        ctx.addIssue({ code: "custom", message: (err as Error).message });
        return z.NEVER;
      }
    }),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Unset: embedded SQLite file `<dataDir>/krisrum.sqlite`. */
  databaseUrl: string | undefined;
  /** Set: Socket.IO's Redis adapter, so live pushes reach sockets on every node (needs the shared PostgreSQL). */
  redisUrl: string | undefined;
  demo: boolean;
  demoPassword: string | undefined;
  adminPassword: string | undefined;
  secureCookies: boolean;
  sessionHours: number;
  /** Absolute lifetime of a session in days, however busy; then the user signs in again. */
  sessionMaxDays: number;
  staticDir: string;
  /** Overall checklist score below which publishing a bulletin needs a lead's written reason. */
  publishThreshold: number;
  /** Base URL of the public pages in feeds and CAP (`web`); unset: the request's own host. */
  publicUrl: string | undefined;
  /** The municipality as the public sees it (CAP senderName, page footer). */
  senderName: string;
  /** Languages every bulletin for residents must exist in (a Finnish administrative area: sv,fi). */
  requiredLanguages: MessageLanguage[];
  /** Where the public accessibility statement sends reports: an e-mail address or a web form's URL. */
  accessibilityContact: string | undefined;
  /** Four eyes on real incidents: the approver of a bulletin is not the one who saved its version. */
  fourEyes: boolean;
  /** CAP `sender`: a globally unique originator id, e.g. krisrum@exempel.se. */
  capSender: string;
  /** Express "trust proxy": false, a hop count, or addresses ("loopback", "10.0.0.0/8"). Behind a reverse proxy
   *  this must be set, or every client shares the proxy's address and its failed-login budget. */
  trustProxy: boolean | number | string;
  logLevel: LogLevel;
  /** Webhooks may use http and private, loopback or link-local addresses (tests, closed networks). */
  webhookAllowPrivate: boolean;
  /** Both set: e-mail subscriptions on the public page (KRISRUM_SMTP_URL, KRISRUM_MAIL_FROM). */
  smtpUrl: string | undefined;
  mailFrom: string | undefined;
  /** Hours a callback number (personal data) is kept before the purge job blanks it. */
  callbackRetentionHours: number;
  /** Minutes from logging a claim to its due time, per severity (KRISRUM_CLAIM_DEADLINES, e.g. "critical=20,high=45"). */
  claimDeadlines: ClaimDeadlines;
  /** The municipality's follow-up targets (KRISRUM_TARGETS, e.g. "firstContactRate=0.68,firstPublicMinutes=60"). */
  targets: Targets;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses the environment once; throws ConfigError listing every problem, not just the first. */
export function parseConfig(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): Readonly<Config> {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".") || "(env)"}: ${i.message}`));
  }
  const e = parsed.data;
  // Nodes on their own SQLite files share no data, so pushing one node's events to another's consoles would show
  // incidents that node's API cannot find. Several nodes need one PostgreSQL; refuse the half-configured setup.
  if (e.KRISRUM_REDIS_URL && !e.DATABASE_URL) {
    throw new ConfigError([
      "KRISRUM_REDIS_URL: several nodes need a shared database; set DATABASE_URL (PostgreSQL) too",
    ]);
  }
  if (Boolean(e.KRISRUM_SMTP_URL) !== Boolean(e.KRISRUM_MAIL_FROM)) {
    throw new ConfigError(["KRISRUM_SMTP_URL and KRISRUM_MAIL_FROM: e-mail needs both (or neither)"]);
  }
  // Subscription e-mails carry confirm and unsubscribe links: without the site's public address they pointed at
  // http://localhost:<port>, which no citizen can open.
  if (e.KRISRUM_SMTP_URL && !e.KRISRUM_PUBLIC_URL) {
    throw new ConfigError([
      "KRISRUM_PUBLIC_URL: e-mail links need the site's public address (https://…) when KRISRUM_SMTP_URL is set",
    ]);
  }
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(cwd, e.KRISRUM_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.KRISRUM_REDIS_URL,
    demo: e.KRISRUM_DEMO,
    demoPassword: e.KRISRUM_DEMO_PASSWORD,
    adminPassword: e.KRISRUM_ADMIN_PASSWORD,
    secureCookies: e.KRISRUM_SECURE_COOKIES,
    sessionHours: e.KRISRUM_SESSION_HOURS,
    sessionMaxDays: e.KRISRUM_SESSION_MAX_DAYS,
    staticDir: resolve(cwd, e.KRISRUM_STATIC_DIR),
    trustProxy: parseTrustProxy(e.KRISRUM_TRUST_PROXY),
    publishThreshold: e.KRISRUM_PUBLISH_THRESHOLD,
    publicUrl: e.KRISRUM_PUBLIC_URL?.replace(/\/+$/, ""),
    senderName: e.KRISRUM_SENDER_NAME,
    requiredLanguages: e.KRISRUM_REQUIRED_LANGUAGES,
    accessibilityContact: e.KRISRUM_ACCESSIBILITY_CONTACT,
    fourEyes: e.KRISRUM_FOUR_EYES,
    capSender: e.KRISRUM_CAP_SENDER,
    logLevel: e.LOG_LEVEL,
    webhookAllowPrivate: e.KRISRUM_WEBHOOK_ALLOW_PRIVATE,
    smtpUrl: e.KRISRUM_SMTP_URL,
    mailFrom: e.KRISRUM_MAIL_FROM,
    callbackRetentionHours: e.KRISRUM_CALLBACK_RETENTION_HOURS,
    claimDeadlines: e.KRISRUM_CLAIM_DEADLINES,
    targets: e.KRISRUM_TARGETS,
  });
}

/**
 * The configuration an empty environment gives: every default, written once (in Env above). Code that builds a
 * server without reading the environment (test/helpers/config.ts testConfig, benchmarks) starts from this.
 */
export function defaultConfig(cwd: string = process.cwd()): Readonly<Config> {
  return parseConfig({}, cwd);
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === "0" || value === "false") return false;
  if (value === "true") return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}
