import type { Role } from "@shared/schemas/user";

// The client's copy of docs/api.md "Contact centre" permissions; the server decides, this only hides what would 403.
export const canEditFaq = (role: Role | undefined): boolean =>
  role === "admin" || role === "lead" || role === "communicator";
export const canLogInquiry = (role: Role | undefined): boolean => role !== undefined && role !== "viewer";
/** `readCallbacks` (server/domain/policy.ts): callers' numbers for the agents who ring back and the leads. */
export const canReadCallbacks = (role: Role | undefined): boolean =>
  role === "admin" || role === "lead" || role === "agent";
