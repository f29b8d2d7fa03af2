import { useEffect, useRef, useState } from "react";

const MIN_INTERVAL_MS = 3_000; // a busy contact centre logs several inquiries a second; refetch at most this often

/**
 * Runs `load` now, whenever `key` changes, and again after `tick` moves (throttled), keeping the last good
 * answer on screen while a refresh runs or fails.
 */
export function useLiveQuery<T>(load: () => Promise<T>, key: string, tick: number): { data: T | null; error: boolean } {
  const [state, setState] = useState<{ data: T | null; error: boolean }>({ data: null, error: false });
  const loadRef = useRef(load);
  const lastRun = useRef(0);
  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    let cancelled = false;
    const wait = Math.max(0, lastRun.current + MIN_INTERVAL_MS - Date.now());
    const timer = setTimeout(() => {
      lastRun.current = Date.now();
      loadRef.current().then(
        (data) => !cancelled && setState({ data, error: false }),
        () => !cancelled && setState((s) => ({ ...s, error: true })),
      );
    }, wait);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [key, tick]);

  return state;
}
