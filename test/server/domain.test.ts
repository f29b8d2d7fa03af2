import { describe, expect, it } from "vitest";
import { applyIncidentPatch, newIncident } from "../../server/domain/incidents.js";
import { mergeTimeline } from "../../server/domain/log.js";
import { hashPassword, verifyPassword } from "../../server/domain/passwords.js";
import { may, POLICY } from "../../server/domain/policy.js";
import { readablePassword } from "../../server/domain/seed.js";
import { removesActiveAdmin } from "../../server/domain/users.js";
import { CSV_HEADERS, describeEvent, logToCsv } from "../../server/presenters/logExport.js";
import type { DomainEvent, Incident, LogEntry, User } from "../../shared/index.js";
import { parseCsv } from "../helpers/csv.js";

const lead = {
  id: "11111111-1111-4111-8111-111111111111",
  username: "lead",
  displayName: "Anna Lind",
  role: "lead" as const,
};
const t0 = new Date("2026-11-25T08:00:00.000Z");

function incident(overrides: Partial<Incident> = {}): Incident {
  return {
    ...newIncident(
      { title: "Vattenläcka", description: "", severity: "moderate", exercise: false, affectedAreas: [] },
      lead,
      t0,
      "22222222-2222-4222-8222-222222222222",
    ),
    ...overrides,
  };
}

describe("incident rules", () => {
  it("defaults the next update to 60 minutes after the start", () => {
    const i = newIncident(
      {
        title: "T",
        description: "",
        severity: "minor",
        exercise: false,
        affectedAreas: [],
        startedAt: "2026-11-25T09:30:00+01:00",
      },
      lead,
      t0,
    );
    expect(i).toMatchObject({
      startedAt: "2026-11-25T08:30:00.000Z",
      nextUpdateDue: "2026-11-25T09:30:00.000Z",
      status: "active",
      version: 1,
      createdBy: lead.id,
    });
  });

  it("keeps an explicit null next update and normalises an explicit one to UTC", () => {
    expect(
      newIncident(
        { title: "T", description: "", severity: "minor", exercise: false, affectedAreas: [], nextUpdateDue: null },
        lead,
        t0,
      ).nextUpdateDue,
    ).toBeNull();
    expect(
      newIncident(
        {
          title: "T",
          description: "",
          severity: "minor",
          exercise: false,
          affectedAreas: [],
          nextUpdateDue: "2026-11-25T12:00:00+02:00",
        },
        lead,
        t0,
      ).nextUpdateDue,
    ).toBe("2026-11-25T10:00:00.000Z");
  });

  it("sets closedAt when closing, keeps it while closed, clears it on reopening", () => {
    const later = new Date("2026-11-25T10:00:00.000Z");
    const closed = applyIncidentPatch(incident(), { status: "closed" }, later).next;
    expect(closed).toMatchObject({
      status: "closed",
      closedAt: later.toISOString(),
      version: 2,
      updatedAt: later.toISOString(),
    });
    const retitled = applyIncidentPatch(closed, { title: "Ny rubrik" }, new Date("2026-11-25T11:00:00.000Z")).next;
    expect(retitled.closedAt).toBe(later.toISOString());
    const reopened = applyIncidentPatch(retitled, { status: "active" }, new Date()).next;
    expect(reopened).toMatchObject({ status: "active", closedAt: null, version: 4 });
  });

  it("lists only fields that really changed and does not bump the version for a no-op", () => {
    const base = incident({ affectedAreas: ["Norrby"] });
    const same = applyIncidentPatch(
      base,
      { affectedAreas: ["Norrby"], title: "Vattenläcka", expectedVersion: 1 },
      new Date(),
    );
    expect(same).toEqual({ next: base, changed: [] });
    const some = applyIncidentPatch(base, { affectedAreas: ["Norrby", "Söderäng"], title: "Vattenläcka" }, new Date());
    expect(some.changed).toEqual(["affectedAreas"]);
    expect(some.next.version).toBe(2);
  });

  it("refuses a changed next update that is broken already, and keeps one that has passed since it was promised", () => {
    const base = incident(); // started at t0, next update due t0 + 60 min
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000).toISOString();
    const later = new Date(t0.getTime() + 3 * 3600_000);
    expect(() => applyIncidentPatch(base, { nextUpdateDue: at(170) }, later)).toThrow(
      expect.objectContaining({ field: "nextUpdateDue", details: { reason: "past" } }),
    );
    expect(applyIncidentPatch(base, { nextUpdateDue: at(178) }, later).next.nextUpdateDue).toBe(at(178));
    expect(applyIncidentPatch(base, { title: "Ny rubrik" }, later).next.nextUpdateDue).toBe(at(60));
    expect(applyIncidentPatch(base, { nextUpdateDue: null }, later).next.nextUpdateDue).toBeNull();
    const early = new Date(t0.getTime() - 3600_000);
    expect(() => applyIncidentPatch(base, { nextUpdateDue: at(-30) }, early)).toThrow(
      expect.objectContaining({ details: { reason: "before_start" } }),
    );
  });

  it("treats the same next-update instant written with another offset as no change", () => {
    const base = incident();
    const same = applyIncidentPatch(base, { nextUpdateDue: "2026-11-25T10:00:00+01:00" }, new Date());
    expect(same.changed).toEqual([]);
  });
});

