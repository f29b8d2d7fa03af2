import type { z } from "zod";
import {
  FaqEntry,
  FaqEntryList,
  FaqSuggestion,
  FaqSuggestionList,
  FaqVersionList,
  SuggestionDrafted,
  type FaqVersion,
  type FaqCreate,
  type FaqPatch,
  type FaqStatus,
  type FaqSuggestionCreate,
  type SuggestionToDraft,
} from "@shared/schemas/faq";
import { request } from "./http";

const entryPath = (id: string) => `/api/faq/${encodeURIComponent(id)}`;

/** Every entry the role may see: all statuses for the crisis team, the published ones for everyone else. */
export async function listFaq(): Promise<FaqEntry[]> {
  return (await request("/api/faq", { schema: FaqEntryList })).entries;
}

export function createFaqEntry(body: z.input<typeof FaqCreate>): Promise<FaqEntry> {
  return request("/api/faq", { method: "POST", body, schema: FaqEntry });
}

export function patchFaqEntry(id: string, body: FaqPatch): Promise<FaqEntry> {
  return request(entryPath(id), { method: "PATCH", body, schema: FaqEntry });
}

export function setFaqStatus(
  id: string,
  status: Extract<FaqStatus, "draft" | "published" | "archived">,
  expectedVersion?: number,
): Promise<FaqEntry> {
  return request(`${entryPath(id)}/status`, { method: "POST", body: { status, expectedVersion }, schema: FaqEntry });
}

/** The review steps (docs/api.md "FAQ review"); each answers the entry after the step. */
export function faqReviewStep(
  id: string,
  step: "submit" | "approve" | "return" | "publish",
  body: { expectedVersion?: number; reason?: string },
): Promise<FaqEntry> {
  return request(`${entryPath(id)}/${step}`, { method: "POST", body, schema: FaqEntry });
}

/** FAQ texts in review or approved, waiting for a decision (the crisis team's). */
export async function listFaqInReview(): Promise<FaqEntry[]> {
  return (await request("/api/faq/review", { schema: FaqEntryList })).entries;
}

export async function listFaqVersions(id: string): Promise<FaqVersion[]> {
  return (await request(`${entryPath(id)}/versions`, { schema: FaqVersionList })).versions;
}

export async function listSuggestions(): Promise<FaqSuggestion[]> {
  return (await request("/api/faq/suggestions", { schema: FaqSuggestionList })).suggestions;
}

export function suggestQuestion(body: z.input<typeof FaqSuggestionCreate>): Promise<FaqSuggestion> {
  return request("/api/faq/suggestions", { method: "POST", body, schema: FaqSuggestion });
}

export function suggestionToDraft(
  id: string,
  body: z.input<typeof SuggestionToDraft> = {},
): Promise<SuggestionDrafted> {
  return request(`/api/faq/suggestions/${encodeURIComponent(id)}/draft`, {
    method: "POST",
    body,
    schema: SuggestionDrafted,
  });
}

export function dismissSuggestion(id: string): Promise<FaqSuggestion> {
  return request(`/api/faq/suggestions/${encodeURIComponent(id)}/dismiss`, {
    method: "POST",
    body: {},
    schema: FaqSuggestion,
  });
}
