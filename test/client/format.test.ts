import { describe, expect, it } from "vitest";
import {
  formatCountdown,
  formatDateTime,
  formatElapsed,
  formatRelative,
  formatShortDuration,
  formatTime,
  quote,
  dateTimeLocalToInstant,
  toDateTimeLocalValue,
} from "../../client/src/i18n/format";
import { swedish } from "./helpers/swedishTime";

// Swedish wall-clock times: the console writes Swedish time whatever zone the machine runs in.
const at = (h: number, m: number, s = 0) => swedish(2026, 10, 25, h, m, s);
const MIN = 60_000;

describe("format helpers (Swedish first)", () => {
  it("writes absolute time as '25 nov. 2026 08:15'", () => {
    expect(formatDateTime(at(8, 15), "sv")).toBe("25 nov. 2026 08:15");
    expect(formatDateTime(swedish(2026, 4, 5, 9, 0), "sv")).toBe("5 maj 2026 09:00");
    expect(formatDateTime(at(8, 15), "en")).toBe("25 Nov 2026 08:15");
  });

  it("writes and reads Swedish time whatever zone the browser runs in", () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = "America/New_York";
      // 07:15 UTC in November is 08:15 in Stockholm (CET); in New York it would be 02:15.
      expect(formatTime("2026-11-25T07:15:00.000Z", "sv")).toBe("08:15");
      expect(formatDateTime("2026-07-01T22:30:00.000Z", "sv")).toBe("2 juli 2026 00:30");
      expect(toDateTimeLocalValue("2026-11-25T07:15:00.000Z")).toBe("2026-11-25T08:15");
      expect(dateTimeLocalToInstant("2026-11-25T08:15")?.toISOString()).toBe("2026-11-25T07:15:00.000Z");
      expect(dateTimeLocalToInstant("2026-07-01T08:15")?.toISOString()).toBe("2026-07-01T06:15:00.000Z");
      expect(dateTimeLocalToInstant("2026-11-25 08:15")).toBeNull();
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
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

describe("quote", () => {
  it("uses the interface language's quotation marks", () => {
    expect(quote("Koka vattnet", "sv")).toBe("”Koka vattnet”");
    expect(quote("Koka vattnet", "en")).toBe("“Koka vattnet”");
  });
});
