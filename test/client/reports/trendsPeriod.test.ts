import { describe, expect, it } from "vitest";
import type { ContactStats } from "@shared/schemas/contactStats";
import { bucketFor, perDay, periodRange } from "../../../client/src/features/contact/trendsPeriod";
import { swedish } from "../helpers/swedishTime";

const NOW = swedish(2026, 4, 20, 14, 30); // 20 May 2026, 14:30 Swedish time
const CUSTOM = { from: "2026-05-01", to: "2026-05-03" };
const local = (y: number, m: number, d: number) => swedish(y, m - 1, d).toISOString();

describe("the trends page's statistics period", () => {
  it("today runs from local midnight to now; 7 and 30 days include today", () => {
    expect(periodRange("today", NOW, CUSTOM)).toEqual({ from: local(2026, 5, 20), to: NOW.toISOString() });
    expect(periodRange("7d", NOW, CUSTOM)).toEqual({ from: local(2026, 5, 14), to: NOW.toISOString() });
    expect(periodRange("30d", NOW, CUSTOM)).toEqual({ from: local(2026, 4, 21), to: NOW.toISOString() });
  });

  it("the quarter starts on the first day of its first month; custom days are both included", () => {
    expect(periodRange("quarter", NOW, CUSTOM)).toEqual({ from: local(2026, 4, 1), to: NOW.toISOString() });
    expect(periodRange("custom", NOW, CUSTOM)).toEqual({ from: local(2026, 5, 1), to: local(2026, 5, 4) });
  });

  it("shows hours up to two days and days beyond", () => {
    expect(bucketFor(periodRange("today", NOW, CUSTOM))).toBe("hour");
    expect(bucketFor(periodRange("7d", NOW, CUSTOM))).toBe("day");
  });

  it("sums the hourly rows per local day", () => {
    const zero = { phone: 0, email: 0, visit: 0, social: 0, chat: 0, letter: 0, e_service: 0, sms: 0 };
    const hour = (d: number, h: number, phone: number, email: number) => ({
      hour: swedish(2026, 4, d, h).toISOString(),
      total: phone + email,
      channels: { ...zero, phone, email },
    });
    const stats = { perHour: [hour(1, 8, 2, 1), hour(1, 15, 1, 0), hour(2, 9, 0, 4)] } as unknown as ContactStats;
    expect(perDay(stats).perHour).toEqual([
      { hour: local(2026, 5, 1), total: 4, channels: { ...zero, phone: 3, email: 1 } },
      { hour: local(2026, 5, 2), total: 4, channels: { ...zero, email: 4 } },
    ]);
  });
});
