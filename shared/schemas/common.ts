import { z } from "zod";

export const Id = z.uuid();
export type Id = z.infer<typeof Id>;

/** ISO 8601 timestamp with offset, e.g. 2026-11-25T08:00:00.000Z. */
export const IsoDateTime = z.iso.datetime({ offset: true });
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** Body of every REST error response. `field` names the offending input when there is one. */
export const ApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    requestId: z.string().optional(),
    /** 409 on a stale `expectedVersion`: the entity as it is now. */
    current: z.unknown().optional(),
    /** 429: seconds until a new attempt is allowed (also in the Retry-After header). */
    retryAfter: z.number().optional(),
  }),
});
export type ApiError = z.infer<typeof ApiError>;

/** Shape of every socket acknowledgement. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string; field?: string } };
