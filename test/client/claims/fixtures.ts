import type { Claim } from "@shared/schemas/claim";
import type { EventEnvelope } from "@shared/events/index";
import { LEAD, uuid } from "../helpers/fixtures";

export const SARA = { id: "22222222-2222-4222-8222-222222222222", displayName: "Sara Kommunikatör" };
export const PER = { id: "33333333-3333-4333-8333-333333333333", displayName: "Per Kommunikatör" };

const HOUR = 3_600_000;

/** A claim as the server answers it (shared/schemas/claim.ts), due an hour from now unless told otherwise. */
export function makeClaim(incidentId: string, overrides: Partial<Claim> = {}): Claim {
  const created = new Date().toISOString();
  return {
    id: uuid(),
    incidentId,
    text: "Kranvattnet är giftigt i hela kommunen",
    sourceChannel: "social",
    link: "https://example.org/post/1",
    otherLinks: [],
    firstSeenAt: created,
    reach: "medium",
    calls: 0,
    severity: "high",
    status: "new",
    dismissReason: null,
    assigneeId: null,
    assigneeName: null,
    dueAt: new Date(Date.now() + HOUR).toISOString(),
    refutingFactIds: [],
    factFlags: [],
    correctionBulletinId: null,
    notes: [],
    mergedInto: null,
    mergedFrom: [],
    version: 1,
    createdBy: SARA.id,
    createdByName: SARA.displayName,
    createdAt: created,
    updatedAt: created,
    correctedAt: null,
    timeToCorrectionMs: null,
    ...overrides,
  };
}

export function claimEvent(
  seq: number,
  type:
    | "claim.created"
    | "claim.updated"
    | "claim.taken"
    | "claim.status_changed"
    | "claim.merged"
    | "claim.facts_flagged"
    | "claim.facts_confirmed",
  claim: Claim,
  extra: Record<string, unknown> = {},
): EventEnvelope {
  return {
    seq,
    at: new Date().toISOString(),
    actor: LEAD,
    type,
    incidentId: claim.incidentId,
    entity: { type: "claim", id: claim.id },
    visibleTo: ["admin", "lead", "communicator"],
    data: { claim, ...extra },
  };
}
