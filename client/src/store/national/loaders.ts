import { fetchNational } from "../../features/national/api";
import { useStore } from "../index";

/**
 * The national picture over REST; national.item events arriving meanwhile are kept and merged into the answer. An
 * aborted fetch (the panel left, or a reconnect started a newer one) leaves the state to whoever fetches next.
 */
export async function loadNational(signal?: AbortSignal): Promise<void> {
  useStore.getState().beginNationalFetch();
  try {
    const picture = await fetchNational(signal);
    if (!signal?.aborted) useStore.getState().setNationalPicture(picture);
  } catch (err) {
    if (signal?.aborted) return;
    const { national } = useStore.getState();
    useStore.getState().setNationalStatus(national.status === "loaded" ? "loaded" : "error");
    throw err;
  }
}
