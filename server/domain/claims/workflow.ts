import type { ClaimStatus, Role } from "../../../shared/index.js";
import { AppError } from "../../errors.js";
import { may, type Permission } from "../policy.js";

export const CLAIM_COMMANDS = ["edit", "triage", "take", "assign", "correct", "dismiss", "merge", "note"] as const;
export type ClaimCommand = (typeof CLAIM_COMMANDS)[number];

interface Rule {
  from: readonly ClaimStatus[];
  permission: Permission;
}

const OPEN = ["new", "triaged", "assigned", "correcting", "in_review"] as const;
const UNSTARTED = ["new", "triaged", "assigned"] as const;

/**
 * The desk's workflow in one table (docs/api.md "Misinformation desk"). A correction in progress cannot be
 * dismissed or merged away: its draft bulletin would be orphaned. `in_review` and `corrected` are reached only
 * through the correction bulletin's own workflow (submit, publish). Tests walk this table, refusals included.
 */
export const CLAIM_RULES: Record<ClaimCommand, Rule> = {
  edit: { from: OPEN, permission: "workClaims" },
  triage: { from: OPEN, permission: "workClaims" },
  take: { from: ["new", "triaged"], permission: "workClaims" },
  assign: { from: OPEN, permission: "assignClaims" },
  correct: { from: ["assigned"], permission: "workClaims" },
  dismiss: { from: UNSTARTED, permission: "workClaims" },
  merge: { from: UNSTARTED, permission: "workClaims" },
  note: {
    from: ["new", "triaged", "assigned", "correcting", "in_review", "corrected", "dismissed"],
    permission: "workClaims",
  },
};

export const canRun = (command: ClaimCommand, from: ClaimStatus): boolean => CLAIM_RULES[command].from.includes(from);

/** 409 `invalid_transition` with the claim as it is now, so the board can show what changed. */
export function assertClaimMove(command: ClaimCommand, from: ClaimStatus, current: unknown): void {
  if (!canRun(command, from)) {
    throw new AppError(
      "invalid_transition",
      `A claim that is ${from.replace("_", " ")} cannot be ${PAST[command]}`,
      409,
      undefined,
      { current },
    );
  }
}

export const mayAssignOthers = (role: Role): boolean => may(role, "assignClaims");

const PAST: Record<ClaimCommand, string> = {
  edit: "edited",
  triage: "triaged",
  take: "taken",
  assign: "assigned",
  correct: "sent to correction",
  dismiss: "dismissed",
  merge: "merged",
  note: "annotated",
};
