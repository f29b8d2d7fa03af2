import { z } from "zod";
import {
  FaqEntry,
  FaqSuggestion,
  FaqVersion,
  type FaqCreate,
  type FaqPatch,
  type FaqStatus,
  type FaqSuggestionCreate,
  type SuggestionToDraft,
} from "../../../shared/schemas/faq";
import { Fact } from "../../../shared/schemas/fact";
import { ApiError, request } from "./http";

const EntryList = z.object({ entries: z.array(FaqEntry) });
const VersionList = z.object({ versions: z.array(FaqVersion) });
const SuggestionList = z.object({ suggestions: z.array(FaqSuggestion) });
const Drafted = z.object({ suggestion: FaqSuggestion, entry: FaqEntry });

const entryPath = (id: string) => `/api/faq/${encodeURIComponent(id)}`;

/** Every entry the role may see: all statuses for the crisis team, the published ones for everyone else. */
export async function listFaq(): Promise<FaqEntry[]> {
  return (await request("/api/faq", { schema: EntryList })).entries;
}

export function createFaqEntry(body: z.input<typeof FaqCreate>): Promise<FaqEntry> {
  return request("/api/faq", { method: "POST", body, schema: FaqEntry });
}

export function patchFaqEntry(id: string, body: FaqPatch): Promise<FaqEntry> {
  return request(entryPath(id), { method: "PATCH", body, schema: FaqEntry });
}

export function setFaqStatus(id: string, status: FaqStatus, expectedVersion?: number): Promise<FaqEntry> {
  return request(`${entryPath(id)}/status`, { method: "POST", body: { status, expectedVersion }, schema: FaqEntry });
}

export async function listFaqVersions(id: string): Promise<FaqVersion[]> {
  return (await request(`${entryPath(id)}/versions`, { schema: VersionList })).versions;
}

export async function listSuggestions(): Promise<FaqSuggestion[]> {
  return (await request("/api/faq/suggestions", { schema: SuggestionList })).suggestions;
}

export function suggestQuestion(body: z.input<typeof FaqSuggestionCreate>): Promise<FaqSuggestion> {
  return request("/api/faq/suggestions", { method: "POST", body, schema: FaqSuggestion });
}

export function suggestionToDraft(id: string, body: z.input<typeof SuggestionToDraft> = {}): Promise<z.infer<typeof Drafted>> {
  return request(`/api/faq/suggestions/${encodeURIComponent(id)}/draft`, { method: "POST", body, schema: Drafted });
}

export function dismissSuggestion(id: string): Promise<FaqSuggestion> {
  return request(`/api/faq/suggestions/${encodeURIComponent(id)}/dismiss`, { method: "POST", body: {}, schema: FaqSuggestion });
}

const FactList = z.object({ facts: z.array(Fact) });

/** The incident's facts register (issue 4), for citing; empty when this server has none. */
export async function listIncidentFacts(incidentId: string): Promise<Fact[]> {
  try {
    return (await request(`/api/incidents/${encodeURIComponent(incidentId)}/facts`, { schema: FactList })).facts;
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return [];
    throw err;
  }
}
