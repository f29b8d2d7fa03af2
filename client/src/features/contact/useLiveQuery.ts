import { useEffect, useRef, useState } from "react";

const MIN_INTERVAL_MS = 3_000; // a busy contact centre logs several inquiries a second; refetch at most this often

/**
 * Runs `load` now, whenever `key` changes, and again after `tick` moves (throttled), keeping the last good
 * answer on screen while a refresh of the same key runs or fails. An answer is for its key only: after the key
 * changes there is no data (loading, or the error) until the new key's answer comes, so the figures of one period
 * never stand under the heading of another.
 */
export function useLiveQuery<T>(load: () => Promise<T>, key: string, tick: number): { data: T | null; error: boolean } {
  const [state, setState] = useState<{ key: string | null; data: T | null; error: boolean }>({
    key: null,
    data: null,
    error: false,
  });
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
        (data) => !cancelled && setState({ key, data, error: false }),
        () => !cancelled && setState((s) => (s.key === key ? { ...s, error: true } : { key, data: null, error: true })),
      );
    }, wait);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [key, tick]);

  return state.key === key ? { data: state.data, error: state.error } : { data: null, error: false };
}
