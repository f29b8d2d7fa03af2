import { dropEarlyRequests } from "../api/http";
import { listIncidents } from "../api/incidents";
import { fetchLog, LOG_PAGE_SIZE } from "../api/log";
import { listUsers } from "../api/users";
import { reloadBulletinData } from "./bulletins/loaders";
import { contactSnapshotJobs } from "./contact/loaders";
import { useStore } from "./index";

/** Everything on screen, fresh: the incident list, every open log, and the user list for admins. */
export async function loadSnapshot(): Promise<void> {
  // From here on an answer asked at page load could be older than the socket's first event: ask again.
  dropEarlyRequests();
  const s = useStore.getState();
  const jobs: Promise<unknown>[] = [
    listIncidents().then((incidents) => useStore.getState().upsertIncidents(incidents)),
  ];
  for (const [incidentId, log] of Object.entries(s.logs)) {
    if (log.status === "loaded" || log.status === "loading") {
      jobs.push(
        fetchLog(incidentId).then((items) =>
          useStore
            .getState()
            .mergeLogItems(incidentId, items, { replace: true, hasMore: items.length >= LOG_PAGE_SIZE }),
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
