import { matchPath } from "react-router";
import { requestEarly } from "./api/http";
import { INCIDENTS_PATH, incidentPath, logPagePath, ME_PATH } from "./api/paths";
import { loadConnect } from "./store/session/connectChunk";

/** The chunks of the pages a signed-in user most often lands on cold (a reload, a shared link); App.tsx lazy-loads them. */
export const loadStartPage = () => import("./features/dashboard/StartPage");
export const loadIncidentListPage = () => import("./features/incidents/IncidentListPage");
export const loadIncidentOverview = () => import("./features/incidents/IncidentOverview");

const INCIDENT_OVERVIEW = "/incidents/:id";

/** Each landing page with the API answers it shows first (an incident: it and its log; a list: the incidents). */
const LANDINGS: Array<{ path: string; load: () => Promise<unknown>; data: (id: string) => string[] }> = [
  { path: "/", load: loadStartPage, data: () => [INCIDENTS_PATH] },
  { path: "/incidents", load: loadIncidentListPage, data: () => [INCIDENTS_PATH] },
  { path: INCIDENT_OVERVIEW, load: loadIncidentOverview, data: (id) => [incidentPath(id), logPagePath(id)] },
];

const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** An incident id is a uuid: "/incidents/from-template" is a page of its own, not an incident to fetch (it cost two 400s). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The incident whose overview `pathname` is, or null. */
export function landingIncidentId(pathname: string): string | null {
  const id = matchPath(INCIDENT_OVERVIEW, pathname)?.params.id;
  return id && UUID.test(decoded(id)) ? decoded(id) : null;
}

/**
 * What a cold load of `pathname` will need, asked for at once, before the rest of the console's code has run: the
 * session check always; for a landing page (most likely signed in) also its data, the signed-in chunk and its own
 * chunk. Otherwise each waits for the one before: the session check for the entry to run, the page's chunk for the
 * session, its data for the page to render. The API answers are asked first: the six connections a browser opens to
 * one host would otherwise be taken by the chunks.
 */
export function startLanding(pathname: string): void {
  const landing = LANDINGS.map((l) => ({ ...l, match: matchPath(l.path, pathname) })).find(
    (l) => l.match !== null && (l.path !== INCIDENT_OVERVIEW || landingIncidentId(pathname) !== null),
  );
  requestEarly([ME_PATH, ...(landing?.data(decoded(landing.match?.params.id ?? "")) ?? [])]);
  if (!landing) return;
  loadConnect().catch(() => {});
  landing.load().catch(() => {});
}
