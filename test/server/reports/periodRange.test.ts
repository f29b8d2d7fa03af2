import { describe, expect, it } from "vitest";
import { periodRange } from "../../../server/domain/reports/period.js";

describe("a report period's length", () => {
  it("counts calendar days, not hours: 400 days across three clock changes is 400 days, as the console counts", () => {
    // 2025-10-01 – 2026-11-04: two autumn changes and one spring change make it 400 days and one hour.
    expect(() => periodRange({ from: "2025-10-01", to: "2026-11-04" })).not.toThrow();
    expect(() => periodRange({ from: "2025-10-01", to: "2026-11-05" })).toThrow(
      expect.objectContaining({ details: { reason: "range_too_long", maxDays: 400 } }),
    );
  });

  it("still reads a day as Swedish midnight to Swedish midnight", () => {
    expect(periodRange({ from: "2026-11-01", to: "2026-11-01" })).toEqual({
      from: "2026-10-31T23:00:00.000Z",
      to: "2026-11-01T23:00:00.000Z",
    });
  });
});
