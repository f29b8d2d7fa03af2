import { listContactClaims } from "../../api/contactClaims";
import { listFaq, listSuggestions } from "../../api/faq";
import { useStore } from "../index";

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

/** The claims callers reported, of every incident (the contact view filters by the one she works on). */
export async function loadContactClaims(): Promise<void> {
  if (useStore.getState().contact.contactClaimsStatus === "idle") useStore.getState().setContactClaimsStatus("loading");
  try {
    useStore.getState().setContactClaims(await listContactClaims());
  } catch (err) {
    useStore.getState().setContactClaimsStatus("error");
    throw err;
  }
}

/** For a snapshot reload (first connect, or too far behind to replay events): whatever was loaded, fresh. */
export function contactSnapshotJobs(): Promise<unknown>[] {
  const { faqStatus, suggestionsStatus, contactClaimsStatus } = useStore.getState().contact;
  const jobs: Promise<unknown>[] = [];
  if (faqStatus === "loaded" || faqStatus === "loading") jobs.push(loadFaq());
  if (suggestionsStatus === "loaded") jobs.push(loadSuggestions());
  if (contactClaimsStatus === "loaded") jobs.push(loadContactClaims());
  return jobs;
}
