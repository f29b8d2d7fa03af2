import { useCallback, useEffect, useRef, useState } from "react";

/**
 * The take-over prompt instead of a surprise 409, for any editor of a versioned record: the version the text is
 * based on, and what to do when someone else saves a newer one. Nothing unsaved here: the newer version is taken
 * over silently. Unsaved text: `newer` is set, and the editor asks "take theirs" or "keep mine" (keeping saves over
 * the newer version, knowingly).
 */
export function useNewerVersion<R extends { version: number }>(
  live: R | null | undefined,
  dirty: boolean,
  takeOver: (record: R) => void,
  /** Keeping my text: e.g. take their values where I changed nothing (default: only the version moves). */
  keep?: (record: R) => void,
) {
  const [base, setBaseState] = useState<number>(live?.version ?? 0);
  const baseRef = useRef(base);
  const [newer, setNewer] = useState<R | null>(null);
  const takeOverRef = useRef(takeOver);
  takeOverRef.current = takeOver;
  const keepRef = useRef(keep);
  keepRef.current = keep;
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const liveRef = useRef(live);
  liveRef.current = live;
  // While my own save is on its way, a newer version is that save: the server pushes it before it answers, and it
  // was offered as "Sara Nyström har sparat version 2 medan du skrev" to Sara herself.
  const savingRef = useRef(false);

  const setBase = useCallback((version: number) => {
    baseRef.current = version;
    setBaseState(version);
  }, []);

  useEffect(() => {
    if (!live || live.version <= baseRef.current || savingRef.current) return;
    if (!dirtyRef.current) {
      setBase(live.version);
      takeOverRef.current(live);
      setNewer(null);
    } else {
      setNewer(live);
    }
  }, [live, setBase]);

  const takeTheirs = useCallback(() => {
    if (!newer) return;
    setBase(newer.version);
    takeOverRef.current(newer);
    setNewer(null);
  }, [newer, setBase]);

  /** Keeps my text: from now on it is based on the newer version, so the next save goes over it. */
  const keepMine = useCallback(() => {
    if (!newer) return;
    setBase(newer.version);
    keepRef.current?.(newer);
    setNewer(null);
  }, [newer, setBase]);

  /**
   * Runs a save of this record: its answer becomes the base, and a version pushed meanwhile is not offered as
   * someone else's. One saved by someone else after mine (newer than my answer) is still offered.
   */
  const saving = useCallback(
    async <S extends { version: number }>(run: () => Promise<S>): Promise<S> => {
      savingRef.current = true;
      try {
        const saved = await run();
        if (saved.version > baseRef.current) setBase(saved.version);
        return saved;
      } finally {
        savingRef.current = false;
        const latest = liveRef.current;
        if (latest && latest.version > baseRef.current) setNewer(latest);
      }
    },
    [setBase],
  );

  return { base, setBase, newer, takeTheirs, keepMine, saving };
}
