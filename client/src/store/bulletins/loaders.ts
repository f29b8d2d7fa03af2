import { fetchInbox, getBulletin, listBulletins } from "../../api/bulletins";
import { listFacts } from "../../api/facts";
import { ApiError } from "../../api/http";
import { useStore } from "../index";

/**
 * REST loads for facts and bulletins. Events that arrive while a request runs are applied meanwhile; the upserts
 * keep whichever copy is further along, so nothing between request and answer is lost.
 */

export async function loadFacts(incidentId: string): Promise<void> {
  useStore.getState().setFactListStatus(incidentId, "loading");
  try {
    useStore.getState().upsertFacts(await listFacts(incidentId));
    useStore.getState().setFactListStatus(incidentId, "loaded");
  } catch (err) {
    useStore.getState().setFactListStatus(incidentId, "error");
    throw err;
  }
}

export async function loadBulletins(incidentId: string): Promise<void> {
  useStore.getState().setBulletinListStatus(incidentId, "loading");
  try {
    useStore.getState().upsertBulletins(await listBulletins(incidentId));
    useStore.getState().setBulletinListStatus(incidentId, "loaded");
  } catch (err) {
    useStore.getState().setBulletinListStatus(incidentId, "error");
    throw err;
  }
}

/** Loads one bulletin unless the store has it; false when the server does not know it. */
export async function ensureBulletin(id: string): Promise<boolean> {
  if (useStore.getState().bulletinData.bulletins[id]) return true;
  try {
    useStore.getState().upsertBulletins([await getBulletin(id)]);
    return true;
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.code === "validation")) return false;
    throw err;
  }
}

export function mayApprove(role: string | undefined): boolean {
  return role === "lead" || role === "admin";
}

/** The approval inbox (leads and admins): bulletins, FAQ answers and channel versions waiting for a decision. */
export async function loadInbox(): Promise<void> {
  if (!mayApprove(useStore.getState().user?.role)) return;
  useStore.getState().setInboxStatus("loading");
  try {
    const { items, faq, channels } = await fetchInbox();
    useStore.getState().upsertBulletins(items.map((i) => i.bulletin));
    useStore.getState().setInboxFaq(faq);
    // A bulletin listed only for a stale channel version: its card (with the channel) comes from the store.
    await Promise.all([...new Set(channels.map((c) => c.bulletinId))].map((id) => ensureBulletin(id)));
    useStore.getState().setInboxStatus("loaded");
  } catch (err) {
    useStore.getState().setInboxStatus("error");
    throw err;
  }
}

/** After a snapshot reset: refetch every list that was on screen, and the inbox. */
export async function reloadBulletinData(): Promise<void> {
  const { bulletinLists, factLists, inboxStatus } = useStore.getState().bulletinData;
  const jobs: Promise<void>[] = [];
  for (const [incidentId, status] of Object.entries(bulletinLists))
    if (status === "loaded") jobs.push(loadBulletins(incidentId));
  for (const [incidentId, status] of Object.entries(factLists))
    if (status === "loaded") jobs.push(loadFacts(incidentId));
  if (inboxStatus !== "idle") jobs.push(loadInbox());
  await Promise.all(jobs);
}
