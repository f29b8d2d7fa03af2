import { randomInt } from "node:crypto";
import type { Kysely } from "kysely";
import type { IncidentCreate, LogEntryCreate, Role, User } from "../../shared/index.js";
import { countUsers } from "../db/repos/users.js";
import type { DB } from "../db/schema.js";
import { createTransactionRunner } from "../db/transaction.js";
import { AppError } from "../errors.js";
import { MINUTE_MS, type Actor, type DomainDeps } from "./context.js";
import { seedDemoBulletins } from "./bulletins/demo.js";
import { seedDemoClaims } from "./claims/demo.js";
import { createIncidents } from "./incidents.js";
import { createLog } from "./log.js";
import { createUsers } from "./users.js";
import { seedDemoContactCentre } from "./contact/demo.js";

export interface SeedOptions {
  demo: boolean;
  demoPassword?: string | undefined;
  adminPassword?: string | undefined;
}

export interface SeedResult {
  seeded: boolean;
  accounts: Array<{ username: string; displayName: string; role: Role; password: string }>;
}

export class SeedError extends Error {}

const DEMO_ACCOUNTS: Array<{ username: string; displayName: string; role: Role }> = [
  { username: "admin", displayName: "Erik Holm (administratör)", role: "admin" },
  { username: "lead", displayName: "Anna Lind (krisledare)", role: "lead" },
  { username: "communicator", displayName: "Sara Nyström (kommunikatör)", role: "communicator" },
  { username: "agent", displayName: "Johan Berg (kommuncenter)", role: "agent" },
  { username: "viewer", displayName: "Maria Ek (läsbehörighet)", role: "viewer" },
];

// No 0/O, 1/l/I: the password is read off a terminal and typed by hand.
const READABLE = "abcdefghjkmnpqrstuvwxyz23456789";
export function readablePassword(groups = 3, size = 5): string {
  const group = () => Array.from({ length: size }, () => READABLE[randomInt(READABLE.length)]).join("");
  return Array.from({ length: groups }, group).join("-");
}

/**
 * First start with an empty database: demo accounts and a demo incident, or (KRISRUM_DEMO=0) just the admin.
 * Any existing user means the database is in use, and nothing is touched.
 */
export async function seedIfEmpty(db: Kysely<DB>, options: SeedOptions): Promise<SeedResult> {
  if ((await countUsers(db)) > 0) return { seeded: false, accounts: [] };
  try {
    return await seed(db, options);
  } catch (err) {
    // Two nodes starting at once on an empty PostgreSQL both try; the loser fails on `admin` and goes on.
    if (err instanceof AppError && err.code === "conflict" && (await countUsers(db)) > 0)
      return { seeded: false, accounts: [] };
    throw err;
  }
}

async function seed(db: Kysely<DB>, options: SeedOptions): Promise<SeedResult> {
  const deps: DomainDeps = {
    db,
    transaction: createTransactionRunner(db, () => {}), // nobody is connected yet
    sessionHours: 1,
    sessions: { sessionsEnded: () => {} },
  };
  const users = createUsers(deps);

  if (!options.demo) {
    if (!options.adminPassword) {
      throw new SeedError("KRISRUM_ADMIN_PASSWORD is required when KRISRUM_DEMO=0 and the database has no users");
    }
    const admin = await users.create(
      {
        username: "admin",
        displayName: "Administratör",
        role: "admin",
        password: options.adminPassword,
        language: "sv",
      },
      null,
    );
    return { seeded: true, accounts: [{ ...admin, password: options.adminPassword }] };
  }

  const accounts = DEMO_ACCOUNTS.map((a) => ({ ...a, password: options.demoPassword ?? readablePassword() }));
  // One at a time, `admin` first. `admin` is the claim: a second node seeding at the same moment fails on it
  // before creating anything. And scrypt takes 16 MiB per hash; five in parallel would leave ~60 MB of
  // resident memory behind in the allocator for the life of the process.
  const created: User[] = [];
  for (const account of accounts) created.push(await users.create({ ...account, language: "sv" }, null));
  await seedDemoIncident(deps, created);
  await seedDemoBulletins(deps, created);
  await seedDemoContactCentre(deps, created);
  await seedDemoClaims(deps, created);
  return { seeded: true, accounts };
}

