import type { Logger } from "../logger.js";

export interface PeriodicJob {
  /** Runs once now and then every interval. The timer does not keep the process alive. */
  start(): void;
  /** Resolves after the run in progress, if any, so the database can be closed safely. */
  stop(): Promise<void>;
}

/**
 * A background job every node runs on a timer. Runs never overlap: a slow database makes ticks skip rather than
 * pile up. A failed run is logged and the next tick tries again.
 */
export function periodic(name: string, run: () => Promise<unknown>, intervalMs: number, log: Logger): PeriodicJob {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = false;

  function tick(): void {
    if (running || stopped) return;
    running = run()
      .catch((err: unknown) => log.warn(`${name} failed`, { err }))
      .finally(() => (running = undefined));
  }

  return {
    start() {
      stopped = false;
      timer ??= setInterval(tick, intervalMs);
      timer.unref();
      tick();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
