import type { ContactStats } from "@shared/schemas/contactStats";
import { swedishMidnight, swedishParts } from "../../i18n/format";

/** The statistics period on the trends page: days in Swedish time, as the server's reports count them. */
export const TREND_PERIODS = ["today", "7d", "30d", "quarter", "custom"] as const;
export type TrendPeriod = (typeof TREND_PERIODS)[number];

const DAY_MS = 86_400_000;
const startOfDay = (d: Date) => {
  const p = swedishParts(d);
  return swedishMidnight(p.year, p.month, p.day);
};
const dayAt = (day: string) => {
  const [y, m, d] = day.split("-").map(Number);
  return swedishMidnight(y ?? 1970, (m ?? 1) - 1, d ?? 1);
};

/** [from, to) of a period: today since midnight, the last 7 or 30 days, this calendar quarter so far, or the chosen days. */
export function periodRange(
  period: TrendPeriod,
  now: Date,
  custom: { from: string; to: string },
): { from: string; to: string } {
  const today = startOfDay(now);
  const p = swedishParts(now);
  switch (period) {
    case "today":
      return { from: today.toISOString(), to: now.toISOString() };
    case "7d":
    case "30d":
      return {
        from: swedishMidnight(p.year, p.month, p.day - ((period === "7d" ? 7 : 30) - 1)).toISOString(),
        to: now.toISOString(),
      };
    case "quarter":
      return {
        from: swedishMidnight(p.year, Math.floor(p.month / 3) * 3, 1).toISOString(),
        to: now.toISOString(),
      };
    case "custom": {
      const [y, m, d] = custom.to.split("-").map(Number);
      return {
        from: dayAt(custom.from).toISOString(),
        to: swedishMidnight(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1).toISOString(),
      };
    }
  }
}

/** Rows per hour over more than two days are too many to read: one row per day instead. */
export function bucketFor(range: { from: string; to: string }): "hour" | "day" {
  return Date.parse(range.to) - Date.parse(range.from) > 2 * DAY_MS ? "day" : "hour";
}

/** The hourly rows summed per local day; each row keeps its first hour's time as its key. */
export function perDay(stats: ContactStats): ContactStats {
  const days = new Map<number, ContactStats["perHour"][number]>();
  for (const row of stats.perHour) {
    const key = startOfDay(new Date(row.hour)).getTime();
    const day = days.get(key);
    if (!day) {
      days.set(key, { hour: new Date(key).toISOString(), total: row.total, channels: { ...row.channels } });
      continue;
    }
    day.total += row.total;
    for (const [c, n] of Object.entries(row.channels) as Array<[keyof typeof row.channels, number]>)
      day.channels[c] = (day.channels[c] ?? 0) + n;
  }
  return { ...stats, perHour: [...days.values()] };
}
