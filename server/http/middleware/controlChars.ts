import type { RequestHandler } from "express";
import { hasForbiddenControl } from "../../../shared/schemas/common.js";
import { AppError } from "../../errors.js";

const MAX_DEPTH = 64; // deeper JSON than this is not a console's; refused rather than walked

/** The dot path of the first string (value or key) with a control character no text allows, or null. */
function findControl(value: unknown, path: string[], depth = 0): string[] | null {
  if (depth > MAX_DEPTH) return path;
  if (typeof value === "string") return hasForbiddenControl(value) ? path : null;
  if (typeof value !== "object" || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    if (hasForbiddenControl(key)) return [...path, key.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?")]; // eslint-disable-line no-control-regex
    const found = findControl(child, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * A guard beside the shared schemas (which refuse control characters field by field, with the one-line rules):
 * no body or query string under /api carries a control character other than tab or a line break into a handler,
 * also where a schema takes free-form data, so a NUL can never reach PostgreSQL (which answers it with an error).
 */
export const refuseControlCharacters: RequestHandler = (req, _res, next) => {
  const found = findControl(req.body, []) ?? findControl(req.query, []);
  if (found) {
    const field = found.join(".");
    throw new AppError(
      "validation",
      `${field || "body"}: must not contain control characters other than tab and line breaks`,
      400,
      field || undefined,
    );
  }
  next();
};
