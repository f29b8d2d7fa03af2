import type { z } from "zod";
import { validationError } from "../errors.js";

/** Parses the body, query or path params with a shared schema; a failure becomes a 400 naming the field. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw validationError(result.error);
  return result.data;
}
