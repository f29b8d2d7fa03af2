import type { z } from "zod";
import {
  Claim,
  ClaimCorrection,
  ClaimList,
  ClaimMergeResult,
  ClaimMetrics,
  ClaimSummary,
  SimilarClaimList,
  type SimilarClaim,
  type ClaimCreate,
  type ClaimPatch,
  type ClaimReach,
  type ClaimSeverity,
} from "@shared/schemas/claim";
import { request } from "./http";

/** REST client for docs/api.md "Misinformation desk"; every answer is parsed with the shared schema. */

const incidentPath = (id: string) => `/api/incidents/${encodeURIComponent(id)}/claims`;
const path = (id: string) => `/api/claims/${encodeURIComponent(id)}`;

export async function listClaims(incidentId: string): Promise<Claim[]> {
  return (await request(incidentPath(incidentId), { schema: ClaimList })).claims;
}

export function createClaim(incidentId: string, body: z.input<typeof ClaimCreate>): Promise<Claim> {
  return request(incidentPath(incidentId), { method: "POST", body, schema: Claim });
}

export function triageClaim(id: string, body: { severity?: ClaimSeverity; reach?: ClaimReach }): Promise<Claim> {
  return request(`${path(id)}/triage`, { method: "POST", body, schema: Claim });
}

export function takeClaim(id: string): Promise<Claim> {
  return request(`${path(id)}/take`, { method: "POST", body: {}, schema: Claim });
}

export function assignClaim(id: string, assigneeId: string): Promise<Claim> {
  return request(`${path(id)}/assign`, { method: "POST", body: { assigneeId }, schema: Claim });
}

export function startCorrection(id: string): Promise<ClaimCorrection> {
  return request(`${path(id)}/correct`, { method: "POST", body: {}, schema: ClaimCorrection });
}

/** The desk confirms the correction against changed refuting facts: the hold on approving it lifts (review and staleness). */
export function confirmClaimFacts(id: string, expectedVersion: number): Promise<Claim> {
  return request(`${path(id)}/confirm-facts`, { method: "POST", body: { expectedVersion }, schema: Claim });
}

export function dismissClaim(id: string, reason: string): Promise<Claim> {
  return request(`${path(id)}/dismiss`, { method: "POST", body: { reason }, schema: Claim });
}

export function addClaimNote(id: string, text: string): Promise<Claim> {
  return request(`${path(id)}/notes`, { method: "POST", body: { text }, schema: Claim });
}

export async function similarClaims(id: string): Promise<SimilarClaim[]> {
  return (await request(`${path(id)}/similar`, { schema: SimilarClaimList })).similar;
}

export function mergeClaim(id: string, into: string): Promise<ClaimMergeResult> {
  return request(`${path(id)}/merge`, { method: "POST", body: { into }, schema: ClaimMergeResult });
}

/** PATCH: the description and refuting facts; `expectedVersion` turns a stale edit into 409 `conflict` with `current`. */
export function editClaim(id: string, body: ClaimPatch): Promise<Claim> {
  return request(path(id), { method: "PATCH", body, schema: Claim });
}

export function claimSummary(incidentId: string): Promise<ClaimSummary> {
  return request(`${incidentPath(incidentId)}/summary`, { schema: ClaimSummary });
}

export function claimMetrics(incidentId: string): Promise<ClaimMetrics> {
  return request(`${incidentPath(incidentId)}/metrics`, { schema: ClaimMetrics });
}
