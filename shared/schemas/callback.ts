import { z } from "zod";
import { Id } from "./common.js";
import { ClaimCallback } from "./claim.js";
import { lazySchema } from "./lazy.js";

/** The callback list's "called back" state. The caller's number never appears here. */

/** Who rang the caller back, and when. */
export const CalledBack = lazySchema(() => ClaimCallback.shape.calledBack.unwrap());
export type CalledBack = z.infer<typeof CalledBack>;

/** `PUT /api/inquiries/:id/called-back`: the caller was rung back (`done: true`) or, as an undo, still waits. */
export const CallbackMark = lazySchema(() => z.object({ done: z.boolean() }).strict());
export type CallbackMark = z.infer<typeof CallbackMark>;

/** The answer to a CallbackMark: the inquiry's state afterwards. */
export const CallbackState = lazySchema(() =>
  z.object({ inquiryId: Id, claimId: Id.nullable(), calledBack: CalledBack.nullable() }),
);
export type CallbackState = z.infer<typeof CallbackState>;
