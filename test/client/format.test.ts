import { describe, expect, it } from "vitest";
import {
  formatCountdown,
  formatDateTime,
  formatElapsed,
  formatRelative,
  formatShortDuration,
} from "../../client/src/i18n/format";

// Local-time constructors: the formatted output is in the browser's time zone, whatever the machine's is.
const at = (h: number, m: number, s = 0) => new Date(2026, 10, 25, h, m, s);
const MIN = 60_000;

describe("format helpers (Swedish first)", () => {
  it("writes absolute time as '25 nov. 2026 08:15'", () => {
    expect(formatDateTime(at(8, 15), "sv")).toBe("25 nov. 2026 08:15");
    expect(formatDateTime(new Date(2026, 4, 5, 9, 0), "sv")).toBe("5 maj 2026 09:00");
    expect(formatDateTime(at(8, 15), "en")).toBe("25 Nov 2026 08:15");
  });

  it("writes relative time as 'för 5 minuter sedan' with digits", () => {
    const now = at(8, 20).getTime();
    expect(formatRelative(at(8, 15), now, "sv")).toBe("för 5 minuter sedan");
    expect(formatRelative(at(8, 19), now, "sv")).toBe("för 1 minut sedan");
    expect(formatRelative(at(6, 10), now, "sv")).toBe("för 2 timmar sedan");
    expect(formatRelative(at(8, 19, 40), now, "sv")).toBe("just nu");
    expect(formatRelative(at(8, 15), now, "en")).toBe("5 minutes ago");
  });

  it("counts down as 'om 12 min' before the promised time", () => {
    const due = at(8, 30);
    expect(formatCountdown(due.toISOString(), due.getTime() - 12 * MIN, "sv")).toEqual({
      overdue: false,
      text: "om 12 min",
    });
    expect(formatCountdown(due.toISOString(), due.getTime() - 11.5 * MIN, "sv")).toEqual({
      overdue: false,
      text: "om 12 min",
    });
    expect(formatCountdown(due.toISOString(), due.getTime() - 75 * MIN, "sv").text).toBe("om 1 h 15 min");
    expect(formatCountdown(due.toISOString(), due.getTime() - 40_000, "sv").text).toBe("om 40 s");
  });

  it("says 'försenad 3 min' once the promised time has passed", () => {
    const due = at(8, 30);
    expect(formatCountdown(due.toISOString(), due.getTime() + 3 * MIN + 10_000, "sv")).toEqual({
      overdue: true,
      text: "försenad 3 min",
    });
    expect(formatCountdown(due.toISOString(), due.getTime() + 3 * MIN, "en")).toEqual({
      overdue: true,
      text: "overdue by 3 min",
    });
  });

  it("runs the elapsed clock as hh:mm:ss, with days when needed", () => {
    const start = at(7, 0).toISOString();
    expect(formatElapsed(start, at(9, 5, 9).getTime())).toBe("02:05:09");
    expect(formatElapsed(start, at(7, 0).getTime() + 3 * 86_400_000 + 61_000)).toBe("3 d 00:01:01");
    expect(formatElapsed(start, at(6, 0).getTime())).toBe("00:00:00");
  });

  it("writes short durations compactly", () => {
    expect(formatShortDuration(59)).toBe("59 s");
    expect(formatShortDuration(3600)).toBe("1 h");
    expect(formatShortDuration(50 * 3600)).toBe("2 d 2 h");
  });
});
