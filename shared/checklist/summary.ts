import type { ScoreSummary } from "../schemas/bulletin.js";
import type { ChecklistResult } from "../schemas/checklist.js";
import { allFindings } from "./scoreMessage.js";

/**
 * A result as the badges show it, "72 p · Varning" with its error and warning counts. One function for the server
 * (stored versions, the gate) and the console (the editor's live score), so both count alike.
 */
export function summariseResult(result: ChecklistResult): ScoreSummary {
  const findings = allFindings(result);
  return {
    overall: result.overall,
    status: result.status,
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warn").length,
  };
}