describe("users rules", () => {
  const admin: User = {
    id: "a",
    username: "admin",
    displayName: "A",
    role: "admin",
    language: "sv",
    disabled: false,
    createdAt: t0.toISOString(),
  };
  it("knows which changes remove an active admin", () => {
    expect(removesActiveAdmin(admin, { role: "lead" })).toBe(true);
    expect(removesActiveAdmin(admin, { disabled: true })).toBe(true);
    expect(removesActiveAdmin(admin, { role: "admin" })).toBe(false);
    expect(removesActiveAdmin({ ...admin, disabled: true }, { role: "lead" })).toBe(false);
    expect(removesActiveAdmin({ ...admin, role: "lead" }, { disabled: true })).toBe(false);
  });

  it("maps roles to permissions as docs/api.md says", () => {
    expect(POLICY.manageIncidents).toEqual(["admin", "lead"]);
    expect(may("viewer", "read")).toBe(true);
    expect(may("viewer", "writeLog")).toBe(false);
    expect(may("agent", "writeLog")).toBe(true);
    expect(may("communicator", "manageIncidents")).toBe(false);
    expect(may("lead", "manageUsers")).toBe(false);
  });
});

describe("passwords", () => {
  it("hashes with scrypt and a per-user salt, and verifies only the right password", async () => {
    const [a, b] = await Promise.all([hashPassword("rätt lösenord"), hashPassword("rätt lösenord")]);
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("rätt lösenord", a)).toBe(true);
    expect(await verifyPassword("fel lösenord", a)).toBe(false);
    expect(await verifyPassword("rätt lösenord", "bcrypt$whatever")).toBe(false);
  });

  it("generates readable random passwords without look-alike characters", () => {
    const pws = Array.from({ length: 50 }, () => readablePassword());
    for (const pw of pws) expect(pw).toMatch(/^[a-km-np-z2-9]{5}-[a-km-np-z2-9]{5}-[a-km-np-z2-9]{5}$/);
    expect(new Set(pws).size).toBe(50);
  });
});

