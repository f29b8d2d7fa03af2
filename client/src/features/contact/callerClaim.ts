// The rule lives in the shared schema, so the server raises the reach of a claim callers join by the same steps.
export { CALLERS_MAX, reachFromCallers } from "@shared/schemas/claim";
