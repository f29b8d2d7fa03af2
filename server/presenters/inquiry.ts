import type { Inquiry, Role } from "../../shared/index.js";
import type { InquiryRecord } from "../db/repos/inquiries.js";
import { may } from "../domain/policy.js";

/**
 * What leaves the server: the callback number only for the contact centre that rings back (readCallbacks: agent,
 * lead, admin). A communicator logs inquiries too, but the number is personal data she has no use for. `null` is
 * the event log's copy, which every console's role filters again on delivery.
 */
export function presentInquiry(record: InquiryRecord, role: Role | null): Inquiry {
  const { callbackNumber, ...rest } = record;
  return role !== null && may(role, "readCallbacks") ? { ...rest, callbackNumber } : rest;
}
