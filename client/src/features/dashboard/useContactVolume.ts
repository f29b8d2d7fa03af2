import { useEffect, useState } from "react";
import { fetchContactVolume } from "../../api/dashboard";
import { useStore } from "../../store";
import { serverNow } from "../../store/session/serverClock";

export const VOLUME_WINDOW_MS = 60 * 60_000; // the last hour
/**
 * An inquiry leaving the hour is no event, so the window slides on a timer; new inquiries arrive as `inquiry.logged`
 * events (the store's inquiryTick) and refresh the counts at once.
 */
export const VOLUME_SLIDE_MS = 60_000;
const EVENT_SETTLE_MS = 400; // a burst of inquiries is counted with one request

/** incidentId → inquiries logged in the last hour (undefined while the first answer is on its way, null on error). */
export function useContactVolume(incidentIds: readonly string[]): Record<string, number | null | undefined> {
  const [volume, setVolume] = useState<Record<string, number | null>>({});
  const tick = useStore((s) => s.contact.inquiryTick);
  const key = [...incidentIds].sort().join(",");
  const [slide, setSlide] = useState(0);

  useEffect(() => {
    const timer = setInterval(() => setSlide((n) => n + 1), VOLUME_SLIDE_MS);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    if (key === "") return;
    let cancelled = false;
    const timer = setTimeout(() => {
      const to = new Date(serverNow());
      const from = new Date(to.getTime() - VOLUME_WINDOW_MS).toISOString();
      for (const id of key.split(",")) {
        fetchContactVolume(id, from, to.toISOString())
          .then((count) => !cancelled && setVolume((v) => ({ ...v, [id]: count })))
          .catch(() => !cancelled && setVolume((v) => ({ ...v, [id]: null })));
      }
    }, EVENT_SETTLE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [key, tick, slide]);

  return volume;
}