async function seedDemoIncident(deps: DomainDeps, created: User[]): Promise<void> {
  const as = (username: string): Actor => {
    const u = created.find((c) => c.username === username);
    if (!u) throw new Error(`demo user ${username} missing`);
    return u;
  };
  const now = Date.now();
  const ago = (minutes: number) => new Date(now - minutes * MINUTE_MS).toISOString();
  const input: IncidentCreate = {
    title: "Kokningsrekommendation efter vattenläcka i Norrby",
    description:
      "En huvudvattenledning har gått sönder vid Storgatan i Norrby. Dricksvattnet i de berörda områdena kan vara " +
      "förorenat. Kommunen rekommenderar att vatten som ska drickas eller användas i matlagning kokas i minst en minut " +
      "tills vidare. Tankbilar med dricksvatten ställs ut i de berörda områdena.",
    severity: "severe",
    exercise: true,
    startedAt: ago(50),
    affectedAreas: ["Norrby", "Söderäng", "Västra industriområdet"],
    nextUpdateDue: ago(-20),
  };
  const incident = await createIncidents(deps).create(input, as("lead"));
  const log = createLog(deps);
  const entry = (e: Omit<LogEntryCreate, "counterpart" | "refersTo"> & Partial<LogEntryCreate>): LogEntryCreate => ({
    counterpart: null,
    refersTo: null,
    ...e,
  });
  await log.add(
    incident.id,
    entry({
      kind: "call",
      counterpart: "VA-jouren",
      occurredAt: ago(48),
      text: "VA-jouren rapporterar ledningsbrott på huvudledningen vid Storgatan 12. Trycket har fallit i Norrby och Söderäng; risk för inläckage av förorenat vatten.",
    }),
    as("lead"),
  );
  await log.add(
    incident.id,
    entry({
      kind: "decision",
      counterpart: "Anna Lind, krisledare",
      occurredAt: ago(40),
      text: "Kokningsrekommendation utfärdas för Norrby, Söderäng och Västra industriområdet. Gäller tills vidare.",
    }),
    as("lead"),
  );
  await log.add(
    incident.id,
    entry({
      kind: "call",
      counterpart: "Smittskyddsläkare, regionen",
      occurredAt: ago(30),
      text: "Smittskyddsläkaren instämmer: vattnet ska kokas i minst en minut. Nytt prov tas i morgon förmiddag.",
    }),
    as("communicator"),
  );
  const note = await log.add(
    incident.id,
    entry({
      kind: "note",
      occurredAt: ago(20),
      text: "Tankbilar med dricksvatten står vid Norrby skola och Söderängs idrottsplats från kl. 08.00.",
    }),
    as("agent"),
  );
  await log.add(
    incident.id,
    entry({
      kind: "correction",
      refersTo: note.id,
      occurredAt: ago(10),
      text: "Tankbilen i Söderäng står vid biblioteket, inte vid idrottsplatsen.",
    }),
    as("agent"),
  );
}

/** The one-time table of demo accounts on stdout. */
export function formatAccounts(result: SeedResult, passwordFromEnv: boolean): string {
  const rows = result.accounts.map((a) => [
    a.username,
    a.role,
    a.displayName,
    passwordFromEnv ? "(KRISRUM_DEMO_PASSWORD)" : a.password,
  ]);
  const head = ["användare", "roll", "namn", "lösenord"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ") + " |";
  const rule = "+" + widths.map((w) => "-".repeat(w + 2)).join("+") + "+";
  const note = passwordFromEnv
    ? ""
    : "\nThese passwords are shown once. Sign in and change them, or set KRISRUM_DEMO_PASSWORD.";
  return (
    ["Krisrum accounts created on first start:", rule, line(head), rule, ...rows.map(line), rule].join("\n") + note
  );
}
