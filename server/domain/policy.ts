import { ROLES, type Role } from "../../shared/index.js";

/**
 * Who may do what, in one table (docs/api.md "Roles"). REST routes and socket handlers both check against it;
 * the role × route test walks it.
 */
export const POLICY = {
  read: ROLES,
  writeLog: ["admin", "lead", "communicator", "agent"],
  manageIncidents: ["admin", "lead"],
  manageUsers: ["admin"],
  writeFacts: ["admin", "lead", "communicator"],
  writeBulletins: ["admin", "lead", "communicator"],
  approveBulletins: ["admin", "lead"],
  /**
   * The crisis team's reading: drafts, versions in review, the publish gate, and facts no published text cites (or
   * not confirmed). Agents and viewers read what has been published and the facts it cites (review and staleness).
   */
  readDrafts: ["admin", "lead", "communicator"],
  editFaq: ["admin", "lead", "communicator"],
  /** Approve, return and publish FAQ texts under review, as for bulletins. */
  approveFaq: ["admin", "lead"],
  logInquiry: ["admin", "lead", "communicator", "agent"],
  raiseClaims: ["admin", "lead", "communicator", "agent"],
  workClaims: ["admin", "lead", "communicator"],
  assignClaims: ["admin", "lead"],
  /**
   * The callback list of a corrected claim (callers' phone numbers): the agents who ring back and the
   * leads who run the contact centre. Not the desk (communicators see the number of calls on the board, which is
   * all the correction needs), not viewers.
   */
  readCallbacks: ["admin", "lead", "agent"],
  /** Webhooks carry a signing secret and send public data out of the building. */
  manageWebhooks: ["admin"],
  /** After-action and period reports: the leads who bring them to the evaluation and the committee, and
   *  viewers (read-only by nature: the reports are GET only). */
  readReports: ["admin", "lead", "viewer"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof POLICY;

export const may = (role: Role, permission: Permission): boolean =>
  (POLICY[permission] as readonly Role[]).includes(role);
