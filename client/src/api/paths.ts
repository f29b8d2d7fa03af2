/**
 * The paths of the GETs a cold page load asks for early (landing.ts, api/http requestEarly), spelt once for both the
 * early request and the api module's own, so the second finds the first. No schemas here: the login page loads it.
 */

export const ME_PATH = "/api/me";

export const LOG_PAGE_SIZE = 200; // items per request; older ones load on demand

export const INCIDENTS_PATH = "/api/incidents";

export const incidentPath = (id: string) => `${INCIDENTS_PATH}/${encodeURIComponent(id)}`;

export function logPagePath(incidentId: string, before?: number): string {
  const params = new URLSearchParams({ limit: String(LOG_PAGE_SIZE) });
  if (before !== undefined) params.set("before", String(before));
  return `${incidentPath(incidentId)}/log?${params.toString()}`;
}
