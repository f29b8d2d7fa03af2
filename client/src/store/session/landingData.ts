import { landingIncidentId } from "../../landing";
import { ensureIncident } from "../incidents/loaders";
import { loadLog } from "../log/loaders";

/** How long the first signed-in render waits for the landing page's data before it shows the page loading. */
const LANDING_DATA_WAIT_MS = 3_000;

/**
 * Puts the data a cold load's landing page shows first into the store (an incident overview: the incident and its
 * log, answered by the requests boot.ts started), so that its first signed-in render is already the page, not a
 * "Laddar …" that two more renders fill in. Failures are left to the page, which shows and retries them as usual;
 * answers slower than LANDING_DATA_WAIT_MS still land in the store, after the page has rendered without them.
 */
export async function loadLandingData(pathname: string): Promise<void> {
  const incidentId = landingIncidentId(pathname);
  if (incidentId === null) return;
  const loads = Promise.all([ensureIncident(incidentId), loadLog(incidentId)]).catch(() => {});
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, LANDING_DATA_WAIT_MS)));
  await Promise.race([loads, timeout]);
  clearTimeout(timer);
}
