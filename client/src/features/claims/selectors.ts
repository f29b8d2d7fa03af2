import type { Claim, ClaimSeverity, ClaimStatus } from "@shared/schemas/claim";
import { OPEN_CLAIM_STATUSES } from "@shared/schemas/claim";
import { byCodeUnit } from "../../store/byCodeUnit";

/** Who may do what on the desk (server/domain/policy.ts: workClaims, assignClaims). */
export function mayWorkClaims(role: string | undefined): boolean {
  return role === "admin" || role === "lead" || role === "communicator";
}
export function mayAssignClaims(role: string | undefined): boolean {
  return role === "admin" || role === "lead";
}

export const CLOSED_STATUSES: readonly ClaimStatus[] = ["corrected", "dismissed"];

export function isOpen(claim: Claim): boolean {
  return (OPEN_CLAIM_STATUSES as readonly ClaimStatus[]).includes(claim.status);
}

export function isOverdue(claim: Claim, now: number): boolean {
  return isOpen(claim) && Date.parse(claim.dueAt) < now;
}

export type AssigneeFilter = "all" | "mine" | "unassigned";
export interface ClaimFilter {
  severity: ClaimSeverity | "all";
  assignee: AssigneeFilter;
  overdueOnly: boolean;
}
export const NO_FILTER: ClaimFilter = { severity: "all", assignee: "all", overdueOnly: false };

export function matches(claim: Claim, filter: ClaimFilter, userId: string | null, now: number): boolean {
  if (filter.severity !== "all" && claim.severity !== filter.severity) return false;
  if (filter.assignee === "mine" && claim.assigneeId !== userId) return false;
  if (filter.assignee === "unassigned" && claim.assigneeId !== null) return false;
  if (filter.overdueOnly && !isOverdue(claim, now)) return false;
  return true;
}

const SEVERITY_RANK: Record<ClaimSeverity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/** Within a column: the most urgent first (severity, then the earliest due time). */
export function byUrgency(a: Claim, b: Claim): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || byCodeUnit(a.dueAt, b.dueAt) || byCodeUnit(a.id, b.id)
  );
}

/** The incident's claims grouped by status, each column sorted by urgency. Claims merged away stay in "dismissed". */
export function columnsOf(claims: Record<string, Claim>, incidentId: string): Record<ClaimStatus, Claim[]> {
  const columns: Record<ClaimStatus, Claim[]> = {
    new: [],
    triaged: [],
    assigned: [],
    correcting: [],
    in_review: [],
    corrected: [],
    dismissed: [],
  };
  for (const claim of Object.values(claims)) if (claim.incidentId === incidentId) columns[claim.status].push(claim);
  for (const list of Object.values(columns)) list.sort(byUrgency);
  return columns;
}
