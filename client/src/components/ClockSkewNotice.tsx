import { useT } from "../i18n/useT";
import { useStore } from "../store";
import { NOTICEABLE_SKEW_MS } from "../store/session/serverClock";

/**
 * Says so when this PC's clock is off by a minute or more. The console already reckons by the server's clock
 * (serverClock.ts), but the times the operating system shows, and any other program on the PC, are still wrong.
 */
export function ClockSkewNotice() {
  const t = useT();
  const offset = useStore((s) => s.clockOffsetMs);
  if (Math.abs(offset) < NOTICEABLE_SKEW_MS) return null;
  const minutes = Math.round(Math.abs(offset) / 60_000);
  // A positive offset: the server is ahead, so this PC's clock is behind.
  return (
    <div className="clock-skew-notice" role="status">
      <p>{t(offset > 0 ? "clock.skewBehind" : "clock.skewAhead", { minutes })}</p>
    </div>
  );
}
