import { useEffect } from "react";
import { useStore } from "../index";
import { serverNow } from "./serverClock";

export const TICK_MS = 1_000;

let subscribers = 0;
let timer: ReturnType<typeof setInterval> | undefined;

function acquire(): void {
  subscribers++;
  if (subscribers > 1) return;
  useStore.getState().tick(serverNow());
  timer = setInterval(() => useStore.getState().tick(serverNow()), TICK_MS);
}

function release(): void {
  subscribers = Math.max(0, subscribers - 1);
  if (subscribers === 0) {
    clearInterval(timer);
    timer = undefined;
  }
}

/**
 * The current time, advanced once a second by ONE interval shared by every clock on screen;
 * the interval runs only while some component uses it.
 */
export function useNow(): number {
  useEffect(() => {
    acquire();
    return release;
  }, []);
  return useStore((s) => s.now);
}