describe("log timeline and export", () => {
  const entry = (seq: number, overrides: Partial<LogEntry> = {}): LogEntry & { createdByName: string } => ({
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, "0")}`,
    incidentId: "22222222-2222-4222-8222-222222222222",
    kind: "note",
    text: `anteckning ${seq}`,
    counterpart: null,
    refersTo: null,
    occurredAt: "2026-11-25T08:05:00.000Z",
    createdBy: lead.id,
    createdAt: "2026-11-25T08:05:00.000Z",
    seq,
    createdByName: "Anna Lind",
    ...overrides,
  });
  const event = (
    seq: number,
    data: Record<string, unknown>,
    type: DomainEvent["type"] = "incident.updated",
  ): DomainEvent =>
    ({
      seq,
      at: "2026-11-25T08:00:00.000Z",
      actor: { id: lead.id, displayName: "Anna Lind" },
      type,
      incidentId: "22222222-2222-4222-8222-222222222222",
      entity: { type: "incident", id: "22222222-2222-4222-8222-222222222222" },
      visibleTo: null,
      data,
    }) as DomainEvent; // stand-in payloads: the timeline and the CSV read any

  it("interleaves entries and events by seq, newest first, up to the limit", () => {
    const items = mergeTimeline([entry(2), entry(5)], [event(1, {}), event(4, {})], 3);
    expect(items.map((i) => [i.source, i.seq])).toEqual([
      ["entry", 5],
      ["event", 4],
      ["entry", 2],
    ]);
  });

  it("describes system events in Swedish", () => {
    const i = incident({ status: "closed", severity: "severe", title: "Skyfall" });
    expect(describeEvent(event(1, { incident: i }, "incident.created"))).toBe('Händelsen skapades: "Skyfall"');
    expect(describeEvent(event(2, { incident: i, changed: ["status", "severity"] }))).toBe(
      "Händelsen ändrades: status: avslutad; allvarlighetsgrad: allvarlig",
    );
    // The console's words for a state, not older synonyms ("aktiv", "låg").
    const running = incident({ status: "active", severity: "minor" });
    expect(describeEvent(event(3, { incident: running, changed: ["status", "severity"] }))).toBe(
      "Händelsen ändrades: status: pågående; allvarlighetsgrad: liten",
    );
  });

  it("writes RFC 4180 CSV with a BOM, refers corrections to their seq, and neutralises formulas", () => {
    const original = entry(2, { kind: "call", counterpart: "SOS Alarm, larmoperatör", text: "Larm om ledningsbrott" });
    const csv = logToCsv({
      incident: incident(),
      items: [
        { source: "event", ...event(1, { incident: incident() }, "incident.created") },
        { source: "entry", ...original },
        { source: "entry", ...entry(3, { kind: "correction", refersTo: original.id, text: "-1 är fel; +46 stämmer" }) },
        { source: "entry", ...entry(4, { text: "- ringde upp" }) },
      ],
    });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(CSV_HEADERS.join(";"));
    expect(lines[1]).toBe(
      `1;2026-11-25 09:00:00;2026-11-25 09:00:00;Systemhändelse;"Händelsen skapades: ""Vattenläcka""";;;Anna Lind;22222222-2222-4222-8222-222222222222`,
    );
    expect(lines[2]).toBe(
      `2;2026-11-25 09:05:00;2026-11-25 09:05:00;Samtal;Larm om ledningsbrott;"SOS Alarm, larmoperatör";;Anna Lind;${original.id}`,
    );
    expect(lines[3]).toContain(';Rättelse;"\'-1 är fel; +46 stämmer";;2;Anna Lind;'); // quoted: Swedish Excel splits on ;
    expect(lines[4]).toContain(";Anteckning;'- ringde upp;"); // OWASP: every leading -, also a bullet
    expect(lines[5]).toBe("");
  });

  it("marks every row of an exercise's log CSV ÖVNING in a column of its own, the header first; a real event's is unchanged", () => {
    const items = [
      { source: "event" as const, ...event(1, { incident: incident() }, "incident.created") },
      { source: "event" as const, ...event(2, { incident: incident() }, "incident.created") },
    ];
    const drill = parseCsv(logToCsv({ incident: incident({ exercise: true }), items }));
    expect(drill[0]).toEqual([...CSV_HEADERS, "Övning"]);
    expect(drill.slice(1, 3).map((row) => [row[0], row[CSV_HEADERS.length]])).toEqual([
      ["1", "ÖVNING"],
      ["2", "ÖVNING"],
    ]);
    const real = parseCsv(logToCsv({ incident: incident({ exercise: false }), items }));
    expect(real[0]).toEqual([...CSV_HEADERS]);
    expect(real[1]).toHaveLength(CSV_HEADERS.length);
    expect(real.flat().join(" ")).not.toContain("ÖVNING");
  });
});
