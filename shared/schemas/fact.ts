import { z } from "zod";
import { FACT_STATUSES } from "../checklist/constants.js";
import { Id, IsoDateTime, MULTI_LINE, NO_CONTROL_EXCEPT_LINES, NO_CONTROL, ONE_LINE } from "./common.js";
import { lazySchema } from "./lazy.js";

export const FACT_LIMITS = {
  statementMax: 2_000, // characters
  sourceMax: 300, // characters
} as const;

export const FactStatus = lazySchema(() => z.enum(FACT_STATUSES));
export type FactStatus = z.infer<typeof FactStatus>;

/**
 * A verified statement in an incident's facts register (lägesbild). Never deleted: a fact that turns out wrong is
 * retracted, and every bulletin citing it is flagged stale.
 */
export const Fact = lazySchema(() =>
  z.object({
    id: Id,
    incidentId: Id,
    statement: z.string(),
    /** Who said so: "VA-jouren", "Smittskyddsläkaren, Region Exempel". */
    source: z.string(),
    /** When the source confirmed it; null while unconfirmed. */
    verifiedAt: IsoDateTime.nullable(),
    status: FactStatus,
    version: z.number().int().positive(),
    createdBy: Id,
    createdAt: IsoDateTime,
    updatedBy: Id,
    updatedAt: IsoDateTime,
  }),
);
export type Fact = z.infer<typeof Fact>;

const Statement = lazySchema(() =>
  z.string().trim().min(1).max(FACT_LIMITS.statementMax).regex(MULTI_LINE, NO_CONTROL_EXCEPT_LINES),
);
const Source = lazySchema(() => z.string().trim().min(1).max(FACT_LIMITS.sourceMax).regex(ONE_LINE, NO_CONTROL));

/** `status` defaults to confirmed; a confirmed fact without `verifiedAt` is verified "now". */
export const FactCreate = lazySchema(() =>
  z.object({
    statement: Statement,
    source: Source,
    status: FactStatus.default("confirmed"),
    verifiedAt: IsoDateTime.nullable().optional(),
  }),
);
export type FactCreate = z.infer<typeof FactCreate>;

/** `expectedVersion` is required: a fact change flags bulletins stale, so nobody overwrites a change unseen. */
export const FactPatch = lazySchema(() =>
  z
    .object({
      statement: Statement.optional(),
      source: Source.optional(),
      status: FactStatus.optional(),
      verifiedAt: IsoDateTime.nullable().optional(),
      expectedVersion: z.number().int().positive(),
    })
    .refine((v) => Object.keys(v).some((k) => k !== "expectedVersion"), { message: "at least one field is required" }),
);
export type FactPatch = z.infer<typeof FactPatch>;

export const FACT_FIELDS = ["statement", "source", "status", "verifiedAt"] as const;
export const FactField = lazySchema(() => z.enum(FACT_FIELDS));
export type FactField = z.infer<typeof FactField>;

/** One stored version of a fact, oldest first in `GET /api/facts/:id/versions`. */
export const FactVersion = lazySchema(() =>
  z.object({
    factId: Id,
    version: z.number().int().positive(),
    statement: z.string(),
    source: z.string(),
    verifiedAt: IsoDateTime.nullable(),
    status: FactStatus,
    /** Fields that differ from the previous version (empty for version 1). */
    changed: z.array(FactField),
    changedBy: z.object({ id: Id, displayName: z.string() }),
    changedAt: IsoDateTime,
  }),
);
export type FactVersion = z.infer<typeof FactVersion>;

/** Responses: GET /api/incidents/:id/facts and GET /api/facts/:id/versions. */
export const FactList = lazySchema(() => z.object({ facts: z.array(Fact) }));
export type FactList = z.infer<typeof FactList>;
export const FactVersionList = lazySchema(() => z.object({ versions: z.array(FactVersion) }));
export type FactVersionList = z.infer<typeof FactVersionList>;
