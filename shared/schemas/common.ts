import { z } from "zod";
import { lazySchema } from "./lazy.js";

export const Id = lazySchema(() => z.uuid());
export type Id = z.infer<typeof Id>;

/*
 * Control characters (C0, DEL, C1) are refused in every text a client sends: a NUL made
 * PostgreSQL fail with a 500 and was stored by SQLite, and a string of only a NUL passed `min(1)`. Text that may
 * span lines keeps tab, line feed and CR before LF; a one-line value keeps none. Append to the string schema, after
 * trim(), so the check sees what is stored: `z.string().trim().min(1).max(200).regex(ONE_LINE, NO_CONTROL)`.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
export const ONE_LINE = /^[^\u0000-\u001f\u007f-\u009f]*$/;
export const MULTI_LINE = /^(?:[^\u0000-\u0008\u000b-\u001f\u007f-\u009f]|\r\n)*$/;
export const NO_CONTROL = "must not contain control characters";
export const NO_CONTROL_EXCEPT_LINES = "must not contain control characters other than tab and line breaks";
/** Whether a string has a control character no text allows (all but tab, LF and CR): the request-wide guard. */
export const hasForbiddenControl = (value: string): boolean =>
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(value);
/* eslint-enable no-control-regex */

/** ISO 8601 timestamp with offset, e.g. 2026-11-25T08:00:00.000Z. */
export const IsoDateTime = lazySchema(() => z.iso.datetime({ offset: true }));
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** Body of every REST error response. `field` names the offending input when there is one. */
export const ApiError = lazySchema(() =>
  z.object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      field: z.string().optional(),
      requestId: z.string().optional(),
      /** 409 on a stale `expectedVersion`: the entity as it is now. */
      current: z.unknown().optional(),
      /** 429: seconds until a new attempt is allowed (also in the Retry-After header). */
      retryAfter: z.number().optional(),
      /** 400: the rule broken, for a client to say in its own language (docs/api.md "Errors" lists them). */
      reason: z.string().optional(),
    }),
  }),
);
export type ApiError = z.infer<typeof ApiError>;

/** Shape of every socket acknowledgement. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string; field?: string } };
