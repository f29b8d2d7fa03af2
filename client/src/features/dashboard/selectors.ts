import type { Bulletin } from "@shared/schemas/bulletin";
import type { Claim } from "@shared/schemas/claim";
import type { Incident } from "@shared/schemas/incident";
import { isOpen } from "../claims/selectors";
import { byCodeUnit } from "../../store/byCodeUnit";

/** What the situation dashboard shows of one incident, computed from the store (pure; tested without a DOM). */
export interface IncidentSituation {
  incident: Incident;
  /** The promised next update has passed. */
  promiseOverdue: boolean;
  inReview: Bulletin[];
  /** Approved and not yet published. */
  approved: Bulletin[];
  openClaims: number;
  overdueClaims: number;
  /** Open critical claims whose due time has passed. */
  criticalOverdue: Claim[];
}

/** Incidents a lead is working on: every incident not closed (active and monitoring). */
export function liveIncidents(incidents: Record<string, Incident>): Incident[] {
  return Object.values(incidents).filter((i) => i.status !== "closed");
}

function promiseOverdue(incident: Incident, now: number): boolean {
  return incident.status !== "closed" && incident.nextUpdateDue !== null && Date.parse(incident.nextUpdateDue) < now;
}

export function situationOf(
  incident: Incident,
  bulletins: Bulletin[],
  claims: Claim[],
  now: number,
): IncidentSituation {
  const mine = bulletins.filter((b) => b.incidentId === incident.id);
  const open = claims.filter((c) => c.incidentId === incident.id && isOpen(c));
  const overdue = open.filter((c) => Date.parse(c.dueAt) < now);
  return {
    incident,
    promiseOverdue: promiseOverdue(incident, now),
    inReview: mine.filter((b) => b.status === "in_review"),
    approved: mine.filter((b) => b.status === "approved"),
    openClaims: open.length,
    overdueClaims: overdue.length,
    criticalOverdue: overdue.filter((c) => c.severity === "critical"),
  };
}

export const PROMISE_SOON_MS = 15 * 60_000; // a promised update this close ranks before waiting approvals

function rankOf(s: IncidentSituation, now: number): number {
  if (s.promiseOverdue) return 0;
  if (s.criticalOverdue.length > 0) return 1;
  const due = s.incident.nextUpdateDue ? Date.parse(s.incident.nextUpdateDue) : Number.POSITIVE_INFINITY;
  if (due - now < PROMISE_SOON_MS) return 2;
  if (s.overdueClaims > 0 || s.inReview.length > 0 || s.approved.length > 0) return 3;
  return 4;
}

/**
 * Most urgent first: a broken promise, overdue critical claims, a promise due within 15 minutes, overdue claims and
 * bulletins waiting for a decision; then the nearest promised update, incidents without a promise last.
 */
export function byUrgency(now: number): (a: IncidentSituation, b: IncidentSituation) => number {
  const due = (s: IncidentSituation) =>
    s.incident.nextUpdateDue ? Date.parse(s.incident.nextUpdateDue) : Number.POSITIVE_INFINITY;
  return (a, b) =>
    rankOf(a, now) - rankOf(b, now) || due(a) - due(b) || byCodeUnit(b.incident.startedAt, a.incident.startedAt);
}

/** One deadline that has passed: the alert is raised once per (incident or claim, deadline). */
export interface DeadlineAlert {
  /** `promise:<incidentId>:<due>` or `claim:<claimId>:<due>`; a new deadline is a new key. */
  key: string;
  kind: "promise" | "claim";
  incidentId: string;
  incidentTitle: string;
  /** The claim's text for a claim alert. */
  claimText: string | null;
  due: string;
}

export function alertsOf(situations: IncidentSituation[]): DeadlineAlert[] {
  const alerts: DeadlineAlert[] = [];
  for (const s of situations) {
    const { incident } = s;
    if (s.promiseOverdue && incident.nextUpdateDue) {
      alerts.push({
        key: `promise:${incident.id}:${incident.nextUpdateDue}`,
        kind: "promise",
        incidentId: incident.id,
        incidentTitle: incident.title,
        claimText: null,
        due: incident.nextUpdateDue,
      });
    }
    for (const claim of s.criticalOverdue) {
      alerts.push({
        key: `claim:${claim.id}:${claim.dueAt}`,
        kind: "claim",
        incidentId: incident.id,
        incidentTitle: incident.title,
        claimText: claim.text,
        due: claim.dueAt,
      });
    }
  }
  return alerts.sort((a, b) => byCodeUnit(a.due, b.due));
}

/**
 * The incident a communicator works on: the one last opened if it is still active, else the most recently started
 * active incident (real ones before exercises). Null when nothing is active.
 */
export function workIncidentOf(incidents: Record<string, Incident>, lastOpened: string | null): Incident | null {
  const active = Object.values(incidents).filter((i) => i.status === "active");
  const last = lastOpened ? active.find((i) => i.id === lastOpened) : undefined;
  if (last) return last;
  active.sort((a, b) => Number(a.exercise) - Number(b.exercise) || byCodeUnit(b.startedAt, a.startedAt));
  return active[0] ?? null;
}
