import { z } from "zod";
import { INCIDENT_SEVERITIES, INCIDENT_STATUSES, LIMITS } from "../constants.js";
import { Id, IsoDateTime, MULTI_LINE, NO_CONTROL_EXCEPT_LINES, NO_CONTROL, ONE_LINE } from "./common.js";
import { lazySchema } from "./lazy.js";

export const IncidentStatus = lazySchema(() => z.enum(INCIDENT_STATUSES));
export type IncidentStatus = z.infer<typeof IncidentStatus>;

export const IncidentSeverity = lazySchema(() => z.enum(INCIDENT_SEVERITIES));
export type IncidentSeverity = z.infer<typeof IncidentSeverity>;

export const Incident = lazySchema(() =>
  z.object({
    id: Id,
    title: z.string(),
    description: z.string(),
    severity: IncidentSeverity,
    status: IncidentStatus,
    exercise: z.boolean(),
    startedAt: IsoDateTime,
    affectedAreas: z.array(z.string()),
    nextUpdateDue: IsoDateTime.nullable(),
    lastPublishedAt: IsoDateTime.nullable(),
    /** Set by the first publish; optional only so older fixtures still type-check (the server always sends it). */
    firstPublishedAt: IsoDateTime.nullable().optional(),
    closedAt: IsoDateTime.nullable(),
    createdBy: Id,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    version: z.number().int().positive(),
  }),
);
export type Incident = z.infer<typeof Incident>;

const Title = lazySchema(() => z.string().trim().min(1).max(LIMITS.titleMax).regex(ONE_LINE, NO_CONTROL));
const Areas = lazySchema(() =>
  z.array(z.string().trim().min(1).max(LIMITS.areaMax).regex(ONE_LINE, NO_CONTROL)).max(LIMITS.areasMax),
);

/** Only the title is required; the server fills the rest with sensible defaults. */
export const IncidentCreate = lazySchema(() =>
  z.object({
    title: Title,
    description: z.string().max(LIMITS.descriptionMax).regex(MULTI_LINE, NO_CONTROL_EXCEPT_LINES).default(""),
    severity: IncidentSeverity.default("moderate"),
    exercise: z.boolean().default(false),
    startedAt: IsoDateTime.optional(),
    affectedAreas: Areas.default([]),
    nextUpdateDue: IsoDateTime.nullable().optional(),
  }),
);
export type IncidentCreate = z.infer<typeof IncidentCreate>;

export const IncidentPatch = lazySchema(() =>
  z
    .object({
      title: Title,
      description: z.string().max(LIMITS.descriptionMax).regex(MULTI_LINE, NO_CONTROL_EXCEPT_LINES),
      severity: IncidentSeverity,
      status: IncidentStatus,
      exercise: z.boolean(),
      affectedAreas: Areas,
      nextUpdateDue: IsoDateTime.nullable(),
      /** Optimistic concurrency: when given, the patch fails with 409 unless it matches. */
      expectedVersion: z.number().int().positive(),
    })
    .partial()
    .refine((v) => Object.keys(v).some((k) => k !== "expectedVersion"), { message: "at least one field is required" }),
);
export type IncidentPatch = z.infer<typeof IncidentPatch>;

/** Response of GET /api/incidents. */
export const IncidentList = lazySchema(() => z.object({ incidents: z.array(Incident) }));
export type IncidentList = z.infer<typeof IncidentList>;
