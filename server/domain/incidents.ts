import { randomUUID } from "node:crypto";
import {
  DEFAULT_NEXT_UPDATE_MINUTES,
  type Incident,
  type IncidentCreate,
  type IncidentPatch,
  type IncidentStatus,
} from "../../shared/index.js";
import { nextUpdateProblem } from "../../shared/nextUpdate.js";
import type { Kysely } from "kysely";
import { findIncident, incidentExists, insertIncident, listIncidents, saveIncident } from "../db/repos/incidents.js";
import type { DB } from "../db/schema.js";
import { AppError, conflict, notFound } from "../errors.js";
import { actorRef, MINUTE_MS, toIso, type Actor, type DomainDeps } from "./context.js";

type Editable = keyof Omit<IncidentPatch, "expectedVersion">;
const EDITABLE: readonly Editable[] = [
  "title",
  "description",
  "severity",
  "status",
  "exercise",
  "affectedAreas",
  "nextUpdateDue",
];

const MESSAGES = {
  past: "nextUpdateDue: lies in the past; promise a time ahead",
  before_start: "nextUpdateDue: lies before the incident started",
} as const;

/**
 * A promise someone makes now (not one already made, which may well have passed: that is what "overdue" means) must
 * not be broken from the start: 400 naming the field, with `reason` for the console to say it in its language.
 */
function assertPromisable(due: string, startedAt: string, now: Date): void {
  const problem = nextUpdateProblem(due, startedAt, now.getTime());
  if (problem) throw new AppError("validation", MESSAGES[problem], 400, "nextUpdateDue", { reason: problem });
}

/** Pure: the incident a create command produces, with every default filled in. */
export function newIncident(input: IncidentCreate, actor: Actor, now: Date, id: string = randomUUID()): Incident {
  const startedAt = input.startedAt ? toIso(input.startedAt) : now.toISOString();
  // The default promise is an hour from now (from the start, if that is later): an incident logged after it began
  // ("startedAt" two hours ago) must not start overdue, announced to every console as "försenad".
  const nextUpdateDue =
    input.nextUpdateDue === undefined
      ? new Date(Math.max(Date.parse(startedAt), now.getTime()) + DEFAULT_NEXT_UPDATE_MINUTES * MINUTE_MS).toISOString()
      : input.nextUpdateDue && toIso(input.nextUpdateDue);
  if (input.nextUpdateDue) assertPromisable(input.nextUpdateDue, startedAt, now);
  const at = now.toISOString();
  return {
    id,
    title: input.title,
    description: input.description,
    severity: input.severity,
    status: "active",
    exercise: input.exercise,
    startedAt,
    affectedAreas: input.affectedAreas,
    nextUpdateDue,
    lastPublishedAt: null,
    firstPublishedAt: null,
    closedAt: null,
    createdBy: actor.id,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

/**
 * Pure: applies a patch. Any status may follow any other, but `closedAt` records when the incident was closed and
 * is cleared when it is reopened. A changed next update must not be broken already. Returns the changed field
 * names; no change means no new version.
 */
export function applyIncidentPatch(
  current: Incident,
  patch: IncidentPatch,
  now: Date,
): { next: Incident; changed: Editable[] } {
  const next: Incident = { ...current };
  const changed: Editable[] = [];
  for (const key of EDITABLE) {
    const value = patch[key];
    if (value === undefined) continue;
    const normalised = key === "nextUpdateDue" && typeof value === "string" ? toIso(value) : value;
    if (JSON.stringify(normalised) === JSON.stringify(current[key])) continue;
    Object.assign(next, { [key]: normalised });
    changed.push(key);
  }
  if (changed.length === 0) return { next: current, changed };
  if (changed.includes("nextUpdateDue") && next.nextUpdateDue !== null)
    assertPromisable(next.nextUpdateDue, current.startedAt, now);
  if (changed.includes("status")) next.closedAt = closedAtFor(next.status, current, now);
  next.version = current.version + 1;
  next.updatedAt = now.toISOString();
  return { next, changed };
}

function closedAtFor(status: IncidentStatus, current: Incident, now: Date): string | null {
  if (status !== "closed") return null;
  return current.status === "closed" ? current.closedAt : now.toISOString();
}

/** Throws not_found unless the incident exists: the presence join asks before putting a socket in its room. */
export async function assertIncidentExists(db: Kysely<DB>, id: string): Promise<void> {
  if (!(await incidentExists(db, id))) throw notFound("Incident");
}

export function createIncidents(deps: DomainDeps) {
  const { db, transaction } = deps;

  async function get(id: string): Promise<Incident> {
    const incident = await findIncident(db, id);
    if (!incident) throw notFound("Incident");
    return incident;
  }

  function create(input: IncidentCreate, actor: Actor): Promise<Incident> {
    const incident = newIncident(input, actor, new Date());
    return transaction(async ({ tx, emit }) => {
      await insertIncident(tx, incident);
      await emit({
        actor: actorRef(actor),
        type: "incident.created",
        incidentId: incident.id,
        entity: { type: "incident", id: incident.id },
        visibleTo: null,
        data: { incident },
        at: incident.createdAt,
      });
      return incident;
    });
  }

  function update(id: string, patch: IncidentPatch, actor: Actor): Promise<Incident> {
    return transaction(async ({ tx, emit }) => {
      const current = await findIncident(tx, id);
      if (!current) throw notFound("Incident");
      if (patch.expectedVersion !== undefined && patch.expectedVersion !== current.version) {
        throw conflict("Someone saved a newer version of this incident", { current });
      }
      const { next, changed } = applyIncidentPatch(current, patch, new Date());
      if (changed.length === 0) return current;
      await saveIncident(tx, next);
      await emit({
        actor: actorRef(actor),
        type: "incident.updated",
        incidentId: id,
        entity: { type: "incident", id },
        visibleTo: null,
        data: { incident: next, changed },
        at: next.updatedAt,
      });
      return next;
    });
  }

  return { get, list: (status?: IncidentStatus) => listIncidents(db, status), create, update };
}

export type Incidents = ReturnType<typeof createIncidents>;
