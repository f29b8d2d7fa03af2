import { fetchNational } from "../../features/national/api";
import { useStore } from "../index";

/** The national picture over REST; national.item events arriving meanwhile are applied and merged afterwards. */
export async function loadNational(signal?: AbortSignal): Promise<void> {
  const s = useStore.getState();
  if (s.national.status !== "loaded") s.setNationalStatus("loading");
  try {
    const picture = await fetchNational(signal);
    useStore.getState().setNationalPicture(picture);
  } catch (err) {
    if (signal?.aborted) return;
    if (useStore.getState().national.status !== "loaded") useStore.getState().setNationalStatus("error");
    throw err;
  }
}
