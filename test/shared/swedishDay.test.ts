import { describe, expect, it } from "vitest";
import { swedishDay } from "../../shared/swedishDay.js";

describe("swedishDay", () => {
  it("names the day in Swedish time, not in UTC", () => {
    expect(swedishDay(new Date("2026-12-04T22:30:00Z"))).toBe("2026-12-04");
    // Half past midnight in Stockholm (UTC+1 in winter) is already the next day.
    expect(swedishDay(new Date("2026-12-04T23:30:00Z"))).toBe("2026-12-05");
    // UTC+2 in summer: 22:30 UTC is half past midnight.
    expect(swedishDay(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(swedishDay(new Date("2026-06-30T21:30:00Z"))).toBe("2026-06-30");
  });
});
