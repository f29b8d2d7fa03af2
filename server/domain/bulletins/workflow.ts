import type { BulletinStatus } from "../../../shared/index.js";
import { AppError } from "../../errors.js";
import type { Permission } from "../policy.js";

export const COMMANDS = ["save", "submit", "return", "approve", "publish", "retract"] as const;
export type Command = (typeof COMMANDS)[number];

interface Transition {
  from: readonly BulletinStatus[];
  to: BulletinStatus;
  permission: Permission;
}

/**
 * The workflow in one table (docs/api.md "Bulletins"). `save` from `published` drafts an edit while the published
 * version stays live; `retracted` is terminal. Tests walk this table, including every refusal.
 */
export const TRANSITIONS: Record<Command, Transition> = {
  save: { from: ["draft", "in_review", "approved", "published"], to: "draft", permission: "writeBulletins" },
  submit: { from: ["draft"], to: "in_review", permission: "writeBulletins" },
  return: { from: ["in_review", "approved"], to: "draft", permission: "approveBulletins" },
  approve: { from: ["in_review"], to: "approved", permission: "approveBulletins" },
  publish: { from: ["approved"], to: "published", permission: "approveBulletins" },
  retract: { from: ["draft", "in_review", "approved", "published"], to: "retracted", permission: "approveBulletins" },
};

export const canTransition = (command: Command, from: BulletinStatus): boolean =>
  TRANSITIONS[command].from.includes(from);

/** Throws 409 `invalid_transition` carrying the current bulletin, so the client can show what changed. */
export function assertTransition(command: Command, from: BulletinStatus, current: unknown): BulletinStatus {
  if (!canTransition(command, from)) {
    throw new AppError(
      "invalid_transition",
      `A ${from.replace("_", " ")} bulletin cannot be ${PAST[command]}`,
      409,
      undefined,
      { current },
    );
  }
  return TRANSITIONS[command].to;
}

const PAST: Record<Command, string> = {
  save: "edited",
  submit: "submitted for review",
  return: "returned to draft",
  approve: "approved",
  publish: "published",
  retract: "retracted",
};
