import { useEffect, useRef } from "react";
import { useT } from "../i18n/useT";
import { useStore } from "../store";
import { NOTICEABLE_SKEW_MS } from "../store/session/serverClock";
import { useNow } from "../store/session/ticker";

type Direction = "behind" | "ahead" | null;

/**
 * Says so when this PC's clock is off by a minute or more. The console already reckons by the server's clock
 * (serverClock.ts), but the times the operating system shows, and any other program on the PC, are still wrong. The
 * skew is read on every tick, so the notice goes as soon as the PC's clock is set right. It is announced once when it
 * appears (or turns the other way), not as a live region that would speak every changed minute.
 */
export function ClockSkewNotice() {
  const t = useT();
  const now = useNow();
  const announce = useStore((s) => s.announce);
  const skew = now - Date.now();
  const direction: Direction = Math.abs(skew) < NOTICEABLE_SKEW_MS ? null : skew > 0 ? "behind" : "ahead";
  const minutes = Math.round(Math.abs(skew) / 60_000);
  const key = direction === "behind" ? "clock.skewBehind" : "clock.skewAhead";
  const announced = useRef<Direction>(null);
  useEffect(() => {
    if (direction !== null && direction !== announced.current) announce(key, { minutes });
    announced.current = direction;
    // Only a new direction is news; the minutes it shows move on by themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [direction]);
  if (direction === null) return null;
  // A positive skew: the server is ahead, so this PC's clock is behind.
  return (
    <aside className="clock-skew-notice" aria-label={t("clock.label")}>
      <p>{t(key, { minutes })}</p>
    </aside>
  );
}
