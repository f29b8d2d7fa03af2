import { describe, expect, it } from "vitest";
import { readPeriod, swedishMidnight } from "../../shared/period.js";

// The period rules of the reports and the contact statistics, one function for the server and the console.

const iso = (ms: number) => new Date(ms).toISOString();
const bounds = (from: string, to: string, maxDays?: number) => {
  const p = readPeriod(from, to, maxDays);
  return { from: iso(p.from), to: iso(p.to), problem: p.problem };
};

describe("readPeriod", () => {
  it("reads days as Swedish midnights, `to` included whole: one day is a period", () => {
    expect(bounds("2026-11-01", "2026-11-01")).toEqual({
      from: "2026-10-31T23:00:00.000Z",
      to: "2026-11-01T23:00:00.000Z",
      problem: null,
    });
    // Summer time: UTC+2.
    expect(bounds("2026-07-01", "2026-07-31")).toMatchObject({ from: "2026-06-30T22:00:00.000Z", problem: null });
  });

  it("refuses a period that does not end after it starts", () => {
    expect(readPeriod("2026-03-31", "2026-01-01").problem).toBe("reversed_range");
    expect(readPeriod("2026-03-31T10:00:00Z", "2026-03-31T10:00:00Z").problem).toBe("reversed_range");
    expect(readPeriod("2026-03-31T10:00:00Z", "2026-03-31T09:59:59Z").problem).toBe("reversed_range");
    // Not a time at all: nothing to read, refused rather than let through.
    expect(readPeriod("igår", "2026-03-31").problem).toBe("reversed_range");
  });

  it("counts days in calendar days: 400 across three clock changes are 400 (and an hour), 401 are too many", () => {
    expect(readPeriod("2025-10-01", "2026-11-04").problem).toBeNull();
    expect(readPeriod("2025-10-01", "2026-11-05").problem).toBe("range_too_long");
  });

  it("counts times by the clock, and holds a period to the limit it is given", () => {
    expect(readPeriod("2026-01-01T00:00:00Z", "2026-01-31T00:00:00Z", 30).problem).toBeNull();
    expect(readPeriod("2026-01-01T00:00:00Z", "2026-01-31T00:00:01Z", 30).problem).toBe("range_too_long");
    expect(readPeriod("2026-01-01", "2026-01-30", 30).problem).toBeNull();
    expect(readPeriod("2026-01-01", "2026-01-31", 30).problem).toBe("range_too_long");
  });

  it("reads a day beside a time as the Swedish day, to its end as `to`", () => {
    expect(bounds("2026-11-24T12:00:00Z", "2026-11-25")).toEqual({
      from: "2026-11-24T12:00:00.000Z",
      to: "2026-11-25T23:00:00.000Z",
      problem: null,
    });
    // 23:30 UTC on the 24th is half past midnight on the 25th in Stockholm: inside the day; 22:30 is not.
    expect(readPeriod("2026-11-25", "2026-11-24T23:30:00Z").problem).toBeNull();
    expect(readPeriod("2026-11-25", "2026-11-24T22:30:00Z").problem).toBe("reversed_range");
  });
});

describe("swedishMidnight", () => {
  it("is the start of the day in Swedish time, winter and summer, on the days the clocks change", () => {
    expect(iso(swedishMidnight("2026-12-05"))).toBe("2026-12-04T23:00:00.000Z");
    expect(iso(swedishMidnight("2026-06-15"))).toBe("2026-06-14T22:00:00.000Z");
    expect(iso(swedishMidnight("2026-03-29"))).toBe("2026-03-28T23:00:00.000Z");
    expect(iso(swedishMidnight("2026-10-25"))).toBe("2026-10-24T22:00:00.000Z");
  });
});
