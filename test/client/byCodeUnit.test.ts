import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byCodeUnit } from "../../client/src/store/byCodeUnit";

const sign = (n: number) => Math.sign(n);
const isoTime = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true })
  .map((d) => d.toISOString());

describe("byCodeUnit", () => {
  it("orders ISO timestamps as localeCompare did, and chronologically", () => {
    fc.assert(
      fc.property(isoTime, isoTime, (a, b) => {
        expect(sign(byCodeUnit(a, b))).toBe(sign(a.localeCompare(b)));
        expect(sign(byCodeUnit(a, b))).toBe(sign(Date.parse(a) - Date.parse(b)));
      }),
    );
  });

  it("orders ids as localeCompare did", () => {
    fc.assert(
      fc.property(fc.uuid(), fc.uuid(), (a, b) => {
        expect(sign(byCodeUnit(a, b))).toBe(sign(a.localeCompare(b)));
      }),
    );
  });

  it("sorts a list the same way, equal keys included", () => {
    const times = ["2026-11-25T09:00:00.000Z", "2026-11-25T08:00:00.000Z", "2026-11-25T09:00:00.000Z"];
    expect([...times].sort(byCodeUnit)).toEqual([...times].sort((a, b) => a.localeCompare(b)));
    expect(byCodeUnit("2026-11-25T09:00:00.000Z", "2026-11-25T09:00:00.000Z")).toBe(0);
  });
});
