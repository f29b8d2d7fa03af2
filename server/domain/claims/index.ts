import type { Claim, ClaimDeadlines, ClaimMetrics, ClaimSummary } from "../../../shared/index.js";
import { listClaims } from "../../db/repos/claims.js";
import { findIncident } from "../../db/repos/incidents.js";
import { notFound } from "../../errors.js";
import type { DomainDeps } from "../context.js";
import { createContactClaims } from "./callers.js";
import { createClaimCommands } from "./commands.js";
import { createClaimCorrection, type DraftBulletin } from "./correction.js";
import { requireClaim, toClaim, toClaims } from "./load.js";
import { createFactConfirmation } from "./factFlags.js";
import { createClaimMerging } from "./merge.js";
import { claimMetrics, claimSummary } from "./metrics.js";

export interface ClaimOptions {
  deadlines: ClaimDeadlines;
  /** The bulletins service's in-transaction create (createBulletins(...).createInTransaction). */
  draftBulletin: DraftBulletin;
}

/** The misinformation desk: commands, the correction link, merging and reads, one object for routes. */
export function createClaims(deps: DomainDeps, options: ClaimOptions) {
  const { db } = deps;

  async function incidentClaims(incidentId: string) {
    if (!(await findIncident(db, incidentId))) throw notFound("Incident");
    return listClaims(db, incidentId);
  }

  return {
    ...createClaimCommands(deps, options.deadlines),
    ...createClaimMerging(deps, options.deadlines),
    startCorrection: createClaimCorrection(deps, options.draftBulletin).start,
    confirmFacts: createFactConfirmation(deps),
    /** The contact centre's side: the claims callers reported, and whom to ring back. */
    contact: createContactClaims(deps),
    list: async (incidentId: string): Promise<Claim[]> => toClaims(db, await incidentClaims(incidentId)),
    get: async (id: string): Promise<Claim> => toClaim(db, await requireClaim(db, id)),
    summary: async (incidentId: string, now: Date = new Date()): Promise<ClaimSummary> =>
      claimSummary(await incidentClaims(incidentId), now),
    metrics: async (incidentId: string): Promise<ClaimMetrics> => claimMetrics(await incidentClaims(incidentId)),
    deadlines: options.deadlines,
  };
}

export type Claims = ReturnType<typeof createClaims>;
export { followCorrection } from "./correction.js";
export { flagRefutedClaims } from "./factFlags.js";
export { createClaimOverdueWatch, type ClaimOverdueWatch } from "./overdue.js";
export { parseClaimDeadlines, dueAt } from "./deadlines.js";
