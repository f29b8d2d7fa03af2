import { CallbackState } from "@shared/schemas/callback";
import { request } from "./http";

/** Marks the caller of an inquiry rung back (`done`), or undoes the mark (docs/api.md, the callback list). */
export function markCalledBack(inquiryId: string, done: boolean): Promise<CallbackState> {
  return request(`/api/inquiries/${encodeURIComponent(inquiryId)}/called-back`, {
    method: "PUT",
    body: { done },
    schema: CallbackState,
  });
}
