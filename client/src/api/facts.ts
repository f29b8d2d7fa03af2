import type { z } from "zod";
import {
  Fact,
  FactList,
  FactVersionList,
  type FactCreate,
  type FactPatch,
  type FactVersion,
} from "@shared/schemas/fact";
import { request } from "./http";

/** REST client for docs/api.md "Facts register"; the only fetcher of an incident's facts. */

const incidentPath = (id: string) => `/api/incidents/${encodeURIComponent(id)}/facts`;
const factPath = (id: string) => `/api/facts/${encodeURIComponent(id)}`;

export async function listFacts(incidentId: string): Promise<Fact[]> {
  return (await request(incidentPath(incidentId), { schema: FactList })).facts;
}

export function createFact(incidentId: string, body: z.input<typeof FactCreate>): Promise<Fact> {
  return request(incidentPath(incidentId), { method: "POST", body, schema: Fact });
}

export function patchFact(id: string, body: FactPatch): Promise<Fact> {
  return request(factPath(id), { method: "PATCH", body, schema: Fact });
}

export async function listFactVersions(id: string): Promise<FactVersion[]> {
  return (await request(`${factPath(id)}/versions`, { schema: FactVersionList })).versions;
}
