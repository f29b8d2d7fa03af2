import { fetchLog, LOG_PAGE_SIZE } from "../../api/log";
import { useStore } from "../index";

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
