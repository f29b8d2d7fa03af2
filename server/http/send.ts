import type { Response } from "express";
import type { z } from "zod";

/**
 * Responses are checked against their shared schema outside production: tests and `npm run dev` fail loudly (500,
 * the mismatch in the server log) when the server drifts from the contract the client and docs/openapi.json read.
 * Production skips the parse: the same code has passed it in the tests, and a parse per response costs time on
 * the hot paths (claims board, event feed).
 */
const CHECK_RESPONSES = process.env.NODE_ENV !== "production";

export class ResponseContractError extends Error {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super(
      `response does not match its schema: ${issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`,
    );
    this.name = "ResponseContractError";
  }
}

/** Sends `value` as JSON with `status`; the type and (outside production) the value are held to `schema`. */
export function send<S extends z.ZodType>(res: Response, schema: S, value: z.input<S>, status = 200): void {
  if (CHECK_RESPONSES) {
    const checked = schema.safeParse(value);
    if (!checked.success) throw new ResponseContractError(checked.error.issues);
  }
  res.status(status).json(value);
}
