import { listIncidents, getIncident } from "../api/incidents";
import { fetchLog, LOG_PAGE_SIZE } from "../api/log";
import { listUsers } from "../api/users";
import { ApiError } from "../api/http";
import { reloadBulletinData } from "./bulletinLoaders";
import { contactSnapshotJobs } from "./contactLoaders";
import { useStore } from "./index";

/** REST loads that fill the store. Components call these; they never hold fetched data themselves. */

export async function loadIncidents(): Promise<void> {
  const s = useStore.getState();
  s.setIncidentsStatus("loading");
  try {
    useStore.getState().upsertIncidents(await listIncidents());
    useStore.getState().setIncidentsStatus("loaded");
  } catch (err) {
    useStore.getState().setIncidentsStatus("error");
    throw err;
  }
}

/** Loads one incident unless the store has it; returns false when the server does not know it. */
export async function ensureIncident(id: string): Promise<boolean> {
  if (useStore.getState().incidents[id]) return true;
  try {
    useStore.getState().upsertIncidents([await getIncident(id)]);
    return true;
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.code === "validation")) return false;
    throw err;
  }
}

/**
 * Loads the newest page of a log. Events that arrive while the request runs are collected into
 * the (emptied) list, and the page is merged into them, so none fall between request and answer.
 */
export async function loadLog(incidentId: string): Promise<void> {
  const s = useStore.getState();
  s.mergeLogItems(incidentId, [], { replace: true });
  s.setLogStatus(incidentId, "loading");
  try {
    const items = await fetchLog(incidentId);
    useStore.getState().mergeLogItems(incidentId, items, { hasMore: items.length >= LOG_PAGE_SIZE });
  } catch (err) {
    useStore.getState().setLogStatus(incidentId, "error");
    throw err;
  }
}

export async function loadOlderLog(incidentId: string): Promise<void> {
  const log = useStore.getState().logs[incidentId];
  const oldest = log?.items[log.items.length - 1];
  if (!oldest) return;
  const items = await fetchLog(incidentId, oldest.seq);
  useStore.getState().mergeLogItems(incidentId, items, { hasMore: items.length >= LOG_PAGE_SIZE });
}

export async function loadUsers(): Promise<void> {
  useStore.getState().setUsersStatus("loading");
  try {
    useStore.getState().upsertUsers(await listUsers(), { replace: true });
    useStore.getState().setUsersStatus("loaded");
  } catch (err) {
    useStore.getState().setUsersStatus("error");
    throw err;
  }
}

/** Everything on screen, fresh: the incident list, every open log, and the user list for admins. */
export async function loadSnapshot(): Promise<void> {
  const s = useStore.getState();
  const jobs: Promise<unknown>[] = [
    listIncidents().then((incidents) => useStore.getState().upsertIncidents(incidents)),
  ];
  for (const [incidentId, log] of Object.entries(s.logs)) {
    if (log.status === "loaded" || log.status === "loading") {
      jobs.push(
        fetchLog(incidentId).then((items) =>
          useStore.getState().mergeLogItems(incidentId, items, { replace: true, hasMore: items.length >= LOG_PAGE_SIZE }),
        ),
      );
    }
  }
  if (s.user?.role === "admin" && s.usersStatus === "loaded") {
    jobs.push(listUsers().then((users) => useStore.getState().upsertUsers(users, { replace: true })));
  }
  jobs.push(reloadBulletinData());
  jobs.push(...contactSnapshotJobs());
  await Promise.all(jobs);
  useStore.getState().setIncidentsStatus("loaded");
}
