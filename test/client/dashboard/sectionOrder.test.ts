import { describe, expect, it } from "vitest";
import { sectionOrder } from "../../../client/src/features/incidents/sectionOrder";
import { makeBulletin, makeFact } from "../bulletins/fixtures";
import { makeClaim } from "../claims/fixtures";
import { makeIncident } from "../helpers/fixtures";

const NOW = Date.parse("2026-12-03T12:00:00Z");
const at = (m: number) => new Date(NOW + m * 60_000).toISOString();
const published = { firstPublishedAt: at(-30), lastPublishedAt: at(-30), nextUpdateDue: at(30) };

describe("the incident overview's order", () => {
  it("a brand-new incident opens on its bulletins and lägesbild, the empty desk last", () => {
    const incident = makeIncident({ firstPublishedAt: null, lastPublishedAt: null, nextUpdateDue: at(60) });
    expect(sectionOrder({ incident, bulletins: [], claims: [], facts: [], now: NOW })).toEqual([
      "bulletins",
      "facts",
      "claims",
    ]);
  });

  it("a critical or overdue claim puts the desk first; a bulletin waiting for approval ties with it", () => {
    const incident = makeIncident(published);
    const facts = [makeFact(incident.id, { status: "confirmed" })];
    const critical = makeClaim(incident.id, { status: "new", severity: "critical", dueAt: at(20) });
    const overdue = makeClaim(incident.id, { status: "assigned", severity: "low", dueAt: at(-1) });
    expect(sectionOrder({ incident, bulletins: [], claims: [critical], facts, now: NOW })[0]).toBe("claims");
    expect(sectionOrder({ incident, bulletins: [], claims: [overdue], facts, now: NOW })[0]).toBe("claims");
    const waiting = makeBulletin(incident.id, { status: "approved" });
    expect(sectionOrder({ incident, bulletins: [waiting], claims: [critical], facts, now: NOW })).toEqual([
      "bulletins",
      "claims",
      "facts",
    ]);
  });

  it("a quiet, published incident keeps bulletins first and the settled lägesbild before an empty desk", () => {
    const incident = makeIncident(published);
    const facts = [makeFact(incident.id, { status: "confirmed" })];
    const closedClaim = makeClaim(incident.id, { status: "corrected", severity: "critical", dueAt: at(-100) });
    expect(sectionOrder({ incident, bulletins: [], claims: [closedClaim], facts, now: NOW })).toEqual([
      "bulletins",
      "facts",
      "claims",
    ]);
    // A broken promise brings the bulletins back to the top over open claims.
    const late = { ...incident, nextUpdateDue: at(-5) };
    const open = makeClaim(incident.id, { status: "triaged", severity: "medium", dueAt: at(100) });
    expect(sectionOrder({ incident: late, bulletins: [], claims: [open], facts, now: NOW })[0]).toBe("bulletins");
    expect(sectionOrder({ incident, bulletins: [], claims: [open], facts, now: NOW })[0]).toBe("claims");
  });
});
