import type { z } from "zod";
import type { Ack } from "../../shared/schemas/common.js";
import { AppError, errorBody, validationError } from "../errors.js";
import type { Logger } from "../logger.js";

/**
 * Wraps a socket listener: validates the payload with its shared schema and always answers through the ack.
 * A bad payload or a failing handler gets `{ok:false,error}`; nothing throws and the socket stays connected.
 */
export function handler<S extends z.ZodType, T>(
  schema: S,
  log: Logger,
  run: (input: z.infer<S>) => Promise<T>,
): (payload: unknown, ack?: unknown) => void {
  return (payload, ack) => {
    const reply = typeof ack === "function" ? (ack as (result: Ack<T>) => void) : () => {};
    const parsed = schema.safeParse(payload ?? {});
    if (!parsed.success) return reply({ ok: false, error: errorBody(validationError(parsed.error)) });
    run(parsed.data).then(
      (data) => reply({ ok: true, data }),
      (err: unknown) => {
        if (!(err instanceof AppError)) log.error("socket handler failed", { err });
        const appError = err instanceof AppError ? err : new AppError("internal", "Something went wrong");
        reply({ ok: false, error: errorBody(appError) });
      },
    );
  };
}
