import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS, migrateToLatest } from "../../server/db/migrate.js";
import { latestSeq, listEventsSince, listIncidentEvents } from "../../server/db/repos/events.js";
import { findIncident, insertIncident, listIncidents, saveIncident } from "../../server/db/repos/incidents.js";
import { findLogEntry, insertLogEntry, listLogEntries } from "../../server/db/repos/logEntries.js";
import { deleteUserSessions, findSessionByTokenHash, insertSession } from "../../server/db/repos/sessions.js";
import {
  countActiveAdmins,
  findUserByUsername,
  insertUser,
  listUsers,
  updateUser,
  type UserRecord,
} from "../../server/db/repos/users.js";
import { createTransactionRunner } from "../../server/db/transaction.js";
import { newIncident } from "../../server/domain/incidents.js";
import type { DomainEvent } from "../../shared/index.js";
import { ENGINES, openTestDatabase, type TestDatabase } from "../helpers/db.js";

const now = () => new Date().toISOString();

function userRecord(username: string, role: UserRecord["role"] = "admin"): UserRecord {
  return {
    id: randomUUID(),
    username,
    displayName: username.toUpperCase(),
    role,
    language: "sv",
    disabled: false,
    createdAt: now(),
    passwordHash: "x",
  };
}

describe.each(ENGINES)("database on %s", (engine) => {
  let t: TestDatabase;
  let admin: UserRecord;

  beforeAll(async () => {
    t = await openTestDatabase(engine, { migrate: false });
  });
  afterAll(() => t.dispose());

  describe("migrations", () => {
    it("creates every table on an empty database and records each migration once", async () => {
      const applied = await migrateToLatest(t.db);
      expect(applied).toEqual(Object.keys(MIGRATIONS));
      const tables = (await t.db.introspection.getTables()).map((x) => x.name);
      expect(tables).toEqual(
        expect.arrayContaining([
          "users",
          "sessions",
          "login_throttle",
          "login_known_addresses",
          "login_alerts",
          "incidents",
          "log_entries",
          "events",
          "event_counter",
        ]),
      );
      expect(await latestSeq(t.db)).toBe(0);
    });

    it("is a no-op when run again at start-up", async () => {
      expect(await migrateToLatest(t.db)).toEqual([]);
    });
  });

  describe("repositories", () => {
    beforeAll(async () => {
      admin = userRecord("admin");
      await insertUser(t.db, admin);
    });

    it("stores users and maps booleans and names back", async () => {
      await insertUser(t.db, userRecord("viewer1", "viewer"));
      const found = await findUserByUsername(t.db, "admin");
      expect(found).toMatchObject({
        id: admin.id,
        displayName: "ADMIN",
        role: "admin",
        disabled: false,
        passwordHash: "x",
      });
      await updateUser(t.db, admin.id, { disabled: true }, now());
      expect((await findUserByUsername(t.db, "admin"))?.disabled).toBe(true);
      expect(await countActiveAdmins(t.db)).toBe(0);
      await updateUser(t.db, admin.id, { disabled: false }, now());
      expect(await countActiveAdmins(t.db)).toBe(1);
      expect((await listUsers(t.db)).map((u) => u.username)).toEqual(["admin", "viewer1"]);
    });

    it("rejects a duplicate username", async () => {
      await expect(insertUser(t.db, userRecord("admin"))).rejects.toThrow();
    });

    it("finds a session by token hash together with its user, and deletes a user's sessions", async () => {
      const at = now();
      await insertSession(t.db, {
        id: randomUUID(),
        tokenHash: "h1",
        userId: admin.id,
        createdAt: at,
        lastSeenAt: at,
        expiresAt: at,
      });
      await insertSession(t.db, {
        id: randomUUID(),
        tokenHash: "h2",
        userId: admin.id,
        createdAt: at,
        lastSeenAt: at,
        expiresAt: at,
      });
      const found = await findSessionByTokenHash(t.db, "h1");
      expect(found?.user.username).toBe("admin");
      expect(found?.session.userId).toBe(admin.id);
      expect(await deleteUserSessions(t.db, admin.id)).toHaveLength(2);
      expect(await findSessionByTokenHash(t.db, "h2")).toBeUndefined();
    });

    it("round-trips an incident including JSON areas, booleans and nullable times", async () => {
      const incident = newIncident(
        {
          title: "Vattenläcka",
          description: "",
          severity: "severe",
          exercise: true,
          affectedAreas: ["Norrby", "Söderäng"],
          nextUpdateDue: null,
        },
        admin,
        new Date(),
      );
      await insertIncident(t.db, incident);
      expect(await findIncident(t.db, incident.id)).toEqual(incident);
      const closed = { ...incident, status: "closed" as const, closedAt: now(), version: 2 };
      await saveIncident(t.db, closed);
      expect(await findIncident(t.db, incident.id)).toEqual(closed);
      expect((await listIncidents(t.db, "closed")).map((i) => i.id)).toContain(incident.id);
      expect((await listIncidents(t.db, "active")).map((i) => i.id)).not.toContain(incident.id);
    });

    it("appends events with consecutive seqs and filters them by role", async () => {
      const incident = (await listIncidents(t.db))[0];
      if (!incident) throw new Error("no incident");
      // The log itself is under test, not a payload: `as never` lets a stand-in payload through the typed emit.
      const base = {
        actor: null,
        incidentId: incident.id,
        entity: { type: "incident" as const, id: incident.id },
        data: { n: 1 } as never,
      };
      const run = createTransactionRunner(t.db, () => {});
      const [a, b] = await run(async ({ emit }) => [
        await emit({ ...base, type: "incident.updated", visibleTo: null }),
        await emit({ ...base, type: "user.updated", visibleTo: ["admin"] }),
      ]);
      expect(b?.seq).toBe((a?.seq ?? 0) + 1);
      const upTo = await latestSeq(t.db);
      const forViewer = await listEventsSince(t.db, { since: 0, upTo, role: "viewer", limit: 100 });
      const forAdmin = await listEventsSince(t.db, { since: 0, upTo, role: "admin", limit: 100 });
      expect(forViewer.map((e) => e.type)).toEqual(["incident.updated"]);
      expect(forAdmin.map((e) => e.type)).toEqual(["incident.updated", "user.updated"]);
      expect(forAdmin[1]).toEqual(b);
      const incidentEvents = await listIncidentEvents(t.db, {
        incidentId: incident.id,
        role: "lead",
        excludeTypes: [],
        limit: 10,
      });
      expect(incidentEvents.map((e) => e.seq)).toEqual([a?.seq]);
    });

    it("keeps log entries insert-only and lists them newest first by kind", async () => {
      const incident = (await listIncidents(t.db))[0];
      if (!incident) throw new Error("no incident");
      const run = createTransactionRunner(t.db, () => {});
      const ids: string[] = [];
      for (const kind of ["note", "call", "note"] as const) {
        await run(async ({ tx, emit }) => {
          const id = randomUUID();
          const ev = await emit({
            actor: null,
            type: "log.entry_added",
            incidentId: incident.id,
            entity: { type: "log_entry", id },
            visibleTo: null,
            data: {} as never,
          });
          await insertLogEntry(tx, {
            id,
            incidentId: incident.id,
            kind,
            text: kind,
            counterpart: null,
            refersTo: null,
            occurredAt: now(),
            createdBy: admin.id,
            createdAt: now(),
            seq: ev.seq,
          });
          ids.push(id);
        });
      }
      const notes = await listLogEntries(t.db, { incidentId: incident.id, kinds: ["note"], limit: 10 });
      expect(notes.map((n) => n.id)).toEqual([ids[2], ids[0]]);
      expect((await findLogEntry(t.db, ids[1] as string))?.kind).toBe("call");
    });
  });

  describe("transactions", () => {
    it("writes nothing and publishes nothing when the command fails", async () => {
      const published: DomainEvent[] = [];
      const run = createTransactionRunner(t.db, (e) => published.push(e));
      const before = await latestSeq(t.db);
      const id = randomUUID();
      await expect(
        run(async ({ tx, emit }) => {
          await insertUser(tx, { ...userRecord("ghost"), id });
          await emit({
            actor: null,
            type: "user.created",
            incidentId: null,
            entity: { type: "user", id },
            visibleTo: ["admin"],
            data: {} as never,
          });
          throw new Error("boom");
        }),
      ).rejects.toThrow("boom");
      expect(await findUserByUsername(t.db, "ghost")).toBeUndefined();
      expect(await latestSeq(t.db)).toBe(before);
      expect(published).toEqual([]);
    });

    it("hands out gap-free seqs in commit order to concurrent writers, and publishes only after commit", async () => {
      const published: number[] = [];
      const run = createTransactionRunner(t.db, (e) => published.push(e.seq));
      const before = await latestSeq(t.db);
      const commands = Array.from({ length: 20 }, (_, i) =>
        run(async ({ tx, emit }) => {
          const id = randomUUID();
          const ev = await emit({
            actor: null,
            type: "user.created",
            incidentId: null,
            entity: { type: "user", id },
            visibleTo: ["admin"],
            data: { i } as never,
          });
          // Something slow after the seq is taken: a concurrent writer must not commit a later seq meanwhile.
          await sql`select 1`.execute(tx);
          await insertUser(tx, { ...userRecord(`u${i}-${engine}`), id });
          expect(published).not.toContain(ev.seq);
          return ev.seq;
        }),
      );
      const seqs = (await Promise.all(commands)).sort((a, b) => a - b);
      expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => before + 1 + i));
      expect(published.slice().sort((a, b) => a - b)).toEqual(seqs);
      const stored = await listEventsSince(t.db, { since: before, upTo: before + 20, role: "admin", limit: 100 });
      expect(stored.map((e) => e.seq)).toEqual(seqs);
    });
  });
});
