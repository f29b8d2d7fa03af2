import { listFaq, listSuggestions } from "../api/faq";
import { useStore } from "./index";

/** REST loads of the contact centre's data; events keep them live afterwards. */

export async function loadFaq(): Promise<void> {
  if (useStore.getState().contact.faqStatus === "idle") useStore.getState().setFaqStatus("loading");
  try {
    useStore.getState().setFaqEntries(await listFaq());
  } catch (err) {
    useStore.getState().setFaqStatus("error");
    throw err;
  }
}

export async function loadSuggestions(): Promise<void> {
  useStore.getState().setSuggestionsStatus("loading");
  try {
    useStore.getState().setSuggestions(await listSuggestions());
  } catch (err) {
    useStore.getState().setSuggestionsStatus("error");
    throw err;
  }
}

/** For a snapshot reload (first connect, or too far behind to replay events): whatever was loaded, fresh. */
export function contactSnapshotJobs(): Promise<unknown>[] {
  const { faqStatus, suggestionsStatus } = useStore.getState().contact;
  const jobs: Promise<unknown>[] = [];
  if (faqStatus === "loaded" || faqStatus === "loading") jobs.push(loadFaq());
  if (suggestionsStatus === "loaded") jobs.push(loadSuggestions());
  return jobs;
}
