import { describe, expect, it } from "vitest";
import {
  alertsOf,
  byUrgency,
  liveIncidents,
  situationOf,
  workIncidentOf,
} from "../../../client/src/features/dashboard/selectors";
import { makeBulletin } from "../bulletins/fixtures";
import { makeClaim } from "../claims/fixtures";
import { makeIncident } from "../helpers/fixtures";

const NOW = Date.parse("2026-12-03T12:00:00Z");
const minutes = (m: number) => new Date(NOW + m * 60_000).toISOString();

describe("the lead's situation dashboard", () => {
  it("counts waiting bulletins and open, overdue and critical-overdue claims of one incident only", () => {
    const incident = makeIncident({ nextUpdateDue: minutes(10) });
    const other = makeIncident();
    const bulletins = [
      makeBulletin(incident.id, { status: "in_review" }),
      makeBulletin(incident.id, { status: "approved" }),
      makeBulletin(incident.id, { status: "approved" }),
      makeBulletin(incident.id, { status: "published" }),
      makeBulletin(other.id, { status: "in_review" }),
    ];
    const claims = [
      makeClaim(incident.id, { status: "new", severity: "critical", dueAt: minutes(-1) }),
      makeClaim(incident.id, { status: "assigned", severity: "high", dueAt: minutes(-5) }),
      makeClaim(incident.id, { status: "triaged", severity: "low", dueAt: minutes(30) }),
      makeClaim(incident.id, { status: "corrected", severity: "critical", dueAt: minutes(-50) }),
      makeClaim(other.id, { status: "new", severity: "critical", dueAt: minutes(-1) }),
    ];
    const s = situationOf(incident, bulletins, claims, NOW);
    expect([s.inReview.length, s.approved.length, s.openClaims, s.overdueClaims]).toEqual([1, 2, 3, 2]);
    expect(s.criticalOverdue.map((c) => c.severity)).toEqual(["critical"]);
    expect(s.promiseOverdue).toBe(false);
  });

  it("orders a broken promise before a critical overdue claim before the nearest promise, and hides closed incidents", () => {
    const calm = makeIncident({ title: "calm", nextUpdateDue: minutes(50) });
    const soon = makeIncident({ title: "soon", nextUpdateDue: minutes(5) });
    const broken = makeIncident({ title: "broken", nextUpdateDue: minutes(-2) });
    const critical = makeIncident({ title: "critical", nextUpdateDue: minutes(40) });
    const closed = makeIncident({ title: "closed", status: "closed", nextUpdateDue: minutes(-90) });
    const claims = [makeClaim(critical.id, { status: "new", severity: "critical", dueAt: minutes(-1) })];
    const live = liveIncidents(Object.fromEntries([calm, soon, broken, critical, closed].map((i) => [i.id, i])));
    const order = live
      .map((i) => situationOf(i, [], claims, NOW))
      .sort(byUrgency(NOW))
      .map((s) => s.incident.title);
    expect(order).toEqual(["broken", "critical", "soon", "calm"]);
  });

  it("raises one alert per passed deadline, keyed by incident or claim and the deadline itself", () => {
    const broken = makeIncident({ nextUpdateDue: minutes(-2) });
    const claim = makeClaim(broken.id, { status: "triaged", severity: "critical", dueAt: minutes(-1) });
    const alerts = alertsOf([situationOf(broken, [], [claim], NOW)]);
    expect(alerts.map((a) => a.key)).toEqual([
      `promise:${broken.id}:${minutes(-2)}`,
      `claim:${claim.id}:${minutes(-1)}`,
    ]);
    // A new promise is a new deadline: a new key, so a dismissed alert does not hide the next one.
    const repromised = { ...broken, nextUpdateDue: minutes(-1) };
    expect(alertsOf([situationOf(repromised, [], [], NOW)])[0]?.key).toBe(`promise:${broken.id}:${minutes(-1)}`);
    // Before the deadline there is nothing to alert.
    expect(alertsOf([situationOf(broken, [], [claim], NOW - 5 * 60_000)])).toEqual([]);
  });

  it("sends the communicator to the incident last opened while active, else the newest real active incident", () => {
    const older = makeIncident({ startedAt: minutes(-300) });
    const newer = makeIncident({ startedAt: minutes(-60) });
    const drill = makeIncident({ startedAt: minutes(-5), exercise: true });
    const done = makeIncident({ startedAt: minutes(-1), status: "closed" });
    const all = Object.fromEntries([older, newer, drill, done].map((i) => [i.id, i]));
    expect(workIncidentOf(all, null)?.id).toBe(newer.id);
    expect(workIncidentOf(all, older.id)?.id).toBe(older.id);
    expect(workIncidentOf(all, done.id)?.id).toBe(newer.id);
    expect(workIncidentOf({ [done.id]: done }, null)).toBeNull();
  });
});
