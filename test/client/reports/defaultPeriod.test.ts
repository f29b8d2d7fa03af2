import { describe, expect, it } from "vitest";
import { defaultPeriod } from "../../../client/src/features/reports/period";

describe("the period report's default period", () => {
  it("is the last 30 Swedish days, today included, whatever the browser's zone", () => {
    // 00:30 in Stockholm on 5 December: the report must include that day, as the server counts it.
    expect(defaultPeriod(new Date("2026-12-04T23:30:00Z"))).toEqual({ from: "2026-11-06", to: "2026-12-05" });
    expect(defaultPeriod(new Date("2026-12-04T12:00:00Z"))).toEqual({ from: "2026-11-05", to: "2026-12-04" });
  });
});
